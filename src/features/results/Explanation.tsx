import type { ExplanationLine } from "../../domain/scoring/result";

// Red-flag lines wait in the details: the support block above already answers them.
const SUMMARY_KINDS = new Set(["not-enough", "overall", "pattern"]);

/** "What this is based on": the scorer's own reasons, in its words. */
export function Explanation({ lines }: { lines: readonly ExplanationLine[] }) {
  const summary = lines.filter((line) => SUMMARY_KINDS.has(line.kind));
  const detail = lines.filter((line) => !SUMMARY_KINDS.has(line.kind));
  return (
    <section aria-labelledby="based-on-heading" className="section">
      <h2 id="based-on-heading">What this is based on</h2>
      {summary.map((line, index) => (
        <p key={index}>{line.text}</p>
      ))}
      {detail.length > 0 ? (
        <details className="disclosure">
          <summary>Show the answers behind this</summary>
          <ul>
            {detail.map((line, index) => (
              <li key={index}>{line.text}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
