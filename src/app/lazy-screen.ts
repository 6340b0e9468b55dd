import { createElement, use, type ComponentType, type ReactNode } from "react";
import { tracked } from "../browser/tracked";

type Module<P> = { default: ComponentType<P> };

export type LazyScreen<P extends object> = ((props: P) => ReactNode) & {
  /** Starts loading the screen's code (once); drawing it later then needs no wait. */
  preload: () => Promise<Module<P>>;
};

/**
 * A screen whose code loads when it is first needed, as with React.lazy, but which can
 * start loading sooner (`preload`) and then draws at once: the promise carries React's
 * status, so a screen whose code has arrived never shows a fallback first.
 */
export function lazyScreen<P extends object>(load: () => Promise<Module<P>>): LazyScreen<P> {
  let loading: Promise<Module<P>> | undefined;
  const preload = () => (loading ??= tracked(load()));
  function Screen(props: P) {
    return createElement(use(preload()).default, props);
  }
  return Object.assign(Screen, { preload });
}
