/**
 * The backup file: one JSON document holding every record the app keeps.
 * Record shapes come from src/domain/records (never restated here). See
 * docs/backup-format.md for the format in words.
 */
import { z } from "zod";
import {
  CheckInSchema,
  DraftSchema,
  MetaSchema,
  PeerCheckInSchema,
  PlanActionSchema,
  SettingSchema,
  StoredPackSchema,
  SupervisionPrepSchema,
  WellbeingPlanSchema,
} from "../records";
import {
  OrgActionSchema,
  PledgeSchema,
  PracticeStorySchema,
  TeamReflectionSchema,
} from "../organisation/schema";
import { KDF_NAME, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from "../crypto";
import {
  BACKUP_TYPE,
  MAX_BACKUP_BYTES,
  MAX_RECORDS_PER_TABLE,
  type BACKUP_VERSION,
  type BackupTable,
} from "./constants";

const table = <T extends z.ZodType>(schema: T) => z.array(schema).max(MAX_RECORDS_PER_TABLE);

export const BackupDataSchema = z.strictObject({
  checkIns: table(CheckInSchema),
  drafts: table(DraftSchema),
  planActions: table(PlanActionSchema),
  peerCheckIns: table(PeerCheckInSchema),
  supervisionPreps: table(SupervisionPrepSchema),
  wellbeingPlans: table(WellbeingPlanSchema),
  teamReflections: table(TeamReflectionSchema),
  pledges: table(PledgeSchema),
  orgActions: table(OrgActionSchema),
  practiceStories: table(PracticeStorySchema),
  settings: table(SettingSchema),
  contentPacks: table(StoredPackSchema),
  meta: table(MetaSchema),
});
export type BackupData = z.infer<typeof BackupDataSchema>;
// One list per registered table (src/domain/tables.ts), no more, no fewer.
BackupDataSchema.shape satisfies Record<BackupTable, unknown>;
/** One record of a table, e.g. BackupRecord<"checkIns"> is a CheckIn. */
export type BackupRecord<T extends BackupTable> = BackupData[T][number];

export const AppInfoSchema = z.strictObject({
  name: z.string().min(1).max(100),
  /** The build that wrote the file (for support questions), e.g. a version or commit. */
  build: z.string().max(100).optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

const IsoDateTime = z.iso.datetime({ offset: true });
const Base64Field = (max: number) => z.string().min(1).max(max);

/**
 * The passphrase-protected block. Its ciphertext is AES-256-GCM over the JSON text of
 * `data`, with the UTF-8 bytes of `${type}:${version}` as additional data.
 * `minIterations` is a policy of the reader: the app writes PBKDF2_ITERATIONS and
 * refuses files protected with fewer than MIN_PBKDF2_ITERATIONS; tests lower it to stay fast.
 */
export function encryptedBlockSchema(minIterations: number = MIN_PBKDF2_ITERATIONS) {
  return z.strictObject({
    kdf: z.literal(KDF_NAME),
    iterations: z.number().int().min(minIterations).max(MAX_PBKDF2_ITERATIONS),
    salt: Base64Field(64),
    iv: Base64Field(64),
    ciphertext: Base64Field(MAX_BACKUP_BYTES),
  });
}
export type EncryptedBlock = z.infer<ReturnType<typeof encryptedBlockSchema>>;

/** The outside of every backup, before its data is upgraded and checked record by record. */
export const EnvelopeSchema = z.strictObject({
  type: z.literal(BACKUP_TYPE),
  version: z.number().int().min(1),
  app: AppInfoSchema,
  exportedAt: IsoDateTime,
  data: z.unknown().optional(),
  encrypted: z.unknown().optional(),
});

/** A current-version backup file, plain or protected (for documentation and tests). */
export const BackupFileSchema = z.union([
  EnvelopeSchema.omit({ encrypted: true }).extend({ data: BackupDataSchema }),
  EnvelopeSchema.omit({ data: true }).extend({ encrypted: encryptedBlockSchema() }),
]);
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** A backup that passed every check, upgraded to BACKUP_VERSION. */
export interface Backup {
  version: typeof BACKUP_VERSION;
  /** The version written in the file, before upgrading. */
  fromVersion: number;
  app: AppInfo;
  exportedAt: string;
  /** True when the file was protected by a passphrase. */
  encrypted: boolean;
  data: BackupData;
}

/** Bytes bound to the ciphertext, so a protected block cannot be moved to another file type or version. */
export function additionalDataFor(version: number): string {
  return `${BACKUP_TYPE}:${version}`;
}
