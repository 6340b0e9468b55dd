import { Link } from "wouter";
import { Icon } from "../../components/Icon";
import { StageBadge } from "../../components/StageBadge";
import { formatDateTime } from "../../domain/dates";
import { notePreview } from "../../domain/history/series";
import { stageFor } from "../../domain/pack/lookup";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn } from "../../domain/records";

/** One past check-in: when, where it landed, a glimpse of the note, and its flags. */
export function HistoryItem({
  pack,
  checkIn,
  onDelete,
}: {
  pack: ContentPack;
  checkIn: CheckIn;
  onDelete: () => void;
}) {
  const { result } = checkIn;
  const stage = stageFor(pack, result);
  const patterns = pack.patterns.filter((p) => result.patternIds.includes(p.id));
  const when = formatDateTime(checkIn.createdAt);
  const note = notePreview(checkIn.note);

  return (
    <li className="card history-item">
      <h3>
        <Link href={`~/results/${checkIn.id}`}>{when}</Link>
      </h3>
      <div className="history-stage">
        {/* After a safety answer no stage badge shows: "Steady" must never sit beside it. */}
        {result.redFlags.length > 0 ? (
          <span className="safety-note">One answer was about safety. Help was shown.</span>
        ) : stage ? (
          <StageBadge stage={stage} size="small" />
        ) : (
          <span className="muted">Not enough answers for a stage</span>
        )}
        {patterns.length > 0 && result.redFlags.length === 0 ? (
          <span className="history-pattern">{patterns.map((p) => p.label).join(", ")}</span>
        ) : null}
      </div>
      {note ? <p className="history-note">“{note}”</p> : null}
      {result.redFlags.length > 0 || checkIn.bringToSupervision ? (
        <ul className="flags" aria-label="Marked">
          {result.redFlags.length > 0 ? (
            <li>
              <Icon name="heart" size={18} /> Help was shown
            </li>
          ) : null}
          {checkIn.bringToSupervision ? (
            <li>
              <Icon name="check" size={18} /> Bring to supervision
            </li>
          ) : null}
        </ul>
      ) : null}
      <button
        type="button"
        className="button small secondary"
        aria-label={`Delete the check-in from ${when}`}
        onClick={onDelete}
      >
        Delete
      </button>
    </li>
  );
}
