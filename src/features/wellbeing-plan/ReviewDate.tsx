import { useState } from "react";
import { downloadFile } from "../../components/download";
import { useNotices } from "../../components/notices";
import { setPlanReviewDate } from "../../db/wellbeing-plan";
import { formatDay } from "./format-day";

/** The review date: saved when chosen, with a calendar file on request. */
export function ReviewDate({ reviewOn }: { reviewOn: string | null }) {
  const show = useNotices((state) => state.show);
  const [day, setDay] = useState(reviewOn ?? "");

  const choose = async (next: string) => {
    setDay(next);
    if (next && !/^\d{4}-\d{2}-\d{2}$/.test(next)) return;
    try {
      await setPlanReviewDate(next || null);
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
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
      <h2 id="review-heading">
        <label htmlFor="review-on">When to look at my plan again</label>
      </h2>
      <p className="hint" id="review-hint">
        For example: in six months, or before your next one-to-one. Home will remind you on the day.
      </p>
      <details className="why">
        <summary>Why this helps</summary>
        <p>Things change. A set day to look again keeps the plan true to you.</p>
      </details>
      <input
        id="review-on"
        type="date"
        className="input"
        value={day}
        aria-describedby="review-hint"
        onChange={(event) => void choose(event.target.value)}
      />
      <p className="save-status" role="status">
        {reviewOn ? `Saved: ${formatDay(reviewOn)}.` : ""}
      </p>
      {reviewOn ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void calendar()}>
            Add to my calendar
          </button>
        </div>
      ) : null}
    </section>
  );
}
