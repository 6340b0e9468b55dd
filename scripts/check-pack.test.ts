// @vitest-environment node
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BROKEN_PACKS } from "../src/testing/broken-packs";

const run = promisify(execFile);
/** The broken packs (each the test pack with one thing wrong), written out as files. */
const FIXTURES = mkdtempSync(join(tmpdir(), "broken-packs-"));
for (const [name, { text }] of Object.entries(BROKEN_PACKS)) {
  writeFileSync(join(FIXTURES, name), text);
}
const EXPECTED = BROKEN_PACKS;

/** Runs `npm run check-pack -- ...files` as an author would; never throws. */
async function checkPack(...files: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run("node", ["scripts/check-pack.mjs", ...files], {
      cwd: process.cwd(),
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe("npm run check-pack", () => {
  it("passes the example organisation pack, with reading levels and what it holds", async () => {
    const { code, out } = await checkPack("docs/examples/example-org-pack.json");
    expect(code).toBe(0);
    expect(out).toContain("No problems found");
    expect(out).toMatch(/questions: \d+\.\d on average \(26\)/);
    expect(out).toContain("questions: 26 (2 about safety) in 9 areas");
    expect(out).toContain("services by region: england 1, everywhere 3");
    expect(out).toContain("links by kind: https 2, sms 2, tel 3");
  });

  it("fails every malformed fixture, naming where each problem is in the app's own words", async () => {
    const names = Object.keys(EXPECTED);
    const { code, out } = await checkPack(...names.map((name) => join(FIXTURES, name)));
    expect(code).toBe(1);
    const reports = out.split(/^-{60}$/m);
    expect(reports).toHaveLength(names.length);
    names.forEach((name, index) => {
      const report = reports[index] ?? "";
      const { path, message } = EXPECTED[name]!;
      expect(report, name).toContain(name);
      expect(report, name).toContain("This pack can’t be used yet");
      const line = report.split("\n").find((text) => text.startsWith(`${path}: `));
      expect(line, `${name}: a line starting "${path}: "`).toBeDefined();
      expect(report, name).toContain(message);
    });
  });

  it("says how to use it when no file is named, and when the file is not there", async () => {
    expect(await checkPack()).toMatchObject({
      code: 2,
      out: expect.stringContaining("npm run check-pack --"),
    });
    expect(await checkPack("no-such-pack.json")).toMatchObject({
      code: 2,
      out: expect.stringContaining("Could not open no-such-pack.json"),
    });
  });
});
