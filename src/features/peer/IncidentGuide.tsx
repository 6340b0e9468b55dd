import { formatDay } from "../../domain/peer/days";
import { INCIDENT_LABELS, incidentDates } from "../../domain/peer/incident";
import type { PeerIncident } from "../../domain/records";

/** What to do in the talks after an incident. Nothing about what happened is asked or kept. */
export function IncidentGuide({ incident }: { incident: PeerIncident }) {
  const dates = incidentDates(incident.on);
  return (
    <section aria-labelledby="incident-heading" className="section panel">
      <h2 id="incident-heading">After an incident</h2>
      <p>
        {INCIDENT_LABELS[incident.type]}, on {formatDay(incident.on)}. This is support, not a
        debrief and not treatment.
      </p>
      <details className="disclosure guide-part">
        <summary>The first talk</summary>
        <ul>
          <li>Ask how they are now. You do not need to know what happened.</li>
          <li>If they start to go into detail, let them. Do not ask for more.</li>
          <li>Say that strong feelings after a hard event are common, and often ease with time.</li>
          <li>Ask who they have around them, at work and at home.</li>
          <li>
            After a death by suicide, do not talk about how the person died. People who lose someone
            this way are at more risk, so ask about their own safety straight out.
          </li>
          <li>Agree when you will talk again.</li>
        </ul>
      </details>
      <details className="disclosure guide-part">
        <summary>At about 72 hours ({formatDay(dates.first)})</summary>
        <ul>
          <li>How are they sleeping and eating?</li>
          <li>Do pictures or thoughts of it keep coming back?</li>
          <li>Are they keeping away from people, places or tasks?</li>
          <li>Are they drinking more, or using other things to cope?</li>
          <li>Can they get through the work they have to do?</li>
        </ul>
      </details>
      <details className="disclosure guide-part">
        <summary>At about one month ({formatDay(dates.later)})</summary>
        <ul>
          <li>Are things easing, or staying the same?</li>
          <li>Is it getting in the way of work or home life?</li>
          <li>Do they feel on edge, numb or cut off most days?</li>
          <li>Is there anything at work that would help now?</li>
        </ul>
      </details>
      <details className="disclosure guide-part">
        <summary>When to suggest more help</summary>
        <ul>
          <li>If things are no better, or worse, at about one month.</li>
          <li>If it stops them doing their job or living their life.</li>
          <li>If they are drinking a lot more, or feel hopeless.</li>
          <li>
            Straight away if they may not be safe: 999 if anyone is in danger now. If not, the
            urgent mental health line for where you work: 111, option 2 in England and Wales; 111
            (NHS 24) in Scotland; Lifeline 0808 808 8000 in Northern Ireland.
          </li>
          <li>Their GP, occupational health or the staff support line are good places to start.</li>
        </ul>
      </details>
    </section>
  );
}
