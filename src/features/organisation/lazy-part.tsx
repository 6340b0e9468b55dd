import { lazy, Suspense, type ComponentType } from "react";

/**
 * A part of "For teams and organisations" whose code loads when it is first opened, so
 * the hub (and the app's first download, which lists what each screen needs) stays small.
 */
export function lazyPart(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Part = lazy(load);
  return function LazyPart() {
    return (
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Part />
      </Suspense>
    );
  };
}
