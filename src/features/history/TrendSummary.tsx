import { subDays } from "date-fns";
import { useMemo } from "react";
import { Link } from "wouter";
import { useCheckIns } from "../../db/hooks";
import type { ContentPack } from "../../domain/pack/schema";
import { assessTrend } from "../../domain/trend/assess";

/**
 * How things have been moving lately, from the pack's advice. It looks at recent
 * check-ins whatever dates the list shows, because it is about now.
 */
export function TrendSummary({ pack }: { pack: ContentPack }) {
  const lookBackDays = Math.max(56, pack.scoring.persistenceDays * 2);
  const bounds = useMemo(
    () => ({ from: subDays(new Date(), lookBackDays).toISOString() }),
    [lookBackDays],
  );
  const recent = useCheckIns(bounds);
  if (!recent) return null;
  const trend = assessTrend(
    pack,
    recent.map((checkIn) => ({ date: checkIn.createdAt, result: checkIn.result })),
  );
  return (
    <section aria-labelledby="trend-heading" className="section panel">
      <h2 id="trend-heading">Lately</h2>
      <p>{trend.directionAdvice}</p>
      {trend.persistenceAdvice ? (
        <div className="callout">
          <p>{trend.persistenceAdvice}</p>
          <p>
            <Link href="~/resources">Find someone to talk to</Link>
          </p>
        </div>
      ) : null}
      <p className="hint">
        Based on your check-ins from the last {Math.round(lookBackDays / 7)} weeks. This is not a
        diagnosis.
      </p>
    </section>
  );
}
