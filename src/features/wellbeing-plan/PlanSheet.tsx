import { PLAN_PART_IDS, type PlanPartId } from "../../domain/wellbeing-plan/parts";
import type { PlanContent } from "../../domain/wellbeing-plan/versions";
import { formatDay } from "./format-day";
import { headingOf } from "./plan-words";

interface PlanSheetProps {
  content: PlanContent;
  /** Only these parts (all written parts when left out). */
  chosen?: ReadonlySet<PlanPartId>;
  /** Heading level of each part. */
  level?: 2 | 3;
  /** Show the review date at the end. */
  withReview?: boolean;
}

/** The plan's written parts, each under its heading: a copy, the preview and the printed page. */
export function PlanSheet({ content, chosen, level = 2, withReview = false }: PlanSheetProps) {
  const Heading = level === 2 ? "h2" : "h3";
  const parts = PLAN_PART_IDS.filter(
    (part) => (!chosen || chosen.has(part)) && (content.parts[part] ?? "").trim() !== "",
  );
  return (
    <div className="plan-sheet">
      {parts.map((part) => (
        <section key={part} className="sheet-part">
          <Heading>{headingOf(part)}</Heading>
          <p className="sheet-words">{content.parts[part]}</p>
        </section>
      ))}
      {withReview && content.reviewOn ? (
        <p className="sheet-review">Look at this plan again on {formatDay(content.reviewOn)}.</p>
      ) : null}
    </div>
  );
}
