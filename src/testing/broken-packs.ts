/**
 * Content packs with one thing wrong, and what the parser should say about each: the test
 * pack from pack-factory with only its one change written down. parse.test.ts checks
 * every one; the Content pack screen's tests load some of them as files.
 */
import type { ContentPack } from "../domain/pack/schema";
import { makeLearningResource, makePack } from "./pack-factory";

export interface BrokenPack {
  /** The file's text, as someone would load it. */
  text: string;
  /** Where the parser should point, and words its message should hold. */
  path: string;
  message: string;
}

type Loose = Record<string, unknown>;

/** The test pack as a file's text, after one change (which may break its type). */
function changed(change: (pack: ContentPack) => void): string {
  const pack = structuredClone(makePack());
  change(pack);
  return JSON.stringify(pack, null, 2);
}

/** Sets a field the pack's type does not allow, as a hand-written file could. */
function loose(part: object): Loose {
  return part as Loose;
}

const PACK_TEXT = JSON.stringify(makePack(), null, 2);

export const BROKEN_PACKS: Readonly<Record<string, BrokenPack>> = {
  "bad-checked-date.json": {
    text: changed((p) => (p.checked = "1st November 2026")),
    path: "checked",
    message: "use a date like 2026-11-01",
  },
  "bad-id.json": {
    text: changed((p) => (p.items[2]!.id = "Mood Question")),
    path: "items › 3 (Mood Question) › id",
    message: "lower-case letters, digits and dashes",
  },
  "bad-stage-icon.json": {
    text: changed((p) => (loose(p.stages[0]!).icon = "skull")),
    path: "stages › 1 (ready) › icon",
    message: 'should be one of "sun", "cloud-sun"',
  },
  "blank-question.json": {
    text: changed((p) => (p.items[0]!.question = "   ")),
    path: "items › 1 (sleep-1) › question",
    message: "this is empty",
  },
  "constructor-key.json": {
    text: changed((p) => (loose(p.items[0]!)["constructor"] = { prototype: { x: 1 } })),
    path: "items › 1 › constructor",
    message: '"constructor" is reserved',
  },
  "control-characters.json": {
    text: changed((p) => (p.name = "Test\u0007pack")),
    path: "name",
    message: "hidden control characters",
  },
  "duplicate-item-id.json": {
    text: changed((p) => (p.items[1]!.id = "sleep-1")),
    path: "items › 2 (sleep-1) › id",
    message: 'already uses the id "sleep-1"',
  },
  "empty-file.txt": { text: "\n", path: "the pack", message: "this file is empty" },
  "item-unknown-domain.json": {
    text: changed((p) => (p.items[4]!.domain = "family")),
    path: "items › 5 (work-1) › domain",
    message: 'no domain with the id "family"',
  },
  "hidden-characters.json": {
    // U+202E turns the rest of the name right to left: "Samaritans" could read as another.
    text: changed((p) => (p.resources[0]!.name = "Samaritans \u202Eenilpleh")),
    path: "resources › 1 (samaritans) › name",
    message: "has hidden control or text-direction characters",
  },
  "javascript-link.json": {
    text: changed((p) => (p.resources[0]!.contacts[0]!.href = "javascript:alert(1)")),
    path: "resources › 1 (samaritans) › contacts › 1 › href",
    message: "links may only start with https:",
  },
  "list-not-pack.json": {
    text: JSON.stringify([makePack()]),
    path: "the pack",
    message: "a content pack is a group of fields",
  },
  "long-question.json": {
    text: changed((p) => (p.items[0]!.question = "Why ".repeat(50).trim())),
    path: "items › 1 (sleep-1) › question",
    message: "too long: at most 160 characters",
  },
  "min-answers-as-text.json": {
    text: changed((p) => (loose(p.scoring).minAnswers = "five")),
    path: "scoring › minAnswers",
    message: "should be a number, but it is text",
  },
  "missing-stages.json": {
    text: changed((p) => delete loose(p).stages),
    path: "stages",
    message: "required but missing",
  },
  "no-settled-pattern.json": {
    text: changed((p) => (p.patterns[0]!.kind = "on-edge")),
    path: "patterns",
    message: '"kind": "settled"',
  },
  "no-tips.json": {
    text: changed((p) => (p.tips = [])),
    path: "tips",
    message: "needs at least 1 entry",
  },
  "not-json.txt": {
    text: PACK_TEXT.slice(0, PACK_TEXT.length / 2),
    path: "the pack",
    message: "not valid JSON",
  },
  "option-unknown-stage.json": {
    text: changed((p) => (p.items[1]!.options[1]!.stage = "amber")),
    path: "items › 2 (sleep-2) › options › 2 (o1) › stage",
    message: 'no stage with the id "amber"',
  },
  "option-without-stage.json": {
    text: changed((p) => delete p.items[3]!.options[0]!.stage),
    path: "items › 4 (mood-2) › options › 1 (o0) › stage",
    message: "needs a stage",
  },
  "prompt-unknown-stage.json": {
    text: changed((p) => (p.supervisionPrompts[0]!.stages = ["ready", "thriving"])),
    path: "supervisionPrompts › 1 (prompt-restorative) › stages › 2",
    message: 'no stage with the id "thriving"',
  },
  "proto-key.json": {
    text: `{ "__proto__": { "polluted": true },${PACK_TEXT.slice(1)}`,
    path: "__proto__",
    message: '"__proto__" is reserved',
  },
  "red-flag-with-stage.json": {
    text: changed((p) => (p.items[6]!.options[1]!.stage = "ill")),
    path: "items › 7 (harm) › options › 2 (yes) › stage",
    message: "must not have a stage",
  },
  "red-flag-without-flag.json": {
    text: changed((p) => delete p.items[7]!.options[1]!.flag),
    path: "items › 8 (safe) › options",
    message: 'at least one answer with "flag": true',
  },
  "safety-unknown-resource.json": {
    text: changed((p) => p.safety.resources.push("shout")),
    path: "safety › resources › 2",
    message: 'no resource with the id "shout"',
  },
  "share-above-one.json": {
    text: changed((p) => (p.scoring.domainShare = 1.5)),
    path: "scoring › domainShare",
    message: "must be 1 or less",
  },
  "sign-unknown-stage.json": {
    text: changed((p) => (p.peerGuide.signs[0]!.stage = "green")),
    path: "peerGuide › signs › 1 (sign-ready) › stage",
    message: 'no stage with the id "green"',
  },
  "three-stages.json": {
    text: changed((p) => (p.stages = p.stages.slice(0, 3))),
    path: "stages",
    message: "needs exactly 4 entries (it has 3)",
  },
  "tip-unknown-pattern.json": {
    text: changed((p) => (p.tips[0]!.patterns = ["grumpy"])),
    path: "tips › 1 (general) › patterns › 1",
    message: 'no pattern with the id "grumpy"',
  },
  "too-deep.json": {
    text: changed((p) => (loose(p).description = [[[...Array(38)].reduce((x) => [x], "x")]])),
    path: "description › 1 › 1 › …",
    message: "nested more than",
  },
  "unknown-field.json": {
    text: changed((p) => (loose(p.items[0]!).colour = "blue")),
    path: "items › 1 (sleep-1) › colour",
    message: 'does not know the field "colour"',
  },
  "resource-unknown-kind.json": {
    text: changed((p) => {
      const course = makeLearningResource("training", "ti-course");
      loose(course).kind = "webinar";
      p.resources.push(course);
    }),
    path: "resources › 2 (ti-course) › kind",
    message: 'should be one of "training"',
  },
  "safety-lists-training.json": {
    text: changed((p) => {
      p.resources.push(makeLearningResource("training", "ti-course"));
      p.safety.resources.push("ti-course");
    }),
    path: "safety › resources › 2",
    message: "not a support service",
  },
  "support-without-needs.json": {
    text: changed((p) => (p.resources[0]!.needs = [])),
    path: "resources › 1 (samaritans) › needs",
    message: "at least one need",
  },
  "wrong-schema-version.json": {
    text: changed((p) => (loose(p).schemaVersion = 2)),
    path: "schemaVersion",
    message: "schema version 2",
  },
};
