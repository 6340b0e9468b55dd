/**
 * Turns a person's answers into a stage on the continuum, per domain and overall,
 * with the stress-response pattern, red flags and the reasons. The rule is written
 * down in docs/scoring.md; the thresholds come from the pack's `scoring` block.
 * Pure and deterministic: the same pack and answers always give the same result.
 */
import type { ContentPack, Item, ItemOption } from "../pack/schema";
import type { CheckInResult, DomainResult, RedFlag } from "./result";
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
  overall: { stageIndex: number | null; byShare: number; raisedBy: DomainResult | null };
  patternIds: string[];
  patternAnswers: ScoredAnswer[];
  redFlags: { flag: RedFlag; item: Item; option: ItemOption }[];
  answered: number;
  skipped: number;
};

// Shares are compared with a little slack so 0.34 * 3 and friends behave as written.
const EPSILON = 1e-9;

/** Finds the chosen option, treating anything unknown as skipped. Never trusts the prototype. */
function chosenOption(item: Item, answers: CheckInAnswers): ItemOption | null {
  if (!Object.hasOwn(answers, item.id)) return null;
  const optionId: unknown = answers[item.id];
  if (typeof optionId !== "string") return null;
  return item.options.find((option) => option.id === optionId) ?? null;
}

/**
 * The hardest stage s (1-3) that at least `share` of `total` places reach, or 0.
 * `indexes` are the stage indexes reached; places with nothing count as the first stage.
 */
export function stageByShare(indexes: readonly number[], total: number, share: number): number {
  if (total <= 0) return 0;
  for (let stage = 3; stage >= 1; stage -= 1) {
    const atOrHarder = indexes.filter((index) => index >= stage).length;
    if (atOrHarder >= share * total - EPSILON) return stage;
  }
  return 0;
}

function dominantPatterns(pack: ContentPack, stageIndex: number | null, answers: ScoredAnswer[]) {
  const settled = pack.patterns.find((pattern) => pattern.kind === "settled");
  const settledIds = settled ? [settled.id] : [];
  if (stageIndex === null) return { patternIds: [], patternAnswers: [] };
  const counts = new Map<string, number>();
  const stress = pack.patterns.filter((pattern) => pattern.kind !== "settled");
  for (const { option } of answers) {
    for (const id of new Set(option.patterns ?? [])) {
      if (stress.some((pattern) => pattern.id === id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const most = Math.max(0, ...counts.values());
  if (stageIndex === 0 || most === 0) return { patternIds: settledIds, patternAnswers: [] };
  const patternIds = stress.filter((p) => counts.get(p.id) === most).map((p) => p.id);
  const patternAnswers = answers.filter(({ option }) =>
    (option.patterns ?? []).some((id) => patternIds.includes(id)),
  );
  return { patternIds, patternAnswers };
}

/** Works out every part of the result; `scoreCheckIn` adds the words. */
export function workOut(pack: ContentPack, answers: CheckInAnswers): ScoreWorking {
  const stageIndexById = new Map(pack.stages.map((stage, index) => [stage.id, index]));
  const byDomain = new Map<string, { total: number; answers: ScoredAnswer[] }>(
    pack.domains.map((domain) => [domain.id, { total: 0, answers: [] }]),
  );
  const redFlags: ScoreWorking["redFlags"] = [];
  const allAnswers: ScoredAnswer[] = [];
  let answered = 0;
  let skipped = 0;

  for (const item of pack.items) {
    const option = chosenOption(item, answers);
    if (item.redFlag) {
      if (option?.flag === true) {
        redFlags.push({
          flag: { itemId: item.id, optionId: option.id, kind: item.redFlag },
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
    answered += 1;
    const scored = { item, option, stageIndex };
    domain.answers.push(scored);
    allAnswers.push(scored);
  }

  const domains: DomainResult[] = pack.domains.map((domain) => {
    const working = byDomain.get(domain.id) ?? { total: 0, answers: [] };
    const count = working.answers.length;
    const stageIndex =
      count === 0
        ? null
        : stageByShare(
            working.answers.map((answer) => answer.stageIndex),
            working.total,
            pack.scoring.domainShare,
          );
    return {
      domainId: domain.id,
      stageId: stageIndex === null ? null : (pack.stages[stageIndex]?.id ?? null),
      stageIndex,
      answered: count,
      skipped: working.total - count,
    };
  });

  const scoredDomains = domains.filter((domain) => domain.answered + domain.skipped > 0);
  const enough = answered >= pack.scoring.minAnswers && answered > 0;
  const byShare = stageByShare(
    scoredDomains.map((domain) => domain.stageIndex ?? 0),
    scoredDomains.length,
    pack.scoring.overallShare,
  );
  // The hardest domain holds the overall stage at most one step lighter than itself.
  const hardest = domains.reduce<DomainResult | null>(
    (worst, domain) =>
      domain.stageIndex !== null && domain.stageIndex > (worst?.stageIndex ?? -1) ? domain : worst,
    null,
  );
  const floor = (hardest?.stageIndex ?? 0) - 1;
  const stageIndex = enough ? Math.max(byShare, floor) : null;
  const raisedBy = enough && floor > byShare ? hardest : null;

  return {
    pack,
    byDomain,
    domains,
    overall: { stageIndex, byShare, raisedBy },
    ...dominantPatterns(pack, stageIndex, allAnswers),
    redFlags,
    answered,
    skipped,
  };
}

/**
 * Scores one check-in against the pack it was taken with. Never throws: unknown
 * question or answer ids are ignored, and red flags are always reported.
 */
export function scoreCheckIn(pack: ContentPack, answers: CheckInAnswers): CheckInResult {
  const working = workOut(pack, answers);
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
  };
}
