import { useLayoutEffect, type RefObject } from "react";

/**
 * Keeps a CSS custom property on <html> equal to an element's height, so the page can
 * leave room for things that stay on screen (the sticky header, a message at the
 * bottom): scroll-padding keeps focused controls out from under them (WCAG 2.4.11).
 */
export function useHeightAsCssVariable(
  ref: RefObject<HTMLElement | null>,
  variable: `--${string}`,
  afterChange?: () => void,
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const measure = () => {
      root.style.setProperty(variable, `${element.offsetHeight}px`);
      afterChange?.();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(variable);
    };
  }, [ref, variable, afterChange]);
}
