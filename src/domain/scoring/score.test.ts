import { describe, expect, it } from "vitest";
import { makePack } from "../../testing/pack-factory";
import { CheckInResultSchema } from "./result";
import { scoreCheckIn } from "./score";

const pack = makePack();

/** Every ordinary question answered with the option at this stage index. */
function allAt(index: number): Record<string, string> {
  return Object.fromEntries(
    pack.items.filter((item) => !item.redFlag).map((item) => [item.id, `o${index}`]),
  );
}

describe("scoreCheckIn", () => {
  it("places a person whose answers all point to one stage at that stage", () => {
    for (const index of [0, 1, 2, 3]) {
      const result = scoreCheckIn(pack, allAt(index));
      expect(result.status).toBe("scored");
      expect(result.stageIndex).toBe(index);
      expect(result.domains.every((domain) => domain.stageIndex === index)).toBe(true);
    }
  });

  it("gives 'not enough answers' and no stage when everything is skipped", () => {
    const result = scoreCheckIn(pack, {});
    expect(result.status).toBe("not-enough");
    expect(result.stageId).toBeNull();
    expect(result.patternIds).toEqual([]);
    expect(result.skipped).toBe(6);
    expect(result.explanation[0]?.kind).toBe("not-enough");
  });

  it("gives 'not enough answers' below the pack's minimum", () => {
    const result = scoreCheckIn(pack, { "sleep-1": "o3" });
    expect(result.status).toBe("not-enough");
    expect(result.domains.find((d) => d.domainId === "sleep")?.stageId).toBe("ill");
  });

  it("puts a domain at a stage when half its questions point there or harder", () => {
    const result = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o2" });
    expect(result.domains.find((d) => d.domainId === "sleep")?.stageId).toBe("injured");
  });

  it("keeps the overall stage at most one step lighter than the hardest domain", () => {
    const result = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o3" });
    expect(result.stageId).toBe("injured");
    expect(result.explanation.find((line) => line.kind === "overall")?.text).toContain(
      "one area, Area sleep, is at Stage ill",
    );
  });

  it("moves the overall stage when a third of the domains point there", () => {
    // overallShare 0.34 of 3 domains needs 2 domains (1/3 = 0.333 is just short).
    const one = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o1" });
    expect(one.stageIndex).toBe(0);
    const two = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o1", "mood-1": "o1" });
    expect(two.stageIndex).toBe(1);
  });

  it("reports a red flag even when nothing else is answered", () => {
    const result = scoreCheckIn(pack, { harm: "yes" });
    expect(result.status).toBe("not-enough");
    expect(result.redFlags).toEqual([{ itemId: "harm", optionId: "yes", kind: "self-harm" }]);
    expect(result.explanation[0]?.kind).toBe("red-flag");
  });

  it("does not report a red-flag question answered with a safe answer", () => {
    expect(scoreCheckIn(pack, { ...allAt(0), harm: "no", safe: "yes" }).redFlags).toEqual([]);
  });

  it("ignores unknown questions, unknown answers and prototype keys", () => {
    const answers = JSON.parse(
      '{"__proto__": "o3", "constructor": "o3", "nope": "o1", "sleep-1": "o9"}',
    ) as Record<string, string>;
    const result = scoreCheckIn(pack, answers);
    expect(result.answered).toBe(0);
    expect(result.status).toBe("not-enough");
  });

  it("shows the settled pattern at the first stage", () => {
    expect(scoreCheckIn(pack, allAt(0)).patternIds).toEqual(["settled"]);
  });

  it("names the pattern most answers point to", () => {
    const result = scoreCheckIn(pack, allAt(2));
    // on-edge: sleep-1, work-2; shut-down: mood-1, mood-2; a tie shows both.
    expect(result.patternIds).toEqual(["on-edge", "shut-down"]);
    const line = result.explanation.find((l) => l.kind === "pattern");
    expect(line?.text).toContain("Pattern on-edge and Pattern shut-down");
  });

  it("explains each domain with the answers that drove it", () => {
    const result = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o2" });
    const texts = result.explanation.map((line) => line.text);
    expect(texts).toContain(
      'You said "Answer 2 to sleep-1" (Area sleep): this points to Stage injured.',
    );
    expect(texts).toContain(
      "Area sleep: Stage injured. 1 of this area's 2 questions point to Stage injured or harder.",
    );
  });

  it("says how many questions were skipped, without counting them against the person", () => {
    const answers: Record<string, string> = allAt(1);
    delete answers["work-2"];
    const result = scoreCheckIn(pack, answers);
    expect(result.skipped).toBe(1);
    expect(result.explanation.at(-1)?.text).toContain("You chose not to answer 1 question.");
  });

  it("records the pack id and version it was scored with", () => {
    const result = scoreCheckIn(pack, allAt(0));
    expect(result).toMatchObject({ packId: "test-pack", packVersion: "1.0.0" });
  });

  it("produces a result the stored-result schema accepts", () => {
    for (const answers of [{}, allAt(0), allAt(3), { harm: "yes", safe: "no" }]) {
      expect(CheckInResultSchema.safeParse(scoreCheckIn(pack, answers)).success).toBe(true);
    }
  });
});
