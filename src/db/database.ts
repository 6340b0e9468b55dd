import Dexie, { type EntityTable, type Table } from "dexie";
import { BACKUP_TABLES } from "../domain/backup/constants";
import type {
  CheckIn,
  Draft,
  Meta,
  PeerCheckIn,
  PlanAction,
  Setting,
  StoredPack,
  SupervisionPrep,
  WellbeingPlan,
} from "../domain/records";
import type {
  OrgAction,
  Pledge,
  PracticeStory,
  TeamReflection,
} from "../domain/organisation/schema";
import type { PersonalTable } from "../domain/tables";
import { encryptionMiddleware } from "./encryption";
import { newerCopyGuard } from "./newer-copy";
import { defineSchema } from "./schema";

export const DB_NAME = "healing-centred-wellbeing";

export class WellbeingDb extends Dexie {
  checkIns!: EntityTable<CheckIn, "id">;
  drafts!: EntityTable<Draft, "id">;
  planActions!: EntityTable<PlanAction, "id">;
  peerCheckIns!: EntityTable<PeerCheckIn, "id">;
  supervisionPreps!: EntityTable<SupervisionPrep, "id">;
  wellbeingPlans!: EntityTable<WellbeingPlan, "id">;
  teamReflections!: EntityTable<TeamReflection, "id">;
  pledges!: EntityTable<Pledge, "id">;
  orgActions!: EntityTable<OrgAction, "id">;
  practiceStories!: EntityTable<PracticeStory, "id">;
  settings!: EntityTable<Setting, "key">;
  contentPacks!: EntityTable<StoredPack, "key">;
  meta!: EntityTable<Meta, "key">;

  constructor(name: string = DB_NAME) {
    // No shared query cache: Dexie's default deep-copies every live result (measured on
    // History with ten years of data), and nothing here needs optimistic updates.
    super(name, { cache: "disabled" });
    defineSchema(this);
    this.use(encryptionMiddleware);
    this.use(newerCopyGuard);
  }
}

/** The names of the Dexie tables declared above. */
type DexieTableName = {
  [K in keyof WellbeingDb]: WellbeingDb[K] extends Table ? K : never;
}[keyof WellbeingDb];

/**
 * Every Dexie table is in the table registry (src/domain/tables.ts) and every entry there
 * is a Dexie table: a table added to one and not the other does not compile here.
 */
const everyTableRegistered: [DexieTableName] extends [PersonalTable]
  ? [PersonalTable] extends [DexieTableName]
    ? true
    : "a registered table is missing from WellbeingDb"
  : "a WellbeingDb table is missing from src/domain/tables.ts" = true;
void everyTableRegistered;

/**
 * Tables that hold personal records (everything a backup carries and "delete all"
 * clears), from the table registry.
 */
export const PERSONAL_TABLES = BACKUP_TABLES;

let instance: WellbeingDb | undefined;

/** The one database connection of the app. */
export function getDb(): WellbeingDb {
  instance ??= new WellbeingDb();
  return instance;
}

/** Tests only: close and forget the connection so the next getDb() opens afresh. */
export function forgetDbForTests(): void {
  instance?.close();
  instance = undefined;
}
