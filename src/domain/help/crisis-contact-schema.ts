import { z } from "zod";
import { REGIONS } from "../pack/constants";
import { ContactSchema } from "../pack/schema";
import { SITUATIONS } from "./crisis-contact";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use a date like 2026-12-06");

/**
 * One place to get help in a crisis. Every one carries the date its number, keyword,
 * address and hours were last checked against the service's public page
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
});
