import { useId, useMemo, useState } from "react";
import { Field } from "../../components/Field";
import { StageChartFigure } from "../../components/chart/StageChartFigure";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn } from "../../domain/records";
import { stageSeries } from "../../domain/history/series";
import { AreaChanges } from "./AreaChanges";

const averaged = { "check-in": "", week: ", as a weekly average", month: ", as a monthly average" };

/** The stage over time, for the whole check-in or one part of life, as a chart and a table. */
export function ChartSection({ pack, checkIns }: { pack: ContentPack; checkIns: CheckIn[] }) {
  const [domainId, setDomainId] = useState("");
  const selectId = useId();
  const series = useMemo(() => stageSeries(checkIns, domainId || null), [checkIns, domainId]);
  const domainLabel = pack.domains.find((d) => d.id === domainId)?.label;
  const caption = `${domainLabel ?? "Overall stage"} over time${averaged[series.grouped]}`;

  return (
    <section aria-labelledby="chart-heading" className="section">
      <h2 id="chart-heading">Over time</h2>
      <Field
        id={selectId}
        label="Show on the chart"
        kind="select"
        options={[
          { value: "", label: "Overall stage" },
          ...pack.domains.map((domain) => ({ value: domain.id, label: domain.label })),
        ]}
        value={domainId}
        onChange={(event) => setDomainId(event.target.value)}
      />
      {series.points.length === 0 ? (
        <p>
          None of these check-ins has a stage for this yet, so there is nothing to draw. That is
          fine.
        </p>
      ) : (
        <StageChartFigure pack={pack} series={series} caption={caption} />
      )}
      <AreaChanges pack={pack} checkIns={checkIns} />
    </section>
  );
}
