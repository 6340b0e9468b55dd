/**
 * Shapes of every record the app keeps on the device. The database stores these,
 * backups carry them, and imports are validated against them.
 * Types come from the schemas (z.infer): one source of truth.
 */
import { z } from "zod";
import { CheckInResultSchema } from "../scoring/result";
import { CHECK_IN_MODES } from "../scoring/asked";
import {
  CURRENT_PLAN_ID,
  PLAN_PART_IDS,
  PLAN_PART_MAX,
  REVIEW_DAY_RANGE,
  isReviewDayInRange,
} from "../wellbeing-plan/parts";

const IsoDateTime = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();
/**
 * Ids and keys the app makes (random UUIDs, short codes, names like "reminder"). Files
 * from outside may hold anything, and an id ends up in a screen's address: only
 * letters, numbers, "-" and "_" are let in, so "../settings" can never become a link.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const ID_RULE = "use only letters, numbers, - and _";
const Id = z.string().min(1).max(80).regex(ID_PATTERN, ID_RULE);
const Key = z.string().min(1).max(64).regex(ID_PATTERN, ID_RULE);

/** Fields every personal record has. `updatedAt` decides which copy wins on merge. */
const Base = {
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};

/** Records by their `createdAt`: inclusive ISO date-times; either end may be open. */
export const DateRangeSchema = z.strictObject({
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
});
export type DateRange = z.infer<typeof DateRangeSchema>;

export const AnswersSchema = z.record(z.string().max(64), z.string().max(64).nullable());

export const CheckInSchema = z.strictObject({
  ...Base,
  packId: z.string().max(64),
  packVersion: z.string().max(32),
  answers: AnswersSchema,
  /** The scorer's result when the check-in was saved: history never changes meaning. */
  result: CheckInResultSchema,
  note: z.string().max(5000),
  bringToSupervision: z.boolean(),
  /** Plan actions marked done before this check-in, so the result can mention them. */
  tried: z.array(Id).max(100),
});

export const DraftSchema = z.strictObject({
  ...Base,
  kind: z.enum(["check-in"]),
  packId: z.string().max(64),
  packVersion: z.string().max(32),
  answers: AnswersSchema,
  step: z.number().int().min(0).max(100),
  /** "quick" for the one-minute check-in; missing means the full one. */
  mode: z.enum(CHECK_IN_MODES).optional(),
  /** The question answered last: a resumed check-in puts focus back there. */
  lastItemId: Id.optional(),
});

export const PlanActionSchema = z.strictObject({
  ...Base,
  tipId: z.string().max(64),
  title: z.string().max(200),
  detail: z.string().max(2000),
  status: z.enum(["active", "done", "dropped"]),
  fromCheckIn: Id.optional(),
  doneAt: IsoDateTime.optional(),
});

/**
 * "My wellbeing plan": the person's own words under each part (every part optional),
 * and a review date. `kind` tells the plan being written from a copy saved as it was.
 */
export const PlanPartsSchema = z.partialRecord(
  z.enum(PLAN_PART_IDS),
  z.string().max(PLAN_PART_MAX),
);

export const WellbeingPlanSchema = z
  .strictObject({
    ...Base,
    kind: z.enum(["current", "version"]),
    parts: PlanPartsSchema,
    reviewOn: IsoDate.refine((day) => isReviewDayInRange(day), {
      message: `The review date must be from ${REVIEW_DAY_RANGE.from} to ${REVIEW_DAY_RANGE.to}.`,
    }).optional(),
  })
  .refine((plan) => (plan.id === CURRENT_PLAN_ID) === (plan.kind === "current"), {
    message: `Only the plan being written has the id "${CURRENT_PLAN_ID}", and it is never a kept copy.`,
    path: ["kind"],
  });

/**
 * Longest text each peer and supervision field takes. The schemas enforce them (they
 * also validate imported backups); forms can use them for maxLength.
 */
export const PEER_LIMITS = {
  colleague: 40,
  signs: 40,
  signsNote: 2000,
  notes: 5000,
  actions: 20,
  actionText: 300,
  resources: 30,
  followUps: 50,
  outcome: 500,
  attachedSummary: 2000,
} as const;

