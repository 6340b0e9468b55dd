import { asRegion, REGION_META_KEY, type Region } from "../domain/help";
import { useLiveQuery } from "dexie-react-hooks";
import { useSyncExternalStore } from "react";
import { getLockStatus, onLockStatus, type LockStatus } from "./lock";
import type { CheckIn, Draft, PlanAction } from "../domain/records";
import {
  countCheckIns,
  getCheckIn,
  latestCheckIn,
  listCheckIns,
  type DateRange,
} from "./check-ins";
import { readBackupStatus, type BackupStatus } from "./backup-status";
import { readDraft } from "./drafts";
import { readMeta } from "./meta";
import { readSetting } from "./settings";
import { listPlan } from "./plan";
import type { PeerCheckIn, SupervisionPrep } from "../domain/records";
import { isoDay } from "../domain/dates";
import { getPeerCheckIn, listFollowUpsDue, listPeerCheckIns } from "./peer-reads";
import {
  getSupervisionPrep,
  latestSupervisionPrep,
  listSupervisionPreps,
} from "./supervision-reads";

/**
 * Live views of the database for screens. Each returns undefined while loading and
 * null (or an empty list) when there is nothing, so a screen can tell the two apart.
 */
export function useLatestCheckIn(): CheckIn | null | undefined {
  return useLiveQuery(() => latestCheckIn(), []);
}

export function useCheckInCount(): number | undefined {
  return useLiveQuery(() => countCheckIns(), []);
}

export function useCheckIn(id: string): CheckIn | null | undefined {
  return useLiveQuery(() => getCheckIn(id), [id]);
}

export function useCheckIns(range: DateRange): CheckIn[] | undefined {
  return useLiveQuery(() => listCheckIns(range), [range.from, range.to]);
}

export function useDraft(): Draft | null | undefined {
  return useLiveQuery(() => readDraft(), []);
}

export function usePlan(): PlanAction[] | undefined {
  return useLiveQuery(() => listPlan(), []);
}

export function useMeta<T>(key: string): T | null | undefined {
  return useLiveQuery(async () => (await readMeta<T>(key)) ?? null, [key]);
}

/** When the last backup was saved and when records last changed (for Home's gentle note). */
export function useBackupStatus(): BackupStatus | undefined {
  return useLiveQuery(() => readBackupStatus(), []);
}

export function usePeerCheckIns(): PeerCheckIn[] | undefined {
  return useLiveQuery(() => listPeerCheckIns(), []);
}

export function usePeerCheckIn(id: string): PeerCheckIn | null | undefined {
  return useLiveQuery(() => getPeerCheckIn(id), [id]);
}

/** Follow-ups due today or overdue. Re-queries when the day changes, not on every render. */
export function useFollowUpsDue(today: Date): PeerCheckIn[] | undefined {
  const day = isoDay(today);
  return useLiveQuery(() => listFollowUpsDue(today), [day]);
}

export function useSupervisionPreps(): SupervisionPrep[] | undefined {
  return useLiveQuery(() => listSupervisionPreps(), []);
}

export function useSupervisionPrep(id: string): SupervisionPrep | null | undefined {
  return useLiveQuery(() => getSupervisionPrep(id), [id]);
}

export function useLatestSupervisionPrep(): SupervisionPrep | null | undefined {
  return useLiveQuery(() => latestSupervisionPrep(), []);
}

/** A setting's stored value (not yet checked: the caller validates it), or null. */
export function useSetting(key: string): unknown {
  return useLiveQuery(async () => (await readSetting<unknown>(key)) ?? null, [key]);
}

/** Whether the passcode lock is off, locked or unlocked ("checking" at start). */
export function useLockStatus(): LockStatus {
  return useSyncExternalStore(onLockStatus, getLockStatus);
}

/**
 * Where the person said they work, or null (not said, not read yet, or storage cannot
 * be read). Read from meta, so it works while locked; a storage problem never stops
 * Help now from showing: it shows every service instead.
 */
export function useRegion(): Region | null {
  const region = useLiveQuery(async () => {
    try {
      return asRegion(await readMeta<unknown>(REGION_META_KEY));
    } catch {
      return null;
    }
  }, []);
  return region ?? null;
}
