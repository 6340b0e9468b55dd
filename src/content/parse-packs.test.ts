// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPackErrors, parseContentPack } from "../domain/pack/parse";
import { defaultPack } from "./default-pack";

describe("reading packs as an organisation's file would arrive", () => {
  it("reads the default pack back from JSON with no errors", () => {
    const result = parseContentPack(JSON.stringify(defaultPack));
    expect(result.ok ? "" : formatPackErrors(result.errors)).toBe("");
  });

  it("reads the example organisation pack with no errors", () => {
    const text = readFileSync(
      new URL("../../docs/examples/example-org-pack.json", import.meta.url),
      "utf8",
    );
    const result = parseContentPack(text);
    expect(result.ok ? "" : formatPackErrors(result.errors)).toBe("");
  });
});
