import { useLocation } from "wouter";
import { useNotices } from "../../../state/notices";
import { addOrgAction } from "../../../db/org-actions";
import { suggestedReviewOn } from "../../../domain/organisation/action-rules";
import type { ActionExample } from "../../../domain/pack/schema";
import { StartWithTitle } from "../StartWithTitle";

/**
 * Start a key action: from one of the pack's examples (a draft to change in your own
 * words) or from a title of your own. It is saved at once, so it is never lost.
 */
export function StartAction({
  examples,
  today,
}: {
  examples: readonly ActionExample[];
  today: string;
}) {
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  const start = async (draft: { title: string; what: string; exampleId?: string }) => {
    try {
      const id = await addOrgAction({
        ...draft,
        owner: "",
        startOn: today,
        reviewOn: suggestedReviewOn(today),
        status: "not-started",
      });
      navigate(`/${id}`);
    } catch (error) {
      show({ tone: "problem", text: (error as Error).message });
    }
  };

  return (
    <section aria-labelledby="start-heading" className="section">
      <h2 id="start-heading">Start a key action</h2>
      {examples.length > 0 ? (
        <>
          <h3>Start from an idea</h3>
          <p className="hint">Pick one to start from. You can change every word.</p>
          <ul className="work-list">
            {examples.map((example) => (
              <li key={example.id} className="work-item">
                <h4>{example.title}</h4>
                <p>{example.text}</p>
                <button
                  type="button"
                  className="button secondary"
                  aria-label={`Start from: ${example.title}`}
                  onClick={() =>
                    void start({ title: example.title, what: example.text, exampleId: example.id })
                  }
                >
                  Start from this
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Or write your own</h3>
      <StartWithTitle
        id="new-action-title"
        label="Title of the key action"
        missing="Give the action a short title."
        button="Start this action"
        onStart={(title) => start({ title, what: "" })}
      />
    </section>
  );
}
