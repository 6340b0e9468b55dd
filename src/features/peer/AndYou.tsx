import { Link } from "wouter";

/** The last step: the manager's own support. Hard talks can stay with the listener too. */
export function AndYou() {
  return (
    <section aria-labelledby="and-you-heading" className="section panel">
      <h2 id="and-you-heading">And you?</h2>
      <p>
        Talks like this can stay with you. It is fine to feel tired or shaken after one. Who can you
        talk to today?
      </p>
      <ul className="card-list">
        <li>
          <Link href="~/check-in?mode=quick">Do a quick check-in for yourself</Link>
        </li>
        <li>
          <Link href="~/supervision">Take it to supervision</Link>
        </li>
        <li>
          <Link href="~/help">Help now</Link>
        </li>
      </ul>
    </section>
  );
}
