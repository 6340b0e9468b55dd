import { Suspense, useDeferredValue, useMemo, useState } from "react";
import { Link } from "wouter";
import { Page } from "../../components/Page";
import "./history.css";
import { useActivePack } from "../../state/active-pack";
import { useCheckIns } from "../../db/hooks";
import { rangeFor, type RangePreset } from "../../domain/history/range";
import { ChartSection } from "./ChartSection";
import { HistoryList } from "./HistoryList";
import { RangeFilter, type CustomDates } from "./RangeFilter";
import { TrendSummary, useRecentCheckIns } from "./TrendSummary";

function HistoryBody() {
  const pack = useActivePack();
  const [preset, setPreset] = useState<RangePreset>("3-months");
  const [custom, setCustom] = useState<CustomDates>({ from: "", to: "" });
  // Bounds are worked out once per choice, so the live query is not restarted each render.
  const bounds = useMemo(() => rangeFor(preset, new Date(), custom), [preset, custom]);
  const checkIns = useCheckIns(bounds);
  const recent = useRecentCheckIns(pack);

  // The list and chart draw from a deferred copy: React draws them just after the
  // summary, in small slices that leave the page free to respond, instead of holding
  // up the first view. Later, a new range keeps the last list on screen until the
  // new one is drawn.
  const listed = useDeferredValue(checkIns);

  // The summary and the date choices appear together, the first time: a panel arriving
  // later above the date choices would push them down under the person's finger.
  if (checkIns === undefined || recent === undefined) {
    return <p className="loading history-loading">Loading your check-ins…</p>;
  }
  return (
    <>
      <TrendSummary pack={pack} recent={recent} />
      <RangeFilter preset={preset} custom={custom} onPreset={setPreset} onCustom={setCustom} />
      {listed === undefined ? null : listed.length === 0 ? (
        <div className="panel section">
          <p>
            {preset === "all"
              ? "You have no check-ins saved on this device yet."
              : "There are no check-ins between these dates."}
          </p>
          <p>
            <Link href="~/check-in">Start a check-in</Link>
          </p>
        </div>
      ) : (
        <>
          <ChartSection pack={pack} checkIns={listed} />
          <HistoryList pack={pack} checkIns={listed} />
        </>
      )}
    </>
  );
}

export default function HistoryPage() {
  return (
    <Page title="History" lead="Your past check-ins, newest first. They are only on this device.">
      <Suspense fallback={<p className="loading history-loading">Loading…</p>}>
        <HistoryBody />
      </Suspense>
    </Page>
  );
}
