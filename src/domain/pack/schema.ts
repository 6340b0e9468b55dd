/**
 * The content pack: every word the app shows about wellbeing, as data.
 * Types are derived from these schemas (z.infer); never write the shapes twice.
 * Cross-reference checks (every id a record points to exists) live in cross-refs.ts.
 */
import { z } from "zod";
import {
  CONTACT_KINDS,
  PACK_SCHEMA_VERSION,
  PATTERN_KINDS,
  RED_FLAG_KINDS,
  REGIONS,
  RESOURCE_KINDS,
  RESOURCE_NEEDS,
  SEVEN_CS,
  STAGE_COLOURS,
  STAGE_ICONS,
  SUPERVISION_FUNCTIONS,
  WORK_KINDS,
  isAllowedHref,
} from "./constants";

export const IdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and dashes only");
/**
 * Control characters (other than tab and line breaks) and the marks that turn text
 * right to left: invisible, and able to make one name look like another.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const visible = (schema: z.ZodString) =>
  schema.refine((text) => !HIDDEN.test(text), {
    message: "has hidden control or text-direction characters: remove them",
  });
const Short = visible(z.string().trim().min(1).max(160));
const Text = visible(z.string().trim().min(1).max(800));
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use a date like 2026-11-01");

export const StageSchema = z.strictObject({
  id: IdSchema,
  label: Short,
  short: Short,
  long: Text,
  colour: z.enum(STAGE_COLOURS),
  icon: z.enum(STAGE_ICONS),
});

export const PatternSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(PATTERN_KINDS),
  label: Short,
  short: Short,
  long: Text,
});

export const DomainSchema = z.strictObject({
  id: IdSchema,
  label: Short,
  short: Short,
  /**
   * How this area can show as an early sign, in the person's own voice ("My sleep gets
   * worse"): offered for the wellbeing plan. Without it: "Changes in my <label>".
   */
  sign: Short.optional(),
});

export const OptionSchema = z.strictObject({
  id: IdSchema,
  label: Short,
  /** Stage this answer points to (id of a stage). Red-flag items carry no stage. */
  stage: IdSchema.optional(),
  /** Stress-response patterns this answer hints at (ids of patterns). */
  patterns: z.array(IdSchema).max(3).optional(),
  /** Choosing this answer opens the safety screen (red-flag items only). */
  flag: z.boolean().optional(),
  /**
   * What a flagged answer is about, when it is narrower than its question's (e.g. "not
   * safe at home" on a question about home and work). Red-flag items only.
   */
  kind: z.enum(RED_FLAG_KINDS).optional(),
  /**
   * A sign that, on its own, holds the whole check-in at this stage or harder (the id
   * of a stage), such as needing alcohol to cope. Ordinary questions only.
   */
  holds: IdSchema.optional(),
});

export const ItemSchema = z.strictObject({
  id: IdSchema,
  domain: IdSchema,
  question: Short,
  why: Text,
  /** Red-flag items are never scored: a flagged answer opens the safety screen. */
  redFlag: z.enum(RED_FLAG_KINDS).optional(),
  /** A short note shown before a heavy question. */
  contentNote: Short.optional(),
  /**
   * Asked in the one-minute check-in. A pack that marks any question marks exactly one
   * ordinary question in each area; red-flag questions are always asked.
   */
  quick: z.boolean().optional(),
  options: z.array(OptionSchema).min(2).max(6),
});

export const TipSchema = z.strictObject({
  id: IdSchema,
  title: Short,
  body: Text,
  tryNow: Text.optional(),
  /** Stages this tip suits (at least one). */
  stages: z.array(IdSchema).min(1),
  /** Domains this tip is about; empty means general. */
  domains: z.array(IdSchema),
  /** Patterns this tip suits; empty means any. */
  patterns: z.array(IdSchema),
});

export const SupervisionPromptSchema = z.strictObject({
  id: IdSchema,
  function: z.enum(SUPERVISION_FUNCTIONS),
  stages: z.array(IdSchema).min(1),
  /** Patterns this prompt suits; missing or empty means any. */
  patterns: z.array(IdSchema).optional(),
  /** Asked of someone: "What has stayed with you?" (a supervisor's words). */
  text: Text,
  /** The same question in the person's own voice, for their own prep; `text` if left out. */
  selfText: Text.optional(),
});

/** For a supervisor: what to think about and offer when someone is at a stage. */
export const SupervisorStageGuideSchema = z.strictObject({
  stage: IdSchema,
  consider: z.array(Text).min(1).max(10),
  offer: z.array(Text).min(1).max(10),
});

/** A local route an organisation adds, such as its own occupational health referral. */
export const LocalRouteSchema = z.strictObject({
  id: IdSchema,
  /** Stages it suits (at least one). */
  stages: z.array(IdSchema).min(1),
  text: Text,
});

