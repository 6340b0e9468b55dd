import { promptWords } from "../../domain/supervision/guide";
import { useMemo } from "react";
import { StageChartFigure } from "../../components/chart/StageChartFigure";
import { stageSeries } from "../../domain/history/series";
import type { ContentPack } from "../../domain/pack/schema";
import { formatShortDay } from "../../domain/peer/days";
import type { CheckIn, PeerCheckIn, PrepAction, SupervisionPrep } from "../../domain/records";
import { FUNCTION_HEADINGS } from "../../domain/supervision/summary";
import { prepTrendLines } from "../../domain/supervision/trend";
import { CheckInStage } from "./MyMaterial";
import {
  agreedWords,
  colleagueViewWords,
  followUpDayWords,
  sharedPeerNotes,
  suggestedWords,
} from "./peer-words";
import { focusFor, prepTitle, promptsForPrep } from "../../domain/supervision/prep-record";

const DESTINATION: Record<PrepAction["destination"], string> = {
  plan: "my plan",
  "peer-follow-up": "peer follow-up",
};

/**
 * The one-page layout: what prints, in the order the shared text uses. Stages are
 * always named in words, so it reads the same in black and white. Only what the prep
 * includes is here, and notes only when the person chose them.
 */
export function PrepSheet({
  pack,
  prep,
  checkIns,
  peers,
  includeBlank = false,
}: {
  pack: ContentPack;
  prep: SupervisionPrep;
  /** Print the questions left blank too, with room to write. */
  includeBlank?: boolean;
  /** My check-ins in the period, oldest first. */
  checkIns: readonly CheckIn[];
  peers: readonly PeerCheckIn[];
}) {
  const mine = prep.role === "my-own";
  const series = useMemo(() => stageSeries(checkIns), [checkIns]);
  const included = mine ? checkIns.filter((checkIn) => prep.checkInIds.includes(checkIn.id)) : [];
  const peerItems = mine
    ? []
    : peers
        .filter((peer) => prep.peerCheckInIds.includes(peer.id))
        .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const groups = promptsForPrep(pack, prep, focusFor(pack, prep, checkIns, peers));
  const answerTo = (id: string) =>
    prep.answers.find((entry) => entry.promptId === id)?.answer.trim() ?? "";
  const shownGroups = groups
    .map((group) => ({
      ...group,
      prompts: includeBlank ? group.prompts : group.prompts.filter((p) => answerTo(p.id)),
    }))
    .filter((group) => group.prompts.length > 0);

  return (
    <article className="prep-sheet" aria-labelledby="sheet-title">
      <header className="sheet-header">
        {/* The names as the person wrote them: initials stay in capitals. */}
        <h2 id="sheet-title">Supervision preparation: {prepTitle(prep)}</h2>
        <p>
          Looking back over {formatShortDay(prep.period.from)} to {formatShortDay(prep.period.to)}
        </p>
        <dl className="sheet-session">
          <div>
            <dt>Session date</dt>
            <dd className="write-in" />
          </div>
          <div>
            <dt>With</dt>
            <dd className={mine ? "write-in" : undefined}>
              {mine ? "" : `${prep.colleague ?? ""} (supervisee) and me (supervisor)`}
            </dd>
          </div>
        </dl>
      </header>

      {mine ? (
        <section aria-labelledby="sheet-trend" className="sheet-section">
          <h3 id="sheet-trend">How things have been</h3>
          <ul className="sheet-lines">
            {prepTrendLines(pack, checkIns).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {series.points.length > 1 ? (
            <StageChartFigure pack={pack} series={series} caption="My stage over these dates" now />
          ) : null}
        </section>
      ) : null}

      {included.length > 0 ? (
        <section aria-labelledby="sheet-bring" className="sheet-section">
          <h3 id="sheet-bring">Check-ins I want to bring</h3>
          <ul className="sheet-items">
            {included.map((checkIn) => (
              <li key={checkIn.id}>
                <strong>{formatShortDay(checkIn.createdAt)}</strong>
                <CheckInStage pack={pack} checkIn={checkIn} />
                {prep.includeNotes && checkIn.note.trim() ? (
                  <p className="sheet-note">Note: {checkIn.note.trim()}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {peerItems.length > 0 ? (
        <section aria-labelledby="sheet-peer" className="sheet-section">
          <h3 id="sheet-peer">Peer check-ins with {prep.colleague}</h3>
          <ul className="sheet-items">
            {peerItems.map((peer) => {
              const suggested = suggestedWords(pack, peer);
              const followUp = followUpDayWords(peer);
              const notes = sharedPeerNotes(peer, prep.includeNotes);
              return (
                <li key={peer.id}>
                  <strong>{formatShortDay(peer.heldOn)}.</strong> Their own view:{" "}
                  {colleagueViewWords(pack, peer)}.
                  {suggested ? ` Signs I noticed pointed to: ${suggested}.` : ""}
                  {peer.actions.map((action) => (
                    <p key={action.id} className="sheet-sub">
                      Agreed: {agreedWords(peer, action)}
                    </p>
                  ))}
                  {followUp ? <p className="sheet-sub">Follow-up: {followUp}.</p> : null}
                  {notes ? <p className="sheet-note">Notes: {notes}</p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {prep.whatToBring.trim() ? (
        <section aria-labelledby="sheet-what" className="sheet-section">
          <h3 id="sheet-what">What I want to bring</h3>
          <p className="sheet-text">{prep.whatToBring.trim()}</p>
        </section>
      ) : null}

      {prep.agenda.length > 0 ? (
        <section aria-labelledby="sheet-agenda" className="sheet-section">
          <h3 id="sheet-agenda">Agenda</h3>
          <ol className="sheet-agenda">
            {prep.agenda.map((item, index) => (
              <li key={`${index}-${item}`}>{item}</li>
            ))}
          </ol>
        </section>
      ) : null}

      {shownGroups.length > 0 ? (
        <section aria-labelledby="sheet-prompts" className="sheet-section">
          <h3 id="sheet-prompts">Questions to think about</h3>
          {shownGroups.map((group) => (
            <div key={group.function} className="sheet-group">
              <h4>{FUNCTION_HEADINGS[group.function]}</h4>
              <ul className="sheet-prompts">
                {group.prompts.map((prompt) => {
                  const answer = answerTo(prompt.id);
                  return (
                    <li key={prompt.id} className={answer ? "answered" : undefined}>
                      <span className="sheet-question">{promptWords(prompt, mine)}</span>
                      {answer ? (
                        <p className="sheet-text">{answer}</p>
                      ) : (
                        <span className="write-in tall" />
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ) : null}

      {prep.after ? (
        <section aria-labelledby="sheet-after" className="sheet-section">
          <h3 id="sheet-after">After the session</h3>
          {prep.after.outcomes.trim() ? (
            <p className="sheet-text">{prep.after.outcomes.trim()}</p>
          ) : null}
          {prep.after.actions.length > 0 ? (
            <ul className="sheet-lines">
              {prep.after.actions.map((action) => (
                <li key={action.id}>
                  {action.what} ({DESTINATION[action.destination]})
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="sheet-notes" className="sheet-section sheet-write">
        <h3 id="sheet-notes">Notes from the session</h3>
        <span className="write-in tall" />
        <span className="write-in" />
      </section>
      <section aria-labelledby="sheet-agreed" className="sheet-section sheet-write">
        <h3 id="sheet-agreed">Actions we agreed</h3>
        <table className="sheet-actions">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Who</th>
              <th scope="col">By when</th>
            </tr>
          </thead>
          <tbody>
            {[0, 1, 2].map((row) => (
              <tr key={row}>
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <p className="sheet-footer">
        A personal note to prepare for supervision. It is not an assessment or a diagnosis.
      </p>
    </article>
  );
}
