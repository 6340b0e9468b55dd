/**
 * Shapes of every record the app keeps on the device. The database stores these,
 * backups carry them, and imports are validated against them.
 * Types come from the schemas (z.infer): one source of truth.
 */
import { z } from "zod";
import { CheckInResultSchema } from "../scoring/result";

const IsoDateTime = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();
const Id = z.string().min(1).max(80);

/** Fields every personal record has. `updatedAt` decides which copy wins on merge. */
const Base = {
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};

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

export const PeerCheckInSchema = z.looseObject({
  ...Base,
  followUpOn: IsoDate.optional(),
});

export const SupervisionPrepSchema = z.looseObject({
  ...Base,
});

export const SettingSchema = z.strictObject({
  key: z.string().max(64),
  value: z.unknown(),
});

export const MetaSchema = z.strictObject({
  key: z.string().max(64),
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
export type PeerCheckIn = z.infer<typeof PeerCheckInSchema>;
export type SupervisionPrep = z.infer<typeof SupervisionPrepSchema>;
export type Setting = z.infer<typeof SettingSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type StoredPack = z.infer<typeof StoredPackSchema>;
