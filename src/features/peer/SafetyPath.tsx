// The one shared list of crisis contacts (issue #18 moves it; this is the only import to repoint).
// eslint-disable-next-line no-restricted-imports
import { CRISIS_CONTACTS } from "../help/crisis-contacts";

/**
 * The manager's safety path, shown the moment a sign that someone may not be safe is
 * ticked. It is for the manager only: no summary or colleague view ever shows it.
 */
export function SafetyPath() {
  return (
    <div role="region" aria-labelledby="safety-path-heading" className="callout urgent safety-path">
      <h3 id="safety-path-heading">Their safety comes first</h3>
      <p>
        <strong>Ask them straight out.</strong> Asking about suicide does not put the idea in their
        head. It can be a relief to be asked. You could say:
      </p>
      <p className="say-this">“Are you having thoughts of ending your life?”</p>
      <p>
        <strong>Stay with them</strong>, or make sure someone else is with them, while you get help.
      </p>
      <h4>Who to call now</h4>
      <ul className="safety-contacts">
        {CRISIS_CONTACTS.map((contact) => (
          <li key={contact.name}>
            <a className="button secondary" href={contact.href}>
              {contact.action}
            </a>{" "}
            <span>{contact.name}</span>
          </li>
        ))}
      </ul>
      <p>
        <strong>Do not promise to keep it secret.</strong> Tell them you care, and that you may need
        to get help to keep them safe.
      </p>
      <p>
        <strong>What to write down:</strong> the day and time, what they said in their own words,
        who you called and what you agreed. Keep it short and stick to the facts.
      </p>
    </div>
  );
}
