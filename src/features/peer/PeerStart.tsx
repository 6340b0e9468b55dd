import { zodResolver } from "@hookform/resolvers/zod";
import { isoDay } from "../../domain/dates";
import { useForm, useWatch } from "react-hook-form";
import { Link, useLocation } from "wouter";
import { ErrorSummary } from "../../components/ErrorSummary";
import { useNotices } from "../../state/notices";
import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { savePeerCheckIn } from "../../db/peer";
import { newPeerCheckIn } from "../../domain/peer/record";
import { IncidentFields } from "./IncidentFields";
import { PrivacyLine } from "./PrivacyLine";
import { StartSchema, type StartValues } from "./start-schema";

const FIELDS = ["colleague", "heldOn", "incidentType", "incidentOn", "consent", "notes"] as const;

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
      kind: "regular",
      incidentOn: isoDay(new Date()),
    },
  });
  const afterIncident = useWatch({ control: form.control, name: "kind" }) === "incident";
  const { errors } = form.formState;
  const summary = FIELDS.flatMap((name) => {
    const message = errors[name]?.message;
    return message ? [{ fieldId: `start-${name}`, message }] : [];
  });

  const onStart = form.handleSubmit(async (values) => {
    try {
      const { kind, incidentType, incidentOn, ...start } = values;
      const incident =
        kind === "incident" && incidentType ? { type: incidentType, on: incidentOn } : undefined;
      const peer = newPeerCheckIn(
        { id: crypto.randomUUID(), ...start, ...(incident ? { incident } : {}) },
        pack,
        new Date(),
      );
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
        <PrivacyLine />
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
        <fieldset className="choices">
          <legend>Kind of check-in</legend>
          <label className="choice">
            <input autoComplete="off" type="radio" value="regular" {...form.register("kind")} />
            <span>A check-in</span>
          </label>
          <label className="choice">
            <input autoComplete="off" type="radio" value="incident" {...form.register("kind")} />
            <span>After an incident, such as a death or an assault</span>
          </label>
        </fieldset>
        {afterIncident ? <IncidentFields form={form} /> : null}
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
