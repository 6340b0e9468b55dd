// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONSENT_USES, canExport } from "./story-consent";
import { storiesExport } from "./story-export";

const use = fc.constantFrom(...CONSENT_USES);
const consent = fc.record({
  id: fc.uuid(),
  use,
  given: fc.boolean(),
  by: fc.constantFrom("Ali", "the family"),
  on: fc.constantFrom("2027-01-10", "2027-02-11"),
});
const stories = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z]{3,8}$/),
      consents: fc.array(consent, { maxLength: 4 }),
      detailsRemoved: fc.boolean(),
    }),
    { selector: (story) => story.id, maxLength: 8 },
  )
  .map((list) =>
    list.map((story) => ({
      ...story,
      title: `Title ${story.id}`,
      happened: `Happened ${story.id}`,
      changed: "",
      learnt: `Learnt ${story.id}`,
    })),
  );

describe("exporting stories, for any stories, choices and use", () => {
  it("writes exactly the chosen stories that may be shared for that use", () => {
    fc.assert(
      fc.property(stories, use, fc.infiniteStream(fc.boolean()), (list, chosenUse, picks) => {
        const chosen = list.filter(() => picks.next().value).map((story) => story.id);
        const file = storiesExport(list, chosen, chosenUse, "2027-04-01");
        for (const story of list) {
          const written = file.text.includes(`## Title ${story.id}\n`);
          expect(written).toBe(chosen.includes(story.id) && canExport(story, chosenUse));
        }
        expect(file.included + file.leftOut).toBe(chosen.length);
      }),
    );
  });

  it("shares a story for a use exactly when the latest entry for that use says yes", () => {
    fc.assert(
      fc.property(fc.array(consent, { minLength: 1, maxLength: 5 }), use, (consents, chosenUse) => {
        const last = consents.filter((entry) => entry.use === chosenUse).at(-1);
        const story = { consents, detailsRemoved: true };
        expect(canExport(story, chosenUse)).toBe(!!last?.given);
      }),
    );
  });
});
