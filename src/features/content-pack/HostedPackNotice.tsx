import { useHostedStatus } from "../../state/hosted-status";
import { HOSTED_PACK_FILE } from "../../domain/pack/hosted";
import { PackErrorList } from "./PackProblems";

/**
 * When the organisation's pack on this site could not be used: what the app did instead
 * (nothing changed), and the problems found, for whoever looks after the pack.
 */
export function HostedPackNotice({ inUse }: { inUse: string }) {
  const problems = useHostedStatus((state) => state.problems);
  if (!problems) return null;
  return (
    <section aria-labelledby="hosted-problem-heading" className="section panel">
      <h2 id="hosted-problem-heading">Your organisation’s pack could not be used</h2>
      <p>
        This site has a content pack from your organisation, but the app could not use it this time.
        Nothing has changed: you are still using {inUse}. You do not need to do anything.
      </p>
      <details>
        <summary>For whoever looks after the pack</summary>
        <p>
          The file {HOSTED_PACK_FILE} on this site has{" "}
          {problems.length === 1 ? "this problem" : "these problems"}:
        </p>
        <PackErrorList errors={problems} />
      </details>
    </section>
  );
}
