import { zodResolver } from "@hookform/resolvers/zod";
import { isoDay } from "../../domain/dates";
import { useForm } from "react-hook-form";
import { Link, useLocation } from "wouter";
import { ErrorSummary } from "../../components/ErrorSummary";
import { useNotices } from "../../components/notices";
import { useActivePack } from "../../components/pack/active-pack";
import { Page } from "../../components/Page";
import { savePeerCheckIn } from "../../db/peer";
import { newPeerCheckIn } from "../../domain/peer/record";
import { StartSchema, type StartValues } from "./start-schema";

const FIELDS = ["colleague", "heldOn", "consent", "notes"] as const;

/** Who, when, and consent. Nothing is stored until consent is given. */
export function PeerStart() {
  const pack = useActivePack();
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  const form = useForm<StartValues>({
    resolver: zodResolver(StartSchema),
    shouldFocusError: false,
    defaultValues: {
      colleague: "",
      heldOn: isoDay(new Date()),
      consent: false as unknown as true,
      notes: "keep-notes",
    },
  });
  const { errors } = form.formState;
  const summary = FIELDS.flatMap((name) => {
    const message = errors[name]?.message;
    return message ? [{ fieldId: `start-${name}`, message }] : [];
  });

  const onStart = form.handleSubmit(async (values) => {
    try {
      const peer = newPeerCheckIn({ id: crypto.randomUUID(), ...values }, pack, new Date());
      await savePeerCheckIn(peer);
      navigate(`/${peer.id}`);
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  });

  return (
    <Page title="Start a peer check-in">
      <form noValidate onSubmit={(event) => void onStart(event)}>
        <ErrorSummary errors={summary} />
        <div className="field">
          <label htmlFor="start-colleague" className="field-label">
            Your colleague
          </label>
          <p className="hint" id="start-colleague-hint">
            Initials or a nickname are enough. The app never needs a full name, and a short label
            keeps things private if someone else sees this phone.
          </p>
          <input
            id="start-colleague"
            className="input"
            autoComplete="off"
            aria-describedby="start-colleague-hint"
            aria-invalid={errors.colleague ? true : undefined}
            {...form.register("colleague")}
          />
        </div>
        <div className="field">
          <label htmlFor="start-heldOn" className="field-label">
            Date of the conversation
          </label>
          <input
            autoComplete="off"
            id="start-heldOn"
            type="date"
            className="input"
            {...form.register("heldOn")}
          />
        </div>
        <fieldset className="choices">
          <legend>What to keep</legend>
          <label className="choice">
            <input autoComplete="off" type="radio" value="keep-notes" {...form.register("notes")} />
            <span>Keep notes, signs and actions</span>
          </label>
          <label className="choice">
            <input
              autoComplete="off"
              type="radio"
              value="actions-only"
              {...form.register("notes")}
            />
            <span>No notes, just the actions we agree</span>
          </label>
        </fieldset>
        <div className="panel section consent">
          <h2>Before you start</h2>
          <p>
            Tell your colleague what this app keeps: the label above, the date, what you agree
            together and, if they are happy with it, your notes. It all stays on this device. It is
            only shared if you choose to give them a summary.
          </p>
          <label className="choice checkbox" htmlFor="start-consent">
            <input
              autoComplete="off"
              id="start-consent"
              type="checkbox"
              aria-invalid={errors.consent ? true : undefined}
              {...form.register("consent")}
            />
            <span>My colleague knows what will be kept, and is happy with it</span>
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            Start
          </button>
          <Link href="/guide" className="button secondary">
            Use the guide without saving anything
          </Link>
        </div>
      </form>
    </Page>
  );
}