export const PREP_LIMITS = {
  included: 200,
  answers: 60,
  answer: 3000,
  whatToBring: 3000,
  agenda: 20,
  agendaItem: 300,
  outcomes: 5000,
  actions: 20,
  actionText: 300,
} as const;

/** An id from the content pack (a sign, stage, resource or prompt). */
const PackRef = z.string().min(1).max(64);
const Colleague = z.string().trim().min(1).max(PEER_LIMITS.colleague);

/** A stage as stored: its position keeps the meaning if the pack's ids change. */
export const StageRefSchema = z.strictObject({
  stageId: PackRef,
  stageIndex: z.number().int().min(0).max(3),
});

/** The colleague knows what is kept on this device. Without it nothing is stored. */
export const PeerConsentSchema = z.strictObject({
  given: z.literal(true),
  notes: z.enum(["keep-notes", "actions-only"]),
  at: IsoDateTime,
});

export const PeerActionSchema = z.strictObject({
  id: Id,
  what: z.string().trim().min(1).max(PEER_LIMITS.actionText),
  who: z.enum(["colleague", "manager", "both"]),
  by: IsoDate.optional(),
  done: z.boolean().optional(),
});

/** How the colleague sees it themselves: weighs more than the signs anyone noticed. */
export const ColleagueViewSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("stage"), ...StageRefSchema.shape }),
  z.strictObject({ kind: z.literal("rather-not-say") }),
]);

/** A later conversation, linked to the first. `notes` is private, `outcome` is not. */
export const FollowUpEntrySchema = z.strictObject({
  id: Id,
  at: IsoDateTime,
  notes: z.string().max(PEER_LIMITS.notes).optional(),
  outcome: z.string().max(PEER_LIMITS.outcome).optional(),
});

/** The kind of incident an after-incident check-in follows; what happened is never asked. */
export const INCIDENT_TYPES = ["death", "assault", "serious-incident", "other"] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export const PeerIncidentSchema = z.strictObject({
  type: z.enum(INCIDENT_TYPES),
  /** The day it happened: the catch-ups are counted from it. */
  on: IsoDate,
});

export const PeerCheckInSchema = z
  .strictObject({
    ...Base,
    packId: PackRef,
    packVersion: z.string().max(32),
    /** Initials or a nickname: the app never needs a full name. */
    colleague: Colleague,
    heldOn: IsoDate,
    consent: PeerConsentSchema,
    /** Ids of the pack's peerGuide.signs that were ticked. */
    signs: z.array(PackRef).max(PEER_LIMITS.signs),
    signsNote: z.string().max(PEER_LIMITS.signsNote).optional(),
    /** What the signs point to when saved; a suggestion, never a decision. */
    suggestedStage: StageRefSchema.nullable(),
    /** Missing when the colleague was not asked. */
    colleagueView: ColleagueViewSchema.optional(),
    notes: z.string().max(PEER_LIMITS.notes).optional(),
    actions: z.array(PeerActionSchema).max(PEER_LIMITS.actions),
    resourcesOffered: z.array(PackRef).max(PEER_LIMITS.resources),
    /** Indexed: Home and the follow-up list read it without a full scan. */
    followUpOn: IsoDate.optional(),
    followUps: z.array(FollowUpEntrySchema).max(PEER_LIMITS.followUps),
    closedAt: IsoDateTime.optional(),
    /** Set for an after-incident check-in: its catch-ups follow at about 72 hours and a month. */
    incident: PeerIncidentSchema.optional(),
    /** The summary the colleague chose to share of their own self-check. */
    attachedSummary: z.string().max(PEER_LIMITS.attachedSummary).optional(),
  })
  .superRefine((peer, ctx) => {
    // "No notes, just the actions" is a promise to the colleague: enforce it at rest too.
    if (peer.consent.notes === "keep-notes") return;
    const message = "Only actions are kept for this check-in, so notes cannot be saved.";
    for (const key of ["notes", "signsNote", "attachedSummary"] as const) {
      if (peer[key]) ctx.addIssue({ code: "custom", path: [key], message });
    }
    peer.followUps.forEach((entry, index) => {
      if (entry.notes)
        ctx.addIssue({ code: "custom", path: ["followUps", index, "notes"], message });
    });
  });

