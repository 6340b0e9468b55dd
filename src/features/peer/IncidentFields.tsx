import type { UseFormReturn } from "react-hook-form";
import { INCIDENT_LABELS } from "../../domain/peer/incident";
import { INCIDENT_TYPES } from "../../domain/records";
import type { StartValues } from "./start-schema";

/** The kind of incident and its day. What happened is never asked. */
export function IncidentFields({ form }: { form: UseFormReturn<StartValues> }) {
  const { errors } = form.formState;
  return (
    <>
      <fieldset
        className="choices"
        id="start-incidentType"
        aria-describedby="start-incidentType-hint"
        aria-invalid={errors.incidentType ? true : undefined}
      >
        <legend>What kind of incident?</legend>
        <p className="hint" id="start-incidentType-hint">
          Only the kind is kept. Do not write down what happened.
        </p>
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
      <div className="field">
        <label htmlFor="start-incidentOn" className="field-label">
          The day it happened
        </label>
        <p className="hint" id="start-incidentOn-hint">
          Catch-ups are set for about 72 hours and about a month after this day.
        </p>
        <input
          autoComplete="off"
          id="start-incidentOn"
          type="date"
          className="input"
          aria-describedby="start-incidentOn-hint"
          aria-invalid={errors.incidentOn ? true : undefined}
          {...form.register("incidentOn")}
        />
      </div>
    </>
  );
}
