import { useState } from "react";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import type { Level } from "../../../domain/organisation/limits";
import type { ReflectionChange } from "../../../domain/organisation/reflection-draft";
import type { PrincipleAnswer } from "../../../domain/organisation/schema";
import type { Principle } from "../../../domain/pack/schema";
import { LEVEL_OPTIONS } from "../org-words";
import { NoteField } from "./NoteField";

interface PrincipleFieldsProps {
  principle: Principle;
  answer: PrincipleAnswer | undefined;
  change: (change: ReflectionChange) => Promise<void>;
  register: (flush: () => Promise<void>) => () => void;
}

/** One principle: each statement rated on the four levels, then a note and evidence. */
export function PrincipleFields({ principle, answer, change, register }: PrincipleFieldsProps) {
  // Shown at once, before the saved copy comes back from the database.
  const [chosen, setChosen] = useState<Record<string, Level>>({});
  const levelOf = (statementId: string) =>
    chosen[statementId] ??
    answer?.ratings.find((rating) => rating.statementId === statementId)?.level ??
    "";
  return (
    <section className="principle" aria-labelledby={`principle-${principle.id}`}>
      <h2 id={`principle-${principle.id}`}>{principle.name}</h2>
      <p>{principle.description}</p>
      {principle.statements.map((statement) => (
        <div className="level-choices" key={statement.id}>
          <ChoiceGroup<Level | "">
            legend={statement.text}
            name={`${principle.id}--${statement.id}`}
            value={levelOf(statement.id)}
            options={LEVEL_OPTIONS}
            onChange={(level) => {
              if (level === "") return;
              setChosen((all) => ({ ...all, [statement.id]: level }));
              void change({
                kind: "rate",
                principleId: principle.id,
                statementId: statement.id,
                level,
              });
            }}
          />
        </div>
      ))}
      <NoteField
        id={`note-${principle.id}`}
        label={`Notes on ${principle.name.toLowerCase()}`}
        hint="What did people say? Keep it about the workplace, not about one person. Do not write names, or details about the people you support."
        saved={answer?.note ?? ""}
        save={(text) => change({ kind: "note", principleId: principle.id, field: "note", text })}
        register={register}
      />
      <NoteField
        id={`evidence-${principle.id}`}
        label={`Evidence for ${principle.name.toLowerCase()}`}
        hint="For example, a survey, feedback or a policy. No names."
        saved={answer?.evidence ?? ""}
        save={(text) =>
          change({ kind: "note", principleId: principle.id, field: "evidence", text })
        }
        register={register}
      />
    </section>
  );
}
