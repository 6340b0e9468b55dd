import { z } from "zod";
import { INCIDENT_TYPES, PEER_LIMITS } from "../../domain/records";

/** The start form: the same limits as the stored record, with kind messages. */
export const StartSchema = z
  .object({
    colleague: z
      .string()
      .trim()
      .min(1, "Add a label for your colleague, such as their initials")
      .max(PEER_LIMITS.colleague, `Keep the label to ${PEER_LIMITS.colleague} characters or fewer`),
    heldOn: z.iso.date("Choose the date of the conversation"),
    // The box starts unticked (a boolean); only a tick (true) gets through.
    consent: z.boolean().pipe(
      z.literal(true, {
        error:
          "Tick this once your colleague knows what will be kept. Or use the guide without saving anything.",
      }),
    ),
    notes: z.enum(["keep-notes", "actions-only"], { error: "Choose what to keep" }),
    /** "incident" starts an after-incident check-in, with its own catch-ups. */
    kind: z.enum(["regular", "incident"], { error: "Choose the kind of check-in" }),
    // A group of radios with none chosen gives null: that is "not chosen yet", whose
    // message comes below, never the schema's own words.
    incidentType: z.preprocess(
      (value) => value ?? undefined,
      z.enum(INCIDENT_TYPES, { error: "Choose the kind of incident" }).optional(),
    ),
    incidentOn: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.kind !== "incident") return;
    if (!values.incidentType)
      ctx.addIssue({
        code: "custom",
        path: ["incidentType"],
        message: "Choose the kind of incident",
      });
    if (!z.iso.date().safeParse(values.incidentOn).success)
      ctx.addIssue({ code: "custom", path: ["incidentOn"], message: "Choose the day it happened" });
  });

/** What the form holds while it is filled in (consent may still be unticked). */
export type StartInput = z.input<typeof StartSchema>;
/** What a valid start gives (consent is true). */
export type StartValues = z.output<typeof StartSchema>;
