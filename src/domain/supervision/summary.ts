/**
 * The shared text version of the one-page supervision prep. It says only what the
 * person chose to include: notes appear only when the prep includes notes (and, for
 * a peer check-in, only when the colleague agreed to notes being kept).
 */
import { promptWords } from "./guide";
import { SUPERVISION_FUNCTIONS, type SupervisionFunction } from "../pack/constants";
import { stageFor } from "../pack/lookup";
import type { ContentPack } from "../pack/schema";
import { formatShortDay } from "../peer/days";
import type { CheckIn, PeerAction, PeerCheckIn, PrepAction, SupervisionPrep } from "../records";
import { checkInsInPeriod } from "./period";
import { prepTrendLines } from "./trend";

/** What the prep draws on: the person's own check-ins, or peer check-ins when supervising. */
export interface PrepMaterial {
  /**
   * The person's check-ins (any outside the prep's period are ignored): the trend uses
   * all of them, the list only the ones the prep includes.
   */
  checkIns?: readonly CheckIn[];
  peerCheckIns?: readonly PeerCheckIn[];
}

export interface PrepSummaryOptions {
  /** Add the trend lines (own supervision only: a supervisor has no one else's check-ins). */
  trend: boolean;
}

export const FUNCTION_HEADINGS: Record<SupervisionFunction, string> = {
  restorative: "Restorative: support, and how the work is affecting us",
  formative: "Formative: learning and skills",
  normative: "Normative: workload, standards and safe practice",
};

const DESTINATION: Record<PrepAction["destination"], string> = {
  plan: "my plan",
  "peer-follow-up": "peer follow-up",
};

function section(heading: string, lines: readonly string[]): string[] {
  return lines.length > 0 ? [[heading, ...lines].join("\n")] : [];
}

function checkInLine(pack: ContentPack, checkIn: CheckIn, includeNotes: boolean): string {
  const stage = stageFor(pack, checkIn.result);
  const patterns = checkIn.result.patternIds.flatMap(
    (id) => pack.patterns.find((pattern) => pattern.id === id)?.label.toLowerCase() ?? [],
  );
  const words = stage ? [stage.label, ...patterns].join(", ") : "not enough answers for a result";
  const note = includeNotes && checkIn.note.trim() ? `\n  Note: ${checkIn.note.trim()}` : "";
  return `- ${formatShortDay(checkIn.createdAt)}: ${words}.${note}`;
}

function viewWords(pack: ContentPack, peer: PeerCheckIn): string {
  const view = peer.colleagueView;
  if (!view) return "not asked";
  if (view.kind === "rather-not-say") return "they'd rather not say";
  return stageFor(pack, view)?.label ?? "a stage this pack does not have";
}

function peerLine(pack: ContentPack, peer: PeerCheckIn, includeNotes: boolean): string {
  const who: Record<PeerAction["who"], string> = {
    colleague: peer.colleague,
    manager: "me",
    both: "both of us",
  };
  const suggested = peer.suggestedStage ? stageFor(pack, peer.suggestedStage)?.label : undefined;
  const lines = [
    `- ${formatShortDay(peer.heldOn)}. Their own view: ${viewWords(pack, peer)}.` +
      (suggested ? ` Signs I noticed pointed to: ${suggested} (a suggestion only).` : ""),
    ...peer.actions.map(
      (action) =>
        `  Agreed: ${action.what.trim()} (${who[action.who]}${action.done ? ", done" : ""})`,
    ),
    ...(peer.closedAt
      ? ["  Follow-up: closed."]
      : peer.followUpOn
        ? [`  Follow-up: ${formatShortDay(peer.followUpOn)}.`]
        : []),
  ];
  if (includeNotes && peer.consent.notes === "keep-notes" && peer.notes?.trim()) {
    lines.push(`  Notes: ${peer.notes.trim()}`);
  }
  return lines.join("\n");
}

function answerSections(pack: ContentPack, prep: SupervisionPrep): string[] {
  return SUPERVISION_FUNCTIONS.flatMap((fn) => {
    const lines = prep.answers.flatMap(({ promptId, answer }) => {
      const prompt = pack.supervisionPrompts.find((candidate) => candidate.id === promptId);
      if (!prompt || prompt.function !== fn || !answer.trim()) return [];
      return [`- ${promptWords(prompt, prep.role === "my-own")}\n  ${answer.trim()}`];
    });
    return section(FUNCTION_HEADINGS[fn], lines);
  });
}

export function prepSummaryText(
  pack: ContentPack,
  prep: SupervisionPrep,
  material: PrepMaterial,
  options: PrepSummaryOptions,
): string {
  const mine = prep.role === "my-own";
  const checkIns = mine ? checkInsInPeriod(material.checkIns ?? [], prep.period) : [];
  const included = checkIns
    .filter((checkIn) => prep.checkInIds.includes(checkIn.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const peers = mine
    ? []
    : (material.peerCheckIns ?? [])
        .filter((peer) => prep.peerCheckInIds.includes(peer.id))
        .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const after = prep.after;
  const colleague = prep.colleague ?? "a colleague";

  return [
    [
      `Supervision preparation: ${mine ? "my own supervision" : `supervising ${colleague}`}`,
      `Period: ${formatShortDay(prep.period.from)} to ${formatShortDay(prep.period.to)}`,
    ].join("\n"),
    ...(mine && options.trend
      ? section("How things have been", prepTrendLines(pack, checkIns))
      : []),
    ...section(
      "Check-ins I want to bring",
      included.map((checkIn) => checkInLine(pack, checkIn, prep.includeNotes)),
    ),
    ...section(
      `Peer check-ins with ${colleague}`,
      peers.map((peer) => peerLine(pack, peer, prep.includeNotes)),
    ),
    ...section("What I want to bring", prep.whatToBring.trim() ? [prep.whatToBring.trim()] : []),
    ...section(
      "Agenda",
      prep.agenda.map((item, index) => `${index + 1}. ${item.trim()}`),
    ),
    ...answerSections(pack, prep),
    ...(after
      ? section("After the session", [
          ...(after.outcomes.trim() ? [after.outcomes.trim()] : []),
          ...after.actions.map(
            (action) => `- ${action.what.trim()} (${DESTINATION[action.destination]})`,
          ),
        ])
      : []),
    "A personal note to prepare for supervision. It is not an assessment or a diagnosis.",
  ].join("\n\n");
}
