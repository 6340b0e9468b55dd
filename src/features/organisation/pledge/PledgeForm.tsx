import { useState } from "react";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { useNotices } from "../../../state/notices";
import { Field } from "../../../components/Field";
import { savePledge } from "../../../db/org-pledges";
import { isoDay } from "../../../domain/dates";
import { ORG_LIMITS, countWords } from "../../../domain/organisation/limits";
import {
  checkPledge,
  type PledgeField,
  type PledgeProblem,
} from "../../../domain/organisation/pledge-check";
import type { Pledge } from "../../../domain/organisation/schema";
import type { PledgeFramework } from "../../../domain/pack/schema";
import { WordCount } from "./WordCount";

const FIELD_IDS: Record<PledgeField, string> = {
  statement: "pledge-statement",
  name: "pledge-name",
  role: "pledge-role",
  authorisedOn: "pledge-date",
};

/** Writing the pledge: each save keeps a new version, the newest is the pledge. */
export function PledgeForm({
  framework,
  current,
}: {
  framework: PledgeFramework;
  current: Pledge | undefined;
}) {
  const show = useNotices((state) => state.show);
  const [statement, setStatement] = useState(current?.statement ?? "");
  const [chosen, setChosen] = useState<string[]>(current?.commitmentIds ?? []);
  const [name, setName] = useState(current?.authorisedBy.name ?? "");
  const [role, setRole] = useState(current?.authorisedBy.role ?? "");
  const [authorisedOn, setAuthorisedOn] = useState(current?.authorisedOn ?? isoDay(new Date()));
  const [problems, setProblems] = useState<PledgeProblem[]>([]);
  const problemOf = (field: PledgeField) =>
    problems.find((problem) => problem.field === field)?.message ?? null;

  const save = async () => {
    const found = checkPledge({ statement, name, role, authorisedOn });
    setProblems(found);
    if (found.length) return;
    try {
      await savePledge({
        statement: statement.trim(),
        frameworkId: framework.id,
        commitmentIds: framework.commitments.map((c) => c.id).filter((id) => chosen.includes(id)),
        authorisedBy: { name: name.trim(), role: role.trim() },
        authorisedOn,
      });
      show({ tone: "info", text: "Pledge saved on this device." });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ErrorSummary
        errors={problems.map((problem) => ({
          fieldId: FIELD_IDS[problem.field],
          message: problem.message,
        }))}
      />
      <Field
        id={FIELD_IDS.statement}
        label="Your pledge statement"
        hint="In 150 words or fewer: what your organisation will do, and why."
        kind="area"
        value={statement}
        onChange={(event) => setStatement(event.target.value)}
        maxLength={ORG_LIMITS.statement}
        error={problemOf("statement")}
      >
        <WordCount id="pledge-word-count" words={countWords(statement)} />
      </Field>
      <fieldset className="choices">
        <legend>{framework.name}</legend>
        <p className="hint">Choose the areas you commit to.</p>
        {framework.commitments.map((commitment) => (
          <label key={commitment.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(commitment.id)}
              onChange={(event) =>
                setChosen((list) =>
                  event.target.checked
                    ? [...list, commitment.id]
                    : list.filter((id) => id !== commitment.id),
                )
              }
            />
            <span>
              <strong>{commitment.title}</strong>
              <br />
              {commitment.text}
            </span>
          </label>
        ))}
      </fieldset>
      <h2>Who authorised it</h2>
      <p className="hint">A senior leader who can speak for the organisation.</p>
      <Field
        id={FIELD_IDS.name}
        label="Name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={ORG_LIMITS.name}
        error={problemOf("name")}
      />
      <Field
        id={FIELD_IDS.role}
        label="Role"
        value={role}
        onChange={(event) => setRole(event.target.value)}
        maxLength={ORG_LIMITS.role}
        error={problemOf("role")}
      />
      <Field
        id={FIELD_IDS.authorisedOn}
        label="Date authorised"
        kind="date"
        value={authorisedOn}
        onChange={(event) => setAuthorisedOn(event.target.value)}
        error={problemOf("authorisedOn")}
      />
      <button type="submit" className="button">
        Save pledge
      </button>
    </form>
  );
}
