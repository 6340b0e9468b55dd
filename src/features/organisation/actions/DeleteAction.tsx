import { useLocation } from "wouter";
import { useNotices } from "../../../state/notices";
import { deleteOrgAction } from "../../../db/org-actions";
import type { OrgAction } from "../../../domain/organisation/schema";
import { ConfirmDelete } from "../ConfirmDelete";

/** Deletes the action and its progress notes, after asking once. */
export function DeleteAction({ action }: { action: OrgAction }) {
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  return (
    <ConfirmDelete
      what="this action"
      onDelete={async () => {
        await deleteOrgAction(action.id);
        navigate("/");
        show({ tone: "info", text: `“${action.title}” was deleted.` });
      }}
    />
  );
}
