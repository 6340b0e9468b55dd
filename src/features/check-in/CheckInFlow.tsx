import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useLocation } from "wouter";
import { ErrorSummary, type FieldError } from "../../components/ErrorSummary";
import { useNotices } from "../../state/notices";
import { SafetyHelp } from "../../components/SafetyHelp";
import { useSaveBeforeLeaving } from "../../browser/unsaved-work";
import { saveDraft, CHECK_IN_DRAFT_ID } from "../../db/drafts";
import { useRegion } from "../../db/hooks";
import { buildSteps, isRedFlagAnswer, toAnswers, toFormValues } from "../../domain/check-in/steps";
import type { ContentPack } from "../../domain/pack/schema";
import { hasQuickCheckIn, type CheckInMode } from "../../domain/scoring/asked";
import type { Draft } from "../../domain/records";
import { answerSchema } from "./answer-schema";
import { finishCheckIn } from "./finish";
import { firstOptionId, focusQuestion, Question } from "./QuestionStep";

type Values = Record<string, string>;

/** The check-in itself: one domain per step, every answer saved as it is given. */
export function CheckInFlow({
  pack,
  draft,
  mode = "full",
}: {
  pack: ContentPack;
  draft: Draft | null;
  mode?: CheckInMode;
}) {
  // A pack that picks no quick questions asks them all, and the result says so.
  const asked: CheckInMode = mode === "quick" && hasQuickCheckIn(pack) ? "quick" : "full";
  const steps = useMemo(() => buildSteps(pack, asked), [pack, asked]);
  const [step, setStep] = useState(Math.min(draft?.step ?? 0, steps.length - 1));
  // The question whose answer opened the safety screen: the person returns to it.
  const [safetyFrom, setSafetyFrom] = useState<string | null>(null);
  const returnTo = useRef<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const region = useRegion();
  const [createdAt] = useState(() => draft?.createdAt ?? new Date().toISOString());
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const show = useNotices((state) => state.show);
  const [, navigate] = useLocation();
  const schema = useMemo(() => answerSchema(pack), [pack]);
  const form = useForm<Values>({
    defaultValues: toFormValues(draft?.answers ?? {}),
    resolver: zodResolver(schema),
    shouldFocusError: false,
  });
  // Once the check-in is saved its draft is gone: nothing may write it back, even while
  // this screen stays up for the moment the result's code takes to load.
  const finished = useRef(false);
  const lastItem = useRef<string | null>(draft?.lastItemId ?? null);
  const persist = async (values: Values, atStep: number = step) => {
    if (finished.current) return;
    try {
      await saveDraft({
        id: CHECK_IN_DRAFT_ID,
        kind: "check-in",
        createdAt,
        updatedAt: new Date().toISOString(),
        packId: pack.id,
        packVersion: pack.version,
        answers: toAnswers(values),
        step: atStep,
        ...(asked === "quick" ? { mode: asked } : {}),
        ...(lastItem.current ? { lastItemId: lastItem.current } : {}),
      });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };
  useSaveBeforeLeaving(() => persist(form.getValues()));

  // A resumed check-in returns to the question the person answered last, on its step.
  useEffect(() => {
    const itemId = draft?.lastItemId;
    if (itemId && steps[step]?.items.some((item) => item.id === itemId)) focusQuestion(itemId);
    // Only when the flow first opens: later moves have their own focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Move focus to the new step's heading (not on first show: the page heading has it),
  // or, back from the safety screen, to the question the person left from.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (safetyFrom) return;
    if (returnTo.current) {
      focusQuestion(returnTo.current);
      returnTo.current = null;
    } else {
      stepHeading.current?.focus();
    }
  }, [step, safetyFrom]);
  useEffect(() => {
    if (safetyFrom) {
      document.getElementById("safety-heading")?.focus();
      window.scrollTo(0, 0);
    }
  }, [safetyFrom]);

  if (safetyFrom) {
    const item = pack.items.find((candidate) => candidate.id === safetyFrom);
    const chosen = item?.options.find((option) => option.id === form.getValues()[safetyFrom]);
    const kind = chosen?.kind ?? item?.redFlag;
    return (
      <div>
        <SafetyHelp
          pack={pack}
          flags={kind ? [{ kind }] : []}
          region={region}
          headingId="safety-heading"
        />
        <p>{pack.safety.carryOn}</p>
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              returnTo.current = safetyFrom;
              setSafetyFrom(null);
            }}
          >
            Go back to my check-in
          </button>
        </div>
      </div>
    );
  }

  const current = steps[step]!;
  const last = step === steps.length - 1;
  const errors: FieldError[] = current.items.flatMap((item) => {
    const message = form.formState.errors[item.id]?.message;
    return message ? [{ fieldId: firstOptionId(item), message: String(message) }] : [];
  });

  const goTo = async (next: number) => {
    const valid = await form.trigger(current.items.map((item) => item.id));
    if (!valid) return;
    setStep(next);
    await persist(form.getValues(), next);
    window.scrollTo(0, 0);
  };

  const finish = async (values: Values) => {
    setFinishing(true);
    try {
      const id = await finishCheckIn(pack, toAnswers(values), createdAt, asked);
      finished.current = true;
      navigate(`~/results/${id}`);
    } catch (problem) {
      setFinishing(false);
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  return (
    <form
      className="check-in"
      noValidate
      onSubmit={(event) => void form.handleSubmit(finish)(event)}
      onChange={(event) => {
        // Every answer is saved at once; a red-flag answer opens the safety screen first.
        const input = event.target;
        if (input instanceof HTMLInputElement) lastItem.current = input.name;
        void persist(form.getValues());
        if (
          input instanceof HTMLInputElement &&
          input.type === "radio" &&
          isRedFlagAnswer(pack, input.name, input.value)
        ) {
          setSafetyFrom(input.name);
        }
      }}
    >
      <ErrorSummary errors={errors} />
      {steps.length > 1 ? (
        <>
          <p className="progress-text">
            Step {step + 1} of {steps.length}
          </p>
          <div className="progress-bar" aria-hidden="true">
            <span style={{ width: `${((step + 1) / steps.length) * 100}%` }} />
          </div>
        </>
      ) : null}
      <h2 ref={stepHeading} tabIndex={-1} className="step-title">
        {current.title}
      </h2>
      <p className="hint">{current.hint} Answer what you can. You can skip anything.</p>
      {current.items.map((item) => (
        <Question
          key={item.id}
          item={item}
          register={form.register}
          error={form.formState.errors[item.id]?.message as string | undefined}
        />
      ))}
      <div className="actions step-actions">
        {last ? (
          // Distinct keys: React must not turn the clicked "Next" into this submit button.
          <button key="finish" type="submit" className="button" disabled={finishing}>
            {finishing ? "Saving…" : "See my result"}
          </button>
        ) : (
          <button key="next" type="button" className="button" onClick={() => void goTo(step + 1)}>
            Next
          </button>
        )}
        {step > 0 ? (
          <button type="button" className="button secondary" onClick={() => void goTo(step - 1)}>
            Back
          </button>
        ) : null}
      </div>
      <p className="hint">
        Your answers are saved on this device as you go. You can stop and come back later.
      </p>
    </form>
  );
}
