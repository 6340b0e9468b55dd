import { zodResolver } from "@hookform/resolvers/zod";
import { isoDay } from "../../domain/dates";
import { useForm, useWatch } from "react-hook-form";
import { Link, useLocation } from "wouter";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Field } from "../../components/Field";
import { useNotices } from "../../state/notices";
import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { savePeerCheckIn } from "../../db/peer";
import { newPeerCheckIn } from "../../domain/peer/record";
import { IncidentFields } from "./IncidentFields";
import { PrivacyLine } from "./PrivacyLine";
import { StartSchema, type StartInput, type StartValues } from "./start-schema";

const KIND_OPTIONS = [
  { value: "regular", label: "A check-in" },
  { value: "incident", label: "After an incident, such as a death or an assault" },
] as const;

const KEEP_OPTIONS = [
  { value: "keep-notes", label: "Keep notes, signs and actions" },
  { value: "actions-only", label: "No notes, just the actions we agree" },
] as const;

/** In the order the page shows them, as the summary lists them. */
const FIELDS = [
  "colleague",
  "kind",
  "incidentType",
  "incidentOn",
  "heldOn",
  "notes",
  "consent",
] as const;

/** Who, when, and consent. Nothing is stored until consent is given. */
export function PeerStart() {
  const pack = useActivePack();
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  const form = useForm<StartInput, unknown, StartValues>({
    resolver: zodResolver(StartSchema),
    shouldFocusError: false,
    defaultValues: {
      colleague: "",
      heldOn: isoDay(new Date()),
      consent: false,
      notes: "keep-notes",
      kind: "regular",
      incidentOn: isoDay(new Date()),
    },
  });
  const afterIncident = useWatch({ control: form.control, name: "kind" }) === "incident";
  const { errors, submitCount } = form.formState;
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
        <ErrorSummary errors={summary} attempt={submitCount} />
        <PrivacyLine />
        <Field
          id="start-colleague"
          label="Your colleague"
          hint="Initials or a nickname are enough. The app never needs a full name, and a short label keeps things private if someone else sees this phone."
          error={errors.colleague?.message}
          {...form.register("colleague")}
        />
        <ChoiceGroup
          id="start-kind"
          error={errors.kind?.message}
          legend="Kind of check-in"
          options={KIND_OPTIONS}
          registered={form.register("kind")}
        />
        {afterIncident ? <IncidentFields form={form} /> : null}
        <Field
          id="start-heldOn"
          label="Date of the conversation"
          kind="date"
          error={errors.heldOn?.message}
          {...form.register("heldOn")}
        />
        <ChoiceGroup
          id="start-notes"
          error={errors.notes?.message}
          legend="What to keep"
          options={KEEP_OPTIONS}
          registered={form.register("notes")}
        />
        <div className="panel section consent">
          <h2>Before you start</h2>
          <p>
            Tell your colleague what this app keeps: the label above, the date, what you agree
            together and, if they are happy with it, your notes. It all stays on this device. It is
            only shared if you choose to give them a summary.
          </p>
          <Field
            id="start-consent"
            kind="checkbox"
            label="My colleague knows what will be kept, and is happy with it"
            error={errors.consent?.message}
            {...form.register("consent")}
          />
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
