import { possibleIdentifyingDetails } from "../../../domain/organisation/identifying-details";
import type { PracticeStory } from "../../../domain/organisation/schema";
import { STORY_PARTS } from "../../../domain/organisation/story-export";

/**
 * The reminder to take out what could show who a story is about, the words worth a
 * second look, and the box the writer ticks once they have checked.
 */
export function DetailsCheck({
  story,
  changed,
  onChange,
}: {
  story: PracticeStory;
  /** The words changed after the box was ticked, so it was cleared. */
  changed: boolean;
  onChange: (checked: boolean) => void;
}) {
  const text = [story.title, ...STORY_PARTS.map(({ key }) => story[key])].join("\n");
  const words = possibleIdentifyingDetails(text);
  return (
    <div className="work-reminder" aria-labelledby="details-heading" role="group">
      <h3 id="details-heading">Before anyone else reads it</h3>
      <p>
        Take out anything that could show who the story is about: names, places, dates, and job
        titles that only one person has.
      </p>
      {words.length > 0 ? (
        <p>
          Words to look at again: <span className="work-words">{words.join(", ")}</span>. This only
          spots some words: please still read it all through.
        </p>
      ) : null}
      {changed ? <p role="status">You changed the story, so please check it again.</p> : null}
      <label className="choice checkbox">
        <input
          type="checkbox"
          autoComplete="off"
          checked={story.detailsRemoved}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>I have taken out details that could show who this is about</span>
      </label>
    </div>
  );
}
