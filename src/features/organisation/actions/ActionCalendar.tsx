import { downloadFile } from "../../../browser/download";
import { useNotices } from "../../../state/notices";
import type { OrgAction } from "../../../domain/organisation/schema";
import { formatShortDay } from "../../../domain/peer/days";

/** A calendar file for the saved review day, made on this device. */
export function ActionCalendar({ action }: { action: OrgAction }) {
  const show = useNotices((state) => state.show);
  const save = async () => {
    // The calendar library loads only when someone asks for the file.
    const { actionReviewEvent, actionReviewFileName } =
      await import("../../../domain/organisation/action-calendar");
    const file = actionReviewEvent(action);
    if (file.ok) downloadFile(actionReviewFileName(action), file.ics, "text/calendar");
    else show({ tone: "problem", text: file.message });
  };
  return (
    <section aria-labelledby="calendar-heading" className="section">
      <h2 id="calendar-heading">Review in your calendar</h2>
      <p>
        Review day: {formatShortDay(action.reviewOn)}. The file holds the action’s title and the
        day, nothing more.
      </p>
      <button type="button" className="button secondary" onClick={() => void save()}>
        Add the review to a calendar
      </button>
    </section>
  );
}
