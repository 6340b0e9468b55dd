import { useNotices } from "../../state/notices";
import { usePlanVersions } from "../../db/wellbeing-plan-hooks";
import { savePlanVersion } from "../../db/wellbeing-plan";
import { formatDateTime } from "../../domain/dates";
import { changedParts } from "../../domain/wellbeing-plan/versions";
import { PlanSheet } from "./PlanSheet";
import { headingOf } from "./plan-words";

/** Copies the person chose to keep, so they can see how the plan changed. */
export function PlanVersions({ hasPlan }: { hasPlan: boolean }) {
  const show = useNotices((state) => state.show);
  const versions = usePlanVersions();

  const keep = async () => {
    try {
      const kept = await savePlanVersion();
      show({
        tone: "info",
        text: kept
          ? "A copy of your plan as it is today is kept below."
          : "Nothing has changed since the last copy you kept.",
      });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  return (
    <section aria-labelledby="versions-heading" className="section">
      <h2 id="versions-heading">Earlier copies of my plan</h2>
      <p>Keep a copy when you review your plan, so you can look back at how it changed.</p>
      {hasPlan ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void keep()}>
            Keep a copy of my plan as it is today
          </button>
        </div>
      ) : null}
      {versions && versions.length > 0 ? (
        <ul className="stack">
          {versions.map((version, index) => {
            const older = versions[index + 1];
            const changed = older ? changedParts(older, version) : [];
            return (
              <li key={version.id} className="card">
                <details>
                  <summary>Copy kept {formatDateTime(version.createdAt)}</summary>
                  {changed.length > 0 ? (
                    <p className="hint">
                      Changed since the copy before: {changed.map(headingOf).join("; ")}.
                    </p>
                  ) : null}
                  <PlanSheet content={version} level={3} />
                </details>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">No copies kept yet.</p>
      )}
    </section>
  );
}