export const SupervisorGuideSchema = z.strictObject({
  stages: z.array(SupervisorStageGuideSchema).max(4).default([]),
  localRoutes: z.array(LocalRouteSchema).max(50).default([]),
});

/** Themes a manager sees signs under: what they noticed, not a grade. */
export const SIGN_THEMES = ["mood", "sleep", "work", "contact"] as const;

export const PeerSignSchema = z.strictObject({
  id: IdSchema,
  stage: IdSchema,
  text: Short,
  /** The theme it is listed under; packs written before themes list it under mood. */
  theme: z.enum(SIGN_THEMES).default("mood"),
  /** A sign that someone may not be safe: ticking it opens the manager's safety path. */
  risk: z.boolean().default(false),
});

export const PeerGuideSchema = z.strictObject({
  intro: Text,
  signs: z.array(PeerSignSchema).min(1),
  openers: z.array(Short).min(1),
  listening: z.array(Short).min(1),
  avoid: z.array(Short).min(1),
  help: z
    .array(z.strictObject({ id: IdSchema, text: Text, sevenC: z.enum(SEVEN_CS).optional() }))
    .min(1),
});

export const ContactSchema = z.strictObject({
  kind: z.enum(CONTACT_KINDS),
  /** What a person sees, e.g. "Call 116 123" or "Text SHOUT to 85258". */
  label: Short,
  href: z.string().max(500).refine(isAllowedHref, {
    message: "links may only start with https:, tel:, sms: or mailto:",
  }),
});

export const ResourceSchema = z.strictObject({
  id: IdSchema,
  /**
   * Learning and community for the people who lead the work (training, networks of
   * trauma-informed leads, communities of practice), shown on the organisation screen.
   * Missing: a support service for staff, shown on the Resources screen.
   */
  kind: z.enum(RESOURCE_KINDS).optional(),
  name: Short,
  for: Text,
  /**
   * What a support service helps with (at least one: crossRefs.ts checks it, off the
   * first download); learning and community need none.
   */
  needs: z.array(z.enum(RESOURCE_NEEDS)),
  contacts: z.array(ContactSchema).min(1).max(6),
  hours: Short,
  region: Short,
  /**
   * UK nations the service works in, for the region filter: missing means everywhere
   * (an organisation's own line, say). `region` stays the words a person reads.
   */
  regions: z.array(z.enum(REGIONS)).min(1).optional(),
  /** Kinds of work the service is only for; missing means anyone can use it. */
  work: z.array(z.enum(WORK_KINDS)).min(1).optional(),
  /** The date the number, address and hours were last checked: a contact without one is refused. */
  checked: IsoDate,
  /** The organisation's own contact: shown first. */
  organisation: z.boolean().optional(),
});

export const GroundingSchema = z.strictObject({
  id: IdSchema,
  title: Short,
  intro: Text,
  /** Outward-focused exercises suit people for whom breath or body focus is hard. */
  focus: z.enum(["outward", "breath", "body"]),
  caution: Text.optional(),
  steps: z
    .array(z.strictObject({ text: Text, seconds: z.number().int().min(1).max(600).optional() }))
    .min(1)
    .max(20),
});

export const SafetySchema = z.strictObject({
  heading: Short,
  intro: Text,
  /**
   * Read by packs written before danger-now words were fitted to each situation; the
   * app now shows the words in src/domain/help (DANGER_NOW), so every case names 999.
   */
  dangerNow: Text,
  carryOn: Text,
  /**
   * Shown on a result in place of the stage's own words when a red-flag answer was
   * given, so the stage never reads as "coping well" beside a safety answer.
   */
  withFlag: Text.default(
    "You told us something that matters more than any stage. Please use the support below.",
  ),
  /**
   * Extra resources for the safety screen, in order, after the help that fits the answer
   * (the national crisis lines come from src/domain/help; the organisation's own come first).
   */
  resources: z.array(IdSchema).default([]),
});

/** Advice that trend and persistence signals trigger. */
export const AdviceSchema = z.strictObject({
  persistence: Text,
  worsening: Text,
  improving: Text,
  steady: Text,
  /** The same, but at the second stage or harder: "keep doing what helps" would not fit. */
  steadyHard: Text.default(
    "Your recent check-ins have stayed about the same, at a harder stage. Think about telling someone how you are.",
  ),
  /** Check-ins that went up and down, so neither better nor worse fits. */
  mixed: Text.default(
    "Your recent check-ins have gone up and down. Notice what was different on the harder days.",
  ),
  /** Added whenever a red-flag answer was given in the period looked at. */
  redFlags: Text.default(
    "In this time, one of your answers was about safety. Please keep support close.",
  ),
  notEnough: Text,
});

