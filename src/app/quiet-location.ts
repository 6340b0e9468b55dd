import { useBrowserLocation } from "wouter/use-browser-location";
import { useQuickExit } from "../components/quick-exit";

type Navigate = ReturnType<typeof useBrowserLocation>[1];

/**
 * The browser location, except that while quick exit is on every move inside the app
 * replaces the current history entry. Leaving then replaces that one entry, so the
 * tab's Back button has no app page to return to.
 */
export function useQuietLocation(): [string, Navigate] {
  const [location, navigate] = useBrowserLocation();
  const quiet = useQuickExit((state) => state.enabled);
  const quietNavigate: Navigate = (to, options) =>
    navigate(to, { ...options, replace: quiet || options?.replace });
  return [location, quietNavigate];
}
