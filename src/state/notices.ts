import { create } from "zustand";

export interface Notice {
  id: number;
  tone: "info" | "problem";
  text: string;
  action?: { label: string; run: () => void };
  /**
   * Goes away by itself after this long (e.g. an Undo offer), but never while the
   * person's pointer or keyboard focus is on it.
   */
  expiresAfterMs?: number;
}

interface NoticeState {
  notices: Notice[];
  show: (notice: Omit<Notice, "id">) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short messages, one at a time, in one polite live region (saved, undo, could not save). */
export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  show: (notice) => {
    const id = nextId++;
    // Plain confirmations fade after a while; problems and offers to undo say how long themselves.
    const expiresAfterMs =
      notice.expiresAfterMs ?? (notice.tone === "info" && !notice.action ? 8_000 : undefined);
    // One at a time: a newer message replaces the one before, so they never pile up
    // over the page.
    set({ notices: [{ ...notice, id, ...(expiresAfterMs ? { expiresAfterMs } : {}) }] });
    return id;
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));