/**
 * Thresholds the scorer reads. An organisation can change them in its pack.
 * See docs/scoring.md for the rule, a worked example and how to tune it.
 */
export const ScoringSchema = z.strictObject({
  /**
   * Fewer scored answers than this gives "not enough answers" and no overall stage,
   * unless an answer at the third stage or harder, or a holding sign, was given.
   */
  minAnswers: z.number().int().min(1).max(50),
  /**
   * The check-in is at the hardest stage S that at least this many answers reach, in
   * any areas; never more than one stage lighter than the hardest answer, and never
   * lighter than a holding sign.
   */
  overallCount: z.number().int().min(1).max(20).default(3),
  /** Read by packs written before overallCount; no longer used (an area is its hardest answer). */
  domainShare: z.number().min(0.01).max(1).optional(),
  /** Read by packs written before overallCount; no longer used by the scorer. */
  overallShare: z.number().min(0.01).max(1).optional(),
  /** Days the second stage or harder must last across check-ins to trigger persistence advice. */
  persistenceDays: z.number().int().min(1).max(365),
});

/** One plain statement of a principle, rated by a team ("not yet" to "embedded"). */
export const PrincipleStatementSchema = z.strictObject({
  id: IdSchema,
  text: Short,
});

/** A principle of a trauma-informed workplace, e.g. safety or trust. */
export const PrincipleSchema = z.strictObject({
  id: IdSchema,
  name: Short,
  description: Text,
  statements: z.array(PrincipleStatementSchema).min(2).max(4),
});

/** One area an organisation can commit to in its pledge. */
export const CommitmentSchema = z.strictObject({
  id: IdSchema,
  title: Short,
  text: Text,
});

/** The commitments a pledge chooses from: five areas in the default pack, eight in some. */
export const PledgeFrameworkSchema = z.strictObject({
  id: IdSchema,
  name: Short,
  commitments: z.array(CommitmentSchema).min(1).max(12),
});

/** A starter for a key action, and the principles it helps with (for suggestions). */
export const ActionExampleSchema = z.strictObject({
  id: IdSchema,
  title: Short,
  text: Text,
  principles: z.array(IdSchema).max(12).default([]),
});

/** "For teams and organisations": what a team reflects on, pledges and acts on. */
export const OrganisationSchema = z.strictObject({
  principles: z.array(PrincipleSchema).min(1).max(12),
  pledgeFramework: PledgeFrameworkSchema,
  actionExamples: z.array(ActionExampleSchema).max(40),
});

export const ContentPackSchema = z.strictObject({
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  id: IdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "use a version like 1.0.0"),
  locale: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, "use a locale like en-GB"),
  name: Short,
  publisher: Short,
  checked: IsoDate,
  description: Text.optional(),
  /** Exactly four stages, from doing well (first) to most unwell (last). */
  stages: z.array(StageSchema).length(4),
  patterns: z.array(PatternSchema).min(2).max(6),
  domains: z.array(DomainSchema).min(3).max(12),
  items: z.array(ItemSchema).min(3).max(60),
  tips: z.array(TipSchema).min(1).max(500),
  supervisionPrompts: z.array(SupervisionPromptSchema).min(3).max(200),
  /** Added after version 1 was set: packs without it get no supervisor guidance. */
  supervisorGuide: SupervisorGuideSchema.default({ stages: [], localRoutes: [] }),
  peerGuide: PeerGuideSchema,
  resources: z.array(ResourceSchema).min(1).max(100),
  grounding: z.array(GroundingSchema).min(1).max(30),
  safety: SafetySchema,
  advice: AdviceSchema,
  scoring: ScoringSchema,
  /** Added after version 1 was set: packs without it offer no team reflection or pledge. */
  organisation: OrganisationSchema.optional(),
});

export type ContentPack = z.infer<typeof ContentPackSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Pattern = z.infer<typeof PatternSchema>;
export type Domain = z.infer<typeof DomainSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemOption = z.infer<typeof OptionSchema>;
export type Tip = z.infer<typeof TipSchema>;
export type SupervisionPrompt = z.infer<typeof SupervisionPromptSchema>;
export type PeerGuide = z.infer<typeof PeerGuideSchema>;
export type SupervisorGuide = z.infer<typeof SupervisorGuideSchema>;
export type PeerSign = z.infer<typeof PeerSignSchema>;
export type SignTheme = (typeof SIGN_THEMES)[number];
export type Resource = z.infer<typeof ResourceSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Grounding = z.infer<typeof GroundingSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Principle = z.infer<typeof PrincipleSchema>;
export type PrincipleStatement = z.infer<typeof PrincipleStatementSchema>;
export type PledgeFramework = z.infer<typeof PledgeFrameworkSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type ActionExample = z.infer<typeof ActionExampleSchema>;
export type { StageColour, StageIcon, PatternKind, SupervisionFunction } from "./constants";
