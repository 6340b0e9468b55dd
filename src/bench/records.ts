/**
 * Realistic records for the bench, made with the test factories and the real scorer,
 * so every record is one the app itself could have saved. Everything is seeded (the
 * same records every run) apart from the dates: the newest record is from the day
 * before the run, so History's default range ("Last 3 months") holds three months.
 */
import { defaultPack } from "../content/default-pack";
import type { Answers, CheckIn, PeerCheckIn, SupervisionPrep } from "../domain/records";
import { scoreCheckIn } from "../domain/scoring/score";
import { makeCheckIn, makePeerCheckIn, makeSupervisionPrep } from "../testing/records";

export interface SeedSize {
  checkIns: number;
  peerCheckIns: number;
  supervisionPreps: number;
}

export const SEED_SIZES = {
  empty: { checkIns: 0, peerCheckIns: 0, supervisionPreps: 0 },
  small: { checkIns: 10, peerCheckIns: 0, supervisionPreps: 0 },
  // Ten years of daily check-ins, a peer check-in about once a week, supervision about monthly.
  large: { checkIns: 3650, peerCheckIns: 500, supervisionPreps: 100 },
} as const satisfies Record<string, SeedSize>;

export type SeedName = keyof typeof SEED_SIZES;

const DAY_MS = 86_400_000;

/** mulberry32: a small seeded generator, so the data is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

const NOTES = [
  "Long shift.",
  "A hard visit today; talked it over with a colleague afterwards.",
  "Slept badly, but a walk at lunch helped.",
  'Team meeting ran late. "We will sort the rota next week", again.',
  "Good day. Felt like myself.",
  "Finding it hard to switch off from a case.\nWrote it down before bed, which helped a bit.",
  "Quiet week, time to catch up on notes.",
];

/** Midnight UTC of the day before `today`, as the anchor every date counts back from. */
function anchorDay(today: Date): number {
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - DAY_MS;
}

/**
 * Answers that follow a slow swing in how the person is (months-long and weeks-long
 * waves plus day-to-day noise), so the stages move through all four over the years.
 */
function answersFor(day: number, random: () => number): Answers {
  const level =
    1.1 + 0.9 * Math.sin((2 * Math.PI * day) / 365) + 0.5 * Math.sin((2 * Math.PI * day) / 41);
  const answers: Answers = {};
  for (const item of defaultPack.items) {
    if (random() < 0.03) {
      answers[item.id] = null; // skipped
      continue;
    }
    if (item.redFlag) {
      const flagged = random() < 0.01;
      answers[item.id] = item.options[flagged ? 1 : 0]!.id;
      continue;
    }
    const last = item.options.length - 1;
    const target = (level / 3) * last + (random() - 0.5) * 1.6;
    const index = Math.min(last, Math.max(0, Math.round(target)));
    answers[item.id] = item.options[index]!.id;
  }
  return answers;
}

/** One check-in a day, the newest yesterday, at a varied time between 07:00 and 22:00 UTC. */
export function makeCheckIns(count: number, today: Date): CheckIn[] {
  const random = seeded(9_001);
  const anchor = anchorDay(today);
  const list: CheckIn[] = [];
  for (let index = 0; index < count; index++) {
    const daysBack = count - 1 - index;
    const at = new Date(anchor - daysBack * DAY_MS + (7 * 60 + random() * 15 * 60) * 60_000);
    const answers = answersFor(index, random);
    const createdAt = at.toISOString();
    list.push(
      makeCheckIn({
        id: uuidFrom(random),
        createdAt,
        updatedAt: createdAt,
        answers,
        result: scoreCheckIn(defaultPack, answers),
        note: random() < 0.25 ? pick(random, NOTES) : "",
        bringToSupervision: random() < 0.05,
      }),
    );
  }
  return list;
}

const INITIALS = ["AB", "CD", "EF", "GH", "JK", "LM", "NP", "QR"];
const STAGES = ["steady", "stretched", "strained", "struggling"] as const;

/**
 * About one a week over the same years. All but the newest three are closed after
 * their follow-up, as a person who keeps up with them would leave them.
 */
