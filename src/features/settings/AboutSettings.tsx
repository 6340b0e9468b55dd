import { CRISIS_CONTACTS } from "../../domain/help";

/** The date the crisis contacts were last checked, in words, e.g. "6 December 2026". */
function checkedOn(): string {
  const latest = CRISIS_CONTACTS.map((contact) => contact.checked)
    .sort()
    .at(-1)!;
  return new Date(`${latest}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function AboutSettings() {
  return (
    <section aria-labelledby="about-heading" className="section">
      <h2 id="about-heading">About this app</h2>
      <p>
        Healing Centred Wellbeing helps you notice how work is affecting you, and find support. It
        is not a diagnosis and it is not a medical device.
      </p>
      <p>
        There is no account and no server. Nothing you enter leaves this device unless you choose to
        share or export it.
      </p>
      <h3 id="sources-heading">Where our words come from</h3>
      <p>
        We wrote every question, tip and prompt ourselves, in plain words. These people and groups
        shaped our ideas. Thank you to them.
      </p>
      <ul className="credits">
        <li>
          The peer guide’s listening tips follow Samaritans’ SHUSH listening tips: show you care,
          have patience, use open questions, say it back, have courage.
        </li>
        <li>
          Asking a colleague how they are, and checking in again, follows R U OK? and Mental Health
          First Aid.
        </li>
        <li>The seven Cs for helping a colleague come from Stress First Aid.</li>
        <li>
          The four stages come from the stress continuum used by the US Navy and Marine Corps. The
          stress patterns draw on the window of tolerance and on fight, flight, freeze and fawn.
        </li>
        <li>
          Supervision prompts draw on Proctor’s three parts of supervision. Tips about work stress
          draw on the HSE Management Standards.
        </li>
        <li>
          Grounding exercises are widely used ways to calm the body. We offer ones that look outward
          first, as trauma-informed guides advise.
        </li>
        <li>
          Phone numbers, text keywords and opening times were checked against each service’s own
          public pages on {checkedOn()}. Services change, so check their websites too.
        </li>
      </ul>
      <p>Version {__APP_VERSION__}</p>
      <p className="hint">Build {__BUILD_ID__}</p>
    </section>
  );
}
