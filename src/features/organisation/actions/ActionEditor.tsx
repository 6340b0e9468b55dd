import { useCallback } from "react";
import { Link } from "wouter";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { Page } from "../../../components/Page";
import { Field } from "../../../components/Field";
import { changeOrgAction } from "../../../db/org-actions";
import {
  ACTION_STATUS_LABELS,
  actionDatesProblem,
} from "../../../domain/organisation/action-rules";
import { ACTION_STATUSES, ORG_LIMITS } from "../../../domain/organisation/limits";
import type { OrgAction } from "../../../domain/organisation/schema";
import { useRecordEditor } from "../../../state/record-editor";
import { ActionCalendar } from "./ActionCalendar";
import { DeleteAction } from "./DeleteAction";
import { ProgressSection } from "./ProgressSection";

const STATUS_OPTIONS = ACTION_STATUSES.map((value) => ({
  value,
  label: ACTION_STATUS_LABELS[value],
}));

function problemOf(action: OrgAction): string | null {
  if (!action.title.trim()) return "give the action a short title.";
  const dates = actionDatesProblem(action.startOn, action.reviewOn);
  return dates ? dates.charAt(0).toLowerCase() + dates.slice(1) : null;
}

/** A key action, written and changed in place; it saves itself as you type. */
export function ActionEditor({ stored }: { stored: OrgAction }) {
  const save = useCallback(
    (next: OrgAction) =>
      changeOrgAction(next.id, (current) => ({ ...next, progress: current.progress })),
    [],
  );
  const { record: action, update, status } = useRecordEditor(stored, problemOf, save);
  const set =
    <K extends keyof OrgAction>(key: K) =>
    (value: OrgAction[K]) =>
      update((current) => ({ ...current, [key]: value }));
  const datesProblem = actionDatesProblem(action.startOn, action.reviewOn);

  return (
    <Page title={action.title.trim() || "Key action"}>
      <p>
        <Link href="/">Back to key actions</Link>
      </p>
      <section aria-labelledby="about-heading" className="section">
        <h2 id="about-heading">About this action</h2>
        <Field
          id="action-title"
          label="Title"
          value={action.title}
          onChange={(event) => set("title")(event.target.value)}
          maxLength={ORG_LIMITS.title}
          error={action.title.trim() ? null : "Give the action a short title."}
          size="wide"
        />
        <Field
          id="action-what"
          label="What it is"
          hint="What will change, and how you will know it has."
          kind="area"
          value={action.what}
          onChange={(event) => set("what")(event.target.value)}
          maxLength={ORG_LIMITS.what}
        />
        <Field
          id="action-owner"
          label="Who leads it"
          hint="A name or a role."
          value={action.owner}
          onChange={(event) => set("owner")(event.target.value)}
          maxLength={ORG_LIMITS.owner}
        />
        <Field
          id="action-start"
          label="Start date"
          kind="date"
          value={action.startOn}
          onChange={(event) => set("startOn")(event.target.value)}
        />
        <Field
          id="action-review"
          label="Review date"
          hint="A day to look at how it is going. We suggest three months after the start."
          kind="date"
          value={action.reviewOn}
          onChange={(event) => set("reviewOn")(event.target.value)}
          error={datesProblem}
        />
        <ChoiceGroup
          legend="Where it is up to"
          name="action-status"
          value={action.status}
          options={STATUS_OPTIONS}
          onChange={set("status")}
        />
        <p className="save-status" role="status">
          {status}
        </p>
      </section>
      <ActionCalendar action={stored} />
      <ProgressSection action={stored} />
      <DeleteAction action={stored} />
    </Page>
  );
}
