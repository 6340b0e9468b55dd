import { StageBadge } from "../../components/StageBadge";
import { stageFor } from "../../domain/pack/lookup";
import { withSigns } from "../../domain/peer/record";
import type { ContentPack } from "../../domain/pack/schema";
import type { PeerCheckIn } from "../../domain/records";
import { NotesField } from "./NotesField";
import type { PeerUpdate } from "./usePeerUpdate";

/** Signs others may notice, by stage, and what they might point to (only a suggestion). */
export function SignsNoticed({
  pack,
  peer,
  update,
}: {
  pack: ContentPack;
  peer: PeerCheckIn;
  update: PeerUpdate;
}) {
  const ticked = new Set(peer.signs);
  const toggle = (id: string, on: boolean) =>
    void update((current, now) =>
      withSigns(
        current,
        pack,
        on ? [...current.signs, id] : current.signs.filter((sign) => sign !== id),
        now,
      ),
    );
  const suggested = peer.suggestedStage ? stageFor(pack, peer.suggestedStage) : null;

  return (
    <section aria-labelledby="signs-heading" className="section">
      <h2 id="signs-heading">Signs you noticed</h2>
      <p className="hint">Tick what you have seen. Leave anything you are not sure about.</p>
      {pack.stages.map((stage) => {
        const signs = pack.peerGuide.signs.filter((sign) => sign.stage === stage.id);
        if (signs.length === 0) return null;
        return (
          <fieldset key={stage.id} className="choices">
            <legend>
              <StageBadge stage={stage} size="small" />
            </legend>
            {signs.map((sign) => (
              <label key={sign.id} className="choice checkbox">
                <input
                  autoComplete="off"
                  type="checkbox"
                  checked={ticked.has(sign.id)}
                  onChange={(event) => toggle(sign.id, event.target.checked)}
                />
                <span>{sign.text}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      <div className="callout" aria-live="polite">
        {suggested ? (
          <p>
            The signs you ticked are most like <strong>{suggested.label}</strong>. This is only a
            suggestion, not a decision. What {peer.colleague} says about themselves counts most.
          </p>
        ) : (
          <p>When you tick signs, the app suggests which stage they are most like.</p>
        )}
      </div>
      {peer.consent.notes === "keep-notes" ? (
        <NotesField
          id="signs-note"
          label="Anything else you noticed (optional)"
          saved={peer.signsNote ?? ""}
          update={update}
          field="signsNote"
        />
      ) : null}
    </section>
  );
}
