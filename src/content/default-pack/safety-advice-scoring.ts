import type { ContentPack } from "../../domain/pack/schema";

/** The safety screen: opened at once by any red-flag answer. */
export const safety: ContentPack["safety"] = {
  heading: "You don't have to face this alone",
  intro:
    "Whatever you are going through, you matter, and support is here right now. These services are free, and they will listen.",
  // Older packs' single line; the app shows words fitted to each situation (src/domain/help).
  dangerNow: "If you or someone else is in danger now, or badly hurt, call 999 or go to A&E.",
  carryOn:
    "When you are ready, you can go back to your check-in or stop here. Your answers stay on this device.",
  withFlag:
    "One of your answers was about safety, yours or someone else's. That matters more than any stage, so please look at the support below first.",
  // The national crisis lines come from src/domain/help; a pack may add its own here.
  resources: [],
};

/** Advice that the trend over several check-ins triggers. Never blaming. */
export const advice: ContentPack["advice"] = {
  persistence:
    "Things have been hard for a while now. That is a sign to get some support, not a sign you have done anything wrong. Talk to someone you trust, your GP or your work's staff support. You could also bring it to supervision.",
  worsening:
    "Your recent check-ins suggest things have got harder. Be gentle with yourself. Try a tip that fits, and think about telling someone how you are.",
  improving:
    "Your recent check-ins suggest things are easing. Notice what has helped, and keep it going.",
  steady:
    "Your recent check-ins look much the same. Keep doing what helps, and check in again whenever you like.",
  steadyHard:
    "Your recent check-ins have stayed about the same, at a harder stage than Steady. Be gentle with yourself, and think about telling someone you trust how you are.",
  mixed:
    "Your recent check-ins have gone up and down. It may help to notice what was different on the harder days, and to talk it over with someone.",
  redFlags:
    "In this time, one of your answers was about safety. Please keep support close, and tell someone you trust how you are.",
  // Only the trend says this (fewer than two check-ins with a stage), so it talks
  // about check-ins, not answers.
  notEnough:
    "There are not enough check-ins yet to show how things are moving. That is fine. Check in again whenever you like.",
};

/** Numbers the scorer reads; docs/scoring.md says what each one means. */
export const scoring: ContentPack["scoring"] = {
  minAnswers: 6,
  overallCount: 3,
  persistenceDays: 28,
};
