/**
 * Factories for every record the app stores, for tests. One place, so a change to a
 * record's schema is fixed here once. Each returns a record that passes its schema.
 */
import { defaultPack } from "../content/default-pack";
import type {
  CheckIn,
  PeerCheckIn,
  PlanAction,
  SupervisionPrep,
  WellbeingPlan,
} from "../domain/records";
import type {
  OrgAction,
  Pledge,
  PracticeStory,
  TeamReflection,
} from "../domain/organisation/schema";
import { scoreCheckIn } from "../domain/scoring/score";

export function makeCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  const createdAt = overrides.createdAt ?? "2026-11-01T09:00:00.000Z";
  const answers = overrides.answers ?? {};
  return {
    id: "check-in-1",
    createdAt,
    updatedAt: createdAt,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    answers,
    result: scoreCheckIn(defaultPack, answers),
    note: "",
    bringToSupervision: false,
    tried: [],
    ...overrides,
  };
}

export function makePlanAction(overrides: Partial<PlanAction> = {}): PlanAction {
  const createdAt = overrides.createdAt ?? "2026-11-01T09:10:00.000Z";
  return {
    id: "plan-1",
    createdAt,
    updatedAt: createdAt,
    tipId: defaultPack.tips[0]?.id ?? "tip",
    title: defaultPack.tips[0]?.title ?? "A tip",
    detail: defaultPack.tips[0]?.body ?? "",
    status: "active",
    ...overrides,
  };
}

/** A wellbeing plan with a few parts written, quotes and a new line included, and a review date. */
export function makeWellbeingPlan(overrides: Partial<WellbeingPlan> = {}): WellbeingPlan {
  const createdAt = overrides.createdAt ?? "2026-11-05T19:00:00.000Z";
  return {
    id: "my-plan",
    createdAt,
    updatedAt: createdAt,
    kind: "current",
    parts: {
      keepsMeWell: 'A walk at lunch.\nTalking to my sister, "off the record".',
      signsINotice: "I stop eating lunch.",
    },
    reviewOn: "2027-05-05",
    ...overrides,
  };
}

/**
 * A peer check-in with consent to keep notes, two signs, the colleague's own view, two
 * actions and a follow-up. With `consent.notes: "actions-only"` the private fields are
 * left out, so the record stays valid.
 */
export function makePeerCheckIn(overrides: Partial<PeerCheckIn> = {}): PeerCheckIn {
  const createdAt = overrides.createdAt ?? "2026-11-02T14:00:00.000Z";
  const consent = overrides.consent ?? { given: true, notes: "keep-notes", at: createdAt };
  const privateParts =
    consent.notes === "keep-notes"
      ? { notes: "Busy month on the ward; finding it hard to switch off.", signsNote: "" }
      : {};
  return {
    id: "peer-1",
    createdAt,
    updatedAt: createdAt,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    colleague: "AB",
    heldOn: createdAt.slice(0, 10),
    consent,
    signs: ["stretched-tired-tense", "stretched-skips-breaks"],
    suggestedStage: { stageId: "stretched", stageIndex: 1 },
    colleagueView: { kind: "stage", stageId: "stretched", stageIndex: 1 },
    ...privateParts,
    actions: [
      { id: "action-1", what: "Take a proper lunch break", who: "colleague" },
      { id: "action-2", what: "Look at the rota together", who: "both", by: "2026-11-09" },
    ],
    resourcesOffered: ["samaritans"],
    followUpOn: "2026-11-16",
    followUps: [],
    ...overrides,
  };
}

function fourWeeksBefore(iso: string): string {
  return new Date(Date.parse(iso) - 28 * 86_400_000).toISOString().slice(0, 10);
}

