/**
 * Building and changing a supervision prep on screen. Pure: the editor applies one of
 * these, validates the result with the record schema and saves it.
 */
import { endOfDay, parseISO, startOfDay } from "date-fns";
import type { DateRange } from "../records";
import type { ContentPack } from "../pack/schema";
import { stageFor } from "../pack/lookup";
import { flaggedForSupervision, peerCheckInsWith, sameColleague } from "./period";
import { SUPERVISION_FUNCTIONS } from "../pack/constants";
import { prepFocus, prepPrompts, type PrepFocus } from "./prompts";
import type { PromptGroup } from "../tips/prompts";
import {
  PREP_LIMITS,
  type CheckIn,
  type PeerCheckIn,
  type PrepAction,
  type PrepAfter,
  type PrepPeriod,
  type SupervisionPrep,
} from "../records";

export type PrepRole = SupervisionPrep["role"];

export interface NewPrep {
  id: string;
  role: PrepRole;
  colleague?: string;
  period: PrepPeriod;
}

/** The check-ins (or peer check-ins) a new prep starts with, before the person changes anything. */
export interface PrepStartMaterial {
  checkIns: readonly CheckIn[];
  peerCheckIns: readonly PeerCheckIn[];
}

/** The database range (ISO date-times) that covers a period of plain local days. */
export function periodRange(period: PrepPeriod): DateRange {
  return {
    from: startOfDay(parseISO(period.from)).toISOString(),
    to: endOfDay(parseISO(period.to)).toISOString(),
  };
}

/**
 * A new prep. For my own supervision it includes the check-ins I marked "bring to
 * supervision" in the period; when supervising, the peer check-ins with that colleague.
 */
export function newPrep(
  input: NewPrep,
  pack: Pick<ContentPack, "id" | "version">,
  material: PrepStartMaterial,
  now: Date,
): SupervisionPrep {
  const stamp = now.toISOString();
  const mine = input.role === "my-own";
  const colleague = input.colleague?.trim();
  const ids = (records: readonly { id: string }[]) =>
    records.map((record) => record.id).slice(-PREP_LIMITS.included);
  return {
    id: input.id,
    createdAt: stamp,
    updatedAt: stamp,
    packId: pack.id,
    packVersion: pack.version,
    role: input.role,
    ...(!mine && colleague ? { colleague } : {}),
    period: input.period,
    checkInIds: mine ? ids(flaggedForSupervision(material.checkIns, input.period)) : [],
    peerCheckInIds:
      !mine && colleague
        ? ids(peerCheckInsWith(material.peerCheckIns, colleague, input.period))
        : [],
    includeNotes: false,
    answers: [],
    whatToBring: "",
    agenda: [],
  };
}

/** "My own supervision" or "Supervising AB": how a prep is named in lists and headings. */
export function prepTitle(prep: Pick<SupervisionPrep, "role" | "colleague">): string {
  return prep.role === "my-own"
    ? "My own supervision"
    : `Supervising ${prep.colleague ?? "a colleague"}`;
}

/** Adds or removes one included record, keeping the list within the limit. */
export function withIncluded(
  prep: SupervisionPrep,
  key: "checkInIds" | "peerCheckInIds",
  id: string,
  included: boolean,
): SupervisionPrep {
  const others = prep[key].filter((existing) => existing !== id);
  const next = included ? [...others, id].slice(-PREP_LIMITS.included) : others;
  return { ...prep, [key]: next };
}

/** Sets the answer to one prompt. An emptied answer is removed rather than kept blank. */
export function withAnswer(
  prep: SupervisionPrep,
  promptId: string,
  answer: string,
): SupervisionPrep {
  const others = prep.answers.filter((entry) => entry.promptId !== promptId);
  if (answer === "") return { ...prep, answers: others };
  const index = prep.answers.findIndex((entry) => entry.promptId === promptId);
  if (index === -1) {
    return { ...prep, answers: [...others, { promptId, answer }].slice(-PREP_LIMITS.answers) };
  }
  return {
    ...prep,
    answers: prep.answers.map((entry) =>
      entry.promptId === promptId ? { promptId, answer } : entry,
    ),
  };
}

/** Moves the item at `from` to `to` (both in range), leaving the rest in order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) {
    return [...items];
  }
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/** The after-session part, made the first time something is recorded. */
export function withAfter(
  prep: SupervisionPrep,
  change: (after: PrepAfter) => PrepAfter,
  now: Date,
): SupervisionPrep {
  const after = prep.after ?? { outcomes: "", actions: [], recordedAt: now.toISOString() };
  return { ...prep, after: change(after) };
}

/**
 * Which stage and pattern the prompts are chosen for. My own: the latest check-in in
 * the period. Supervising: how the colleague saw it themselves at the latest included
 * peer check-in (their view weighs most), else what the signs pointed to.
 */
export function focusFor(
  pack: ContentPack,
  prep: SupervisionPrep,
  checkIns: readonly CheckIn[],
  peers: readonly PeerCheckIn[],
): PrepFocus {
  if (prep.role === "my-own") return prepFocus(pack, checkIns);
  const latest = peers
    .filter((peer) => prep.peerCheckInIds.includes(peer.id))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.createdAt.localeCompare(b.createdAt))
    .at(-1);
  const view = latest?.colleagueView;
  const ref = view?.kind === "stage" ? view : (latest?.suggestedStage ?? null);
  return { stageId: ref ? (stageFor(pack, ref)?.id ?? null) : null, patternId: null };
}

/**
 * The prompts for this prep, by function. Prompts already answered stay, even when a
 * newer check-in changes which ones are chosen, so nothing written is ever hidden.
 */
export function promptsForPrep(
  pack: ContentPack,
  prep: Pick<SupervisionPrep, "answers">,
  focus: PrepFocus,
): PromptGroup[] {
  const chosen = prepPrompts(pack, focus.stageId, focus.patternId);
  const shown = new Set(chosen.flatMap((group) => group.prompts.map((prompt) => prompt.id)));
  const answered = prep.answers.flatMap(({ promptId, answer }) => {
    const prompt = pack.supervisionPrompts.find((candidate) => candidate.id === promptId);
    return prompt && answer.trim() && !shown.has(promptId) ? [prompt] : [];
  });
  return SUPERVISION_FUNCTIONS.map((fn) => ({
    function: fn,
    prompts: [
      ...(chosen.find((group) => group.function === fn)?.prompts ?? []),
      ...answered.filter((prompt) => prompt.function === fn),
    ],
  })).filter((group) => group.prompts.length > 0);
}

/** The most recent peer check-in with this colleague, at any date: where follow-ups go. */
export function latestPeerWith(
  peers: readonly PeerCheckIn[],
  colleague: string | undefined,
): PeerCheckIn | null {
  if (!colleague) return null;
  return (
    peers
      .filter((peer) => sameColleague(peer.colleague, colleague))
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.createdAt.localeCompare(b.createdAt))
      .at(-1) ?? null
  );
}

/** A short id for an agreed action, so ids built from it stay within the record limits. */
export function newActionId(): string {
  return crypto.randomUUID().slice(0, 8);
}

const PLAN_TIP_ID_MAX = 64;

/**
 * The id an action has in "my plan" (as its tipId, and as the plan record's id), and
 * on a peer check-in. One per prep and action, so sending it twice keeps one copy.
 */
export function sentActionId(prepId: string, action: Pick<PrepAction, "id">): string {
  const id = `supervision-${prepId}-${action.id}`;
  return id.length <= PLAN_TIP_ID_MAX ? id : `supervision-${action.id}-${prepId}`.slice(0, 64);
}
