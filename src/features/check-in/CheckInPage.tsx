import { lazy, Suspense, useEffect, useState } from "react";
import { Link, useSearch } from "wouter";
import { loadActivePack, useActivePack } from "../../state/active-pack";
import { afterPaint } from "../../browser/after-paint";
import { Page } from "../../components/Page";
import { discardDraft } from "../../db/drafts";
import { useDraft, useMeta } from "../../db/hooks";
import { writeMeta } from "../../db/meta";
import type { CheckInMode } from "../../domain/scoring/asked";
import type { Draft } from "../../domain/records";

// The form, zod which checks it, and the content pack load while the person reads the
// first screen, once it is painted: that screen neither waits nor competes for them.
const loadFlow = () => import("./CheckInFlow");
const CheckInFlow = lazy(() => loadFlow().then((module) => ({ default: module.CheckInFlow })));

type Stage = "choose" | "confirm-restart" | "flow";

/** Set once the person has read the check-in's first page: after that it is skipped. */
export const INTRO_SEEN_KEY = "checkInIntroSeen";

export default function CheckInPage() {
  const draft = useDraft();
  const introSeen = useMeta<boolean>(INTRO_SEEN_KEY);
  if (draft === undefined || introSeen === undefined) return <p className="loading">Loading…</p>;
  return <CheckInStart initialDraft={draft} introSeen={!!introSeen} />;
}

/** Reads the draft once: from here the flow owns it, and saves it on every answer. */
function CheckInStart({
  initialDraft,
  introSeen,
}: {
  initialDraft: Draft | null;
  introSeen: boolean;
}) {
  const search = new URLSearchParams(useSearch());
  const restart = search.has("restart");
  // A draft keeps the kind of check-in it was started as.
  const [mode, setMode] = useState<CheckInMode>(
    initialDraft
      ? (initialDraft.mode ?? "full")
      : search.get("mode") === "quick"
        ? "quick"
        : "full",
  );
  const [draft, setDraft] = useState<Draft | null>(initialDraft);
  const [stage, setStage] = useState<Stage>(
    initialDraft ? (restart ? "confirm-restart" : "choose") : "flow",
  );
  const [started, setStarted] = useState(!!initialDraft || introSeen);
  const start = () => {
    setStarted(true);
    void writeMeta(INTRO_SEEN_KEY, true).catch(() => undefined);
  };
  useEffect(
    () =>
      afterPaint(() => {
        void loadFlow().catch(() => undefined);
        void loadActivePack().catch(() => undefined);
      }),
    [],
  );

  const startAgain = async () => {
    await discardDraft();
    setDraft(null);
    setMode(search.get("mode") === "quick" ? "quick" : "full");
    setStarted(true);
    setStage("flow");
  };

  if (stage === "confirm-restart") {
    return (
      <Page title="Start again?">
        <p>Your answers so far will be cleared. This cannot be undone.</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => void startAgain()}>
            Yes, start again
          </button>
          <button type="button" className="button secondary" onClick={() => setStage("flow")}>
            No, carry on where I left off
          </button>
        </div>
      </Page>
    );
  }

  if (stage === "choose") {
    return (
      <Page title="Check-in" lead="You started a check-in earlier. Your answers are saved.">
        <div className="actions">
          <button type="button" className="button large" onClick={() => setStage("flow")}>
            Carry on where you left off
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => setStage("confirm-restart")}
          >
            Start again
          </button>
        </div>
      </Page>
    );
  }

  if (!started) {
    return (
      <Page
        title="Check-in"
        lead={
          mode === "quick"
            ? "A few questions about the last two weeks. It takes about a minute."
            : "Some questions about the last two weeks. It takes about three minutes."
        }
      >
        <ul className="reassure">
          <li>
            {mode === "quick"
              ? "There is one question for each part of life, such as sleep, mood and work, all on one page."
              : "There is one short step for each part of life, such as sleep, mood and work."}
          </li>
          <li>You can skip any question. Choose “Prefer not to say” or just move on.</li>
          <li>Your answers are saved on this device as you go, and nowhere else.</li>
          <li>This is not a diagnosis. It is a way to notice how you are doing.</li>
        </ul>
        <div className="actions">
          <button type="button" className="button large" onClick={start}>
            Start
          </button>
          <Link href="/help" className="button secondary">
            I need help now
          </Link>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Check-in">
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <FlowWithPack draft={draft} mode={mode} />
      </Suspense>
    </Page>
  );
}

function FlowWithPack({ draft, mode }: { draft: Draft | null; mode: CheckInMode }) {
  const pack = useActivePack();
  return <CheckInFlow pack={pack} draft={draft} mode={mode} />;
}
