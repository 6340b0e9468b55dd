import { lazy, Suspense } from "react";
import { Link } from "wouter";
import { Page } from "../../components/Page";
import {
  useDraft,
  useFollowUpsDue,
  useLatestCheckIn,
  useMeta,
  usePlan,
  useSetting,
} from "../../db/hooks";
import { REMINDER_SETTING } from "../../domain/reminders/keys";
import { FollowUpsDue } from "./FollowUpsDue";
import { LastResult } from "./LastResult";
import { MyPlan } from "./MyPlan";
import { Welcome, WELCOME_KEY } from "./Welcome";

// Only people who set a reminder load the code that checks it.
const DueCheckIn = lazy(() => import("./DueCheckIn"));
const BackupReminder = lazy(() => import("./BackupReminder"));

const LEAD = "Take a few minutes to notice how you are doing. There are no right or wrong answers.";

export function HomePage() {
  const draft = useDraft();
  const latest = useLatestCheckIn();
  const reminder = useSetting(REMINDER_SETTING);
  const seen = useMeta<boolean>(WELCOME_KEY);
  const plan = usePlan();
  const due = useFollowUpsDue(new Date());
  // Everything Home shows comes in together, so nothing jumps once it is on screen.
  const ready = [draft, latest, reminder, seen, plan, due].every((value) => value !== undefined);
  if (!ready || !plan || !due) {
    return (
      <Page title="How are you today?" lead={LEAD}>
        <p className="loading">Loading…</p>
      </Page>
    );
  }
  return (
    <Page title="How are you today?" lead={LEAD}>
      <Welcome seen={seen === true} />
      {draft ? (
        <section aria-labelledby="draft-heading" className="section panel">
          <h2 id="draft-heading">You have a check-in in progress</h2>
          <p>Your answers so far are saved on this device.</p>
          <div className="actions">
            <Link href="/check-in" className="button large">
              Carry on where you left off
            </Link>
            <Link href="/check-in?restart" className="button secondary">
              Start again
            </Link>
          </div>
        </section>
      ) : (
        <p>
          <Link href="/check-in" className="button large">
            Start a check-in
          </Link>
        </p>
      )}
      {latest ? <LastResult checkIn={latest} /> : null}
      <FollowUpsDue due={due} />
      <MyPlan plan={plan} />
      {/* These load their own code and data: below the main things, so they move nothing. */}
      {reminder && !draft ? (
        <Suspense fallback={null}>
          <DueCheckIn />
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        <BackupReminder />
      </Suspense>
      <section aria-labelledby="shortcuts" className="section shortcuts">
        <h2 id="shortcuts">Other things you can do</h2>
        <ul className="card-list">
          <li>
            <Link href="/history">Look back at past check-ins</Link>
          </li>
          <li>
            <Link href="/peer">Check in with a colleague</Link>
          </li>
          <li>
            <Link href="/supervision">Get ready for supervision</Link>
          </li>
          <li>
            <Link href="/resources">Find support and calming exercises</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}
