import { useMemo } from "react";
import { StageBadge } from "../../components/StageBadge";
import { TrendMessages } from "../../components/TrendMessages";
import { StageChartFigure } from "../../components/chart/StageChartFigure";
import { formatDateTime } from "../../domain/dates";
import { stageSeries } from "../../domain/history/series";
import { stageFor } from "../../domain/pack/lookup";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn, SupervisionPrep } from "../../domain/records";
import { flaggedForSupervision } from "../../domain/supervision/period";
import { prepStagesLine, prepTrend } from "../../domain/supervision/trend";
import { IncludeNotes } from "./IncludeNotes";
import { IncludeThis } from "./IncludeThis";
import type { PrepChange } from "./use-prep-editor";

/** A check-in as the prep shows it: when, and its stage and pattern in words. */
export function CheckInStage({ pack, checkIn }: { pack: ContentPack; checkIn: CheckIn }) {
  const stage = stageFor(pack, checkIn.result);
  const patterns = pack.patterns.filter((p) => checkIn.result.patternIds.includes(p.id));
  return (
    <div className="prep-stage">
      {stage ? (
        <StageBadge stage={stage} size="small" />
      ) : (
        <span className="muted">Not enough answers for a stage</span>
      )}
      {patterns.length > 0 ? (
        <span className="muted">{patterns.map((p) => p.label).join(", ")}</span>
      ) : null}
    </div>
  );
}

/** For my own supervision: the trend over the period, and the check-ins I marked to bring. */
export function MyMaterial({
  pack,
  prep,
  update,
  checkIns,
}: {
  pack: ContentPack;
  prep: SupervisionPrep;
  update: (change: PrepChange) => void;
  checkIns: readonly CheckIn[];
}) {
  const series = useMemo(() => stageSeries(checkIns), [checkIns]);
  const trend = prepTrend(pack, checkIns);
  const stages = prepStagesLine(pack, checkIns);
  const flagged = flaggedForSupervision(checkIns, prep.period);

  return (
    <>
      <section aria-labelledby="trend-heading" className="section panel">
        <h2 id="trend-heading">How things have been</h2>
        {checkIns.length === 0 ? (
          <p>
            There are no check-ins between these dates. That is fine: you can still get ready below.
          </p>
        ) : (
          <>
            <TrendMessages pack={pack} trend={trend} />
            {stages ? <p>{stages}</p> : null}
            {series.points.length > 0 ? (
              <StageChartFigure pack={pack} series={series} caption="Your stage over these dates" />
            ) : null}
          </>
        )}
        <p className="hint">This is not a diagnosis. It shows how you said things have been.</p>
      </section>

      <section aria-labelledby="flagged-heading" className="section">
        <h2 id="flagged-heading">Check-ins you marked to bring</h2>
        {flagged.length === 0 ? (
          <p>
            You have not marked any check-ins between these dates to bring. On any check-in result
            you can tick “Bring this to supervision”.
          </p>
        ) : (
          <>
            <IncludeNotes
              checked={prep.includeNotes}
              onChange={(includeNotes) => update((current) => ({ ...current, includeNotes }))}
              hint="Your notes are private. Tick this only if you want them on the page you print or share."
            />
            <ul className="bring-list">
              {flagged.map((checkIn) => {
                const when = formatDateTime(checkIn.createdAt);
                const note = checkIn.note.trim();
                return (
                  <li key={checkIn.id} className="bring-item">
                    <h3>{when}</h3>
                    <CheckInStage pack={pack} checkIn={checkIn} />
                    {prep.includeNotes && note ? <p className="bring-note">“{note}”</p> : null}
                    <IncludeThis
                      prep={prep}
                      list="checkInIds"
                      id={checkIn.id}
                      when={when}
                      update={update}
                    />
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
