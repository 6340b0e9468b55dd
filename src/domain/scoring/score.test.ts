import { describe, expect, it } from "vitest";
import { clonePack, makePack } from "../../testing/pack-factory";
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

  it("gives 'not enough answers' below the pack's minimum when no answer is hard", () => {
    const result = scoreCheckIn(pack, { "sleep-1": "o1" });
    expect(result.status).toBe("not-enough");
    expect(result.domains.find((d) => d.domainId === "sleep")?.stageId).toBe("reacting");
  });

  it("gives a stage to one hard answer even when little else was answered", () => {
    const result = scoreCheckIn(pack, { "sleep-1": "o3" });
    expect(result.status).toBe("scored");
    expect(result.stageId).toBe("injured");
  });

  it("puts an area at the hardest answer given in it", () => {
    const result = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o2" });
    expect(result.domains.find((d) => d.domainId === "sleep")?.stageId).toBe("injured");
  });

  it("keeps the overall stage at most one step lighter than the hardest answer", () => {
    const result = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o3" });
    expect(result.stageId).toBe("injured");
    expect(result.explanation.find((line) => line.kind === "overall")?.text).toBe(
      'Your answers suggest Stage injured, because you said "Answer 3 to sleep-1" (Area sleep), which points to Stage ill. One hard answer is never outweighed by calmer ones: the overall stage is at most one step lighter than your hardest answer.',
    );
  });

  it("moves the overall stage when the pack's count of answers point there, in any areas", () => {
    // overallCount 3: two answers at a stage are not enough on their own, three are.
    const two = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o1", "mood-1": "o1" });
    expect(two.stageIndex).toBe(0);
    expect(two.explanation.find((l) => l.kind === "overall")?.text).toContain(
      "2 answers point to Stage reacting, fewer than the 3 it takes",
    );
    const three = scoreCheckIn(pack, {
      ...allAt(0),
      "sleep-1": "o1",
      "mood-1": "o1",
      "work-1": "o1",
    });
    expect(three.stageIndex).toBe(1);
  });

  it("holds the check-in at a holding sign's stage", () => {
    const held = clonePack(pack);
    const option = held.items[0]!.options[1]!;
    option.holds = "injured";
    const result = scoreCheckIn(held, { ...allAt(0), "sleep-1": "o1" });
    expect(result.stageId).toBe("injured");
    expect(result.explanation.find((l) => l.kind === "overall")?.text).toContain(
      "that on its own is a sign to take seriously",
    );
  });

  it("asks and counts only the quick questions in a quick check-in", () => {
    const quick = clonePack(pack);
    for (const id of ["sleep-1", "mood-1", "work-1"]) {
      quick.items.find((item) => item.id === id)!.quick = true;
    }
    const result = scoreCheckIn(quick, { "sleep-1": "o1", "mood-1": "o1" }, "quick");
    expect(result.mode).toBe("quick");
    expect(result.answered + result.skipped).toBe(3);
    expect(result.explanation.at(-1)?.text).toContain("may be lighter than things really are");
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

  it("explains each area with the answers that drove it", () => {
    const result = scoreCheckIn(pack, { ...allAt(0), "sleep-1": "o2" });
    const texts = result.explanation.map((line) => line.text);
    expect(texts).toContain(
      'You said "Answer 2 to sleep-1" (Area sleep): this points to Stage injured.',
    );
    expect(texts).toContain(
      "Area sleep: Stage injured. 1 answer here points to Stage injured, the hardest you gave in this area.",
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
