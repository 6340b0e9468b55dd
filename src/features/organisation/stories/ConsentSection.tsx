import { useState } from "react";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { Field } from "../../../components/Field";
import { useNotices } from "../../../state/notices";
import { changePracticeStory } from "../../../db/org-stories";
import { isoDay } from "../../../domain/dates";
import { isReviewDay } from "../../../domain/organisation/days";
import { ORG_LIMITS } from "../../../domain/organisation/limits";
import type { PracticeStory, StoryConsent } from "../../../domain/organisation/schema";
import { CONSENT_USES, standingConsent } from "../../../domain/organisation/story-consent";
import { formatShortDay } from "../../../domain/peer/days";

type Use = (typeof CONSENT_USES)[number];
const USE_OPTIONS = CONSENT_USES.map((value) => ({ value, label: value }));

/**
 * Consent for each use on its own: who agreed and when, and a way to take it back.
 * Every change is a new entry, so the history stays.
 */
export function ConsentSection({ story }: { story: PracticeStory }) {
  const show = useNotices((state) => state.show);
  const [use, setUse] = useState<Use>(CONSENT_USES[0]);
  const [by, setBy] = useState("");
  const [on, setOn] = useState(() => isoDay(new Date()));
  const [problems, setProblems] = useState<{ by?: string; on?: string }>({});

  const record = async (entry: Omit<StoryConsent, "id">) => {
    try {
      await changePracticeStory(story.id, (current) => ({
        ...current,
        consents: [...current.consents, { ...entry, id: crypto.randomUUID() }],
      }));
      show({
        tone: "info",
        text: entry.given ? `Consent recorded: ${entry.use}.` : `Consent taken back: ${entry.use}.`,
      });
    } catch (error) {
      show({ tone: "problem", text: (error as Error).message });
    }
  };

  const give = async () => {
    const found = {
      ...(by.trim() ? {} : { by: "Say who agreed, such as “the parent” or “the staff member”." }),
      ...(isReviewDay(on) ? {} : { on: "Enter the day consent was given." }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await record({ use, given: true, by: by.trim(), on });
    setBy("");
  };

  return (
    <section aria-labelledby="consent-heading" className="section">
      <h2 id="consent-heading">Consent for each use</h2>
      <p>
        Ask the people in the story before it is used, for each use on its own. A story can be saved
        to a file only for a use with consent.
      </p>
      <ul className="work-list" aria-label="Consent now">
        {CONSENT_USES.map((each) => {
          const standing = standingConsent(story, each);
          return (
            <li key={each} className="work-item">
              <h3>{each}</h3>
              {standing ? (
                <>
                  <p>
                    Yes: given by {standing.by} on {formatShortDay(standing.on)}.
                  </p>
                  <button
                    type="button"
                    className="button secondary"
                    aria-label={`Take back consent for: ${each}`}
                    onClick={() =>
                      void record({
                        use: each,
                        given: false,
                        by: standing.by,
                        on: isoDay(new Date()),
                      })
                    }
                  >
                    Take back consent
                  </button>
                </>
              ) : (
                <p>No consent for this use.</p>
              )}
            </li>
          );
        })}
      </ul>
      <form
        noValidate
        aria-labelledby="record-consent-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void give();
        }}
      >
        <h3 id="record-consent-heading">Record consent</h3>
        <ChoiceGroup
          legend="What may the story be used for?"
          name="consent-use"
          value={use}
          options={USE_OPTIONS}
          onChange={setUse}
        />
        <Field
          id="consent-by"
          label="Who agreed"
          hint="A role is enough, such as “the parent” or “the staff member”. Keep full names in your organisation’s own consent records."
          value={by}
          onChange={(event) => setBy(event.target.value)}
          maxLength={ORG_LIMITS.name}
          error={problems.by}
        />
        <Field
          id="consent-on"
          label="Day consent was given"
          kind="date"
          value={on}
          onChange={(event) => setOn(event.target.value)}
          error={problems.on}
        />
        <button type="submit" className="button">
          Record consent
        </button>
      </form>
      {story.consents.length > 0 ? (
        <details className="disclosure">
          <summary>All consent records ({story.consents.length})</summary>
          <ul>
            {story.consents.map((entry) => (
              <li key={entry.id}>
                {formatShortDay(entry.on)}: {entry.use}: {entry.given ? "given" : "taken back"} by{" "}
                {entry.by}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
