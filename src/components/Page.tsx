import { useEffect, useRef, type ReactNode } from "react";
import { shouldFocusHeadingOnMount } from "../browser/navigation-focus";

interface PageProps {
  title: string;
  /** Shown under the heading in a quieter style. */
  lead?: ReactNode;
  children?: ReactNode;
}

/**
 * The tab's title on every screen: the app's name only. Titles are kept by browser
 * history, session files and the tab list, so they never carry a screen's heading (a
 * colleague's initials, a stage, what a screen is for).
 */
export const PAGE_TITLE = "Healing Centred Wellbeing";

/**
 * Every screen: one h1, the neutral document title, and focus moved to the heading
 * after navigation so screen reader and keyboard users start at the top of the new page.
 */
export function Page({ title, lead, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = PAGE_TITLE;
  }, []);
  useEffect(() => {
    if (shouldFocusHeadingOnMount()) heading.current?.focus();
  }, []);
  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}
