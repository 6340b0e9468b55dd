/**
 * Records a team lead keeps for a team or organisation: team reflections, pledges, key
 * actions and stories of practice. Personal to this device like every other table, but
 * about a workplace, never about one person. Types come from the schemas (z.infer).
 */
import { z } from "zod";
import { RecordParts } from "../records";
import { ACTION_STATUSES, LEVELS, ORG_LIMITS, PLEDGE_MAX_WORDS, countWords } from "./limits";

const { Base, Id, PackRef, IsoDate } = RecordParts;

const Optional = (max: number) => z.string().max(max).optional();
const Required = (max: number) => z.string().trim().min(1).max(max);

/** One statement of a principle, and how true it is of the workplace today. */
export const StatementRatingSchema = z.strictObject({
  statementId: PackRef,
  level: z.enum(LEVELS),
});

export const PrincipleAnswerSchema = z.strictObject({
  principleId: PackRef,
  /** Statements not rated yet are left out. */
  ratings: z.array(StatementRatingSchema).max(ORG_LIMITS.ratings),
  note: Optional(ORG_LIMITS.note),
  evidence: Optional(ORG_LIMITS.evidence),
});

/**
 * A team reflection on how trauma-informed the workplace is, against the pack's
 * principles. One draft (being filled in) at most; saved ones are kept as they were.
 */
export const TeamReflectionSchema = z.strictObject({
  ...Base,
  status: z.enum(["draft", "saved"]),
  heldOn: IsoDate,
  team: Optional(ORG_LIMITS.team),
  /** Rated together in a meeting, or by one lead. */
  ranBy: z.enum(["meeting", "lead"]),
  packId: PackRef,
  packVersion: z.string().max(32),
  principles: z.array(PrincipleAnswerSchema).max(ORG_LIMITS.principles),
});

export const AuthorisedBySchema = z.strictObject({
  name: Required(ORG_LIMITS.name),
  role: Required(ORG_LIMITS.role),
});

/**
 * A saved pledge. Each save is a new row, so earlier versions are kept; the newest
 * (by `createdAt`, when it was saved) is the current pledge.
 */
export const PledgeSchema = z.strictObject({
  ...Base,
  statement: Required(ORG_LIMITS.statement).refine((text) => countWords(text) <= PLEDGE_MAX_WORDS, {
    message: `A pledge statement has at most ${PLEDGE_MAX_WORDS} words.`,
  }),
  /** The pack framework the commitments come from, and the ones chosen. */
  frameworkId: PackRef,
  commitmentIds: z.array(PackRef).max(ORG_LIMITS.commitments),
  authorisedBy: AuthorisedBySchema,
  authorisedOn: IsoDate,
});

export const ProgressUpdateSchema = z.strictObject({
  id: Id,
  on: IsoDate,
  note: Required(ORG_LIMITS.progressNote),
  evidence: Optional(ORG_LIMITS.evidence),
});

/** A key action for the next twelve months, with its progress. */
export const OrgActionSchema = z
  .strictObject({
    ...Base,
    title: Required(ORG_LIMITS.title),
    what: z.string().max(ORG_LIMITS.what),
    owner: z.string().max(ORG_LIMITS.owner),
    startOn: IsoDate,
    reviewOn: IsoDate,
    status: z.enum(ACTION_STATUSES),
    /** The pack's action example it started from, if any. */
    exampleId: PackRef.optional(),
    progress: z.array(ProgressUpdateSchema).max(ORG_LIMITS.progress),
  })
  .refine((action) => action.startOn <= action.reviewOn, {
    message: "The review date must be on or after the start date.",
    path: ["reviewOn"],
  });

/** Agreement for one use of a story, e.g. "our annual report". */
export const StoryConsentSchema = z.strictObject({
  id: Id,
  use: Required(ORG_LIMITS.consentUse),
  given: z.boolean(),
  by: Required(ORG_LIMITS.name),
  on: IsoDate,
});

/** A story of practice, kept privately: it leaves the device only when chosen. */
export const PracticeStorySchema = z.strictObject({
  ...Base,
  title: Required(ORG_LIMITS.title),
  happened: z.string().max(ORG_LIMITS.storyText),
  changed: z.string().max(ORG_LIMITS.storyText),
  learnt: z.string().max(ORG_LIMITS.storyText),
  /** The writer has checked that names and other identifying details are taken out. */
  detailsRemoved: z.boolean(),
  consents: z.array(StoryConsentSchema).max(ORG_LIMITS.consents),
});

export type StatementRating = z.infer<typeof StatementRatingSchema>;
export type PrincipleAnswer = z.infer<typeof PrincipleAnswerSchema>;
export type TeamReflection = z.infer<typeof TeamReflectionSchema>;
export type Pledge = z.infer<typeof PledgeSchema>;
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>;
export type OrgAction = z.infer<typeof OrgActionSchema>;
export type StoryConsent = z.infer<typeof StoryConsentSchema>;
export type PracticeStory = z.infer<typeof PracticeStorySchema>;
