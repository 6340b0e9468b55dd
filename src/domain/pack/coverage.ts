/**
 * Finds results the scorer can produce for which a pack has nothing to offer: no tip
 * for a stage in an area, no tip for a stress pattern, no supervision prompt for a
 * stage, no peer sign for a stage. A content check, run in tests on any pack.
 */
import { SUPERVISION_FUNCTIONS } from "./constants";
import type { ContentPack, Tip } from "./schema";

export type CoverageGap = {
  kind: "tips" | "prompts" | "signs";
  message: string;
  stageId?: string;
  domainId?: string;
  patternId?: string;
};

export type CoverageOptions = {
  /** Tips needed that name both the stage and the domain (default 1; the default pack uses 3). */
  minTipsPerStageDomain?: number;
  /** Tips needed that name each stress pattern the scorer can show (default 1). */
  minTipsPerPattern?: number;
  /** Prompts needed for each supervision function at each stage (default 1). */
  minPromptsPerFunction?: number;
};

/** What the scorer can produce with this pack: stages per domain, overall stages, patterns. */
export function reachableResults(pack: ContentPack) {
  const stageIndex = new Map(pack.stages.map((stage, index) => [stage.id, index]));
  const domainStages = new Map<string, Set<number>>(pack.domains.map((d) => [d.id, new Set([0])]));
  const patternIds = new Set<string>();
  let hardest = 0;
  for (const item of pack.items) {
    if (item.redFlag) continue;
    for (const option of item.options) {
      const index = option.stage === undefined ? undefined : stageIndex.get(option.stage);
      if (index === undefined) continue;
      domainStages.get(item.domain)?.add(index);
      hardest = Math.max(hardest, index);
      for (const id of option.patterns ?? []) patternIds.add(id);
    }
  }
  const settled = pack.patterns.filter((pattern) => pattern.kind === "settled");
  const patterns = pack.patterns.filter(
    (pattern) => pattern.kind === "settled" || patternIds.has(pattern.id),
  );
  const stageId = (index: number) => pack.stages[index]?.id ?? "";
  return {
    /** Domain id -> stage ids that domain can reach, lightest first. */
    domainStages: new Map(
      [...domainStages].map(([id, set]) => [id, [...set].sort((a, b) => a - b).map(stageId)]),
    ),
    /** Overall stages: anything from the first stage to the hardest any answer points to. */
    overallStages: pack.stages.slice(0, hardest + 1).map((stage) => stage.id),
    patterns: patterns.map((pattern) => ({ id: pattern.id, settled: settled.includes(pattern) })),
  };
}

const fits = (tags: readonly string[] | undefined, id: string) =>
  !tags || tags.length === 0 || tags.includes(id);

function tipFits(tip: Tip, stageId: string, domainId: string, patternId: string): boolean {
  return (
    tip.stages.includes(stageId) && fits(tip.domains, domainId) && fits(tip.patterns, patternId)
  );
}

/** Every gap in the pack's tips, prompts and peer signs, as plain messages. Empty is good. */
export function checkPackCoverage(pack: ContentPack, options: CoverageOptions = {}): CoverageGap[] {
  const minStageDomain = options.minTipsPerStageDomain ?? 1;
  const minPattern = options.minTipsPerPattern ?? 1;
  const minPrompts = options.minPromptsPerFunction ?? 1;
  const reach = reachableResults(pack);
  const gaps: CoverageGap[] = [];

  for (const [domainId, stageIds] of reach.domainStages) {
    for (const stageId of stageIds) {
      const found = pack.tips.filter(
        (tip) => tip.stages.includes(stageId) && tip.domains.includes(domainId),
      ).length;
      if (found < minStageDomain) {
        gaps.push({
          kind: "tips",
          stageId,
          domainId,
          message: `the domain "${domainId}" can be at the stage "${stageId}", but ${found} of the needed ${minStageDomain} tips name both`,
        });
      }
      for (const { id: patternId } of reach.patterns) {
        if (!pack.tips.some((tip) => tipFits(tip, stageId, domainId, patternId))) {
          gaps.push({
            kind: "tips",
            stageId,
            domainId,
            patternId,
            message: `no tip fits the domain "${domainId}" at the stage "${stageId}" with the pattern "${patternId}"`,
          });
        }
      }
    }
  }

  for (const { id: patternId, settled } of reach.patterns) {
    const found = pack.tips.filter((tip) =>
      settled ? fits(tip.patterns, patternId) : tip.patterns.includes(patternId),
    ).length;
    if (found < minPattern) {
      gaps.push({
        kind: "tips",
        patternId,
        message: `the scorer can show the pattern "${patternId}", but only ${found} of the needed ${minPattern} tips are for it`,
      });
    }
  }

  for (const stageId of reach.overallStages) {
    for (const fn of SUPERVISION_FUNCTIONS) {
      const forStage = pack.supervisionPrompts.filter(
        (prompt) => prompt.function === fn && prompt.stages.includes(stageId),
      );
      if (forStage.length < minPrompts) {
        gaps.push({
          kind: "prompts",
          stageId,
          message: `the stage "${stageId}" has ${forStage.length} of the needed ${minPrompts} ${fn} supervision prompts`,
        });
      }
      for (const { id: patternId } of reach.patterns) {
        if (forStage.length > 0 && !forStage.some((prompt) => fits(prompt.patterns, patternId))) {
          gaps.push({
            kind: "prompts",
            stageId,
            patternId,
            message: `no ${fn} supervision prompt at the stage "${stageId}" fits the pattern "${patternId}"`,
          });
        }
      }
    }
    if (!pack.peerGuide.signs.some((sign) => sign.stage === stageId)) {
      gaps.push({
        kind: "signs",
        stageId,
        message: `the peer guide has no sign others may notice at the stage "${stageId}"`,
      });
    }
  }
  return gaps;
}
