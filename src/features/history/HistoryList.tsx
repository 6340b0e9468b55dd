import { useRef, useState } from "react";
import { useNotices } from "../../state/notices";
import { deleteCheckIn, restoreCheckIn } from "../../db/check-ins";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn } from "../../domain/records";
import { formatDateTime } from "../../domain/dates";
import { HistoryItem } from "./HistoryItem";

/** How many check-ins show at first; more load on request, so years of them stay quick. */
export const PAGE_SIZE = 20;
const UNDO_MS = 10_000;

export function HistoryList({ pack, checkIns }: { pack: ContentPack; checkIns: CheckIn[] }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const heading = useRef<HTMLHeadingElement>(null);
  const show = useNotices((state) => state.show);

  const remove = async (checkIn: CheckIn) => {
    try {
      const removed = await deleteCheckIn(checkIn.id);
      // The button that had focus is gone: keep the person's place at the list's heading.
      heading.current?.focus();
      if (!removed) return;
      show({
        tone: "info",
        text: `Check-in from ${formatDateTime(removed.createdAt)} deleted.`,
        expiresAfterMs: UNDO_MS,
        action: {
          label: "Undo",
          run: () => {
            restoreCheckIn(removed).catch((problem: unknown) =>
              show({ tone: "problem", text: (problem as Error).message }),
            );
          },
        },
      });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  const visible = checkIns.slice(0, shown);
  return (
    <section aria-labelledby="list-heading" className="section">
      <h2 id="list-heading" ref={heading} tabIndex={-1}>
        Check-ins ({checkIns.length})
      </h2>
      <ul className="stack">
        {visible.map((checkIn) => (
          <HistoryItem
            key={checkIn.id}
            pack={pack}
            checkIn={checkIn}
            onDelete={() => void remove(checkIn)}
          />
        ))}
      </ul>
      {checkIns.length > shown ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => setShown((count) => count + PAGE_SIZE)}
        >
          Show {Math.min(PAGE_SIZE, checkIns.length - shown)} more
        </button>
      ) : null}
    </section>
  );
}