/** A prep for the person's own supervision, with one flagged check-in and an answer. */
export function makeSupervisionPrep(overrides: Partial<SupervisionPrep> = {}): SupervisionPrep {
  const createdAt = overrides.createdAt ?? "2026-11-03T16:00:00.000Z";
  const role = overrides.role ?? "my-own";
  return {
    id: "prep-1",
    createdAt,
    updatedAt: createdAt,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    role,
    ...(role === "supervising" ? { colleague: "AB" } : {}),
    period: { from: fourWeeksBefore(createdAt), to: createdAt.slice(0, 10) },
    checkInIds: ["check-in-1"],
    peerCheckInIds: [],
    includeNotes: false,
    answers: [{ promptId: "restore-stayed-with-you", answer: "A hard visit last week." }],
    whatToBring: "How to switch off after late visits.",
    agenda: ["The late visit", "Workload"],
    ...overrides,
  };
}

// Factories for the other tables (added with backups). The type import sits here so
// this block can be appended without touching the file's head.
import type { Draft, Meta, Setting, StoredPack } from "../domain/records";

/** An unfinished check-in, part way through. */
export function makeDraft(overrides: Partial<Draft> = {}): Draft {
  const createdAt = overrides.createdAt ?? "2026-11-04T08:00:00.000Z";
  return {
    id: "check-in",
    kind: "check-in",
    createdAt,
    updatedAt: createdAt,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    answers: {},
    step: 2,
    ...overrides,
  };
}

export function makeSetting(overrides: Partial<Setting> = {}): Setting {
  return { key: "appearance", value: { theme: "dark", textSize: "large" }, ...overrides };
}

export function makeMeta(overrides: Partial<Meta> = {}): Meta {
  return { key: "welcomeSeen", value: true, ...overrides };
}

/** The default pack as the app keeps it once a check-in has used it. */
export function makeStoredPack(overrides: Partial<StoredPack> = {}): StoredPack {
  return {
    key: `${defaultPack.id}@${defaultPack.version}`,
    id: defaultPack.id,
    version: defaultPack.version,
    addedAt: "2026-10-01T09:00:00.000Z",
    pack: defaultPack,
    ...overrides,
  };
}

import type { BackupData } from "../domain/backup/format";

/** A saved team reflection by a lead: two principles rated, one with a note and evidence. */
export function makeTeamReflection(overrides: Partial<TeamReflection> = {}): TeamReflection {
  const createdAt = overrides.createdAt ?? "2026-11-06T15:00:00.000Z";
  return {
    id: "reflection-1",
    createdAt,
    updatedAt: createdAt,
    status: "saved",
    heldOn: "2026-11-06",
    team: "Children's services, north",
    ranBy: "lead",
    packId: "default",
    packVersion: "1.0.0",
    principles: [
      {
        principleId: "safety",
        ratings: [
          { statementId: "safety-1", level: "growing" },
          { statementId: "safety-2", level: "starting" },
        ],
        note: 'We said "quiet room" twice.\nA second line.',
        evidence: "Staff survey, October.",
      },
      { principleId: "trust", ratings: [{ statementId: "trust-1", level: "not-yet" }] },
    ],
    ...overrides,
  };
}

/** A pledge with two commitments, authorised by a senior leader. */
export function makePledge(overrides: Partial<Pledge> = {}): Pledge {
  const createdAt = overrides.createdAt ?? "2026-11-07T10:00:00.000Z";
  return {
    id: "pledge-1",
    createdAt,
    updatedAt: createdAt,
    statement: "We will listen to the people who use our service, and to our staff.",
    frameworkId: "five-areas",
    commitmentIds: ["lived-experience", "staff-wellbeing"],
    authorisedBy: { name: "Sam Lee", role: "Director" },
    authorisedOn: "2026-11-07",
    ...overrides,
  };
}

