import { useDeferredValue } from "react";
import { useBrowserLocation, useSearch } from "wouter/use-browser-location";
import { useQuickExit } from "../state/quick-exit";

type Navigate = ReturnType<typeof useBrowserLocation>[1];

/**
 * The browser location, except that while quick exit is on every move inside the app
 * replaces the current history entry. Leaving then replaces that one entry, so the
 * tab's Back button has no app page to return to.
 *
 * Screens follow a deferred copy of it: moving to a screen whose code is not loaded yet
 * keeps the current screen up for the moment that takes, instead of flashing
 * "Loading…" (and React holding the new screen back for up to 300 ms once a fallback
 * has shown).
 */
export function useQuietLocation(): [string, Navigate] {
  const [current, navigate] = useBrowserLocation();
  const location = useDeferredValue(current);
  const quiet = useQuickExit((state) => state.enabled);
  const quietNavigate: Navigate = (to, options) =>
    navigate(to, { ...options, replace: quiet || options?.replace });
  return [location, quietNavigate];
}

/**
 * The query string, deferred with the path (wouter's Router takes it from here): read
 * at once, it would change the screen being left before the next one is drawn.
 */
function useQuietSearch(): string {
  return useDeferredValue(useSearch());
}

useQuietLocation.searchHook = useQuietSearch;
