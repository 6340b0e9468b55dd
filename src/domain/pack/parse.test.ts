import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packArbitrary } from "../../testing/pack-arbitrary";
import { BROKEN_PACKS } from "../../testing/broken-packs";
import { makeLearningResource, makePack } from "../../testing/pack-factory";
import { MAX_PACK_CHARS, formatPackErrors, parseContentPack } from "./parse";

function errorsOf(input: unknown) {
  const parsed = parseContentPack(input);
  if (parsed.ok) throw new Error("expected the pack to be refused");
  return parsed.errors;
}

describe("parseContentPack", () => {
  it("accepts a valid pack given as JSON text or as a parsed value", () => {
    const pack = makePack();
    expect(parseContentPack(JSON.stringify(pack))).toEqual({ ok: true, pack });
    expect(parseContentPack(pack)).toEqual({ ok: true, pack });
  });

  it("accepts training, networks of leads and communities of practice with no needs", () => {
    const base = makePack();
    const learning = (["training", "network", "community"] as const).map((kind) =>
      makeLearningResource(kind),
    );
    const pack = makePack({ resources: [...base.resources, ...learning] });
    expect(parseContentPack(JSON.stringify(pack))).toEqual({ ok: true, pack });
  });

  it("accepts a pack that starts with a byte-order mark", () => {
    expect(parseContentPack(`\uFEFF${JSON.stringify(makePack())}`).ok).toBe(true);
  });

  it("accepts every valid pack an organisation could write", () => {
    fc.assert(
      fc.property(packArbitrary(), (pack) => {
        const parsed = parseContentPack(JSON.stringify(pack));
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("has more than twenty broken packs to refuse", () => {
    expect(Object.keys(BROKEN_PACKS).length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(BROKEN_PACKS))(
    "refuses %s and says what is wrong, and only that",
    (_name, { text, path, message }) => {
      const errors = errorsOf(text);
      expect(formatPackErrors(errors)).toContain(`${path}: `);
      const match = errors.find((error) => error.path === path);
      expect(match?.message, formatPackErrors(errors)).toContain(message);
      // Each is the valid test pack with one change, so nothing else is wrong with it.
      expect(errors, formatPackErrors(errors)).toHaveLength(1);
    },
  );

  it("refuses a file that is too big before reading it", () => {
    const errors = errorsOf(`{"name": "${"x".repeat(MAX_PACK_CHARS)}"}`);
    expect(errors[0]?.message).toContain("too big");
  });

  it("refuses a file that is not text", () => {
    expect(errorsOf("{\u0000}")[0]?.message).toContain("not text");
  });

  it("refuses values that are not plain JSON data", () => {
    const pack = makePack();
    const cases: [unknown, string][] = [
      [undefined, "no pack to read"],
      [{ ...pack, description: () => "hi" }, "not function"],
      [{ ...pack, description: undefined }, "not undefined"],
      [{ ...pack, description: Number.NaN }, "finite numbers"],
      [{ ...pack, description: new Date() }, "special object"],
      [{ ...pack, description: 10n }, "not bigint"],
      [{ ...pack, [Symbol("x")]: 1 }, "not text"],
      [
        Object.defineProperty({ ...pack }, "name", { get: () => "x", enumerable: true }),
        "not plain data",
      ],
      [{ ...pack, tips: Object.assign(new Array<unknown>(2), { 1: pack.tips[0] }) }, "gap"],
    ];
    for (const [input, message] of cases) {
      expect(formatPackErrors(errorsOf(input))).toContain(message);
    }
  });

  it("refuses a pack that refers to itself", () => {
    const pack: Record<string, unknown> = { ...makePack() };
    pack.description = pack;
    expect(errorsOf(pack)[0]?.message).toContain("nested more than");
  });

  it("never lets a pack change the prototype of other objects", () => {
    errorsOf('{"__proto__": {"polluted": true}}');
    errorsOf({ ...makePack(), items: JSON.parse('[{"__proto__": {"polluted": true}}]') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("lists many problems at once, up to a limit", () => {
    const pack = makePack();
    pack.items = pack.items.map((item) => ({ ...item, domain: "nowhere" }));
    pack.tips = pack.tips.map((tip) => ({ ...tip, stages: ["nowhere"] }));
    pack.supervisionPrompts = pack.supervisionPrompts.map((p) => ({ ...p, stages: ["nowhere"] }));
    const errors = errorsOf(pack);
    expect(errors.length).toBe(41);
    expect(errors.at(-1)?.message).toMatch(/^and \d+ more problems$/);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), fc.anything()), (input) => {
        const parsed = parseContentPack(input);
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
