import { z } from "zod";
import { SKIP } from "../../domain/check-in/steps";
import type { ContentPack } from "../../domain/pack/schema";

/**
 * Form validation for a check-in. No question is required; this only refuses a value
 * that is not one of the question's answers (a stale draft, or a tampered page).
 */
type Values = Record<string, string>;

export function answerSchema(pack: ContentPack): z.ZodType<Values, Values> {
  const shape: Record<string, z.ZodType<string | null | undefined>> = {};
  for (const item of pack.items) {
    const allowed = new Set([...item.options.map((option) => option.id), SKIP, ""]);
    // An unanswered radio group reads as null or undefined: both are fine.
    shape[item.id] = z
      .string()
      .nullish()
      .refine((value) => value === undefined || value === null || allowed.has(value), {
        message: `Choose one of the answers to “${item.question}”, or “Prefer not to say”.`,
      });
  }
  // Every key is optional, so the object schema reads and returns plain form values.
  return z.object(shape) as unknown as z.ZodType<Values, Values>;
}
