/**
 * After "delete all my data": clears what the app keeps outside IndexedDB.
 *
 * - Web storage: every key starting "hcw-" (appearance, quick exit, lock preferences
 *   and any later ones). Keys of other sites or tools are not the app's to remove.
 * - Cache Storage: every cache except the service worker's precache ("workbox-precache-").
 *   The precache holds only the app's own files (HTML, scripts, styles, icons), the same
 *   for everyone, so nothing personal. Keeping it means the app still opens offline
 *   straight after the delete; removing it would leave a service worker with nothing to
 *   serve until the next visit online. Any other cache (none today; a later release might
 *   add runtime caches) could hold something a person looked at, so it goes.
 */
export const APP_STORAGE_PREFIX = "hcw-";
const PRECACHE_PREFIX = "workbox-precache";

/** Set for one page load after everything was deleted, so Home can say so kindly. */
export const DELETED_FLAG = `${APP_STORAGE_PREFIX}data-deleted`;

function appKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(APP_STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}

/** Removes the app's keys from localStorage and sessionStorage. Returns what it removed. */
export function clearAppStorage(
  stores: readonly Storage[] = [window.localStorage, window.sessionStorage],
): string[] {
  const removed: string[] = [];
  for (const storage of stores) {
    for (const key of appKeys(storage)) {
      storage.removeItem(key);
      removed.push(key);
    }
  }
  return removed;
}

/** Deletes every cache except the app's precache. Returns the names it deleted. */
export async function clearCaches(cacheStorage: CacheStorage | undefined = globalThis.caches) {
  if (!cacheStorage) return [];
  const names = (await cacheStorage.keys()).filter((name) => !name.startsWith(PRECACHE_PREFIX));
  await Promise.all(names.map((name) => cacheStorage.delete(name)));
  return names;
}
