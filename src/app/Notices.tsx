import { useEffect, useRef, useState } from "react";
import { useHeightAsCssVariable } from "../browser/measured-height";
import { useNotices, type Notice } from "../state/notices";

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

/**
 * The control the person is using, if a message now covers it, is scrolled just clear
 * (scroll-padding-bottom is the message's height: see styles.css).
 */
function keepFocusClear(): void {
  const focused = document.activeElement;
  if (!focused || focused === document.body || focused.closest(".notices")) return;
  focused.scrollIntoView({ block: "nearest" });
}

/**
 * One polite live region for short messages, at the bottom of the screen. The page
 * leaves room below itself for the message, so it never hides what the person is doing.
 */
export function Notices() {
  const notices = useNotices((state) => state.notices);
  const dismiss = useNotices((state) => state.dismiss);
  const region = useRef<HTMLDivElement>(null);
  useHeightAsCssVariable(region, "--notices-height", keepFocusClear);
  return (
    <div className="notices" role="status" aria-live="polite" ref={region}>
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} dismiss={dismiss} />
      ))}
    </div>
  );
}
