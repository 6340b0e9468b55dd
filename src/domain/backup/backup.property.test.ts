// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  makeCheckIn,
  makeDraft,
  makePeerCheckIn,
  makePlanAction,
  makeSupervisionPrep,
  makeOrgAction,
  makePledge,
  makePracticeStory,
  makeTeamReflection,
  makeWellbeingPlan,
} from "../../testing/records";
import type { BackupData } from "./format";
import { emptyBackupData } from "./constants";
import { makeBackup } from "./make";
import { findUnsafeKey } from "./plain-json";
import { NOTHING_CHANGED } from "./problems";
import { readBackup } from "./read";

const NOW = new Date("2026-11-23T10:00:00.000Z");

/** Any characters, astral ones included; schemas count UTF-16 units, hence the filter. */
const text = (maxLength: number) =>
  fc.string({ maxLength, unit: "binary" }).filter((value) => value.length <= maxLength);
/** Ids and keys may hold only letters, numbers, "-" and "_" (ID_PATTERN in src/domain/records). */
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,80}$/);
const key = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const time = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T23:59:59Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
/**
 * Any JSON a setting could hold, minus the names the reader refuses on purpose. Passed
 * through JSON once, because JSON has no -0 (it is written as 0): that is JSON's limit.
 */
const jsonValue = fc
  .jsonValue({ maxDepth: 4 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => findUnsafeKey(value) === null);
const keyed = fc.uniqueArray(fc.record({ key, value: jsonValue }), {
  maxLength: 5,
  selector: (record) => record.key,
});

function table<T>(make: (id: string, createdAt: string) => T) {
  return fc
    .uniqueArray(fc.tuple(id, time), { maxLength: 4, selector: ([recordId]) => recordId })
    .map((rows) => rows.map(([recordId, createdAt]) => make(recordId, createdAt)));
}

/** Valid data for every table, with awkward ids, text and values. */
const backupData: fc.Arbitrary<BackupData> = fc.record({
  checkIns: fc
    .uniqueArray(
      fc.record({ id, createdAt: time, note: text(300), bringToSupervision: fc.boolean() }),
      {
        maxLength: 4,
        selector: (record) => record.id,
      },
    )
    .map((rows) => rows.map((row) => makeCheckIn(row))),
  drafts: table((draftId, createdAt) => makeDraft({ id: draftId, createdAt })),
  planActions: table((actionId, createdAt) => makePlanAction({ id: actionId, createdAt })),
  peerCheckIns: table((peerId, createdAt) => makePeerCheckIn({ id: peerId, createdAt })),
  supervisionPreps: table((prepId, createdAt) => makeSupervisionPrep({ id: prepId, createdAt })),
  wellbeingPlans: fc
    .uniqueArray(
      fc.record({
        id,
        createdAt: time,
        kind: fc.constant("version" as const),
        parts: fc.record(
          { keepsMeWell: text(300), signsINotice: text(300), ifUnwell: text(300) },
          { requiredKeys: [] },
        ),
      }),
      { maxLength: 4, selector: (record) => record.id },
    )
    // Kept copies under any id, and the plan being written under its own id now and then.
    .map((rows) =>
      rows.map((row, index) =>
        index === 0 && row.id.length % 2 === 0
          ? makeWellbeingPlan({ ...row, id: "my-plan", kind: "current" })
          : makeWellbeingPlan(row),
      ),
    )
    .filter((rows) => rows.filter((row) => row.id === "my-plan").length <= 1)
    .map((rows) => rows.filter((row) => row.kind === "current" || row.id !== "my-plan")),
  teamReflections: fc
    .uniqueArray(fc.record({ id, createdAt: time, team: text(100) }), {
      maxLength: 3,
      selector: (record) => record.id,
    })
    .map((rows) => rows.map((row) => makeTeamReflection(row))),
  pledges: fc
    .uniqueArray(fc.record({ id, createdAt: time }), {
      maxLength: 3,
      selector: (record) => record.id,
    })
    .map((rows) => rows.map((row) => makePledge(row))),
  orgActions: fc
    .uniqueArray(fc.record({ id, createdAt: time, what: text(300) }), {
      maxLength: 3,
      selector: (record) => record.id,
    })
    .map((rows) => rows.map((row) => makeOrgAction(row))),
  practiceStories: fc
    .uniqueArray(fc.record({ id, createdAt: time, learnt: text(300) }), {
      maxLength: 3,
      selector: (record) => record.id,
    })
    .map((rows) => rows.map((row) => makePracticeStory(row))),
  settings: keyed,
  contentPacks: fc.constant([]),
  meta: keyed,
});

describe("backup invariants", () => {
  it("reading what makeBackup wrote gives back the same data, for any valid data", async () => {
    await fc.assert(
      fc.asyncProperty(backupData, async (data) => {
        const result = await readBackup(await makeBackup(data, { now: NOW }));
        expect(result.ok ? result.backup.data : result.problem).toEqual(data);
      }),
      { numRuns: 150 },
    );
  });

  it("the same holds through a passphrase, for any passphrase", async () => {
    await fc.assert(
      fc.asyncProperty(backupData, text(40).filter(Boolean), async (data, passphrase) => {
        const written = await makeBackup(data, { now: NOW, passphrase, iterations: 1_000 });
        const result = await readBackup(written, { passphrase, minIterations: 1_000 });
        expect(result.ok ? result.backup.data : result.problem).toEqual(data);
      }),
      { numRuns: 15 },
    );
  });

  it("a file cut short anywhere is refused as cut short", async () => {
    const written = await makeBackup(
      {
        checkIns: [makeCheckIn({ note: 'quotes " and \\ slashes' })],
        drafts: [],
        planActions: [],
        peerCheckIns: [],
        supervisionPreps: [],
        wellbeingPlans: [],
        teamReflections: [],
        pledges: [],
        orgActions: [],
        practiceStories: [],
        settings: [],
        contentPacks: [],
        meta: [],
      },
      { now: NOW },
    );
    const end = written.trimEnd().length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: end - 1 }), async (cut) => {
        const result = await readBackup(written.slice(0, cut));
        expect(result.ok ? "read" : result.problem.code).toBe("truncated");
      }),
      { numRuns: 300 },
    );
  });

  it("any text at all is read or refused with a kind message, never thrown", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: "binary" }), fc.json()), async (input) => {
        const result = await readBackup(input);
        if (!result.ok) expect(result.problem.message.endsWith(NOTHING_CHANGED)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("changing any one character of a protected file stops it opening", async () => {
    const data = {
      checkIns: [makeCheckIn()],
      drafts: [],
      planActions: [],
      peerCheckIns: [],
      supervisionPreps: [],
      wellbeingPlans: [],
      teamReflections: [],
      pledges: [],
      orgActions: [],
      practiceStories: [],
      settings: [],
      contentPacks: [],
      meta: [],
    };
    const written = await makeBackup(data, { now: NOW, passphrase: "pass", iterations: 1_000 });
    const file = JSON.parse(written) as { encrypted: { ciphertext: string } };
    const cipher = file.encrypted.ciphertext;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: cipher.length - 3 }),
        fc.constantFrom(...alphabet),
        async (at, letter) => {
          fc.pre(cipher[at] !== letter);
          const changed = `${cipher.slice(0, at)}${letter}${cipher.slice(at + 1)}`;
          const edited = JSON.stringify({
            ...file,
            encrypted: { ...file.encrypted, ciphertext: changed },
          });
          const result = await readBackup(edited, { passphrase: "pass", minIterations: 1_000 });
          expect(result.ok ? "opened" : result.problem.code).toMatch(
            /^(wrong-passphrase|bad-protection)$/,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it("an id with any character but letters, numbers, - and _ is refused, whatever the table", async () => {
    const outside = fc
      .string({ minLength: 1, maxLength: 40, unit: "binary" })
      .filter((value) => !/^[A-Za-z0-9_-]+$/.test(value));
    const makers = [
      (bad: string) => ({ ...emptyBackupData(), checkIns: [makeCheckIn({ id: bad })] }),
      (bad: string) => ({
        ...emptyBackupData(),
        supervisionPreps: [makeSupervisionPrep({ id: bad })],
      }),
      (bad: string) => ({ ...emptyBackupData(), checkIns: [makeCheckIn({ tried: [bad] })] }),
      (bad: string) => ({ ...emptyBackupData(), settings: [{ key: bad, value: 1 }] }),
    ];
    await fc.assert(
      fc.asyncProperty(outside, fc.constantFrom(...makers), async (bad, make) => {
        const result = await readBackup(await makeBackup(make(bad), { now: NOW }));
        expect(result.ok ? "read" : result.problem.code).toMatch(
          /^(invalid-record|forbidden-key)$/,
        );
      }),
      { numRuns: 200 },
    );
  });
});
