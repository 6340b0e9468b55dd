// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeMeta, makePledge, makeWellbeingPlan } from "../../testing/records";
import { BACKUP_VERSION, emptyBackupData } from "./constants";
import { makeBackup } from "./make";
import { readBackup } from "./read";
import { BACKUP_UPGRADES, upgradeBackupData, type BackupUpgrade } from "./upgrades";

/** A step that notes its own version in a meta record, so the order can be seen afterwards. */
function markingStep(from: number, seen: number[]): BackupUpgrade {
  return {
    from,
    to: from + 1,
    date: "2027-01-01",
    why: `test step ${from} -> ${from + 1}`,
    upgrade: (data) => {
      seen.push(from);
      const tables = data as { meta: { key: string; value: unknown }[] };
      const trail = tables.meta.find((record) => record.key === "trail");
      const before = Array.isArray(trail?.value) ? (trail.value as number[]) : [];
      return {
        ...tables,
        meta: [
          ...tables.meta.filter((record) => record.key !== "trail"),
          { key: "trail", value: [...before, from + 1] },
        ],
      };
    },
  };
}

describe("backup upgrades", () => {
  it("the shipped list runs without gaps from version 1 to the current version", () => {
    BACKUP_UPGRADES.forEach((step, index) => {
      expect(step.from).toBe(index + 1);
      expect(step.to).toBe(step.from + 1);
      expect(step.why.length).toBeGreaterThan(0);
      expect(step.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
    expect(1 + BACKUP_UPGRADES.length).toBe(BACKUP_VERSION);
  });

  it("a current file needs no upgrade and comes back unchanged", () => {
    const data = emptyBackupData();
    expect(upgradeBackupData(data, BACKUP_VERSION)).toBe(data);
  });

  it("applies each step once, in order, even when the list is not sorted", () => {
    const seen: number[] = [];
    const steps = [markingStep(3, seen), markingStep(1, seen), markingStep(2, seen)];
    const out = upgradeBackupData(emptyBackupData(), 1, steps, 4) as { meta: unknown[] };
    expect(seen).toEqual([1, 2, 3]);
    expect(out.meta).toEqual([{ key: "trail", value: [2, 3, 4] }]);
  });

  it("starts from the file's own version", () => {
    const seen: number[] = [];
    const steps = [markingStep(1, seen), markingStep(2, seen)];
    upgradeBackupData(emptyBackupData(), 2, steps, 3);
    expect(seen).toEqual([2]);
  });

  it("refuses to guess when a step is missing", () => {
    const steps = [markingStep(1, []), markingStep(3, [])];
    expect(() => upgradeBackupData(emptyBackupData(), 1, steps, 4)).toThrow(
      "No backup upgrade from version 2 to 3",
    );
  });

  it("an older file read by a newer app goes through every step, then every check", async () => {
    const seen: number[] = [];
    const upgrades = { steps: [markingStep(1, seen), markingStep(2, seen)], toVersion: 3 };
    const data = { ...emptyBackupData(), meta: [makeMeta()] };
    const written = await makeBackup(data, { now: new Date("2026-11-23T10:00:00Z") });
    const text = JSON.stringify({ ...(JSON.parse(written) as object), version: 1 });
    const result = await readBackup(text, { upgrades });
    expect(seen).toEqual([1, 2]);
    expect(result.ok && result.backup.fromVersion).toBe(1);
    expect(result.ok && result.backup.data.meta).toEqual([
      makeMeta(),
      { key: "trail", value: [2, 3] },
    ]);
  });

  it("a step that breaks on an odd old file is reported kindly, not thrown", async () => {
    const broken: BackupUpgrade = {
      ...markingStep(1, []),
      upgrade: () => {
        throw new Error("boom");
      },
    };
    const written = await makeBackup(emptyBackupData(), { now: new Date() });
    const text = JSON.stringify({ ...(JSON.parse(written) as object), version: 1 });
    const result = await readBackup(text, { upgrades: { steps: [broken], toVersion: 2 } });
    expect(result.ok ? null : result.problem.code).toBe("unreadable");
  });
});

describe("backup version 1 to 2: my wellbeing plan", () => {
  const FIXTURE = join(process.cwd(), "tests/fixtures/backups/valid/plain.json");

  it("a version 1 file, written before plans existed, reads with an empty plan table and every record kept", async () => {
    const text = readFileSync(FIXTURE, "utf8");
    const file = JSON.parse(text) as { version: number; data: Record<string, unknown[]> };
    expect(file.version).toBe(1);
    expect(file.data).not.toHaveProperty("wellbeingPlans");
    const result = await readBackup(text);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.backup.fromVersion).toBe(1);
    expect(result.backup.data.wellbeingPlans).toEqual([]);
    for (const [table, records] of Object.entries(file.data)) {
      expect(result.backup.data[table as keyof typeof result.backup.data]).toEqual(records);
    }
  });

  it("the step adds an empty plan table and never changes its input", () => {
    const step = BACKUP_UPGRADES[0]!;
    const old = { checkIns: [], meta: [] };
    const frozen = JSON.stringify(old);
    expect(step.upgrade(old)).toEqual({ checkIns: [], meta: [], wellbeingPlans: [] });
    expect(JSON.stringify(old)).toBe(frozen);
    expect(step.upgrade("not data")).toBe("not data");
  });

  it("a file labelled version 1 that holds plans is refused as unreadable, not taken in", async () => {
    const written = await makeBackup(
      { ...emptyBackupData(), wellbeingPlans: [makeWellbeingPlan()] },
      { now: new Date("2026-12-06T10:00:00Z") },
    );
    const text = JSON.stringify({ ...(JSON.parse(written) as object), version: 1 });
    const result = await readBackup(text);
    expect(result.ok ? null : result.problem.code).toBe("unreadable");
  });

  it("a version 2 file that leaves out the plan table is refused, not guessed", async () => {
    const { wellbeingPlans: _left, ...rest } = emptyBackupData();
    const written = await makeBackup(emptyBackupData(), { now: new Date("2026-12-06T10:00:00Z") });
    const text = JSON.stringify({ ...(JSON.parse(written) as object), data: rest });
    const result = await readBackup(text);
    expect(result.ok).toBe(false);
  });
});

describe("backup version 2 to 3: for teams and organisations", () => {
  const FIXTURE = join(process.cwd(), "tests/fixtures/backups/upgrade/version-2.json");
  const ADDED = ["teamReflections", "pledges", "orgActions", "practiceStories"] as const;

  it("a version 2 file reads with the four new tables empty and every record kept", async () => {
    const text = readFileSync(FIXTURE, "utf8");
    const file = JSON.parse(text) as { version: number; data: Record<string, unknown[]> };
    expect(file.version).toBe(2);
    expect(file.data.wellbeingPlans).toHaveLength(1);
    const result = await readBackup(text);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.backup.fromVersion).toBe(2);
    for (const table of ADDED) expect(result.backup.data[table]).toEqual([]);
    for (const [table, records] of Object.entries(file.data)) {
      expect(result.backup.data[table as keyof typeof result.backup.data]).toEqual(records);
    }
  });

  it("the step adds the four tables empty and never changes its input", () => {
    const step = BACKUP_UPGRADES[1]!;
    expect(step).toMatchObject({ from: 2, to: 3 });
    const old = { checkIns: [], wellbeingPlans: [] };
    const frozen = JSON.stringify(old);
    expect(step.upgrade(old)).toEqual({
      checkIns: [],
      wellbeingPlans: [],
      teamReflections: [],
      pledges: [],
      orgActions: [],
      practiceStories: [],
    });
    expect(JSON.stringify(old)).toBe(frozen);
    expect(step.upgrade(["not", "data"])).toEqual(["not", "data"]);
  });

  it("a file labelled version 2 that holds a pledge is refused as unreadable, not taken in", async () => {
    const written = await makeBackup(
      { ...emptyBackupData(), pledges: [makePledge()] },
      { now: new Date("2026-12-07T10:00:00Z") },
    );
    const text = JSON.stringify({ ...(JSON.parse(written) as object), version: 2 });
    const result = await readBackup(text);
    expect(result.ok ? null : result.problem.code).toBe("unreadable");
  });

  it("a version 3 file that leaves out the stories table is refused, not guessed", async () => {
    const { practiceStories: _left, ...rest } = emptyBackupData();
    const written = await makeBackup(emptyBackupData(), { now: new Date("2026-12-07T10:00:00Z") });
    const text = JSON.stringify({ ...(JSON.parse(written) as object), data: rest });
    const result = await readBackup(text);
    expect(result.ok).toBe(false);
  });
});
