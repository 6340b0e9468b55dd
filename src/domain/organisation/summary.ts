/**
 * What a team reflection shows once saved: strengths and gaps, the change since the
 * last reflection, and action ideas from the pack for the gaps. Pure rules, no words
 * shown to people (the screen words them).
 *
 * A principle's level is the LOWER MEDIAN of its rated statements (for an even count,
 * the lower of the two middle levels). Why: it does not depend on the order ratings
 * were given; raising a rating never lowers it; one statement rated low does not sink a
 * principle the team rates well elsewhere (as "lowest" would), yet a tie leans to the
 * more careful reading. Statements not rated are left out; a principle with no rated
 * statement has no level and is neither a strength nor a gap.
 *
 * Strengths are principles at "growing" or "embedded"; gaps at "not yet" or "starting".
 */
import type { ActionExample, Principle } from "../pack/schema";
import { LEVELS, type Level } from "./limits";
import type { TeamReflection } from "./schema";

/** 0 for "not yet" up to 3 for "embedded". */
export function levelIndex(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The lower median of some levels, or null for none. */
export function principleLevel(levels: readonly Level[]): Level | null {
  if (levels.length === 0) return null;
  const sorted = levels.map(levelIndex).sort((a, b) => a - b);
  return LEVELS[sorted[Math.floor((sorted.length - 1) / 2)]!]!;
}

export interface PrincipleResult {
  principleId: string;
  level: Level | null;
  /** How many of its statements were rated, out of how many. */
  rated: number;
  of: number;
  /** Statements rated "not yet" or "starting": where the gap shows most. */
  lowStatements: string[];
}

export interface ReflectionSummary {
  /** In the pack's order of principles. */
  principles: PrincipleResult[];
  strengths: string[];
  gaps: string[];
  notRated: string[];
}

const STRENGTH_FROM = levelIndex("growing");

/** The summary of one reflection, against the pack's principles (others are ignored). */
export function summariseReflection(
  reflection: Pick<TeamReflection, "principles">,
  principles: readonly Pick<Principle, "id" | "statements">[],
): ReflectionSummary {
  const results = principles.map((principle): PrincipleResult => {
    const answer = reflection.principles.find((a) => a.principleId === principle.id);
    const known = new Set(principle.statements.map((statement) => statement.id));
    const ratings = (answer?.ratings ?? []).filter((rating) => known.has(rating.statementId));
    return {
      principleId: principle.id,
      level: principleLevel(ratings.map((rating) => rating.level)),
      rated: new Set(ratings.map((rating) => rating.statementId)).size,
      of: principle.statements.length,
      lowStatements: principle.statements
        .map((statement) => statement.id)
        .filter((id) => {
          const rating = ratings.find((r) => r.statementId === id);
          return rating !== undefined && levelIndex(rating.level) < STRENGTH_FROM;
        }),
    };
  });
  const ids = (keep: (result: PrincipleResult) => boolean) =>
    results.filter(keep).map((result) => result.principleId);
  return {
    principles: results,
    strengths: ids((r) => r.level !== null && levelIndex(r.level) >= STRENGTH_FROM),
    gaps: ids((r) => r.level !== null && levelIndex(r.level) < STRENGTH_FROM),
    notRated: ids((r) => r.level === null),
  };
}

/**
 * Answers a reflection keeps that the pack in use cannot show: ratings of statements it
 * does not have, and the notes and evidence of principles it does not have (a pack
 * changed since). They stay in the record and in backups; the screen says how many.
 */
export function answersOutsidePack(
  reflection: Pick<TeamReflection, "principles">,
  principles: readonly Pick<Principle, "id" | "statements">[],
): number {
  return reflection.principles.reduce((sum, answer) => {
    const principle = principles.find((p) => p.id === answer.principleId);
    const known = new Set(principle?.statements.map((statement) => statement.id));
    const ratings = answer.ratings.filter((rating) => !known.has(rating.statementId)).length;
    const notes = principle ? 0 : [answer.note, answer.evidence].filter(Boolean).length;
    return sum + ratings + notes;
  }, 0);
}

export type Change = "better" | "same" | "less" | "not-compared";

export interface PrincipleChange {
  principleId: string;
  change: Change;
  before: Level | null;
  now: Level | null;
}

/**
 * Each principle now against before, judged only on the statements rated both times
 * (each side's level is the lower median of those), so ticking more or fewer boxes is
 * never read as change. "not-compared" when no statement was rated both times.
 */
export function compareReflections(
  now: Pick<TeamReflection, "principles">,
  before: Pick<TeamReflection, "principles">,
  principles: readonly Pick<Principle, "id" | "statements">[],
): PrincipleChange[] {
  return principles.map((principle) => {
    const levels = (reflection: Pick<TeamReflection, "principles">) =>
      new Map(
        (reflection.principles.find((a) => a.principleId === principle.id)?.ratings ?? []).map(
          (rating) => [rating.statementId, rating.level] as const,
        ),
      );
    const [nowLevels, beforeLevels] = [levels(now), levels(before)];
    const shared = principle.statements
      .map((statement) => statement.id)
      .filter((id) => nowLevels.has(id) && beforeLevels.has(id));
    const nowLevel = principleLevel(shared.map((id) => nowLevels.get(id)!));
    const was = principleLevel(shared.map((id) => beforeLevels.get(id)!));
    if (nowLevel === null || was === null) {
      return { principleId: principle.id, change: "not-compared", before: null, now: null };
    }
    const difference = levelIndex(nowLevel) - levelIndex(was);
    const change: Change = difference > 0 ? "better" : difference < 0 ? "less" : "same";
    return { principleId: principle.id, change, before: was, now: nowLevel };
  });
}

/** The newest saved reflection before `reflection` for the same team (names matched loosely). */
export function previousForTeam<T extends Pick<TeamReflection, "id" | "team">>(
  newestFirst: readonly T[],
  reflection: T,
): T | undefined {
  const teamOf = (r: T) => (r.team ?? "").trim().toLowerCase();
  const index = newestFirst.findIndex((r) => r.id === reflection.id);
  return newestFirst.slice(index + 1).find((r) => teamOf(r) === teamOf(reflection));
}

/**
 * Action ideas for the gaps: the pack's examples linked to at least one gap, those
 * linked to more gaps (then the lowest gaps) first, at most `limit`.
 */
export function suggestActions(
  summary: ReflectionSummary,
  examples: readonly ActionExample[],
  limit = 4,
): ActionExample[] {
  const gapLevel = new Map(
    summary.principles
      .filter((p) => summary.gaps.includes(p.principleId))
      .map((p) => [p.principleId, levelIndex(p.level!)]),
  );
  const scored = examples
    .map((example, order) => {
      const linked = example.principles.filter((id) => gapLevel.has(id));
      const lowest = Math.min(...linked.map((id) => gapLevel.get(id)!));
      return { example, order, count: linked.length, lowest };
    })
    .filter((entry) => entry.count > 0);
  scored.sort((a, b) => b.count - a.count || a.lowest - b.lowest || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.example);
}
