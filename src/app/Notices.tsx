import { useNotices } from "../components/notices";

/** One polite live region for short messages, above the footer. */
export function Notices() {
  const notices = useNotices((state) => state.notices);
  const dismiss = useNotices((state) => state.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice ${notice.tone}`}>
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
            <button
              type="button"
              className="button small secondary"
              onClick={() => dismiss(notice.id)}
            >
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