/** A key action under way, with one progress update. */
export function makeOrgAction(overrides: Partial<OrgAction> = {}): OrgAction {
  const createdAt = overrides.createdAt ?? "2026-11-08T10:00:00.000Z";
  return {
    id: "action-1",
    createdAt,
    updatedAt: createdAt,
    title: "Set up a steering group",
    what: "Meet once a month, with staff from each team.",
    owner: "Head of service",
    startOn: "2026-12-01",
    reviewOn: "2027-03-01",
    status: "in-progress",
    exampleId: "steering-group",
    progress: [{ id: "p1", on: "2026-12-15", note: "First meeting held.", evidence: "Notes" }],
    ...overrides,
  };
}

/** A story of practice with identifying details removed and one use agreed. */
export function makePracticeStory(overrides: Partial<PracticeStory> = {}): PracticeStory {
  const createdAt = overrides.createdAt ?? "2026-11-09T10:00:00.000Z";
  return {
    id: "story-1",
    createdAt,
    updatedAt: createdAt,
    title: "A calmer front desk",
    happened: "People waited a long time with no news.",
    changed: "We now tell people how long the wait is.",
    learnt: "Small things build trust.",
    detailsRemoved: true,
    consents: [{ id: "c1", use: "Team newsletter", given: true, by: "A. N.", on: "2026-11-09" }],
    ...overrides,
  };
}

/**
 * One or more records of every kind the app keeps, with the awkward parts filled in
 * (answers, quotes and new lines in a note, an actions-only peer check-in, a prep with
 * outcomes, a saved pack): what backup round trips are proven with.
 */
export function makeEveryRecord(): BackupData {
  const scoredItems = defaultPack.items.filter((item) => !item.redFlag).slice(0, 5);
  const answers = Object.fromEntries(scoredItems.map((item) => [item.id, item.options[1]!.id]));
  return {
    checkIns: [
      makeCheckIn({ answers, note: 'Long shift, "hard" visit.\nBetter after a walk.' }),
      makeCheckIn({
        id: "check-in-2",
        createdAt: "2026-11-10T21:15:00.000Z",
        bringToSupervision: true,
        tried: ["plan-2"],
      }),
    ],
    drafts: [makeDraft({ answers: { [scoredItems[0]!.id]: null } })],
    planActions: [
      makePlanAction(),
      makePlanAction({
        id: "plan-2",
        status: "done",
        doneAt: "2026-11-09T12:00:00.000Z",
        updatedAt: "2026-11-09T12:00:00.000Z",
      }),
    ],
    peerCheckIns: [
      makePeerCheckIn(),
      makePeerCheckIn({
        id: "peer-2",
        colleague: "CD",
        consent: { given: true, notes: "actions-only", at: "2026-11-02T14:00:00.000Z" },
      }),
    ],
    supervisionPreps: [
      makeSupervisionPrep(),
      makeSupervisionPrep({
        id: "prep-2",
        role: "supervising",
        peerCheckInIds: ["peer-1"],
        after: {
          outcomes: "Agreed a lighter rota.",
          actions: [{ id: "a1", what: "Ask for a rota review", destination: "plan" }],
          recordedAt: "2026-11-04T10:00:00.000Z",
        },
      }),
    ],
    wellbeingPlans: [
      makeWellbeingPlan(),
      {
        id: "plan-version-1",
        createdAt: "2026-11-03T19:00:00.000Z",
        updatedAt: "2026-11-03T19:00:00.000Z",
        kind: "version",
        parts: { keepsMeWell: "A walk at lunch." },
      },
    ],
    teamReflections: [
      makeTeamReflection(),
      makeTeamReflection({ id: "reflection-draft", status: "draft", ranBy: "meeting" }),
    ],
    pledges: [makePledge()],
    orgActions: [makeOrgAction(), makeOrgAction({ id: "action-2", progress: [] })],
    practiceStories: [makePracticeStory()],
    settings: [makeSetting(), makeSetting({ key: "reminders", value: { weekly: true } })],
    contentPacks: [makeStoredPack()],
    meta: [makeMeta(), { key: "lastBackupAt", value: "2026-11-01T08:00:00.000Z" }],
  };
}
