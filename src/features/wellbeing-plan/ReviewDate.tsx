import { useEffect, useRef, useState } from "react";
import { Field } from "../../components/Field";
import { downloadFile } from "../../browser/download";
import { useNotices } from "../../state/notices";
import { setPlanReviewDate } from "../../db/wellbeing-plan";
import { isReviewDayInRange } from "../../domain/wellbeing-plan/parts";
import { formatDay } from "./format-day";

/**
 * The review date: saved once the box holds a whole, likely day (a browser passes on
 * half-typed years such as 0002 along the way), and removed only by its own button.
 */
export function ReviewDate({ reviewOn }: { reviewOn: string | null }) {
  const show = useNotices((state) => state.show);
  const [day, setDay] = useState(reviewOn ?? "");
  const editing = useRef(false);

  // A date changed elsewhere (another tab, a restore) shows here, unless mid-edit.
  useEffect(() => {
    if (!editing.current) setDay(reviewOn ?? "");
  }, [reviewOn]);

  const save = async (next: string | null) => {
    try {
      await setPlanReviewDate(next);
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  const choose = (next: string) => {
    setDay(next);
    if (isReviewDayInRange(next) && next !== reviewOn) void save(next);
  };

  const remove = () => {
    setDay("");
    void save(null);
  };

  const calendar = async () => {
    if (!reviewOn) return;
    // The calendar library loads only when someone asks for the file.
    const { reviewEvent } = await import("../../domain/wellbeing-plan/calendar");
    const file = reviewEvent(reviewOn);
    if (file.ok) downloadFile("plan-review.ics", file.ics, "text/calendar");
    else show({ tone: "problem", text: file.message });
  };

  return (
    <section aria-labelledby="review-heading" className="section plan-part">
      <Field
        id="review-on"
        label="When to look at my plan again"
        labelHeading={{ level: 2, id: "review-heading" }}
        hint="For example: in six months, or before your next one-to-one. Home will remind you on the day."
        beforeBox={
          <details className="why">
            <summary>Why this helps</summary>
            <p>Things change. A set day to look again keeps the plan true to you.</p>
          </details>
        }
        kind="date"
        className="flush"
        value={day}
        min="2000-01-01"
        max="2199-12-31"
        onFocus={() => (editing.current = true)}
        onBlur={() => {
          editing.current = false;
          setDay(reviewOn ?? "");
        }}
        onChange={(event) => choose(event.target.value)}
      />
      <p className="save-status" role="status">
        {reviewOn ? `Saved: ${formatDay(reviewOn)}.` : ""}
      </p>
      {reviewOn ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void calendar()}>
            Add to my calendar
          </button>
          <button type="button" className="button secondary" onClick={remove}>
            Remove the date
          </button>
        </div>
      ) : null}
    </section>
  );
}