export const PrepAnswerSchema = z.strictObject({
  promptId: PackRef,
  answer: z.string().max(PREP_LIMITS.answer),
});

/** An action agreed in supervision, and where it goes next. */
export const PrepActionSchema = z.strictObject({
  id: Id,
  what: z.string().trim().min(1).max(PREP_LIMITS.actionText),
  destination: z.enum(["plan", "peer-follow-up"]),
});

export const PrepAfterSchema = z.strictObject({
  outcomes: z.string().max(PREP_LIMITS.outcomes),
  actions: z.array(PrepActionSchema).max(PREP_LIMITS.actions),
  recordedAt: IsoDateTime,
});

export const PrepPeriodSchema = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .refine((period) => period.from <= period.to, {
    message: "The start of the period must be on or before its end.",
    path: ["to"],
  });

export const SupervisionPrepSchema = z
  .strictObject({
    ...Base,
    packId: PackRef,
    packVersion: z.string().max(32),
    role: z.enum(["my-own", "supervising"]),
    /** Only when supervising: who the session is with (initials are enough). */
    colleague: Colleague.optional(),
    period: PrepPeriodSchema,
    /** My own check-ins flagged "bring to supervision" that this prep includes. */
    checkInIds: z.array(Id).max(PREP_LIMITS.included),
    /** When supervising: the peer check-ins with that colleague that it includes. */
    peerCheckInIds: z.array(Id).max(PREP_LIMITS.included),
    includeNotes: z.boolean(),
    answers: z.array(PrepAnswerSchema).max(PREP_LIMITS.answers),
    whatToBring: z.string().max(PREP_LIMITS.whatToBring),
    agenda: z.array(z.string().trim().min(1).max(PREP_LIMITS.agendaItem)).max(PREP_LIMITS.agenda),
    /** Filled in after the session. */
    after: PrepAfterSchema.optional(),
  })
  .superRefine((prep, ctx) => {
    if (prep.role === "supervising" && !prep.colleague) {
      ctx.addIssue({
        code: "custom",
        path: ["colleague"],
        message: "Say who you are supervising (initials are enough).",
      });
    }
  });

export const SettingSchema = z.strictObject({
  key: Key,
  value: z.unknown(),
});

export const MetaSchema = z.strictObject({
  key: Key,
  value: z.unknown(),
});

export const StoredPackSchema = z.strictObject({
  /** `${id}@${version}`: every version a record uses is kept. */
  key: z.string().max(100),
  id: z.string().max(64),
  version: z.string().max(32),
  addedAt: IsoDateTime,
  pack: z.unknown(),
});

export type Answers = z.infer<typeof AnswersSchema>;
export type CheckIn = z.infer<typeof CheckInSchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type PlanAction = z.infer<typeof PlanActionSchema>;
export type PlanParts = z.infer<typeof PlanPartsSchema>;
export type WellbeingPlan = z.infer<typeof WellbeingPlanSchema>;
export type PeerCheckIn = z.infer<typeof PeerCheckInSchema>;
export type PeerIncident = z.infer<typeof PeerIncidentSchema>;
export type PeerConsent = z.infer<typeof PeerConsentSchema>;
export type PeerAction = z.infer<typeof PeerActionSchema>;
export type ColleagueView = z.infer<typeof ColleagueViewSchema>;
export type FollowUpEntry = z.infer<typeof FollowUpEntrySchema>;
export type StageRef = z.infer<typeof StageRefSchema>;
export type SupervisionPrep = z.infer<typeof SupervisionPrepSchema>;
export type PrepAnswer = z.infer<typeof PrepAnswerSchema>;
export type PrepAction = z.infer<typeof PrepActionSchema>;
export type PrepAfter = z.infer<typeof PrepAfterSchema>;
export type PrepPeriod = z.infer<typeof PrepPeriodSchema>;
export type Setting = z.infer<typeof SettingSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type StoredPack = z.infer<typeof StoredPackSchema>;

/** Shared pieces for record schemas kept in their own area (src/domain/organisation). */
export const RecordParts = { Base, Id, PackRef, IsoDate, IsoDateTime } as const;
