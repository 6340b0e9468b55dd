import { useRef, useState } from "react";
import { Link, useLocation, useParams } from "wouter";
import { useNotices } from "../../state/notices";
import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { usePeerCheckIn } from "../../db/hooks";
import { deletePeerCheckIn, restorePeerCheckIn } from "../../db/peer";
import { formatDay } from "../../domain/peer/days";
import type { PeerCheckIn } from "../../domain/records";
import { AgreedActions } from "./AgreedActions";
import { AndYou } from "./AndYou";
import { AttachSummary } from "./AttachSummary";
import { ColleagueView } from "./ColleagueView";
import { ConversationGuide } from "./ConversationGuide";
import { DeleteCheckIn } from "./DeleteCheckIn";
import { FollowUpSection } from "./FollowUpSection";
import { IncidentGuide } from "./IncidentGuide";
import { KeepChoice } from "./KeepChoice";
import { NotesField } from "./NotesField";
import { ResourcesOffered } from "./ResourcesOffered";
import { SafetyButton } from "./SafetyPath";
import { SignsNoticed } from "./SignsNoticed";
import { usePeerRecord } from "./use-peer-update";

const STEPS = ["Their view", "Signs", "What you agreed", "Follow-up", "Finish"] as const;

/** One step of the record at a time, with where you are and a way back and on. */
function StepNav({ step, go }: { step: number; go: (step: number) => void }) {
  return (
    <nav aria-label="Steps" className="step-nav">
      {step > 0 ? (
        <button type="button" className="button secondary" onClick={() => go(step - 1)}>
          Back: {STEPS[step - 1]}
        </button>
      ) : null}
      {step < STEPS.length - 1 ? (
        <button type="button" className="button" onClick={() => go(step + 1)}>
          Next: {STEPS[step + 1]}
        </button>
      ) : null}
    </nav>
  );
}

function PeerEditor({ stored }: { stored: PeerCheckIn }) {
  const pack = useActivePack();
  const [peer, update] = usePeerRecord(stored);
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  const [step, setStep] = useState(0);
  const top = useRef<HTMLParagraphElement>(null);
  const keepNotes = peer.consent.notes === "keep-notes";

  const go = (next: number) => {
    setStep(next);
    // The new step starts at the top, and a screen reader hears where it is.
    requestAnimationFrame(() => {
      top.current?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    });
  };

  const remove = async () => {
    try {
      const removed = await deletePeerCheckIn(peer.id);
      navigate("/");
      if (removed)
        show({
          tone: "info",
          text: `Peer check-in with ${removed.colleague} deleted.`,
          expiresAfterMs: 10_000,
          action: { label: "Undo", run: () => void restorePeerCheckIn(removed) },
        });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  return (
    <Page title={`Check-in with ${peer.colleague}`} lead={formatDay(peer.heldOn)}>
      <p className="step-progress" ref={top} tabIndex={-1}>
        Step {step + 1} of {STEPS.length}: {STEPS[step]}
      </p>
      <progress className="visually-hidden" max={STEPS.length} value={step + 1}>
        Step {step + 1} of {STEPS.length}
      </progress>
      <SafetyButton />
      {step === 0 ? (
        <>
          <p className="hint">Everything here saves as you go, on this device only.</p>
          {peer.incident ? <IncidentGuide incident={peer.incident} /> : null}
          <ConversationGuide guide={pack.peerGuide} />
          <ColleagueView pack={pack} peer={peer} update={update} />
        </>
      ) : null}
      {step === 1 ? <SignsNoticed pack={pack} peer={peer} update={update} /> : null}
      {step === 2 ? (
        <>
          <AgreedActions peer={peer} update={update} />
          <ResourcesOffered pack={pack} peer={peer} update={update} />
        </>
      ) : null}
      {step === 3 ? <FollowUpSection peer={peer} update={update} /> : null}
      {step === 4 ? (
        <>
          {keepNotes ? (
            <section aria-labelledby="notes-heading" className="section">
              <h2 id="notes-heading">Private notes</h2>
              <NotesField
                id="peer-notes"
                label="Notes for you only (optional)"
                hint="These stay on this device. They go into a summary only if you tick them in."
                saved={peer.notes ?? ""}
                field="notes"
                update={update}
              />
            </section>
          ) : null}
          {keepNotes ? <AttachSummary peer={peer} update={update} /> : null}
          <div className="actions">
            <Link href={`/${peer.id}/summary`} className="button">
              Prepare a summary for {peer.colleague}
            </Link>
          </div>
          <AndYou />
          <KeepChoice peer={peer} update={update} />
        </>
      ) : null}
      <StepNav step={step} go={go} />
      {step === 4 ? (
        <DeleteCheckIn colleague={peer.colleague} onDelete={() => void remove()} />
      ) : null}
    </Page>
  );
}

export function PeerRecord() {
  const { id = "" } = useParams<{ id: string }>();
  const stored = usePeerCheckIn(id);
  if (stored === undefined) return <p className="loading">Loading…</p>;
  if (stored === null) {
    return (
      <Page title="We can’t find that peer check-in">
        <p>It may have been deleted. Nothing else has changed.</p>
        <p>
          <Link href="/">See your peer check-ins</Link>
        </p>
      </Page>
    );
  }
  return <PeerEditor key={stored.id} stored={stored} />;
}
