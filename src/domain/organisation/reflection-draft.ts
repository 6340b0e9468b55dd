/**
 * Pure changes to a team reflection being filled in. The database layer applies them
 * inside one transaction; the screen never builds a record by hand.
 */
import type { Level } from "./limits";
import type { PrincipleAnswer, TeamReflection } from "./schema";

export { REFLECTION_DRAFT_ID } from "./draft-id";

export type ReflectionChange =
  | { kind: "rate"; principleId: string; statementId: string; level: Level }
  | { kind: "note"; principleId: string; field: "note" | "evidence"; text: string }
  | { kind: "details"; heldOn?: string; team?: string; ranBy?: TeamReflection["ranBy"] };

function answerFor(reflection: TeamReflection, principleId: string): PrincipleAnswer {
  return (
    reflection.principles.find((answer) => answer.principleId === principleId) ?? {
      principleId,
      ratings: [],
    }
  );
}

function withAnswer(reflection: TeamReflection, answer: PrincipleAnswer): TeamReflection {
  const others = reflection.principles.filter((a) => a.principleId !== answer.principleId);
  return { ...reflection, principles: [...others, answer] };
}

/** Applies one change; blank text removes the field, so nothing empty is kept. */
export function applyReflectionChange(
  reflection: TeamReflection,
  change: ReflectionChange,
): TeamReflection {
  switch (change.kind) {
    case "rate": {
      const answer = answerFor(reflection, change.principleId);
      const ratings = [
        ...answer.ratings.filter((rating) => rating.statementId !== change.statementId),
        { statementId: change.statementId, level: change.level },
      ];
      return withAnswer(reflection, { ...answer, ratings });
    }
    case "note": {
      const { [change.field]: _old, ...answer } = answerFor(reflection, change.principleId);
      return withAnswer(
        reflection,
        change.text.trim() ? { ...answer, [change.field]: change.text } : answer,
      );
    }
    case "details": {
      const { kind: _kind, team, ...rest } = change;
      const { team: _team, ...base } = reflection;
      const next = { ...base, ...rest };
      const keptTeam = team === undefined ? reflection.team : team.trim() ? team : undefined;
      return keptTeam === undefined ? next : { ...next, team: keptTeam };
    }
  }
}
