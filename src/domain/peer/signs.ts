/**
 * Signs a manager may notice, listed by theme rather than by stage, so ticking them
 * reads as noticing, not as grading a colleague. Pure: the screen only lays them out.
 */
import { SIGN_THEMES, type ContentPack, type PeerSign, type SignTheme } from "../pack/schema";

export const THEME_LABELS: Record<SignTheme, string> = {
  mood: "Mood",
  sleep: "Sleep, energy and self-care",
  work: "Work",
  contact: "Contact with others",
};

export interface SignGroup {
  theme: SignTheme;
  label: string;
  signs: PeerSign[];
}

/** The pack's signs in theme order, each group keeping the pack's own order; empty themes left out. */
export function signsByTheme(pack: Pick<ContentPack, "peerGuide">): SignGroup[] {
  return SIGN_THEMES.flatMap((theme) => {
    const signs = pack.peerGuide.signs.filter((sign) => sign.theme === theme);
    return signs.length > 0 ? [{ theme, label: THEME_LABELS[theme], signs }] : [];
  });
}

/** True when any ticked sign is one that means someone may not be safe. */
export function riskSignTicked(
  pack: Pick<ContentPack, "peerGuide">,
  signIds: readonly string[],
): boolean {
  const ticked = new Set(signIds);
  return pack.peerGuide.signs.some((sign) => sign.risk && ticked.has(sign.id));
}
