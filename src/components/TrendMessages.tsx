import { Link } from "wouter";
import type { ContentPack } from "../domain/pack/schema";
import type { TrendAssessment } from "../domain/trend/assess";
import { trendLines } from "../domain/trend/words";

/**
 * The trend in the words every screen uses (trendLines). A red-flag answer or a hard
 * stage that lasted shares one callout, with one way to find someone to talk to.
 */
export function TrendMessages({ pack, trend }: { pack: ContentPack; trend: TrendAssessment }) {
  const lines = trendLines(pack, trend);
  const direction = lines.filter((line) => line.kind === "direction");
  const support = lines.filter((line) => line.kind !== "direction");
  return (
    <>
      {direction.map((line) => (
        <p key={line.kind}>{line.text}</p>
      ))}
      {support.length > 0 ? (
        <div className="callout">
          {support.map((line) => (
            <p key={line.kind}>{line.text}</p>
          ))}
          <p>
            <Link href="~/resources">Find someone to talk to</Link>
          </p>
        </div>
      ) : null}
    </>
  );
}
