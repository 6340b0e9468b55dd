// @vitest-environment node
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  makeCheckIn,
  makeDraft,
  makeMeta,
  makePeerCheckIn,
  makePlanAction,
  makeSetting,
  makeStoredPack,
  makeSupervisionPrep,
  makeOrgAction,
  makePledge,
  makePracticeStory,
  makeTeamReflection,
  makeWellbeingPlan,
} from "../../testing/records";
import { PBKDF2_ITERATIONS } from "../crypto";
import {
  BACKUP_TYPE,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  MAX_RECORDS_PER_TABLE,
  emptyBackupData,
} from "./constants";
import type { BackupData } from "./format";
import { backupFileName, makeBackup } from "./make";
import { NOTHING_CHANGED } from "./problems";
import { checkBackupFileSize, readBackup, type ReadBackupResult } from "./read";

const FIXTURES = join(process.cwd(), "tests/fixtures/backups");
const expected = JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as Record<
  string,
  { code: string; message: string; passphrase?: string }
>;
const NOW = new Date("2026-11-23T10:00:00.000Z");
const FAST = { iterations: 1_000 };
const FAST_READ = { minIterations: 1_000 };

function everyTable(): BackupData {
  return {
    checkIns: [makeCheckIn(), makeCheckIn({ id: "check-in-2", note: "A calmer day" })],
    drafts: [makeDraft()],
    planActions: [makePlanAction()],
    peerCheckIns: [makePeerCheckIn()],
    supervisionPreps: [makeSupervisionPrep()],
    wellbeingPlans: [makeWellbeingPlan()],
    teamReflections: [makeTeamReflection()],
    pledges: [makePledge()],
    orgActions: [makeOrgAction()],
    practiceStories: [makePracticeStory()],
    settings: [makeSetting()],
    contentPacks: [makeStoredPack()],
    meta: [makeMeta()],
  };
}

function problemOf(result: ReadBackupResult) {
  if (result.ok) throw new Error("expected the backup to be refused");
  return result.problem;
}

describe("readBackup: files that are fine", () => {
  it("reads back exactly what makeBackup wrote", async () => {
    const data = everyTable();
    const result = await readBackup(await makeBackup(data, { now: NOW, build: "abc123" }));
    expect(result).toEqual({
      ok: true,
      backup: {
        version: BACKUP_VERSION,
        fromVersion: BACKUP_VERSION,
        app: { name: "Healing Centred Wellbeing", build: "abc123" },
        exportedAt: NOW.toISOString(),
        encrypted: false,
        data,
      },
    });
  });

  it("reads a protected backup with its passphrase", async () => {
    const data = everyTable();
    const text = await makeBackup(data, { now: NOW, passphrase: "kettle rain", ...FAST });
    expect(text).not.toContain("A calmer day");
    const result = await readBackup(text, { passphrase: "kettle rain", ...FAST_READ });
    expect(result.ok && result.backup).toMatchObject({ encrypted: true, data });
  });

  it("writes the full PBKDF2 iteration count into a protected file by default", async () => {
    const text = await makeBackup(emptyBackupData(), { now: NOW, passphrase: "kettle rain" });
    const file = JSON.parse(text) as { encrypted: { iterations: number; kdf: string } };
    expect(file.encrypted.kdf).toBe("PBKDF2-SHA256");
    expect(file.encrypted.iterations).toBeGreaterThanOrEqual(600000);
    expect(file.encrypted.iterations).toBe(PBKDF2_ITERATIONS);
    const result = await readBackup(text, { passphrase: "kettle rain" });
    expect(result.ok).toBe(true);
  });

  it("reads the stored example files", async () => {
    const plain = await readBackup(readFileSync(join(FIXTURES, "valid/plain.json"), "utf8"));
    expect(plain.ok).toBe(true);
    const text = readFileSync(join(FIXTURES, "valid/protected.json"), "utf8");
    const result = await readBackup(text, { passphrase: "correct horse battery staple" });
    expect(result.ok && result.backup.data).toEqual(plain.ok && plain.backup.data);
  });

  it("accepts a file that starts with a byte-order mark, and ignores a passphrase it does not need", async () => {
    const text = `\uFEFF${await makeBackup(emptyBackupData(), { now: NOW })}`;
    expect((await readBackup(text, { passphrase: "not needed" })).ok).toBe(true);
  });
});

