import type { z } from "zod";
import type { RED_FLAG_KINDS } from "../pack/constants";
import type { CrisisContactSchema } from "./crisis-contact-schema";

/** The situations a safety answer can point to; each red-flag kind is one of them. */
export const SITUATIONS = ["self-harm", "home", "work", "harm-others"] as const;
export type Situation = (typeof SITUATIONS)[number];

/**
 * One place to get help in a crisis (the schema, with its rules, is in
 * crisis-contact-schema.ts, kept out of the first download: Help now needs no zod).
 */
export type CrisisContact = z.infer<typeof CrisisContactSchema>;

/** Red-flag kinds to situations. "unsafe" is the older single question: home or work. */
export const SITUATIONS_OF_FLAG: Record<(typeof RED_FLAG_KINDS)[number], Situation[]> = {
  "self-harm": ["self-harm"],
  unsafe: ["home", "work"],
  home: ["home"],
  work: ["work"],
  "harm-others": ["harm-others"],
};
