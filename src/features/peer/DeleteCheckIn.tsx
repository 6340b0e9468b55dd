import { useState } from "react";

/** Deleting, kept apart from everything else, and only after a second, clear choice. */
export function DeleteCheckIn({
  colleague,
  onDelete,
}: {
  colleague: string;
  onDelete: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="delete-heading" className="section apart">
      <h2 id="delete-heading">Delete this check-in</h2>
      {confirming ? (
        <div className="callout">
          <p>This deletes everything kept about your talk with {colleague}.</p>
          <div className="actions">
            <button type="button" className="button" onClick={onDelete}>
              Yes, delete it
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              No, keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
          Delete this check-in…
        </button>
      )}
    </section>
  );
}
