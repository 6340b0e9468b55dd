/**
 * Checks a pledge before it is saved, field by field, in the words the form shows
 * (GOV.UK style: say what to do, not what went wrong).
 */
import { PLEDGE_MAX_WORDS, countWords } from "./limits";

export interface PledgeForm {
  statement: string;
  name: string;
  role: string;
  authorisedOn: string;
}

export type PledgeField = keyof PledgeForm;

export interface PledgeProblem {
  field: PledgeField;
  message: string;
}

export function checkPledge(form: PledgeForm): PledgeProblem[] {
  const problems: PledgeProblem[] = [];
  const words = countWords(form.statement);
  if (words === 0) {
    problems.push({ field: "statement", message: "Write your pledge statement" });
  } else if (words > PLEDGE_MAX_WORDS) {
    problems.push({
      field: "statement",
      message: `Your pledge statement is ${words} words. Make it ${PLEDGE_MAX_WORDS} words or fewer`,
    });
  }
  if (!form.name.trim()) {
    problems.push({ field: "name", message: "Enter the name of the person who authorised it" });
  }
  if (!form.role.trim()) problems.push({ field: "role", message: "Enter their role" });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.authorisedOn)) {
    problems.push({ field: "authorisedOn", message: "Enter the date it was authorised" });
  }
  return problems;
}

/** What a word counter says, and when a screen reader should hear it (near or over the limit). */
export function wordCountState(words: number): "under" | "near" | "over" {
  if (words > PLEDGE_MAX_WORDS) return "over";
  return words >= PLEDGE_MAX_WORDS - 10 ? "near" : "under";
}
