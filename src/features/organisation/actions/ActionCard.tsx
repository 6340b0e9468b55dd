import { Link } from "wouter";
import {
  ACTION_STATUS_LABELS,
  reviewState,
  type ReviewState,
} from "../../../domain/organisation/action-rules";
import type { OrgAction } from "../../../domain/organisation/schema";
import { formatShortDay } from "../../../domain/peer/days";

/** Said in words (and marked), so colour is never the only sign. */
const REVIEW_WORDS: Record<ReviewState, string | null> = {
  due: "Time to review",
  soon: "Review soon",
  later: null,
  none: null,
};

/** One key action in the list: its title, owner, status and review day. */
export function ActionCard({ action, today }: { action: OrgAction; today: string }) {
  const state = reviewState(action, today);
  const flag = REVIEW_WORDS[state];
  return (
    <li className={`work-item${state === "due" ? " due" : ""}`}>
      <h3>
        <Link href={`/${action.id}`}>{action.title}</Link>
      </h3>
      {flag ? <p className="work-tag">{flag}</p> : null}
      <dl className="work-facts">
        <div>
          <dt>Status</dt>
          <dd>{ACTION_STATUS_LABELS[action.status]}</dd>
        </div>
        <div>
          <dt>Owner</dt>
          <dd>{action.owner.trim() || "Not named yet"}</dd>
        </div>
        <div>
          <dt>Review</dt>
          <dd>{formatShortDay(action.reviewOn)}</dd>
        </div>
        <div>
          <dt>Progress notes</dt>
          <dd>{action.progress.length}</dd>
        </div>
      </dl>
    </li>
  );
}
