/**
 * The words that say how a result was reached: which answers drove each part of it.
 * Plain English, no blame, no "failure" words; stages are named by the pack's labels.
 */
import type { ExplanationLine } from "./result";
import { mayBeLighter } from "./asked";
import type { ScoredAnswer, ScoreWorking } from "./score";

const RED_FLAG_TOPICS = {
  "self-harm": "thoughts of suicide or self-harm",
  unsafe: "feeling safe",
  home: "feeling safe at home",
  work: "feeling safe at work",
  "harm-others": "thoughts of harming someone else",
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

/** How an overall line starts: after a safety answer, the stage is only part of the picture. */
function suggest(working: ScoreWorking): string {
  return working.redFlags.length > 0
    ? "Apart from your answer about safety, your answers suggest"
    : "Your answers suggest";
}

function overallLines(working: ScoreWorking): ExplanationLine[] {
  const { stageIndex, byCount, hardest, heldBy, minAnswers } = working.overall;
  const { answered, pack } = working;
  if (stageIndex === null) {
    return [
      {
        kind: "not-enough",
        text: `You answered ${plural(answered, "question", "questions")}. We need at least ${minAnswers} answers to show a stage, so this check-in has no stage. That is fine: the tips and support are still here for you.`,
      },
    ];
  }
  const label = stageLabel(working, stageIndex);
  const held = heldBy?.option.holds;
  if (heldBy && held !== undefined && pack.stages.findIndex((s) => s.id === held) === stageIndex) {
    const area = domainLabel(working, heldBy.item.domain);
    return [
      {
        kind: "overall",
        domainId: heldBy.item.domain,
        itemId: heldBy.item.id,
        text: `${suggest(working)} ${label}. You said ${quote(heldBy.option.label)} (${area}), and that on its own is a sign to take seriously, so the overall stage is at least ${label}.`,
      },
    ];
  }
  const all = [...working.byDomain.values()].flatMap((domain) => domain.answers);
  const reached = (stage: number) => all.filter((answer) => answer.stageIndex >= stage).length;
  if (hardest && hardest.stageIndex - 1 === stageIndex && byCount < stageIndex) {
    const area = domainLabel(working, hardest.item.domain);
    return [
      {
        kind: "overall",
        domainId: hardest.item.domain,
        itemId: hardest.item.id,
        text: `${suggest(working)} ${label}, because you said ${quote(hardest.option.label)} (${area}), which points to ${stageLabel(working, hardest.stageIndex)}. One hard answer is never outweighed by calmer ones: the overall stage is at most one step lighter than your hardest answer.`,
      },
    ];
  }
  if (stageIndex > 0) {
    return [
      {
        kind: "overall",
        text: `${suggest(working)} ${label}: ${reached(stageIndex)} of your answers point to ${label} or harder.`,
      },
    ];
  }
  const lighter = reached(1);
  const next = stageLabel(working, 1);
  const text =
    lighter === 0
      ? `${suggest(working)} ${label}: none of your answers point to a harder stage.`
      : `${suggest(working)} ${label}: ${plural(lighter, "answer points", "answers point")} to ${next}, fewer than the ${pack.scoring.overallCount} it takes to move the overall stage.`;
  return [{ kind: "overall", text }];
}

function patternLines(working: ScoreWorking): ExplanationLine[] {
  const { patternIds, patternAnswers, pack } = working;
  const names = patternIds.map((id) => pack.patterns.find((p) => p.id === id)?.label ?? id);
  if (names.length === 0) return [];
  if (patternAnswers.length === 0) {
    const why = `your answers point to ${stageLabel(working, 0)}`;
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

function domainLine(working: ScoreWorking, domainId: string, index: number): ExplanationLine {
  const area = domainLabel(working, domainId);
  const answers = working.byDomain.get(domainId)?.answers ?? [];
  const label = stageLabel(working, index);
  const reach = answers.filter((a) => a.stageIndex >= index).length;
  const text =
    index === 0
      ? `${area}: ${label}.`
      : `${area}: ${label}. ${plural(reach, "answer", "answers")} here ${reach === 1 ? "points" : "point"} to ${label}, the hardest you gave in this area.`;
  return { kind: "domain", domainId, text };
}

function domainLines(working: ScoreWorking): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  for (const domain of working.domains) {
    if (domain.stageIndex === null) continue;
    const area = domainLabel(working, domain.domainId);
    const answers = [...(working.byDomain.get(domain.domainId)?.answers ?? [])].sort(
      (a, b) => b.stageIndex - a.stageIndex,
    );
    lines.push(domainLine(working, domain.domainId, domain.stageIndex));
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
    const asked = working.answered + working.skipped;
    const lighter = mayBeLighter(working)
      ? ` That is ${working.skipped} of ${asked}, so this result may be lighter than things really are. If something is hard, it matters, whatever the stage says.`
      : "";
    lines.push({
      kind: "skipped",
      text: `You chose not to answer ${plural(working.skipped, "question", "questions")}. Skipped questions are never counted against you: the result is based on what you told us.${lighter}`,
    });
  }
  return lines;
}
