import { lazy, Suspense } from "react";
import { Link } from "wouter";
import { Page } from "../../components/Page";
import { useDraft, useLatestCheckIn, useSetting } from "../../db/hooks";
import { REMINDER_SETTING } from "../../domain/reminders/keys";
import { FollowUpsDue } from "./FollowUpsDue";
import { LastResult } from "./LastResult";
import { MyPlan } from "./MyPlan";
import { Welcome } from "./Welcome";

// Only people who set a reminder load the code that checks it.
const DueCheckIn = lazy(() => import("./DueCheckIn"));
const BackupReminder = lazy(() => import("./BackupReminder"));

export function HomePage() {
  const draft = useDraft();
  const latest = useLatestCheckIn();
  const reminder = useSetting(REMINDER_SETTING);
  return (
    <Page
      title="How are you today?"
      lead="Take a few minutes to notice how you are doing. There are no right or wrong answers."
    >
      <Suspense fallback={null}>
        <BackupReminder />
      </Suspense>
      <Welcome />
      {reminder && !draft ? (
        <Suspense fallback={null}>
          <DueCheckIn />
        </Suspense>
      ) : null}
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
      <FollowUpsDue />
      <MyPlan />
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
