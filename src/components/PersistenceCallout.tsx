import { Link } from "wouter";

/** When a hard stage has lasted a while: the trend's advice, with a way to find someone to talk to. */
export function PersistenceCallout({ advice }: { advice: string | null | undefined }) {
  if (!advice) return null;
  return (
    <div className="callout">
      <p>{advice}</p>
      <p>
        <Link href="~/resources">Find someone to talk to</Link>
      </p>
    </div>
  );
}
