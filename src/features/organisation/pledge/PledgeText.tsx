import type { Pledge } from "../../../domain/organisation/schema";
import type { PledgeFramework } from "../../../domain/pack/schema";
import { formatDay } from "../format-day";

/** A saved pledge as it reads on screen and on paper. */
export function PledgeText({ pledge, framework }: { pledge: Pledge; framework?: PledgeFramework }) {
  const commitments = (framework?.commitments ?? []).filter((c) =>
    pledge.commitmentIds.includes(c.id),
  );
  return (
    <div className="pledge-text">
      <p className="pledge-statement">{pledge.statement}</p>
      {commitments.length ? (
        <>
          <h3>We commit to</h3>
          <ul>
            {commitments.map((commitment) => (
              <li key={commitment.id}>
                <strong>{commitment.title}</strong>: {commitment.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        Authorised by {pledge.authorisedBy.name}, {pledge.authorisedBy.role}, on{" "}
        {formatDay(pledge.authorisedOn)}.
      </p>
    </div>
  );
}
