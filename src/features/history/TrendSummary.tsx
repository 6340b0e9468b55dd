import { subDays } from "date-fns";
import { useMemo } from "react";
import { TrendMessages } from "../../components/TrendMessages";
import { useCheckIns } from "../../db/hooks";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn } from "../../domain/records";
import { assessTrend } from "../../domain/trend/assess";

function lookBackDaysFor(pack: ContentPack): number {
  return Math.max(56, pack.scoring.persistenceDays * 2);
}

/**
 * The recent check-ins the trend is worked out from, whatever dates the list shows,
 * because it is about now. Undefined while loading.
 */
export function useRecentCheckIns(pack: ContentPack): CheckIn[] | undefined {
  const lookBackDays = lookBackDaysFor(pack);
  const bounds = useMemo(
    () => ({ from: subDays(new Date(), lookBackDays).toISOString() }),
    [lookBackDays],
  );
  return useCheckIns(bounds);
}

/**
 * How things have been moving lately, from the pack's advice. The page loads its
 * check-ins first (useRecentCheckIns), so this panel never pushes the page down
 * after it is shown.
 */
export function TrendSummary({ pack, recent }: { pack: ContentPack; recent: CheckIn[] }) {
  const lookBackDays = lookBackDaysFor(pack);
  const trend = assessTrend(
    pack,
    recent.map((checkIn) => ({ date: checkIn.createdAt, result: checkIn.result })),
  );
  return (
    <section aria-labelledby="trend-heading" className="section panel">
      <h2 id="trend-heading">Lately</h2>
      <TrendMessages pack={pack} trend={trend} />
      <p className="hint">
        Based on your check-ins from the last {Math.round(lookBackDays / 7)} weeks. This is not a
        diagnosis.
      </p>
    </section>
  );
}
