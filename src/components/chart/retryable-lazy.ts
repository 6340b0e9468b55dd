import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * React.lazy remembers a failed load for good. This keeps one lazy component and can
 * make a fresh one, so a chart whose code failed to arrive (offline before it was ever
 * saved) can be asked for again when the device is back online.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): {
  get: () => LazyExoticComponent<ComponentType<P>>;
  reset: () => void;
} {
  let current = lazy(load);
  return {
    get: () => current,
    reset: () => {
      current = lazy(load);
    },
  };
}
