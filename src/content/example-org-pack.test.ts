// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPackCoverage } from "../domain/pack/coverage";
import { ContentPackSchema } from "../domain/pack/schema";
import { defaultPack } from "./default-pack";

const exampleText = readFileSync(
  new URL("../../docs/examples/example-org-pack.json", import.meta.url),
  "utf8",
);
const parsed = ContentPackSchema.safeParse(JSON.parse(exampleText));

describe("the example organisation pack in docs/examples", () => {
  it("passes the content pack schema", () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("has tips, prompts and signs for every result the scorer can produce", () => {
    expect(checkPackCoverage(parsed.data!).map((g) => g.message)).toEqual([]);
  });

  it("uses its own name, publisher and stage names", () => {
    const pack = parsed.data!;
    expect(pack.id).not.toBe(defaultPack.id);
    expect(pack.publisher).toBe("Example NHS Trust (fictional)");
    const labels = pack.stages.map((s) => s.label);
    expect(labels.filter((l) => defaultPack.stages.some((s) => s.label === l))).toEqual([]);
  });

  it("puts its own fictional support line first, with a number from Ofcom's drama range", () => {
    const pack = parsed.data!;
    const own = pack.resources.filter((r) => r.organisation);
    expect(own.length).toBeGreaterThan(0);
    for (const r of own) {
      for (const c of r.contacts.filter((c) => c.href.startsWith("tel:"))) {
        expect(c.href).toMatch(/^tel:01632960\d{3}$/);
      }
    }
    expect(pack.safety.resources[0]).toBe(own[0]?.id);
  });

  it("adds a local line (Kent and Medway) and leaves the national crisis lines to the app's one list", () => {
    const pack = parsed.data!;
    expect(pack.safety.resources).toContain("release-the-pressure");
    const hrefs = pack.resources.flatMap((r) => r.contacts.map((c) => c.href));
    expect(hrefs.filter((h) => ["tel:999", "tel:116123"].includes(h))).toEqual([]);
  });

  it("points only at stages and resources that exist", () => {
    const pack = parsed.data!;
    const stageIds = new Set(pack.stages.map((s) => s.id));
    const used = [
      ...pack.items.flatMap((i) => i.options.flatMap((o) => (o.stage ? [o.stage] : []))),
      ...pack.tips.flatMap((t) => t.stages),
      ...pack.supervisionPrompts.flatMap((p) => p.stages),
      ...pack.peerGuide.signs.map((s) => s.stage),
    ];
    expect(used.filter((s) => !stageIds.has(s))).toEqual([]);
    const resourceIds = new Set(pack.resources.map((r) => r.id));
    expect(pack.safety.resources.filter((id) => !resourceIds.has(id))).toEqual([]);
  });
});
