import { z } from "zod";
import { PEER_LIMITS } from "../../domain/records";

/** The start form: the same limits as the stored prep, with kind messages. */
export const StartSchema = z
  .object({
    role: z.enum(["my-own", "supervising"]),
    colleague: z
      .string()
      .trim()
      .max(PEER_LIMITS.colleague, `Keep the label to ${PEER_LIMITS.colleague} characters or fewer`),
    from: z.iso.date("Choose the first day of the period"),
    to: z.iso.date("Choose the last day of the period"),
  })
  .superRefine((values, ctx) => {
    if (values.role === "supervising" && !values.colleague) {
      ctx.addIssue({
        code: "custom",
        path: ["colleague"],
        message: "Add a label for the person you supervise, such as their initials",
      });
    }
    if (values.from && values.to && values.from > values.to) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "The last day needs to be on or after the first day",
      });
    }
  });

export type StartValues = z.infer<typeof StartSchema>;
