import type { RouteComponentProps } from "wouter";
import { useOrgActions } from "../../../db/organisation-hooks";
import { MissingRecord } from "../MissingRecord";
import { ActionEditor } from "./ActionEditor";

/** One key action by its id. */
export function ActionEditPage({ params }: RouteComponentProps<{ id: string }>) {
  const actions = useOrgActions();
  if (actions === undefined) return <p className="loading">Loading…</p>;
  const action = actions.find((candidate) => candidate.id === params.id);
  if (!action) return <MissingRecord what="key action" back="See all key actions" />;
  return <ActionEditor key={action.id} stored={action} />;
}
