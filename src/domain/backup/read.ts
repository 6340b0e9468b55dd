/**
 * The one way a backup file comes in (the Excalidraw habit: one restore path for
 * every file). Checks everything before the database is touched, upgrades older
 * versions, and never throws: it returns the backup, or one problem in plain words.
 *
 * Order: size -> text -> JSON -> unsafe keys -> is it ours -> version -> details ->
 * protection (passphrase) -> upgrade -> every record -> duplicates -> stored packs.
 */
import type { z } from "zod";
import {
  DecryptError,
  IV_BYTES,
  InvalidBase64Error,
  KDF_NAME,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  SALT_BYTES,
  base64ToBytes,
  decryptBytes,
  deriveKey,
  utf8Bytes,
  utf8Text,
} from "../crypto";
import { describeValue, explainIssue } from "../pack/issue-text";
import { BACKUP_TYPE, BACKUP_VERSION, MAX_BACKUP_BYTES } from "./constants";
import {
  EnvelopeSchema,
  additionalDataFor,
  encryptedBlockSchema,
  type Backup,
  type EncryptedBlock,
} from "./format";
import { checkPlain, isPlainObject, readJsonText } from "./plain-json";
import { valueAt } from "../value-at";
import { problems, type BackupProblem } from "./problems";
import { BACKUP_UPGRADES, upgradeBackupData, type BackupUpgrade } from "./upgrades";
import { checkBackupData } from "./validate";
import { fieldWords, shown } from "./words";

export interface ReadBackupOptions {
  /** Needed only for a protected backup. */
  passphrase?: string;
  /** Fewest PBKDF2 rounds accepted; defaults to MIN_PBKDF2_ITERATIONS. Tests lower it to stay fast. */
  minIterations?: number;
  /** Tests only: other upgrade steps and target version, to prove upgrades run in order. */
  upgrades?: { steps: readonly BackupUpgrade[]; toVersion: number };
}

export type ReadBackupResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };
type Step<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem };

/** For the file picker: refuse a file by its size before reading it into memory. */
export function checkBackupFileSize(bytes: number): BackupProblem | null {
  if (bytes === 0) return problems.empty();
  return bytes > MAX_BACKUP_BYTES ? problems.tooBig(bytes) : null;
}

/** A content pack file (see src/domain/pack/schema.ts) has these fields and no `type`. */
function looksLikeContentPack(value: Record<string, unknown>): boolean {
  return (
    Object.hasOwn(value, "schemaVersion") &&
    ["stages", "items", "publisher"].some((key) => Object.hasOwn(value, key))
  );
}

function firstIssueWords(root: unknown, issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0]!;
  if (issue.code === "unrecognized_keys") {
    return `the app does not know the field "${shown(issue.keys[0])}"`;
  }
  const name = String(issue.path[0] ?? "");
  const where = issue.path.map(String).join(".");
  return `the ${fieldWords(name)} ("${where}"): ${explainIssue(issue, valueAt(root, issue.path))}`;
}

type Envelope = z.infer<typeof EnvelopeSchema>;

function checkEnvelope(root: unknown, toVersion: number): Step<Envelope> {
  const fail = (problem: BackupProblem) => ({ ok: false as const, problem });
  if (!isPlainObject(root)) return fail(problems.notBackup(describeValue(root)));
  if (!Object.hasOwn(root, "type")) {
    return fail(looksLikeContentPack(root) ? problems.contentPack() : problems.otherApp(undefined));
  }
  if (root.type !== BACKUP_TYPE) return fail(problems.otherApp(root.type));
  const version = root.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail(problems.badVersion(version));
  }
  if (version > toVersion) return fail(problems.newerVersion(version, toVersion));
  const hasData = Object.hasOwn(root, "data");
  const hasEncrypted = Object.hasOwn(root, "encrypted");
  if (hasData && hasEncrypted) return fail(problems.bothKinds());
  if (!hasData && !hasEncrypted) return fail(problems.missingData());
  const parsed = EnvelopeSchema.safeParse(root);
  if (!parsed.success) return fail(problems.badDetails(firstIssueWords(root, parsed.error.issues)));
  return { ok: true, value: parsed.data };
}

/** Each field of the protected block, with its verb, for "... is not written correctly". */
const BLOCK_FIELDS: Record<string, string> = {
  salt: "its salt is",
  iv: "its starting value (IV) is",
  ciphertext: "its locked records are",
};