export function makePeerCheckIns(count: number, today: Date): PeerCheckIn[] {
  const random = seeded(4_242);
  const anchor = anchorDay(today);
  const spacing = count > 0 ? Math.floor(3650 / count) : 0;
  const list: PeerCheckIn[] = [];
  for (let index = 0; index < count; index++) {
    const daysBack = (count - 1 - index) * spacing + 2;
    const createdAt = new Date(anchor - daysBack * DAY_MS + 14 * 3_600_000).toISOString();
    const stageIndex = Math.min(3, Math.floor(random() * random() * 4));
    const stageId = STAGES[stageIndex]!;
    const signs = defaultPack.peerGuide.signs
      .filter((sign) => sign.stage === stageId)
      .filter(() => random() < 0.6)
      .map((sign) => sign.id);
    const followUpOn = new Date(Date.parse(createdAt) + 14 * DAY_MS).toISOString().slice(0, 10);
    const open = index >= count - 3;
    const closedAt = new Date(Date.parse(followUpOn) + 15 * 3_600_000).toISOString();
    const keepNotes = random() < 0.7;
    list.push(
      makePeerCheckIn({
        id: uuidFrom(random),
        createdAt,
        updatedAt: open ? createdAt : closedAt,
        colleague: pick(random, INITIALS),
        heldOn: createdAt.slice(0, 10),
        consent: { given: true, notes: keepNotes ? "keep-notes" : "actions-only", at: createdAt },
        ...(keepNotes ? { notes: pick(random, NOTES) } : {}),
        signs,
        suggestedStage: { stageId, stageIndex },
        colleagueView: { kind: "stage", stageId, stageIndex },
        actions: [
          { id: "action-1", what: "Take a proper lunch break", who: "colleague" },
          { id: "action-2", what: "Look at the rota together", who: "both", by: followUpOn },
        ],
        followUpOn,
        followUps: open
          ? []
          : [
              {
                id: "follow-up-1",
                at: closedAt,
                ...(keepNotes ? { notes: "Better after the rota change." } : {}),
                outcome: "Doing better.",
              },
            ],
        ...(open ? {} : { closedAt }),
      }),
    );
  }
  return list;
}

/** About one a month; each takes in the flagged check-ins of its period. */
export function makeSupervisionPreps(
  count: number,
  today: Date,
  checkIns: readonly CheckIn[],
  peers: readonly PeerCheckIn[],
): SupervisionPrep[] {
  const random = seeded(777);
  const anchor = anchorDay(today);
  const spacing = count > 0 ? Math.floor(3650 / count) : 0;
  const prompts = defaultPack.supervisionPrompts;
  const list: SupervisionPrep[] = [];
  for (let index = 0; index < count; index++) {
    const daysBack = (count - 1 - index) * spacing;
    const createdAt = new Date(anchor - daysBack * DAY_MS + 16 * 3_600_000).toISOString();
    const from = new Date(Date.parse(createdAt) - spacing * DAY_MS).toISOString();
    const inPeriod = (at: string) => at >= from && at <= createdAt;
    const supervising = random() < 0.2;
    const colleague = pick(random, INITIALS);
    const answers = prompts
      .filter(() => random() < 0.4)
      .map((prompt) => ({ promptId: prompt.id, answer: pick(random, NOTES) }));
    list.push(
      makeSupervisionPrep({
        id: uuidFrom(random),
        createdAt,
        updatedAt: createdAt,
        role: supervising ? "supervising" : "my-own",
        ...(supervising ? { colleague } : {}),
        period: { from: from.slice(0, 10), to: createdAt.slice(0, 10) },
        checkInIds: supervising
          ? []
          : checkIns.filter((c) => c.bringToSupervision && inPeriod(c.createdAt)).map((c) => c.id),
        peerCheckInIds: supervising
          ? peers.filter((p) => p.colleague === colleague && inPeriod(p.createdAt)).map((p) => p.id)
          : [],
        answers,
        whatToBring: pick(random, NOTES),
        agenda: ["Caseload", "How I am doing"],
        ...(index < count - 1
          ? {
              after: {
                outcomes: "Agreed to protect lunch breaks.",
                actions: [{ id: "a1", what: "Block out lunch", destination: "plan" as const }],
                recordedAt: createdAt,
              },
            }
          : {}),
      }),
    );
  }
  return list;
}
