import type { ContentPack, SupervisionPrompt } from "../../domain/pack/schema";
import { PREP_LIMITS, type SupervisionPrep } from "../../domain/records";
import type { PrepFocus } from "../../domain/supervision/prompts";
import { promptWords } from "../../domain/supervision/guide";
import { FUNCTION_HEADINGS } from "../../domain/supervision/summary";
import { promptsForPrep, withAnswer } from "../../domain/supervision/prep-record";
import type { PrepChange } from "./use-prep-editor";

function focusWords(pack: ContentPack, focus: PrepFocus, mine: boolean): string {
  const stage = pack.stages.find((candidate) => candidate.id === focus.stageId);
  const pattern = pack.patterns.find((candidate) => candidate.id === focus.patternId);
  if (!stage) {
    return "These questions suit any stage. Answer any that help, and leave the rest blank.";
  }
  const words = [stage.label, pattern?.label.toLowerCase()].filter(Boolean).join(", ");
  const whose = mine ? "your latest check-in in this period" : "how they saw it last time";
  return `Chosen for ${whose} (${words}). Answer any that help, and leave the rest blank.`;
}

function PromptField({
  prompt,
  mine,
  value,
  onChange,
}: {
  prompt: SupervisionPrompt;
  mine: boolean;
  value: string;
  onChange: (answer: string) => void;
}) {
  const id = `prompt-${prompt.id}`;
  return (
    <div className="field prompt-field">
      <label htmlFor={id} className="field-label">
        {promptWords(prompt, mine)}
      </label>
      <textarea
        autoComplete="off"
        id={id}
        className="textarea"
        rows={3}
        maxLength={PREP_LIMITS.answer}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** Questions to think about, grouped by restorative, formative and normative time. */
export function PromptAnswers({
  pack,
  prep,
  update,
  focus,
}: {
  pack: ContentPack;
  prep: SupervisionPrep;
  update: (change: PrepChange) => void;
  focus: PrepFocus;
}) {
  const groups = promptsForPrep(pack, prep, focus);
  return (
    <section aria-labelledby="prompts-heading" className="section">
      <h2 id="prompts-heading">Questions to think about</h2>
      <p className="hint">{focusWords(pack, focus, prep.role === "my-own")}</p>
      {groups.map((group) => (
        <section
          key={group.function}
          aria-labelledby={`function-${group.function}`}
          className={`prompt-group ${group.function}`}
        >
          <h3 id={`function-${group.function}`}>{FUNCTION_HEADINGS[group.function]}</h3>
          {group.prompts.map((prompt) => (
            <PromptField
              key={prompt.id}
              prompt={prompt}
              mine={prep.role === "my-own"}
              value={prep.answers.find((entry) => entry.promptId === prompt.id)?.answer ?? ""}
              onChange={(answer) => update((current) => withAnswer(current, prompt.id, answer))}
            />
          ))}
        </section>
      ))}
    </section>
  );
}
