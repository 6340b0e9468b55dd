import { lazy, Suspense } from "react";
import { Link } from "wouter";
import { useActivePackLoaded } from "../../state/active-pack";
import { Page } from "../../components/Page";
import {
  useBackupStatus,
  useCheckInCount,
  useDraft,
  useFollowUpsDue,
  useLatestCheckIn,
  useMeta,
  usePlan,
  useSetting,
} from "../../db/hooks";
import type { BackupStatus } from "../../db/backup-status";
import type { CheckIn, Draft, PeerCheckIn, PlanAction } from "../../domain/records";
import { REMINDER_SETTING } from "../../domain/reminders/keys";
import { BackupReminder, REMINDER_QUIET_KEY } from "./BackupReminder";
import { FollowUpsDue } from "./FollowUpsDue";
import { InstallOffer } from "./InstallOffer";
import { LastResult } from "./LastResult";
import { MyPlan } from "./MyPlan";
import { PlanReviewDue } from "./PlanReviewDue";
import { Welcome, WELCOME_KEY } from "./Welcome";

// Only people who set a reminder load the code (and zod) that checks it.
const DueCheckIn = lazy(() => import("./DueCheckIn"));

const LEAD = "Take a few minutes to notice how you are doing. There are no right or wrong answers.";
const LOADING = <p className="loading">Loading…</p>;

interface HomeData {
  draft: Draft | null;
  latest: CheckIn | null;
  reminder: unknown;
  seen: boolean;
  plan: PlanAction[];
  due: PeerCheckIn[];
  backup: BackupStatus;
  quietUntil: string | null;
  checkIns: number;
}

/** Everything Home shows, or undefined while any of it is still being read. */
function useHomeData(): HomeData | undefined {
  const draft = useDraft();
  const latest = useLatestCheckIn();
  const reminder = useSetting(REMINDER_SETTING);
  const seen = useMeta<boolean>(WELCOME_KEY);
  const plan = usePlan();
  const due = useFollowUpsDue(new Date());
  const backup = useBackupStatus();
  const quietUntil = useMeta<string>(REMINDER_QUIET_KEY);
  const checkIns = useCheckInCount();
  // The last result is worded by the content pack: wait for it here, with the data.
  const packReady = useActivePackLoaded(!!latest);
  if (
    !packReady ||
    draft === undefined ||
    latest === undefined ||
    reminder === undefined ||
    seen === undefined ||
    !plan ||
    !due ||
    !backup ||
    quietUntil === undefined ||
    checkIns === undefined
  ) {
    return undefined;
  }
  return {
    draft,
    latest,
    reminder,
    seen: seen === true,
    plan,
    due,
    backup,
    quietUntil,
    checkIns,
  };
}

export function HomePage() {
  const data = useHomeData();
  return (
    <Page title="How are you today?" lead={LEAD}>
      {/* Everything comes in together (the data, the content pack when the last result
          needs it, and any lazy part), so nothing jumps once it is on screen. */}
      {data ? (
        <Suspense fallback={LOADING}>
          <HomeContent data={data} />
        </Suspense>
      ) : (
        LOADING
      )}
    </Page>
  );
}

function HomeContent({ data }: { data: HomeData }) {
  const { draft, latest, reminder, seen, plan, due, backup, quietUntil, checkIns } = data;
  return (
    <>
      <Welcome seen={seen} />
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
        <div className="actions">
          <Link href="/check-in?mode=quick" className="button large">
            Quick check-in<span className="button-note">About a minute</span>
          </Link>
          <Link href="/check-in" className="button secondary">
            Full check-in<span className="button-note">About three minutes</span>
          </Link>
        </div>
      )}
      {latest ? <LastResult checkIn={latest} /> : null}
      <FollowUpsDue due={due} />
      <MyPlan plan={plan} />
      <PlanReviewDue />
      {reminder && !draft ? (
        <DueCheckIn stored={reminder} lastCheckInAt={latest?.createdAt ?? null} />
      ) : null}
      <BackupReminder status={backup} quietUntil={quietUntil} />
      <InstallOffer checkIns={checkIns} />
      <section aria-labelledby="shortcuts" className="section shortcuts">
        <h2 id="shortcuts">Other things you can do</h2>
        <ul className="card-list">
          <li>
            <Link href="/plan">Write my wellbeing plan</Link>
          </li>
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
    </>
  );
}
