import { Link, useLocation, useParams } from "wouter";
import { useNotices } from "../../components/notices";
import { useActivePack } from "../../components/pack/active-pack";
import { Page } from "../../components/Page";
import { usePeerCheckIn } from "../../db/hooks";
import { deletePeerCheckIn, restorePeerCheckIn } from "../../db/peer";
import { formatDay } from "../../domain/peer/days";
import type { PeerCheckIn } from "../../domain/records";
import { AgreedActions } from "./AgreedActions";
import { AttachSummary } from "./AttachSummary";
import { ColleagueView } from "./ColleagueView";
import { ConversationGuide } from "./ConversationGuide";
import { FollowUpSection } from "./FollowUpSection";
import { KeepChoice } from "./KeepChoice";
import { NotesField } from "./NotesField";
import { ResourcesOffered } from "./ResourcesOffered";
import { SignsNoticed } from "./SignsNoticed";
import { usePeerRecord } from "./usePeerUpdate";

function PeerEditor({ stored }: { stored: PeerCheckIn }) {
  const pack = useActivePack();
  const [peer, update] = usePeerRecord(stored);
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  const keepNotes = peer.consent.notes === "keep-notes";

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
      <p className="hint">Everything here saves as you go, on this device only.</p>
      <KeepChoice peer={peer} update={update} />
      <ConversationGuide guide={pack.peerGuide} />
      <ColleagueView pack={pack} peer={peer} update={update} />
      <SignsNoticed pack={pack} peer={peer} update={update} />
      <AgreedActions peer={peer} update={update} />
      <ResourcesOffered pack={pack} peer={peer} update={update} />
      <FollowUpSection peer={peer} update={update} />
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
        <button type="button" className="button secondary" onClick={() => void remove()}>
          Delete this check-in
        </button>
      </div>
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
