// In-page timing, installed before any of the app's scripts run. Times are
// performance.now() in the page (from the start of navigation), taken by a
// MutationObserver the moment the DOM meets a condition: node only reads them.

export function installMarks() {
  const marks = {
    /** The first screen: an h1 in main and no ".loading" left there. */
    interactive: null,
    /** The last change to the page seen so far. */
    lastMutation: 0,
    /** When the armed event (a click, the first answer) happened. */
    armedAt: null,
    /** When the armed target was first met after that. */
    target: null,
  };
  let target = null;
  let expected = null;
  const main = () => document.querySelector("main");
  const heading = () => main()?.querySelector("h1")?.textContent?.trim() ?? null;
  const screenReady = () => !!main()?.querySelector("h1") && !main()?.querySelector(".loading");
  const targets = {
    // History with its list and the chart's figure (its box and table; the chart itself
    // is drawn only when scrolled to, and timed on its own in chart-timing.mjs).
    history: () =>
      screenReady() &&
      heading() === "History" &&
      !!main().querySelector(".history-item") &&
      !!main().querySelector(".chart-figure .data-table"),
    // History after choosing "Everything": the list counts every check-in, the chart is redrawn.
    everything: () =>
      targets.history() &&
      main().querySelector("#list-heading")?.textContent?.includes(`(${expected})`) === true,
    result: () => screenReady() && heading() === "Your check-in result",
  };
  const check = () => {
    const now = performance.now();
    if (marks.interactive === null && screenReady()) marks.interactive = now;
    if (target && marks.armedAt !== null && marks.target === null && targets[target]()) {
      marks.target = now;
    }
  };
  new MutationObserver(() => {
    marks.lastMutation = performance.now();
    check();
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  window.__hcwMarks = {
    marks,
    heading,
    /** Waits for `eventType` (captured on the document) and then for the named target. */
    arm(name, eventType, expect = null) {
      target = name;
      expected = expect;
      marks.armedAt = null;
      marks.target = null;
      document.addEventListener(
        eventType,
        () => {
          if (marks.armedAt === null) marks.armedAt = performance.now();
        },
        { capture: true, once: true },
      );
    },
  };
}

/** Waits (polling only to know when to read) until a mark is set, then returns all marks. */
export async function readMarkWhenSet(page, name, timeout = 120_000) {
  await page.waitForFunction((mark) => window.__hcwMarks?.marks[mark] != null, name, { timeout });
  return page.evaluate(() => ({ ...window.__hcwMarks.marks }));
}

/** Waits until the page has not changed for `quietMs`, then returns the marks. */
export async function readMarksWhenQuiet(page, quietMs = 1000, timeout = 60_000) {
  await page.waitForFunction(
    (quiet) => performance.now() - window.__hcwMarks.marks.lastMutation > quiet,
    quietMs,
    { timeout, polling: 100 },
  );
  return page.evaluate(() => ({ ...window.__hcwMarks.marks }));
}
