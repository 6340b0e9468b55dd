/**
 * The words that say how a result was reached: which answers drove each part of it.
 * Plain English, no blame, no "failure" words; stages are named by the pack's labels.
 */
import type { ExplanationLine } from "./result";
import type { ScoredAnswer, ScoreWorking } from "./score";

const RED_FLAG_TOPICS = {
  "self-harm": "thoughts of suicide or self-harm",
  unsafe: "feeling safe",
} as const;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An answer's own words, without a closing full stop, ready to quote. */
function quote(label: string): string {
  return `"${label.trim().replace(/[.!]+$/, "")}"`;
}

function stageLabel(working: ScoreWorking, index: number): string {
  return working.pack.stages[index]?.label ?? `stage ${index + 1}`;
}

function domainLabel(working: ScoreWorking, domainId: string): string {
  return working.pack.domains.find((domain) => domain.id === domainId)?.label ?? domainId;
}

function overallLines(working: ScoreWorking): ExplanationLine[] {
  const { stageIndex, byShare, raisedBy } = working.overall;
  const { answered, pack } = working;
  if (stageIndex === null) {
    return [
      {
        kind: "not-enough",
        text: `You answered ${plural(answered, "question", "questions")}. We need at least ${pack.scoring.minAnswers} answers to show a stage, so this check-in has no stage. That is fine: the tips and support are still here for you.`,
      },
    ];
  }
  const label = stageLabel(working, stageIndex);
  if (raisedBy && raisedBy.stageIndex !== null) {
    const area = domainLabel(working, raisedBy.domainId);
    return [
      {
        kind: "overall",
        domainId: raisedBy.domainId,
        text: `Overall this points to ${label}, because one area, ${area}, is at ${stageLabel(working, raisedBy.stageIndex)}. The overall stage is never more than one step lighter than your hardest area.`,
      },
    ];
  }
  const scored = working.domains.filter((domain) => domain.answered + domain.skipped > 0);
  const shown = Math.max(byShare, 1);
  const reached = scored.filter((domain) => (domain.stageIndex ?? 0) >= shown).length;
  const harder = `${stageLabel(working, shown)} or harder`;
  const text =
    stageIndex === 0
      ? reached === 0
        ? `Overall this points to ${label}: none of your ${scored.length} areas are at ${harder}.`
        : `Overall this points to ${label}: ${reached} of your ${scored.length} areas are at ${harder}, which is not enough to move the overall stage.`
      : `Overall this points to ${label}: ${reached} of your ${scored.length} areas are at ${harder}.`;
  return [{ kind: "overall", text }];
}

function patternLines(working: ScoreWorking): ExplanationLine[] {
  const { patternIds, patternAnswers, pack } = working;
  const names = patternIds.map((id) => pack.patterns.find((p) => p.id === id)?.label ?? id);
  if (names.length === 0) return [];
  if (patternAnswers.length === 0) {
    const why =
      working.overall.stageIndex === 0
        ? `your answers point to ${stageLabel(working, 0)}`
        : "none of your answers point to a stress response";
    return [{ kind: "pattern", text: `Pattern: ${names.join(" and ")}, because ${why}.` }];
  }
  const examples = patternAnswers.slice(0, 3).map((answer) => quote(answer.option.label));
  return [
    {
      kind: "pattern",
      text: `Pattern: ${names.join(" and ")}. ${plural(patternAnswers.length, "answer points", "answers point")} this way, such as ${examples.join(", ")}.`,
    },
  ];
}

function answerLine(working: ScoreWorking, answer: ScoredAnswer, area: string): ExplanationLine {
  return {
    kind: "answer",
    domainId: answer.item.domain,
    itemId: answer.item.id,
    text: `You said ${quote(answer.option.label)} (${area}): this points to ${stageLabel(working, answer.stageIndex)}.`,
  };
}

function domainLines(working: ScoreWorking): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  for (const domain of working.domains) {
    const index = domain.stageIndex;
    if (index === null) continue;
    const area = domainLabel(working, domain.domainId);
    const entry = working.byDomain.get(domain.domainId);
    const answers = [...(entry?.answers ?? [])].sort((a, b) => b.stageIndex - a.stageIndex);
    const total = entry?.total ?? domain.answered;
    const label = stageLabel(working, index);
    const harder = answers.filter((a) => a.stageIndex > index).length;
    const text =
      index === 0
        ? harder === 0
          ? `${area}: ${label}.`
          : `${area}: ${label}. ${plural(harder, "answer points", "answers point")} to a harder stage, but not enough of this area's ${total} questions to move it.`
        : `${area}: ${label}. ${answers.filter((a) => a.stageIndex >= index).length} of this area's ${total} questions point to ${label} or harder.`;
    lines.push({ kind: "domain", domainId: domain.domainId, text });
    for (const answer of answers) lines.push(answerLine(working, answer, area));
  }
  return lines;
}

function redFlagLines(working: ScoreWorking): ExplanationLine[] {
  return working.redFlags.map(({ flag, option }) => ({
    kind: "red-flag",
    itemId: flag.itemId,
    text: `You answered ${quote(option.label)} to the question about ${RED_FLAG_TOPICS[flag.kind]}. This opens the support screen, with people you can talk to now. It is not part of the stage.`,
  }));
}

/** Every line of the explanation, most important first. */
export function explainResult(working: ScoreWorking): ExplanationLine[] {
  const lines = [
    ...redFlagLines(working),
    ...overallLines(working),
    ...patternLines(working),
    ...domainLines(working),
  ];
  if (working.skipped > 0) {
    lines.push({
      kind: "skipped",
      text: `You chose not to answer ${plural(working.skipped, "question", "questions")}. Skipped questions are never counted against you: the result is based on what you told us.`,
    });
  }
  return lines;
}
