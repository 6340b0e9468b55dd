import { Link } from "wouter";
import { writeMeta } from "../../db/meta";
import { WELCOME_META_KEY } from "../../domain/backup/meta-keys";

/** Backed up with the records (see meta-keys.ts): a restored device does not welcome again. */
export const WELCOME_KEY = WELCOME_META_KEY;

/** Shown once, on the first visit, and skippable. */
export function Welcome({ seen }: { seen: boolean }) {
  if (seen) return null;
  return (
    <section aria-labelledby="welcome-heading" className="section panel welcome">
      <h2 id="welcome-heading">Welcome</h2>
      <ul className="reassure">
        <li>
          This tool helps you notice how your work is affecting you, and find ways to look after
          yourself.
        </li>
        <li>It is not a diagnosis. It is a way to check in with yourself.</li>
        <li>Everything stays on this device. There is no account and nothing is sent anywhere.</li>
        <li>
          If other people use this device, you can{" "}
          <Link href="/settings">set a passcode before you start</Link>. Then everything you save is
          scrambled (encrypted) from the very first answer.
        </li>
        <li>
          If you need support now, <Link href="/help">Help now</Link> is at the top of every screen.
        </li>
      </ul>
      <button
        type="button"
        className="button secondary"
        onClick={() => void writeMeta(WELCOME_KEY, true).catch(() => undefined)}
      >
        Got it
      </button>
    </section>
  );
}