function checkBlock(block: unknown, minIterations: number): Step<EncryptedBlock> {
  const fail = (problem: BackupProblem) => ({ ok: false as const, problem });
  if (!isPlainObject(block)) {
    return fail(
      problems.badProtection(`it should be a group of fields, but it is ${describeValue(block)}`),
    );
  }
  if (block.kdf !== KDF_NAME) return fail(problems.unknownKdf(block.kdf));
  const rounds = block.iterations;
  if (typeof rounds !== "number" || !Number.isInteger(rounds) || rounds < 1) {
    return fail(problems.badProtection("its number of rounds is not a whole number"));
  }
  if (rounds < minIterations) return fail(problems.weakProtection(rounds, minIterations));
  if (rounds > MAX_PBKDF2_ITERATIONS) return fail(problems.slowProtection(rounds));
  const parsed = encryptedBlockSchema(minIterations).safeParse(block);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "");
    const what =
      issue.code === "unrecognized_keys"
        ? `it has a field the app does not know ("${shown(issue.keys[0])}")`
        : `its ${fieldWords(name)}: ${explainIssue(issue, block[name])}`;
    return fail(problems.badProtection(what));
  }
  return { ok: true, value: parsed.data };
}

type BlockField = "salt" | "iv" | "ciphertext";

function decodeBlock(block: EncryptedBlock): Step<Record<BlockField, Uint8Array>> {
  const fail = (what: string) => ({ ok: false as const, problem: problems.badProtection(what) });
  const bytes: Partial<Record<BlockField, Uint8Array>> = {};
  for (const name of ["salt", "iv", "ciphertext"] as const) {
    try {
      bytes[name] = base64ToBytes(block[name]);
    } catch (error) {
      if (!(error instanceof InvalidBase64Error)) throw error;
      return fail(`${BLOCK_FIELDS[name]} not written correctly`);
    }
  }
  const { salt, iv, ciphertext } = bytes as Record<BlockField, Uint8Array>;
  if (salt.length !== SALT_BYTES) return fail("its salt is the wrong length");
  if (iv.length !== IV_BYTES) return fail("its starting value (IV) is the wrong length");
  // AES-GCM adds a 16-byte tag: anything shorter was cut or edited.
  if (ciphertext.length < 16) return fail("its locked records are too short");
  return { ok: true, value: { salt, iv, ciphertext } };
}

async function unlock(envelope: Envelope, options: ReadBackupOptions): Promise<Step<unknown>> {
  const checked = checkBlock(envelope.encrypted, options.minIterations ?? MIN_PBKDF2_ITERATIONS);
  if (!checked.ok) return checked;
  const decoded = decodeBlock(checked.value);
  if (!decoded.ok) return decoded;
  if (!options.passphrase) return { ok: false, problem: problems.needsPassphrase() };
  const { salt, iv, ciphertext } = decoded.value;
  let plain: Uint8Array;
  try {
    const key = await deriveKey(options.passphrase, salt, { iterations: checked.value.iterations });
    plain = await decryptBytes(key, iv, ciphertext, utf8Bytes(additionalDataFor(envelope.version)));
  } catch (error) {
    if (error instanceof DecryptError) return { ok: false, problem: problems.wrongPassphrase() };
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(utf8Text(plain)) as unknown;
  } catch {
    return { ok: false, problem: problems.badProtection("the unlocked records are not readable") };
  }
  const plainCheck = checkPlain(value);
  return plainCheck.ok ? { ok: true, value: plainCheck.value } : plainCheck;
}

async function readChecked(text: string, options: ReadBackupOptions): Promise<ReadBackupResult> {
  const toVersion = options.upgrades?.toVersion ?? BACKUP_VERSION;
  const read = readJsonText(text);
  if (!read.ok) return read;
  const envelope = checkEnvelope(read.value, toVersion);
  if (!envelope.ok) return envelope;
  const { version, app, exportedAt } = envelope.value;
  const encrypted = envelope.value.encrypted !== undefined;
  const raw = encrypted
    ? await unlock(envelope.value, options)
    : { ok: true as const, value: envelope.value.data };
  if (!raw.ok) return raw;
  const upgraded = upgradeBackupData(
    raw.value,
    version,
    options.upgrades?.steps ?? BACKUP_UPGRADES,
    toVersion,
  );
  const data = checkBackupData(upgraded);
  if (!data.ok) return data;
  return {
    ok: true,
    backup: {
      version: BACKUP_VERSION,
      fromVersion: version,
      app,
      exportedAt,
      encrypted,
      data: data.data,
    },
  };
}

/**
 * Reads a backup file's text. Resolves to `{ ok: true, backup }` with the data upgraded
 * and fully checked, or `{ ok: false, problem }` with a code and a message to show.
 */
export async function readBackup(
  text: string,
  options: ReadBackupOptions = {},
): Promise<ReadBackupResult> {
  if (typeof text !== "string") return { ok: false, problem: problems.notText() };
  try {
    return await readChecked(text, options);
  } catch {
    // A bug or an unexpected browser failure must still leave the person with words, not a crash.
    return { ok: false, problem: problems.unreadable() };
  }
}
