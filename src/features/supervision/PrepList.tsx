import { useRef } from "react";
import { Link } from "wouter";
import { useNotices } from "../../state/notices";
import { deleteSupervisionPrep, restoreSupervisionPrep } from "../../db/supervision";
import { formatShortDay } from "../../domain/peer/days";
import type { SupervisionPrep } from "../../domain/records";
import { prepTitle } from "../../domain/supervision/prep-record";

const UNDO_MS = 10_000;

function periodWords(prep: SupervisionPrep): string {
  return `${formatShortDay(prep.period.from)} to ${formatShortDay(prep.period.to)}`;
}

/** Earlier preparations, newest first, each to open again or delete (with Undo). */
export function PrepList({ preps }: { preps: SupervisionPrep[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const show = useNotices((state) => state.show);

  const remove = async (prep: SupervisionPrep) => {
    try {
      const removed = await deleteSupervisionPrep(prep.id);
      // The button that had focus is gone: keep the person's place at the list's heading.
      heading.current?.focus();
      if (!removed) return;
      show({
        tone: "info",
        text: `Preparation for ${periodWords(removed)} deleted.`,
        expiresAfterMs: UNDO_MS,
        action: {
          label: "Undo",
          run: () => {
            restoreSupervisionPrep(removed).catch((problem: unknown) =>
              show({ tone: "problem", text: (problem as Error).message }),
            );
          },
        },
      });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  return (
    <section aria-labelledby="preps-heading" className="section">
      <h2 id="preps-heading" ref={heading} tabIndex={-1}>
        Your preparations ({preps.length})
      </h2>
      {preps.length === 0 ? (
        <p>None yet. Each one you start is kept here, on this device, until you delete it.</p>
      ) : (
        <ul className="prep-list">
          {preps.map((prep) => (
            <li key={prep.id} className="prep-item">
              <h3>
                <Link href={`/${prep.id}`}>{prepTitle(prep)}</Link>
              </h3>
              <p>{periodWords(prep)}</p>
              <p className="hint">
                Made on {formatShortDay(prep.createdAt)}
                {prep.after ? ". After the session: notes recorded" : ""}
              </p>
              <button
                type="button"
                className="button small secondary"
                aria-label={`Delete the preparation for ${periodWords(prep)}`}
                onClick={() => void remove(prep)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
