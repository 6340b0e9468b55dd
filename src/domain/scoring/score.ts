/**
 * Turns a person's answers into a stage on the continuum, per domain and overall,
 * with the stress-response pattern, red flags and the reasons. The rule is written
 * down in docs/scoring.md; the counts come from the pack's `scoring` block. No hard
 * answer is washed out by calm ones, every answer weighs the same whatever the size of
 * its area, and a harder answer never gives a lighter result.
 * Pure and deterministic: the same pack and answers always give the same result.
 */
import type { ContentPack, Item, ItemOption } from "../pack/schema";
import type { CheckInResult, DomainResult, RedFlag } from "./result";
import { askedItems, type CheckInMode } from "./asked";
import { explainResult } from "./explain";

/** Item id -> option id. Null or a missing key means "prefer not to say". */
export type CheckInAnswers = Readonly<Record<string, string | null>>;

/** One scored answer, kept so the explanation can name it. */
export type ScoredAnswer = { item: Item; option: ItemOption; stageIndex: number };

/** Everything the scorer worked out, for the explanation. */
export type ScoreWorking = {
  pack: ContentPack;
  byDomain: Map<string, { total: number; answers: ScoredAnswer[] }>;
  domains: DomainResult[];
  overall: {
    stageIndex: number | null;
    /** The stage enough answers reach together (pack.scoring.overallCount), or 0. */
    byCount: number;
    /** The hardest answer given: the overall stage is never more than one step lighter. */
    hardest: ScoredAnswer | null;
    /** The answer whose holding sign is the hardest, if any. */
    heldBy: ScoredAnswer | null;
    /** Scored answers needed for a stage without a hard answer. */
    minAnswers: number;
  };
  patternIds: string[];
  patternAnswers: ScoredAnswer[];
  redFlags: { flag: RedFlag; item: Item; option: ItemOption }[];
  answered: number;
  skipped: number;
};

/** The third stage (index 2): one answer here or harder is enough for a stage. */
const HARD_STAGE = 2;

/** Finds the chosen option, treating anything unknown as skipped. Never trusts the prototype. */
function chosenOption(item: Item, answers: CheckInAnswers): ItemOption | null {
  if (!Object.hasOwn(answers, item.id)) return null;
  const optionId: unknown = answers[item.id];
  if (typeof optionId !== "string") return null;
  return item.options.find((option) => option.id === optionId) ?? null;
}

/** The hardest stage s (1-3) that at least `need` of the stage indexes reach, or 0. */
export function stageByCount(indexes: readonly number[], need: number): number {
  for (let stage = 3; stage >= 1; stage -= 1) {
    if (indexes.filter((index) => index >= stage).length >= Math.max(1, need)) return stage;
  }
  return 0;
}

/**
 * The stress response most answers hint at. "Settled" is named only at the first stage
 * with no safety answer and no hint of a stress response: beside a harder stage, a red
 * flag or a stress hint it would contradict the person, so then it is never named.
 */
