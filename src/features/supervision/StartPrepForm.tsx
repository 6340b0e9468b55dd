import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { useLocation } from "wouter";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Field } from "../../components/Field";
import { useNotices } from "../../state/notices";
import type { ContentPack } from "../../domain/pack/schema";
import { listCheckIns } from "../../db/check-ins";
import { listPeerCheckIns } from "../../db/peer";
import { saveSupervisionPrep } from "../../db/supervision";
import { formatShortDay } from "../../domain/peer/days";
import type { SupervisionPrep } from "../../domain/records";
import { DEFAULT_PREP_WEEKS, defaultPrepPeriod } from "../../domain/supervision/period";
import { newPrep, periodRange } from "../../domain/supervision/prep-record";
import { StartSchema, type StartValues } from "./start-schema";

const FIELDS = ["colleague", "from", "to"] as const;

const ROLE_OPTIONS = [
  { value: "my-own", label: "My own supervision" },
  { value: "supervising", label: "Someone I supervise" },
] as const;

/** Who the session is for and which dates it looks back over. Starting saves a prep and opens it. */
export function StartPrepForm({
  pack,
  latest,
}: {
  pack: ContentPack;
  latest: SupervisionPrep | null;
}) {
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  const period = defaultPrepPeriod(latest, new Date());
  const sinceLast = latest && period.from === latest.period.to;
  const form = useForm<StartValues>({
    resolver: zodResolver(StartSchema),
    shouldFocusError: false,
    defaultValues: { role: "my-own", colleague: "", ...period },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const supervising = useWatch({ control: form.control, name: "role" }) === "supervising";
  const summary = FIELDS.flatMap((name) => {
    const message = errors[name]?.message;
    return message ? [{ fieldId: `prep-${name}`, message }] : [];
  });

  const onStart = form.handleSubmit(async (values) => {
    try {
      const chosen = { from: values.from, to: values.to };
      const mine = values.role === "my-own";
      const [checkIns, peerCheckIns] = await Promise.all([
        mine ? listCheckIns(periodRange(chosen)) : [],
        mine ? [] : listPeerCheckIns(),
      ]);
      const prep = newPrep(
        {
          id: crypto.randomUUID(),
          role: values.role,
          ...(mine ? {} : { colleague: values.colleague }),
          period: chosen,
        },
        pack,
        { checkIns, peerCheckIns },
        new Date(),
      );
      await saveSupervisionPrep(prep);
      navigate(`/${prep.id}`);
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onStart(event)} className="start-prep">
      <ErrorSummary errors={summary} attempt={submitCount} />
      <ChoiceGroup
        legend="Who is the session for?"
        options={ROLE_OPTIONS}
        registered={form.register("role")}
      />
      {supervising ? (
        <Field
          id="prep-colleague"
          label="The person you supervise"
          hint="Initials or a first name are enough. The app never needs a full name, and a short label keeps things private if someone else sees this screen. It is also how the app finds your peer check-ins with them."
          error={errors.colleague?.message}
          {...form.register("colleague")}
        />
      ) : null}
      <fieldset className="choices" aria-describedby="prep-period-hint">
        <legend>Which dates to look back over</legend>
        <p className="hint" id="prep-period-hint">
          {sinceLast
            ? `From the end of your last preparation (${formatShortDay(period.from)}) to today. You can change these.`
            : `The last ${DEFAULT_PREP_WEEKS} weeks. You can change these.`}
        </p>
        <div className="date-fields">
          {(["from", "to"] as const).map((name) => (
            <Field
              key={name}
              id={`prep-${name}`}
              label={name === "from" ? "From" : "To"}
              kind="date"
              error={errors[name]?.message}
              {...form.register(name)}
            />
          ))}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          Start preparing
        </button>
      </div>
    </form>
  );
}
