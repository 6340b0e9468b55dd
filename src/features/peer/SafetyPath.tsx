import { useId, useState } from "react";
import { CrisisHelpList } from "../../components/CrisisHelpList";
import { useRegion } from "../../db/hooks";
import { crisisHelpFor } from "../../domain/help/crisis-help";

/**
 * The manager's safety path, shown the moment a sign that someone may not be safe is
 * ticked, or when the manager asks for it. It is for the manager only: no summary or
 * colleague view ever shows it.
 */
export function SafetyPath({ level = 3 }: { level?: 2 | 3 }) {
  const headingId = useId();
  // The same list as Help now and the safety screen, for where the manager works.
  const help = crisisHelpFor(["self-harm"], useRegion());
  const Heading = level === 2 ? "h2" : "h3";
  const Sub = level === 2 ? "h3" : "h4";
  return (
    <div role="region" aria-labelledby={headingId} className="callout urgent safety-path">
      <Heading id={headingId}>Their safety comes first</Heading>
      <p>
        <strong>Ask them straight out.</strong> Asking about suicide does not put the idea in their
        head. It can be a relief to be asked. You could say:
      </p>
      <p className="say-this">“Are you having thoughts of ending your life?”</p>
      <p>
        If they say yes: thank them for telling you, and listen. Ask if they feel they could act on
        it today.
      </p>
      <p>
        <strong>Stay with them</strong>, or make sure someone else is with them, while you get help.
      </p>
      <Sub>Who to call now</Sub>
      <p>
        If they might act on it soon, have already hurt themselves, or you are not sure: stay with
        them and call 999, or go to A&amp;E together. If it is not right now: call the urgent mental
        health line for where you work together, then their GP and staff support today.
      </p>
      <CrisisHelpList help={help} level={level === 2 ? 3 : 4} few spoken={false} />
      <p>
        <strong>Do not promise to keep it secret.</strong> Tell them you care, and that you may need
        to get help to keep them safe.
      </p>
      <p>
        <strong>What to write down:</strong> the day and time, what they said in their own words,
        who you called and what you agreed. Keep it short and stick to the facts. Write it in your
        organisation’s own record, as its policy says, not in this app or their summary.
      </p>
    </div>
  );
}

/** A button at the top of every peer step that opens the safety path at any moment. */
export function SafetyButton() {
  const [open, setOpen] = useState(false);
  return (
    <div className="safety-button">
      <button
        type="button"
        className="button secondary"
        aria-expanded={open}
        onClick={() => setOpen((now) => !now)}
      >
        {open ? "Hide the safety steps" : "They may not be safe"}
      </button>
      {open ? <SafetyPath level={2} /> : null}
    </div>
  );
}
