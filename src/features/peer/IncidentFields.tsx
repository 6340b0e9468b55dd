import type { UseFormReturn } from "react-hook-form";
import { INCIDENT_LABELS } from "../../domain/peer/incident";
import { INCIDENT_TYPES } from "../../domain/records";
import { ChoiceGroup } from "../../components/ChoiceGroup";
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
      <ChoiceGroup
        id="start-incidentType"
        legend="What kind of incident?"
        hint="Only the kind is kept. Do not write down what happened."
        error={errors.incidentType?.message}
        options={INCIDENT_TYPES.map((type) => ({ value: type, label: INCIDENT_LABELS[type] }))}
        registered={form.register("incidentType")}
      />
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
