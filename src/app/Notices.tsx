import { useEffect, useRef, useState } from "react";
import { useNotices, type Notice } from "../components/notices";

function NoticeItem({ notice, dismiss }: { notice: Notice; dismiss: (id: number) => void }) {
  const [paused, setPaused] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const { expiresAfterMs } = notice;

  useEffect(() => {
    if (!expiresAfterMs || paused) return;
    const timer = window.setTimeout(() => dismiss(notice.id), expiresAfterMs);
    return () => window.clearTimeout(timer);
  }, [expiresAfterMs, paused, dismiss, notice.id]);

  return (
    <div
      ref={box}
      className={`notice ${notice.tone}`}
      onPointerEnter={() => setPaused(true)}
      onPointerLeave={() => setPaused(box.current?.contains(document.activeElement) ?? false)}
      onFocus={() => setPaused(true)}
      onBlur={(event) => setPaused(box.current?.contains(event.relatedTarget as Node) ?? false)}
    >
      <p>{notice.text}</p>
      <div className="notice-actions">
        {notice.action ? (
          <button
            type="button"
            className="button small"
            onClick={() => {
              notice.action?.run();
              dismiss(notice.id);
            }}
          >
            {notice.action.label}
          </button>
        ) : null}
        <button type="button" className="button small secondary" onClick={() => dismiss(notice.id)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** One polite live region for short messages, above the footer. */
export function Notices() {
  const notices = useNotices((state) => state.notices);
  const dismiss = useNotices((state) => state.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} dismiss={dismiss} />
      ))}
    </div>
  );
}
