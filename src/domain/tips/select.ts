/**
 * Picks the few tips that fit a result best: its stage, its hardest areas and its
 * stress-response pattern. A seed (the check-in's id or date) varies the choice
 * between close candidates from one check-in to the next, without Math.random,
 * so the same check-in always shows the same tips.
 */
import type { ContentPack, Tip } from "../pack/schema";
import type { CheckInResult } from "../scoring/result";

/** The parts of a result tip selection reads. */
export type TipResult = Pick<
  CheckInResult,
  "status" | "stageId" | "domains" | "patternIds" | "redFlags"
>;
/** A plan action: tips already in the plan are left out where possible (done ones may return). */
export type PlanEntry = { tipId: string; status?: string };
export type TipOptions = { seed?: string; count?: number };

export const MIN_TIPS = 3;
export const MAX_TIPS = 5;
const DEFAULT_TIPS = 4;
/** At most this many picks about the same area, so one area does not crowd out the rest. */
const PER_AREA = 2;

/** FNV-1a: a small, stable string hash, turned into a number from 0 to 1. */
export function seededFraction(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 0x1_0000_0000;
}

/** The hardest areas, hardest first: up to three, above the first stage. */
export function hardestDomains(result: TipResult): { domainId: string; stageId: string }[] {
  return result.domains
    .map((domain, order) => ({ ...domain, order }))
    .filter((domain) => domain.stageIndex !== null && domain.stageIndex > 0 && domain.stageId)
    .sort((a, b) => (b.stageIndex ?? 0) - (a.stageIndex ?? 0) || a.order - b.order)
    .slice(0, 3)
    .map((domain) => ({ domainId: domain.domainId, stageId: domain.stageId ?? "" }));
}

/** A tip for anyone: every stage, no area, no pattern. The only kind shown without enough answers. */
export function isGeneralTip(pack: Pick<ContentPack, "stages">, tip: Tip): boolean {
  return (
    tip.domains.length === 0 &&
    tip.patterns.length === 0 &&
    pack.stages.every((stage) => tip.stages.includes(stage.id))
  );
}

/**
 * True when a tip agrees with the answers: a tip about an area suits the stage that
 * area was answered at (so a "strength" tip needs an area answered at its lightest),
 * a general tip suits the overall stage, and a tip for a pattern needs that pattern.
 * With too few answers for a stage, only tips for anyone fit; after a safety answer, no
 * tip written only for the first stage (those speak of strengths) fits.
 */
export function tipFits(pack: Pick<ContentPack, "stages">, tip: Tip, result: TipResult): boolean {
  if (result.status !== "scored" || result.stageId === null) return isGeneralTip(pack, tip);
  const firstOnly = tip.stages.length === 1 && tip.stages[0] === pack.stages[0]?.id;
  if (firstOnly && result.redFlags.length > 0) return false;
  if (tip.patterns.length > 0 && !tip.patterns.some((id) => result.patternIds.includes(id))) {
    return false;
  }
  if (tip.domains.length === 0) return tip.stages.includes(result.stageId);
  return result.domains.some(
    (domain) =>
      tip.domains.includes(domain.domainId) &&
      domain.stageId !== null &&
      tip.stages.includes(domain.stageId),
  );
}

/** How well a fitting tip fits a result: higher is better. Reasons are in docs/scoring.md. */
export function tipRelevance(tip: Tip, result: TipResult): number {
  let score = 0;
  const scored = result.status === "scored" && result.stageId !== null;
  const hardest = hardestDomains(result);
  if (scored && tip.stages.includes(result.stageId ?? "")) score += 3;

  if (tip.domains.length === 0) score += scored ? 0.5 : 2;
  else {
    let matched = false;
    hardest.forEach(({ domainId, stageId }, rank) => {
      if (!tip.domains.includes(domainId)) return;
      matched = true;
      score += tip.stages.includes(stageId) ? 4 - rank * 0.5 : 1;
    });
    if (!matched) score -= hardest.length > 0 ? 2 : 1;
  }

  if (tip.patterns.length === 0) score += scored ? 0 : 1;
  else if (tip.patterns.some((id) => result.patternIds.includes(id))) score += 3;
  else score -= 4;

  const fitsSomeStage =
    !scored ||
    tip.stages.includes(result.stageId ?? "") ||
    hardest.some(({ stageId }) => tip.stages.includes(stageId));
  if (!fitsSomeStage) score -= 3;
  return score;
}

function rank(tips: readonly Tip[], result: TipResult, seed: string): Tip[] {
  return tips
    .map((tip) => ({
      tip,
      // Up to two points of seeded jitter: close candidates swap, poor fits stay out.
      key: tipRelevance(tip, result) + seededFraction(`${seed}|${tip.id}`) * 2,
    }))
    .sort((a, b) => b.key - a.key || (a.tip.id < b.tip.id ? -1 : 1))
    .map(({ tip }) => tip);
}

/**
 * When the hardest area is at the third stage or harder, the tip written for just that
 * area and stage (such as "see your GP" for Struggling) goes first, so broader tips
 * never crowd out the one that points to help.
 */
function signpostFirst(pack: ContentPack, result: TipResult, ranked: Tip[]): Tip[] {
  const [hardest] = hardestDomains(result);
  if (!hardest || pack.stages.findIndex((s) => s.id === hardest.stageId) < 2) return ranked;
  const signpost = ranked.find(
    (tip) =>
      tip.domains.includes(hardest.domainId) &&
      tip.stages.length === 1 &&
      tip.stages[0] === hardest.stageId,
  );
  return signpost ? [signpost, ...ranked.filter((tip) => tip !== signpost)] : ranked;
}

/**
 * Up to 3-5 tips that agree with this result, best first, leaving out tips already in
 * the plan where possible. Fewer when fewer fit: a tip that contradicts the answers is
 * never used to fill a gap. Empty only when nothing fits and the pack has no tip for anyone.
 */
export function selectTips(
  pack: ContentPack,
  result: TipResult,
  plan: readonly PlanEntry[],
  options: TipOptions = {},
): Tip[] {
  const count = Math.min(MAX_TIPS, Math.max(MIN_TIPS, options.count ?? DEFAULT_TIPS));
  const seed = options.seed ?? "";
  const inPlan = new Set(plan.filter((e) => e.status !== "done").map((e) => e.tipId));
  // Only tips that agree with the answers; tips for anyone when none do.
  const fitting = pack.tips.filter((tip) => tipFits(pack, tip, result));
  const pool = fitting.length > 0 ? fitting : pack.tips.filter((tip) => isGeneralTip(pack, tip));
  const fresh = signpostFirst(
    pack,
    result,
    rank(
      pool.filter((tip) => !inPlan.has(tip.id)),
      result,
      seed,
    ),
  );
  const planned = rank(
    pool.filter((tip) => inPlan.has(tip.id)),
    result,
    seed,
  );

  const chosen: Tip[] = [];
  const perArea = new Map<string, number>();
  for (const tip of fresh) {
    if (chosen.length >= count) break;
    const area = tip.domains[0] ?? "";
    if (area && (perArea.get(area) ?? 0) >= PER_AREA) continue;
    perArea.set(area, (perArea.get(area) ?? 0) + 1);
    chosen.push(tip);
  }
  for (const tip of [...fresh, ...planned]) {
    if (chosen.length >= count) break;
    if (!chosen.includes(tip)) chosen.push(tip);
  }
  return chosen;
}