describe("readBackup: the corpus of malformed files", () => {
  const files = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== "expected.json")
    .map((entry) => entry.name);

  it("has at least thirty malformed files, each with its expected problem", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
  });

  it.each(Object.entries(expected))(
    "refuses %s and says what is wrong",
    async (file, { code, message, passphrase }) => {
      const text = readFileSync(join(FIXTURES, file), "utf8");
      const problem = problemOf(await readBackup(text, { passphrase }));
      expect(problem.code).toBe(code);
      expect(problem.message).toContain(message);
      expect(problem.message.endsWith(NOTHING_CHANGED)).toBe(true);
    },
  );

  it("gives different files different messages (except where one cause looks like another)", () => {
    const messages = Object.values(expected).map((entry) => entry.message);
    expect(new Set(messages).size).toBeGreaterThanOrEqual(messages.length - 2);
  });
});

describe("readBackup: files made in code", () => {
  it("refuses a huge file before parsing it", async () => {
    const huge = `{"type":"${BACKUP_TYPE}","pad":"${"x".repeat(MAX_BACKUP_BYTES)}"}`;
    const problem = problemOf(await readBackup(huge));
    expect(problem.code).toBe("too-big");
    expect(problem.message).toContain("the most it can read is 50 MB");
  });

  it("refuses a huge file by its size, before it is read into memory", () => {
    expect(checkBackupFileSize(MAX_BACKUP_BYTES + 1)?.code).toBe("too-big");
    expect(checkBackupFileSize(0)?.code).toBe("empty");
    expect(checkBackupFileSize(2_000)).toBeNull();
  });

  it("refuses a table with more records than any person could make", async () => {
    const data = emptyBackupData();
    const meta = Array.from({ length: MAX_RECORDS_PER_TABLE + 1 }, (_, i) => ({
      key: `k${i}`,
      value: i,
    }));
    const text = await makeBackup({ ...data, meta }, { now: NOW });
    const problem = problemOf(await readBackup(text));
    expect(problem.code).toBe("invalid-record");
    expect(problem.message).toContain("The list of app details in this backup has a problem");
    expect(problem.message).toContain(`at most ${MAX_RECORDS_PER_TABLE}`);
  });

  it("refuses a file cut short inside a piece of text", async () => {
    const text = await makeBackup(everyTable(), { now: NOW });
    const cut = text.slice(0, text.indexOf("A calmer day") + 3);
    expect(problemOf(await readBackup(cut)).code).toBe("truncated");
  });

  it("refuses data nested too deeply to walk, without overflowing the stack", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(problemOf(await readBackup(deep)).code).toBe("too-deep");
  });

  it("refuses a protected file whose version was changed after it was saved", async () => {
    // The type and version are bound to the ciphertext, so editing them is caught.
    const text = await makeBackup(everyTable(), { now: NOW, passphrase: "kettle rain", ...FAST });
    const file = JSON.parse(text) as Record<string, unknown>;
    const next = BACKUP_VERSION + 1;
    const steps = [
      {
        from: BACKUP_VERSION,
        to: next,
        date: "2027-01-01",
        why: "test",
        upgrade: (d: unknown) => d,
      },
    ];
    const moved = JSON.stringify({ ...file, version: next });
    const result = await readBackup(moved, {
      passphrase: "kettle rain",
      ...FAST_READ,
      upgrades: {
        steps: [...steps, { ...steps[0]!, from: next, to: next + 1 }],
        toVersion: next + 1,
      },
    });
    expect(problemOf(result).code).toBe("wrong-passphrase");
  });

  it("treats an empty passphrase as no passphrase", async () => {
    const text = await makeBackup(everyTable(), { now: NOW, passphrase: "kettle rain", ...FAST });
    const problem = problemOf(await readBackup(text, { passphrase: "", ...FAST_READ }));
    expect(problem.code).toBe("needs-passphrase");
  });

  it("refuses a saved content pack whose key does not match the pack inside it", async () => {
    const data = { ...emptyBackupData(), contentPacks: [makeStoredPack({ key: "other@9.9.9" })] };
    const problem = problemOf(await readBackup(await makeBackup(data, { now: NOW })));
    expect(problem.code).toBe("invalid-record");
    expect(problem.message).toContain("id and version should match the pack inside it");
  });

  it("sends the example organisation pack to the content pack screen", async () => {
    const text = readFileSync(join(process.cwd(), "docs/examples/example-org-pack.json"), "utf8");
    expect(problemOf(await readBackup(text)).code).toBe("content-pack");
  });

  it("names backup files by their local date", () => {
    expect(backupFileName(new Date(2026, 10, 23, 23, 30))).toBe("wellbeing-backup-2026-11-23.json");
  });

  it("never throws, even for input that is not text", async () => {
    expect(problemOf(await readBackup(42 as unknown as string)).code).toBe("not-text");
  });
});
