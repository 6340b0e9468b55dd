import { useState } from "react";
import { useNotices } from "../../state/notices";

/**
 * Delete with one extra step: the first button asks, the second deletes. Used by key
 * actions and stories, whose deletion cannot be undone.
 */
export function ConfirmDelete({
  what,
  onDelete,
}: {
  /** "this action" or "this story". */
  what: string;
  onDelete: () => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const show = useNotices((state) => state.show);
  const remove = async () => {
    try {
      await onDelete();
    } catch (error) {
      show({ tone: "problem", text: (error as Error).message });
    }
  };
  return (
    <section aria-labelledby="delete-heading" className="section">
      <h2 id="delete-heading">Delete {what}</h2>
      {asking ? (
        <>
          <p role="status">This cannot be undone. Delete {what} from this device?</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void remove()}>
              Yes, delete {what}
            </button>
            <button type="button" className="button secondary" onClick={() => setAsking(false)}>
              No, keep it
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button secondary" onClick={() => setAsking(true)}>
          Delete {what}
        </button>
      )}
    </section>
  );
}
