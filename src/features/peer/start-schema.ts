import { z } from "zod";
import { PEER_LIMITS } from "../../domain/records";

/** The start form: the same limits as the stored record, with kind messages. */
export const StartSchema = z.object({
  colleague: z
    .string()
    .trim()
    .min(1, "Add a label for your colleague, such as their initials")
    .max(PEER_LIMITS.colleague, `Keep the label to ${PEER_LIMITS.colleague} characters or fewer`),
  heldOn: z.iso.date("Choose the date of the conversation"),
  consent: z.literal(true, {
    error:
      "Tick this once your colleague knows what will be kept. Or use the guide without saving anything.",
  }),
  notes: z.enum(["keep-notes", "actions-only"]),
});

export type StartValues = z.infer<typeof StartSchema>;
