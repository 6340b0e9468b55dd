import { z } from "zod";
import type { RED_FLAG_KINDS } from "../pack/constants";
import { ContactSchema } from "../pack/schema";
import { REGIONS } from "./regions";

/** The situations a safety answer can point to; each red-flag kind is one of them. */
export const SITUATIONS = ["self-harm", "home", "work", "harm-others"] as const;
export type Situation = (typeof SITUATIONS)[number];

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use a date like 2026-12-06");

/**
 * One place to get help in a crisis. Every one carries the date its number, keyword,
 * address and hours were last checked against `source`, the service's public page
 * (docs/content-sources.md lists them). A contact without a checked date is refused.
 */
export const CrisisContactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().trim().min(1).max(160),
  for: z.string().trim().min(1).max(400),
  contacts: z.array(ContactSchema).min(1).max(6),
  hours: z.string().trim().min(1).max(160),
  regions: z.array(z.enum(REGIONS)).min(1),
  /** Situations this service fits best: shown first after such a safety answer. */
  fits: z.array(z.enum(SITUATIONS)),
  /** A general line: shown after the fitting ones, and on Help now. */
  general: z.boolean(),
  checked: IsoDate,
  source: z.string().url().startsWith("https://"),
});
export type CrisisContact = z.infer<typeof CrisisContactSchema>;

/** Red-flag kinds to situations. "unsafe" is the older single question: home or work. */
export const SITUATIONS_OF_FLAG: Record<(typeof RED_FLAG_KINDS)[number], Situation[]> = {
  "self-harm": ["self-harm"],
  unsafe: ["home", "work"],
  home: ["home"],
  work: ["work"],
  "harm-others": ["harm-others"],
};
