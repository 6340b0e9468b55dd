import { stageFor } from "../../domain/pack/lookup";
import { withSigns } from "../../domain/peer/record";
import { riskSignTicked, signsByTheme } from "../../domain/peer/signs";
import type { ContentPack } from "../../domain/pack/schema";
import type { PeerCheckIn } from "../../domain/records";
import { NotesField } from "./NotesField";
import { SafetyPath } from "./SafetyPath";
import type { PeerUpdate } from "./use-peer-update";

/**
 * Signs others may notice, by theme, and what they might point to (only a suggestion).
 * A ticked sign that someone may not be safe opens the safety path right under it.
 */
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
  const atRisk = riskSignTicked(pack, peer.signs);

  return (
    <section aria-labelledby="signs-heading" className="section">
      <h2 id="signs-heading">Signs you noticed</h2>
      <p className="hint">Tick what you have seen. Leave anything you are not sure about.</p>
      {signsByTheme(pack).map((group) => (
        <fieldset key={group.theme} className="choices">
          <legend>{group.label}</legend>
          {group.signs.map((sign) => (
            <div key={sign.id}>
              <label className="choice checkbox">
                <input
                  autoComplete="off"
                  type="checkbox"
                  checked={ticked.has(sign.id)}
                  onChange={(event) => toggle(sign.id, event.target.checked)}
                />
                <span>{sign.text}</span>
              </label>
              {sign.risk && ticked.has(sign.id) ? <SafetyPath /> : null}
            </div>
          ))}
        </fieldset>
      ))}
      <div className="callout" aria-live="polite">
        {atRisk ? (
          <p>A sign that someone may not be safe matters more than any stage.</p>
        ) : suggested ? (
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
