import { useId, useState } from "react";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { downloadFile } from "../../../browser/download";
import { useNotices } from "../../../state/notices";
import { isoDay } from "../../../domain/dates";
import type { PracticeStory } from "../../../domain/organisation/schema";
import {
  CONSENT_USES,
  EXPORT_BLOCK_WORDS,
  exportBlocks,
} from "../../../domain/organisation/story-consent";
import { storiesExport, storiesFileName } from "../../../domain/organisation/story-export";

type Use = (typeof CONSENT_USES)[number];
const USE_OPTIONS = CONSENT_USES.map((value) => ({ value, label: value }));

/**
 * Save chosen stories as a text file: first the use, then the stories. Only a story with
 * consent for that use (and checked for identifying details) can be ticked.
 */
export function ExportStories({ stories }: { stories: readonly PracticeStory[] }) {
  const show = useNotices((state) => state.show);
  const hintId = useId();
  const [use, setUse] = useState<Use>(CONSENT_USES[0]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);

  const allowed = (story: PracticeStory) => exportBlocks(story, use).length === 0;
  const picked = stories.filter((story) => chosen.has(story.id) && allowed(story));

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setProblem(null);
  };

  const save = () => {
    if (picked.length === 0) {
      setProblem("Choose at least one story with consent for this use.");
      return;
    }
    const today = isoDay(new Date());
    const file = storiesExport(
      stories,
      picked.map((story) => story.id),
      use,
      today,
    );
    downloadFile(storiesFileName(use, today), file.text, "text/markdown");
    show({
      tone: "info",
      text: `${file.included} ${file.included === 1 ? "story" : "stories"} saved to a file.`,
    });
  };

  return (
    <section aria-labelledby="export-heading" className="section">
      <h2 id="export-heading">Save chosen stories as a file</h2>
      <p>
        The file is made on this device. It holds only the stories you tick, and says which use they
        have consent for.
      </p>
      <ChoiceGroup
        legend="What is the file for?"
        name="export-use"
        value={use}
        options={USE_OPTIONS}
        onChange={(next) => {
          setUse(next);
          setProblem(null);
        }}
      />
      <fieldset className="choices" aria-describedby={hintId}>
        <legend>Stories to put in the file</legend>
        <p className="hint" id={hintId}>
          A story without consent for this use, or not yet checked for identifying details, cannot
          be chosen.
        </p>
        {problem ? <p className="field-error">{problem}</p> : null}
        {stories.map((story) => {
          const blocks = exportBlocks(story, use);
          const reasonId = `why-${story.id}`;
          return (
            <label key={story.id} className="choice checkbox">
              <input
                type="checkbox"
                autoComplete="off"
                disabled={blocks.length > 0}
                checked={blocks.length === 0 && chosen.has(story.id)}
                aria-describedby={blocks.length > 0 ? reasonId : undefined}
                onChange={(event) => toggle(story.id, event.target.checked)}
              />
              <span>
                {story.title}
                {blocks.length > 0 ? (
                  <span className="hint action-meta" id={reasonId}>
                    Cannot be chosen: {blocks.map((block) => EXPORT_BLOCK_WORDS[block]).join("; ")}.
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </fieldset>
      <button type="button" className="button" onClick={save}>
        Save {picked.length || ""} chosen {picked.length === 1 ? "story" : "stories"}
      </button>
    </section>
  );
}
