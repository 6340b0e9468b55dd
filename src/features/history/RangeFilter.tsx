import { ChoiceGroup } from "../../components/ChoiceGroup";
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
          <div className="field">
            <label htmlFor="range-from" className="field-label">
              From
            </label>
            <input
              autoComplete="off"
              id="range-from"
              type="date"
              className="input"
              value={custom.from}
              onChange={(event) => onCustom({ ...custom, from: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="range-to" className="field-label">
              To
            </label>
            <input
              autoComplete="off"
              id="range-to"
              type="date"
              className="input"
              value={custom.to}
              onChange={(event) => onCustom({ ...custom, to: event.target.value })}
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}
