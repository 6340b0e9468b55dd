import { Link } from "wouter";
import { useLockStatus, useMeta } from "../../db/hooks";
import { writeMeta } from "../../db/meta";

const OFFERED = "lockOffered";

/** Offered once, after a check-in: a passcode for people who share a phone. */
export function LockOffer() {
  const status = useLockStatus();
  const offered = useMeta<string>(OFFERED);
  if (status !== "off" || offered !== null) return null;
  const answer = () => void writeMeta(OFFERED, new Date().toISOString()).catch(() => undefined);
  return (
    <section aria-labelledby="lock-offer-heading" className="section panel">
      <h2 id="lock-offer-heading">Keep this private?</h2>
      <p>
        If other people use this phone, you can add a passcode. Your check-ins are then stored
        encrypted and only your passcode opens them. You can turn this on or off any time in
        Settings.
      </p>
      <div className="actions">
        <Link href="~/settings" className="button secondary" onClick={answer}>
          Set a passcode
        </Link>
        <button type="button" className="button secondary" onClick={answer}>
          No thanks
        </button>
      </div>
    </section>
  );
}
