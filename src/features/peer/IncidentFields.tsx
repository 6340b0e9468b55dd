import type { UseFormReturn } from "react-hook-form";
import { INCIDENT_LABELS } from "../../domain/peer/incident";
import { INCIDENT_TYPES } from "../../domain/records";
import { Field } from "../../components/Field";
import type { StartInput, StartValues } from "./start-schema";

/** The kind of incident and its day. What happened is never asked. */
export function IncidentFields({
  form,
}: {
  form: UseFormReturn<StartInput, unknown, StartValues>;
}) {
  const { errors } = form.formState;
  return (
    <>
      <fieldset
        className="choices"
        id="start-incidentType"
        aria-describedby={`start-incidentType-hint${errors.incidentType ? " start-incidentType-error" : ""}`}
        aria-invalid={errors.incidentType ? true : undefined}
      >
        <legend>What kind of incident?</legend>
        <p className="hint" id="start-incidentType-hint">
          Only the kind is kept. Do not write down what happened.
        </p>
        {errors.incidentType ? (
          <p className="field-error" id="start-incidentType-error">
            {errors.incidentType.message}
          </p>
        ) : null}
        {INCIDENT_TYPES.map((type) => (
          <label key={type} className="choice">
            <input
              autoComplete="off"
              type="radio"
              value={type}
              {...form.register("incidentType")}
            />
            <span>{INCIDENT_LABELS[type]}</span>
          </label>
        ))}
      </fieldset>
      <Field
        id="start-incidentOn"
        label="The day it happened"
        hint="Catch-ups are set for about 72 hours and about a month after this day."
        kind="date"
        error={errors.incidentOn?.message}
        {...form.register("incidentOn")}
      />
    </>
  );
}
