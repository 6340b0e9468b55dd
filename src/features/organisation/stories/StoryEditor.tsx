import { useCallback, useState } from "react";
import { Link, useLocation } from "wouter";
import { Page } from "../../../components/Page";
import { Field } from "../../../components/Field";
import { useNotices } from "../../../state/notices";
import { changePracticeStory, deletePracticeStory } from "../../../db/org-stories";
import { ORG_LIMITS } from "../../../domain/organisation/limits";
import type { PracticeStory } from "../../../domain/organisation/schema";
import { STORY_PARTS, withStoryText } from "../../../domain/organisation/story-export";
import { ConfirmDelete } from "../ConfirmDelete";
import { useRecordEditor } from "../../../state/record-editor";
import { ConsentSection } from "./ConsentSection";
import { DetailsCheck } from "./DetailsCheck";

function problemOf(story: PracticeStory): string | null {
  return story.title.trim() ? null : "give the story a short title.";
}

/** A story, written in place; it saves itself as you type. Consent is kept apart. */
export function StoryEditor({ stored }: { stored: PracticeStory }) {
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  // Consent is recorded by its own buttons: the text's save never overwrites it.
  const save = useCallback(
    (next: PracticeStory) =>
      changePracticeStory(next.id, (current) => ({ ...next, consents: current.consents })),
    [],
  );
  const { record: story, update, status } = useRecordEditor(stored, problemOf, save);
  const [changedAfterCheck, setChangedAfterCheck] = useState(false);
  const setText = (key: "title" | (typeof STORY_PARTS)[number]["key"]) => (value: string) =>
    update((current) => {
      const next = withStoryText(current, key, value);
      // Words changed after the check: the check has to be done again.
      if (current.detailsRemoved && !next.detailsRemoved) setChangedAfterCheck(true);
      return next;
    });
  const setChecked = (checked: boolean) => {
    if (checked) setChangedAfterCheck(false);
    update((current) => ({ ...current, detailsRemoved: checked }));
  };

  return (
    <Page title={story.title.trim() || "Story of practice"}>
      <p>
        <Link href="/">Back to stories</Link>
      </p>
      <section aria-labelledby="story-heading" className="section">
        <h2 id="story-heading">The story</h2>
        <p className="hint">Kept on this device only.</p>
        <Field
          id="story-title"
          label="Title"
          value={story.title}
          onChange={(event) => setText("title")(event.target.value)}
          maxLength={ORG_LIMITS.title}
          error={story.title.trim() ? null : "Give the story a short title."}
          size="wide"
        />
        {STORY_PARTS.map(({ key, heading, hint }) => (
          <Field
            key={key}
            id={`story-${key}`}
            label={heading}
            hint={hint}
            kind="area"
            value={story[key]}
            onChange={(event) => setText(key)(event.target.value)}
            maxLength={ORG_LIMITS.storyText}
          />
        ))}
        <DetailsCheck story={story} changed={changedAfterCheck} onChange={setChecked} />
        <p className="save-status" role="status">
          {status}
        </p>
      </section>
      <ConsentSection story={stored} />
      <ConfirmDelete
        what="this story"
        onDelete={async () => {
          await deletePracticeStory(stored.id);
          navigate("/");
          show({ tone: "info", text: `“${stored.title}” was deleted.` });
        }}
      />
    </Page>
  );
}
