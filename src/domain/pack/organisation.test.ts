// @vitest-environment node
import { describe, expect, it } from "vitest";
import { makeOrganisation, makePack } from "../../testing/pack-factory";
import { parseContentPack } from "./parse";
import type { ContentPack } from "./schema";

type Organisation = NonNullable<ContentPack["organisation"]>;

function parseWith(change: (block: Organisation) => unknown) {
  const block = makeOrganisation();
  const changed = change(block) ?? block;
  return parseContentPack(JSON.stringify({ ...makePack(), organisation: changed }));
}

function errorAt(change: (block: Organisation) => unknown, path: string): string {
  const parsed = parseWith(change);
  if (parsed.ok) throw new Error("expected the pack to be refused");
  const match = parsed.errors.find((error) => error.path === path);
  if (!match) throw new Error(`no error at ${path}: ${JSON.stringify(parsed.errors)}`);
  return match.message;
}

describe("the pack's organisation block", () => {
  it("is optional: a pack without it is read as before", () => {
    const parsed = parseContentPack(JSON.stringify(makePack()));
    expect(parsed.ok && parsed.pack.organisation).toBeUndefined();
  });

  it("is read whole when valid: principles, the pledge framework and action examples", () => {
    const parsed = parseWith(() => undefined);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.pack.organisation).toEqual(makeOrganisation());
  });

  it("lets an action example leave out its principles (none are linked)", () => {
    const parsed = parseWith((block) => ({
      ...block,
      actionExamples: [{ id: "champion", title: "A champion", text: "One person leads." }],
    }));
    expect(parsed.ok && parsed.pack.organisation?.actionExamples[0]?.principles).toEqual([]);
  });

  it("takes a framework of eight commitments, as some organisations' pledges have", () => {
    const parsed = parseWith((block) => {
      block.pledgeFramework.commitments = Array.from({ length: 8 }, (_, n) => ({
        id: `commitment-${n + 1}`,
        title: `Commitment ${n + 1}`,
        text: "What it means.",
      }));
    });
    expect(parsed.ok && parsed.pack.organisation?.pledgeFramework.commitments).toHaveLength(8);
  });
});

describe("malformed organisation blocks are refused with their path", () => {
  it.each<[string, (block: Organisation) => unknown, string, string]>([
    [
      "a principle with one statement",
      (block) => void (block.principles[0]!.statements = [{ id: "only", text: "One." }]),
      "organisation › principles › 1 (safety) › statements",
      "at least 2",
    ],
    [
      "a principle with five statements",
      (block) =>
        void (block.principles[1]!.statements = [1, 2, 3, 4, 5].map((n) => ({
          id: `s-${n}`,
          text: `Statement ${n}.`,
        }))),
      "organisation › principles › 2 (trust) › statements",
      "at most 4",
    ],
    [
      "two principles with the same id",
      (block) => void (block.principles[1]!.id = "safety"),
      "organisation › principles › 2 (safety) › id",
      'another principle already uses the id "safety"',
    ],
    [
      "two statements of a principle with the same id",
      (block) => void (block.principles[0]!.statements[2]!.id = "safety-1"),
      "organisation › principles › 1 (safety) › statements › 3 (safety-1) › id",
      "another statement already uses the id",
    ],
    [
      "a blank statement",
      (block) => void (block.principles[0]!.statements[0]!.text = "   "),
      "organisation › principles › 1 (safety) › statements › 1 (safety-1) › text",
      "empty",
    ],
    [
      "a framework with no commitments",
      (block) => void (block.pledgeFramework.commitments = []),
      "organisation › pledgeFramework › commitments",
      "",
    ],
    [
      "two commitments with the same id",
      (block) => void (block.pledgeFramework.commitments[2]!.id = "listen"),
      "organisation › pledgeFramework › commitments › 3 (listen) › id",
      'another commitment already uses the id "listen"',
    ],
    [
      "an action example pointing to a principle that does not exist",
      (block) => void (block.actionExamples[0]!.principles = ["trust", "kindness"]),
      "organisation › actionExamples › 1 (steering-group) › principles › 2",
      'there is no principle with the id "kindness"',
    ],
    [
      "two action examples with the same id",
      (block) => void (block.actionExamples[1]!.id = "steering-group"),
      "organisation › actionExamples › 2 (steering-group) › id",
      "another action example already uses the id",
    ],
    [
      "an unknown field",
      (block) => ({ ...block, pledges: [] }),
      "organisation › pledges",
      'does not know the field "pledges"',
    ],
    [
      "a principle id with capitals",
      (block) => void (block.principles[0]!.id = "Safety"),
      "organisation › principles › 1 (Safety) › id",
      "lower-case",
    ],
    [
      "no framework",
      (block) => ({ principles: block.principles, actionExamples: block.actionExamples }),
      "organisation › pledgeFramework",
      "",
    ],
  ])("%s", (_name, change, path, message) => {
    expect(errorAt(change, path)).toContain(message);
  });
});
