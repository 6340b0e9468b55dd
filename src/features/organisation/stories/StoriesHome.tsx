import { Link } from "wouter";
import { Page } from "../../../components/Page";
import { usePracticeStories } from "../../../db/organisation-hooks";
import { usesAgreed } from "../../../domain/organisation/story-consent";
import { ExportStories } from "./ExportStories";
import { StartStory } from "./StartStory";

/** Stories kept on this device, a way to start one, and the export of chosen stories. */
export function StoriesHome() {
  const stories = usePracticeStories();
  if (stories === undefined) return <p className="loading">Loading…</p>;
  return (
    <Page
      title="Stories of practice"
      lead="What happened, what changed and what you learnt. Stories stay on this device. One leaves it only when you choose it for a file, and only with consent for that use."
    >
      <p>
        <Link href="~/organisation">Back to teams and organisations</Link>
      </p>
      <section aria-labelledby="stories-heading" className="section">
        <h2 id="stories-heading">Your stories ({stories.length})</h2>
        {stories.length === 0 ? (
          <p>None yet. Start one below.</p>
        ) : (
          <ul className="work-list">
            {stories.map((story) => {
              const uses = usesAgreed(story);
              return (
                <li key={story.id} className="work-item">
                  <h3>
                    <Link href={`/${story.id}`}>{story.title}</Link>
                  </h3>
                  <p>
                    {uses.length === 0
                      ? "No consent recorded yet."
                      : `Consent for: ${uses.join("; ")}.`}
                  </p>
                  <p>
                    {story.detailsRemoved
                      ? "Checked for identifying details."
                      : "Not checked for identifying details yet."}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <StartStory />
      {stories.length > 0 ? <ExportStories stories={stories} /> : null}
    </Page>
  );
}
