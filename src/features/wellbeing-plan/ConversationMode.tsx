import { Link } from "wouter";
import { Page } from "../../components/Page";
import { useWellbeingPlan } from "../../db/wellbeing-plan-hooks";
import { writtenParts } from "../../domain/wellbeing-plan/plan-text";
import { PlanSheet } from "./PlanSheet";
import { CONVERSATION_TOPICS } from "./plan-words";

/**
 * The plan for a wellbeing conversation or a one-to-one: the person's own words, then
 * topics they may want to raise. Nothing here is required, and nothing is shared from
 * here: sharing goes through the preview.
 */
export function ConversationMode() {
  const plan = useWellbeingPlan();
  const written = plan ? writtenParts(plan).length > 0 : false;
  return (
    <Page
      title="My plan for a conversation"
      lead="For a wellbeing conversation or a one-to-one. You choose what to talk about. It is not a test and not a review of your work."
    >
      <div className="actions no-print">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </div>
      <div className="plan-page conversation-page">
        <p className="plan-page-title">My plan for a conversation</p>
        <section aria-labelledby="topics-heading" className="section">
          <h2 id="topics-heading">Things you might want to talk about</h2>
          <p className="hint">Use any that help, in any order, or none at all.</p>
          <ul className="stack conversation-topics">
            {CONVERSATION_TOPICS.map((item) => (
              <li key={item.id} className="card">
                <h3>{item.topic}</h3>
                <p>{item.prompt}</p>
                {item.id === "safety" && (
                  <p className="no-print">
                    If you do not feel safe right now, <Link href="~/help">Help now</Link> has
                    people to contact, today.
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="own-words-heading" className="section">
          <h2 id="own-words-heading">My plan, in my own words</h2>
          {plan === undefined ? (
            <p className="loading">Loading…</p>
          ) : written && plan ? (
            <PlanSheet content={plan} level={3} withReview />
          ) : (
            <p>Your plan is empty so far. You can still use the topics above.</p>
          )}
        </section>
      </div>
      <div className="actions no-print">
        <Link href="/share" className="button secondary">
          Share or print parts of my plan
        </Link>
        <Link href="/" className="button secondary">
          Back to my plan
        </Link>
      </div>
    </Page>
  );
}
