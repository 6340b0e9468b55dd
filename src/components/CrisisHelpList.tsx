import type { CrisisHelp } from "../domain/help/crisis-help";
import type { Resource } from "../domain/pack/schema";
import { ContactCards } from "./ContactLinks";
import { CrisisCard, CrisisCards, type Level } from "./CrisisCards";

/**
 * Crisis help as one list: the danger-now words and 999 (with its ways that need no
 * speaking) first, then the help that fits, the organisation's own (first of all when
 * not safe at work), one listening line, the other general lines, and, when a region is
 * chosen, other parts of the UK one tap away. With `few`, everything down to the
 * listening line shows at once and the rest is one tap away. `spoken: false` leaves out
 * the danger-now words, for a reader who has their own (the manager's safety path).
 */
export function CrisisHelpList({
  help,
  own = [],
  level = 3,
  few = false,
  spoken = true,
}: {
  help: CrisisHelp;
  own?: readonly Resource[];
  level?: Level;
  few?: boolean;
  spoken?: boolean;
}) {
  // Someone to listen stays in view for every answer: the first general line, if no
  // fitting service is one already.
  const listening = help.fitting.some((contact) => contact.general) ? [] : help.general.slice(0, 1);
  const later = help.general.filter((contact) => !listening.includes(contact));
  // Not safe at work: the organisation's own support comes before anything else.
  const ownFirst = help.situations.includes("work");
  const ownCards = own.length > 0 ? <ContactCards resources={own} /> : null;
  return (
    <div className="crisis-help">
      {spoken ? (
        <div className="callout urgent danger-now">
          {help.dangerNow.map((line) => (
            <p key={line}>
              <strong>{line}</strong>
            </p>
          ))}
        </div>
      ) : null}
      <ul className="contact-list emergency">
        <CrisisCard contact={help.emergency} level={level} />
      </ul>
      {ownFirst ? ownCards : null}
      <CrisisCards contacts={help.fitting} level={level} />
      {help.routes.map((route) => (
        <p key={route} className="callout">
          {route}
        </p>
      ))}
      {ownFirst ? null : ownCards}
      <CrisisCards contacts={listening} level={level} />
      {few ? (
        <details className="disclosure">
          <summary>More people you can contact ({later.length + help.elsewhere.length})</summary>
          <CrisisCards contacts={later} level={level} />
          {help.elsewhere.length > 0 ? (
            <CrisisCards contacts={help.elsewhere} level={level} />
          ) : null}
        </details>
      ) : (
        <>
          <CrisisCards contacts={later} level={level} />
          {help.elsewhere.length > 0 ? (
            <details className="disclosure">
              <summary>In other parts of the UK ({help.elsewhere.length})</summary>
              <CrisisCards contacts={help.elsewhere} level={level} />
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}
