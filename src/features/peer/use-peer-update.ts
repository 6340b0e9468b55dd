import { useCallback, useEffect, useRef, useState } from "react";
import { useNotices } from "../../state/notices";
import { savePeerCheckIn } from "../../db/peer";
import type { PeerCheckIn } from "../../domain/records";

export type PeerChange = (peer: PeerCheckIn, now: Date) => PeerCheckIn;
export type PeerUpdate = (change: PeerChange) => Promise<void>;

/**
 * The record as the screen shows it, and a way to change it. A change shows at once
 * and is saved in order behind any earlier one, so two quick taps never undo each
 * other while the stored copy catches up. If the record's rules refuse a change, or
 * the save fails, a kind message shows and the screen goes back to the stored record.
 */
export function usePeerRecord(stored: PeerCheckIn): [PeerCheckIn, PeerUpdate] {
  const [shown, setShown] = useState(stored);
  const [seen, setSeen] = useState(stored.updatedAt);
  const latest = useRef(stored);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const show = useNotices((state) => state.show);

  // A newer stored copy (another tab, or an undo) replaces what is shown.
  if (stored.updatedAt > seen && stored.updatedAt > shown.updatedAt) {
    setSeen(stored.updatedAt);
    setShown(stored);
  }
  useEffect(() => {
    if (stored.updatedAt > latest.current.updatedAt) latest.current = stored;
  }, [stored]);

  const update = useCallback<PeerUpdate>(
    (change) => {
      const before = latest.current;
      const now = new Date();
      const next = change(before, now);
      latest.current = next;
      setShown(next);
      const save = async () => {
        try {
          await savePeerCheckIn(next, now);
        } catch (problem) {
          latest.current = before;
          setShown(before);
          const message =
            problem instanceof Error && problem.name !== "ZodError"
              ? problem.message
              : "That could not be saved, so nothing was changed. Please check what you entered.";
          show({ tone: "problem", text: message });
        }
      };
      queue.current = queue.current.then(save);
      return queue.current;
    },
    [show],
  );

  return [shown, update];
}
