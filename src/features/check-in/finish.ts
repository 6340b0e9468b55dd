import { latestCheckIn, saveCheckIn } from "../../db/check-ins";
import { actionsDoneSince } from "../../db/plan";
import type { ContentPack } from "../../domain/pack/schema";
import type { Answers } from "../../domain/records";
import type { CheckInMode } from "../../domain/scoring/asked";
import { scoreCheckIn } from "../../domain/scoring/score";

/** Scores the answers, keeps the result with the pack it was scored by, and clears the draft. */
export async function finishCheckIn(
  pack: ContentPack,
  answers: Answers,
  startedAt: string,
  mode: CheckInMode = "full",
): Promise<string> {
  const previous = await latestCheckIn();
  const tried = await actionsDoneSince(previous?.createdAt);
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  await saveCheckIn({
    id,
    createdAt: now < startedAt ? startedAt : now,
    updatedAt: now,
    packId: pack.id,
    packVersion: pack.version,
    answers,
    result: scoreCheckIn(pack, answers, mode),
    note: "",
    bringToSupervision: false,
    tried: tried.map((action) => action.id),
  });
  return id;
}
