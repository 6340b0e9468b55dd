/**
 * The shape of a scored check-in, as stored with it and carried in backups.
 * Validated on import; the scorer itself only uses the type, so zod stays off its path.
 */
import { z } from "zod";
import { RED_FLAG_KINDS } from "../pack/constants";
import { CHECK_IN_MODES } from "./asked";

const Id = z.string().min(1).max(64);
const Count = z.number().int().min(0).max(500);
const StageIndex = z.number().int().min(0).max(3);

export const EXPLANATION_KINDS = [
  "red-flag",
  "not-enough",
  "overall",
  "pattern",
  "domain",
  "answer",
  "skipped",
] as const;

export const DomainResultSchema = z.strictObject({
  domainId: Id,
  /** Null when no question in this domain was answered. */
  stageId: Id.nullable(),
  /** Position of the stage on the continuum (0 = first, doing well): comparable across packs. */
  stageIndex: StageIndex.nullable(),
  answered: Count,
  skipped: Count,
});

export const RedFlagSchema = z.strictObject({
  itemId: Id,
  optionId: Id,
  kind: z.enum(RED_FLAG_KINDS),
});

export const ExplanationLineSchema = z.strictObject({
  kind: z.enum(EXPLANATION_KINDS),
  text: z.string().min(1).max(1000),
  domainId: Id.optional(),
  itemId: Id.optional(),
});

export const CheckInResultSchema = z.strictObject({
  packId: Id,
  packVersion: z.string().min(1).max(32),
  status: z.enum(["scored", "not-enough"]),
  /** Overall stage; null when there were not enough answers. */
  stageId: Id.nullable(),
  stageIndex: StageIndex.nullable(),
  /** Scored questions answered and skipped (red-flag questions are not counted). */
  answered: Count,
  skipped: Count,
  domains: z.array(DomainResultSchema).max(20),
  /** Dominant stress-response pattern ids, in pack order; empty when not enough answers. */
  patternIds: z.array(Id).max(6),
  /** Always reported, whatever else was answered. */
  redFlags: z.array(RedFlagSchema).max(60),
  explanation: z.array(ExplanationLineSchema).max(300),
  /** "quick" for the one-minute check-in; missing means the full one. */
  mode: z.enum(CHECK_IN_MODES).optional(),
});

export type CheckInResult = z.infer<typeof CheckInResultSchema>;
export type DomainResult = z.infer<typeof DomainResultSchema>;
export type RedFlag = z.infer<typeof RedFlagSchema>;
export type ExplanationLine = z.infer<typeof ExplanationLineSchema>;
export type ExplanationKind = (typeof EXPLANATION_KINDS)[number];
