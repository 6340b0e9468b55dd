import { Field } from "../../components/Field";
import type { ContentPack } from "../../domain/pack/schema";
import {
  PREP_LIMITS,
  type CheckIn,
  type PeerCheckIn,
  type SupervisionPrep,
} from "../../domain/records";
import { AgendaEditor } from "./AgendaEditor";
import { MyMaterial } from "./MyMaterial";
import { PeerMaterial } from "./PeerMaterial";
import { focusFor } from "../../domain/supervision/prep-record";
import { PromptAnswers } from "./PromptAnswers";
import { SupervisorGuidance } from "./SupervisorGuidance";
import type { PrepChange } from "./use-prep-editor";

export interface PrepareViewProps {
  pack: ContentPack;
  prep: SupervisionPrep;
  update: (change: PrepChange) => void;
  /** My check-ins in the prep's period, oldest first. */
  checkIns: readonly CheckIn[];
  /** Every peer check-in on the device. */
  peers: readonly PeerCheckIn[];
}

/** The preparation itself: what it draws on, prompts to think about, and what to bring. */
export function PrepareView({ pack, prep, update, checkIns, peers }: PrepareViewProps) {
  const focus = focusFor(pack, prep, checkIns, peers);
  return (
    <div className="prepare">
      {prep.role === "my-own" ? (
        <MyMaterial pack={pack} prep={prep} update={update} checkIns={checkIns} />
      ) : (
        <PeerMaterial pack={pack} prep={prep} update={update} peers={peers} />
      )}
      {prep.role === "supervising" ? (
        <SupervisorGuidance pack={pack} stageId={focus.stageId} />
      ) : null}
      <PromptAnswers pack={pack} prep={prep} update={update} focus={focus} />
      <section aria-labelledby="bring-heading" className="section">
        <h2 id="bring-heading">What I want to bring</h2>
        <Field
          id="what-to-bring"
          label="Anything you want to talk about or ask for"
          hint="A few words are enough. It is fine to leave this blank."
          kind="area"
          className="flush"
          rows={4}
          maxLength={PREP_LIMITS.whatToBring}
          value={prep.whatToBring}
          onChange={(event) => {
            const whatToBring = event.target.value;
            update((current) => ({ ...current, whatToBring }));
          }}
        />
      </section>
      <AgendaEditor
        agenda={prep.agenda}
        onChange={(agenda) => update((current) => ({ ...current, agenda }))}
      />
    </div>
  );
}
