import { ChoiceGroup } from "../../components/ChoiceGroup";
import { Field } from "../../components/Field";
import { RANGE_LABELS, RANGE_PRESETS, type RangePreset } from "../../domain/history/range";

export interface CustomDates {
  from: string;
  to: string;
}

const OPTIONS = RANGE_PRESETS.map((value) => ({ value, label: RANGE_LABELS[value] }));

/** Which check-ins to show: a few easy choices, or two dates. */
export function RangeFilter({
  preset,
  custom,
  onPreset,
  onCustom,
}: {
  preset: RangePreset;
  custom: CustomDates;
  onPreset: (preset: RangePreset) => void;
  onCustom: (custom: CustomDates) => void;
}) {
  return (
    <section aria-labelledby="range-heading" className="section range-filter">
      <h2 id="range-heading">Which check-ins to show</h2>
      <ChoiceGroup
        legend="Dates"
        name="range"
        value={preset}
        options={OPTIONS}
        onChange={onPreset}
      />
      {preset === "custom" ? (
        <div className="date-fields">
          <Field
            id="range-from"
            label="From"
            kind="date"
            value={custom.from}
            onChange={(event) => onCustom({ ...custom, from: event.target.value })}
          />
          <Field
            id="range-to"
            label="To"
            kind="date"
            value={custom.to}
            onChange={(event) => onCustom({ ...custom, to: event.target.value })}
          />
        </div>
      ) : null}
    </section>
  );
}
