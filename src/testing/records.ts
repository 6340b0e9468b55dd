/**
 * Factories for every record the app stores, for tests. One place, so a change to a
 * record's schema is fixed here once. Each returns a record that passes its schema.
 */
import { defaultPack } from "../content/default-pack";
import type { CheckIn, PeerCheckIn, PlanAction, SupervisionPrep } from "../domain/records";
import { scoreCheckIn } from "../domain/scoring/score";

export function makeCheckIn(overrides: Partial<CheckIn> = {}): CheckIn {
  const createdAt = overrides.createdAt ?? "2026-11-01T09:00:00.000Z";
  const answers = overrides.answers ?? {};
  return {
    id: "check-in-1",
    createdAt,
    updatedAt: createdAt,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    answers,
    result: scoreCheckIn(defaultPack, answers),
    note: "",
    bringToSupervision: false,
    tried: [],
    ...overrides,
  };
}

export function makePlanAction(overrides: Partial<PlanAction> = {}): PlanAction {
  const createdAt = overrides.createdAt ?? "2026-11-01T09:10:00.000Z";
  return {
    id: "plan-1",
    createdAt,
    updatedAt: createdAt,
    tipId: defaultPack.tips[0]?.id ?? "tip",
    title: defaultPack.tips[0]?.title ?? "A tip",
    detail: defaultPack.tips[0]?.body ?? "",
    status: "active",
    ...overrides,
  };
}

export function makePeerCheckIn(overrides: Partial<PeerCheckIn> = {}): PeerCheckIn {
  const createdAt = overrides.createdAt ?? "2026-11-02T14:00:00.000Z";
  return { id: "peer-1", createdAt, updatedAt: createdAt, ...overrides } as PeerCheckIn;
}

export function makeSupervisionPrep(overrides: Partial<SupervisionPrep> = {}): SupervisionPrep {
  const createdAt = overrides.createdAt ?? "2026-11-03T16:00:00.000Z";
  return { id: "prep-1", createdAt, updatedAt: createdAt, ...overrides } as SupervisionPrep;
}