function dominantPatterns(
  pack: ContentPack,
  stageIndex: number | null,
  answers: ScoredAnswer[],
  flagged: boolean,
) {
  if (stageIndex === null) return { patternIds: [], patternAnswers: [] };
  const counts = new Map<string, number>();
  const stress = pack.patterns.filter((pattern) => pattern.kind !== "settled");
  for (const { option } of answers) {
    for (const id of new Set(option.patterns ?? [])) {
      if (stress.some((pattern) => pattern.id === id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const most = Math.max(0, ...counts.values());
  if (most === 0) {
    const settled = pack.patterns.find((pattern) => pattern.kind === "settled");
    const calm = settled && stageIndex === 0 && !flagged;
    return { patternIds: calm ? [settled.id] : [], patternAnswers: [] };
  }
  const patternIds = stress.filter((p) => counts.get(p.id) === most).map((p) => p.id);
  const patternAnswers = answers.filter(({ option }) =>
    (option.patterns ?? []).some((id) => patternIds.includes(id)),
  );
  return { patternIds, patternAnswers };
}

/** The first answer with the highest value of `by`, or null when none is above zero. */
function highest(answers: readonly ScoredAnswer[], by: (answer: ScoredAnswer) => number) {
  return answers.reduce<ScoredAnswer | null>(
    (best, answer) => (by(answer) > (best ? by(best) : 0) ? answer : best),
    null,
  );
}

/** Works out every part of the result; `scoreCheckIn` adds the words. */
export function workOut(
  pack: ContentPack,
  answers: CheckInAnswers,
  mode: CheckInMode = "full",
): ScoreWorking {
  const stageIndexById = new Map(pack.stages.map((stage, index) => [stage.id, index]));
  const byDomain = new Map<string, { total: number; answers: ScoredAnswer[] }>(
    pack.domains.map((domain) => [domain.id, { total: 0, answers: [] }]),
  );
  const redFlags: ScoreWorking["redFlags"] = [];
  const allAnswers: ScoredAnswer[] = [];
  let skipped = 0;

  for (const item of askedItems(pack, mode)) {
    const option = chosenOption(item, answers);
    if (item.redFlag) {
      if (option?.flag === true) {
        redFlags.push({
          flag: { itemId: item.id, optionId: option.id, kind: option.kind ?? item.redFlag },
          item,
          option,
        });
      }
      continue;
    }
    const domain = byDomain.get(item.domain);
    if (!domain) continue;
    domain.total += 1;
    const stageIndex = option?.stage === undefined ? undefined : stageIndexById.get(option.stage);
    if (!option || stageIndex === undefined) {
      skipped += 1;
      continue;
    }
    const scored = { item, option, stageIndex };
    domain.answers.push(scored);
    allAnswers.push(scored);
  }

  const domains: DomainResult[] = pack.domains.map((domain) => {
    const working = byDomain.get(domain.id) ?? { total: 0, answers: [] };
    // An area shows its hardest answer: a calm answer beside it never lightens it.
    const stageIndex =
      highest(working.answers, (answer) => answer.stageIndex + 1)?.stageIndex ?? null;
    return {
      domainId: domain.id,
      stageId: stageIndex === null ? null : (pack.stages[stageIndex]?.id ?? null),
      stageIndex,
      answered: working.answers.length,
      skipped: working.total - working.answers.length,
    };
  });

  // Every answer weighs the same, whatever its area: the overall stage reads answers, not areas.
  const answered = allAnswers.length;
  const holdIndex = (answer: ScoredAnswer) =>
    answer.option.holds === undefined ? 0 : (stageIndexById.get(answer.option.holds) ?? 0);
  const hardest = highest(allAnswers, (answer) => answer.stageIndex);
  const heldBy = highest(allAnswers, holdIndex);
  const byCount = stageByCount(
    allAnswers.map((answer) => answer.stageIndex),
    pack.scoring.overallCount,
  );
  const hardestIndex = hardest?.stageIndex ?? 0;
  const held = heldBy ? holdIndex(heldBy) : 0;
  const minAnswers = Math.min(pack.scoring.minAnswers, answered + skipped);
  const enough = answered > 0 && (answered >= minAnswers || hardestIndex >= HARD_STAGE || held > 0);
  const stageIndex = enough ? Math.max(byCount, hardestIndex - 1, held, 0) : null;

  return {
    pack,
    byDomain,
    domains,
    overall: { stageIndex, byCount, hardest, heldBy, minAnswers },
    ...dominantPatterns(pack, stageIndex, allAnswers, redFlags.length > 0),
    redFlags,
    answered,
    skipped,
  };
}

/**
 * Scores one check-in against the pack it was taken with. Never throws: unknown
 * question or answer ids are ignored, and red flags are always reported.
 */
export function scoreCheckIn(
  pack: ContentPack,
  answers: CheckInAnswers,
  mode: CheckInMode = "full",
): CheckInResult {
  const working = workOut(pack, answers, mode);
  const stageIndex = working.overall.stageIndex;
  return {
    packId: pack.id,
    packVersion: pack.version,
    status: stageIndex === null ? "not-enough" : "scored",
    stageId: stageIndex === null ? null : (pack.stages[stageIndex]?.id ?? null),
    stageIndex,
    answered: working.answered,
    skipped: working.skipped,
    domains: working.domains,
    patternIds: working.patternIds,
    redFlags: working.redFlags.map((entry) => entry.flag),
    explanation: explainResult(working),
    ...(mode === "quick" ? { mode } : {}),
  };
}
