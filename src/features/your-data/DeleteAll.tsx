import { useState } from "react";
import { DeleteConfirm } from "../../components/DeleteConfirm";
import { deleteEverything } from "./delete-everything";

export function DeleteAll() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");

  const confirm = async () => {
    setBusy(true);
    setProblem("");
    try {
      await deleteEverything();
    } catch (error) {
      setProblem((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="delete-heading" className="section">
      <h2 id="delete-heading">Delete all my data</h2>
      <p>
        This removes everything this app keeps on this device: check-ins, your plan, peer check-ins,
        supervision notes, settings and content packs. It cannot be undone.
      </p>
      {problem ? (
        <p className="callout" role="alert">
          {problem}
        </p>
      ) : null}
      {open ? (
        <DeleteConfirm
          advice={
            <p>
              Would you like to keep a copy first?{" "}
              <a
                href="#backup-heading"
                onClick={(event) => {
                  // Move focus as well as scrolling, without adding a history entry.
                  const target = document.getElementById("backup-heading");
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "start" });
                }}
              >
                Save a backup file
              </a>
              , then come back here. Without a backup, deleted records cannot be brought back.
            </p>
          }
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setOpen(true)}>
            Delete all my data…
          </button>
        </div>
      )}
    </section>
  );
}
