import { Link } from "wouter";
import { useActivePack } from "../../../state/active-pack";
import { Page } from "../../../components/Page";
import { useReflections } from "../../../db/organisation-hooks";
import { count } from "../../../domain/count";
import {
  answersOutsidePack,
  compareReflections,
  previousForTeam,
  suggestActions,
  summariseReflection,
} from "../../../domain/organisation/summary";
import { formatDay } from "../format-day";
import { CHANGE_WORDS, LEVEL_WORDS, RAN_BY_WORDS } from "../org-words";

/** A saved reflection: strengths and gaps, the change since the last one, ideas for actions. */
export function ReflectionResult({ params }: { params: { id: string } }) {
  const pack = useActivePack();
  const saved = useReflections();
  if (!saved) return <p className="loading">Loading…</p>;
  const reflection = saved.find((candidate) => candidate.id === params.id);
  const block = pack.organisation;
  if (!reflection || !block) {
    return (
      <Page title="Team reflection">
        {reflection ? (
          <p>
            This reflection is still on this device, but the content pack in use has no principles
            to read it against. To see it, switch back to a pack that has them in Settings, Content
            pack.
          </p>
        ) : (
          <p>We cannot find that reflection on this device.</p>
        )}
        <Link href="/">Go to team reflection</Link>
      </Page>
    );
  }
  const nameOf = (id: string) => block.principles.find((p) => p.id === id)?.name ?? id;
  const summary = summariseReflection(reflection, block.principles);
  const previous = previousForTeam(saved, reflection);
  const changes = previous ? compareReflections(reflection, previous, block.principles) : null;
  const ideas = suggestActions(summary, block.actionExamples);
  const outside = answersOutsidePack(reflection, block.principles);
  const levelOf = (id: string) => {
    const result = summary.principles.find((p) => p.principleId === id);
    if (!result?.level) return "Not rated";
    const thin =
      result.rated < result.of ? ` (from ${result.rated} of ${result.of} statements)` : "";
    return `${LEVEL_WORDS[result.level]}${thin}`;
  };
  return (
    <Page
      title="Team reflection"
      lead={`Held on ${formatDay(reflection.heldOn)}${reflection.team ? `, ${reflection.team}` : ""}.`}
    >
      <p>{RAN_BY_WORDS[reflection.ranBy]}.</p>
      <p>This is about how the workplace supports people, not how well anyone is doing.</p>
      {outside > 0 ? (
        <p className="callout">
          This reflection also holds {count(outside, "answer or note", "answers or notes")} about
          principles or statements that the content pack in use no longer has. They are still kept
          on this device and in backups, but they are not shown or counted here.
        </p>
      ) : null}
      <p className="hint">
        Each principle takes the middle of its statements’ ratings (with an even number, the lower
        middle one).
      </p>
      <section aria-labelledby="strengths">
        <h2 id="strengths">Strengths</h2>
        {summary.strengths.length ? (
          <ul className="org-list">
            {summary.strengths.map((id) => (
              <li key={id}>
                <strong>{nameOf(id)}</strong>: {levelOf(id)}
              </li>
            ))}
          </ul>
        ) : (
          <p>No principle is at growing or embedded yet. Every team starts somewhere.</p>
        )}
      </section>
      <section aria-labelledby="gaps">
        <h2 id="gaps">Gaps to work on</h2>
        {summary.gaps.length ? (
          <ul className="org-list">
            {summary.gaps.map((id) => (
              <li key={id}>
                <strong>{nameOf(id)}</strong>: {levelOf(id)}
              </li>
            ))}
          </ul>
        ) : (
          <p>No principle is at not yet or starting.</p>
        )}
        {summary.notRated.length ? (
          <p className="hint">Not rated: {summary.notRated.map(nameOf).join(", ")}.</p>
        ) : null}
      </section>
      <section aria-labelledby="change">
        <h2 id="change">Change since the last reflection</h2>
        {changes && previous ? (
          <>
            <p>Compared with {formatDay(previous.heldOn)}, on the statements rated both times.</p>
            {previous.ranBy !== reflection.ranBy ? (
              <p className="hint">
                Last time it was {RAN_BY_WORDS[previous.ranBy].toLowerCase()}; this time{" "}
                {RAN_BY_WORDS[reflection.ranBy].toLowerCase()}. Take the change lightly.
              </p>
            ) : null}
            <ul className="org-list change-list">
              {changes.map((change) => (
                <li key={change.principleId} data-change={change.change}>
                  <strong>{nameOf(change.principleId)}</strong>: {CHANGE_WORDS[change.change]}
                  {change.change !== "not-compared"
                    ? ` (${LEVEL_WORDS[change.before!]} then, ${LEVEL_WORDS[change.now!]} now)`
                    : ""}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            This is the first reflection saved here for this team. Next time, you will see the
            change.
          </p>
        )}
      </section>
      <section aria-labelledby="ideas">
        <h2 id="ideas">Ideas for actions</h2>
        {ideas.length ? (
          <>
            <p>Ideas from the content pack for the gaps. Pick what fits your team.</p>
            <ul className="org-list">
              {ideas.map((idea) => (
                <li key={idea.id}>
                  <strong>{idea.title}</strong>
                  <p>{idea.text}</p>
                  <p className="hint">
                    Helps with:{" "}
                    {idea.principles
                      .filter((id) => summary.gaps.includes(id))
                      .map(nameOf)
                      .join(", ")}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No ideas to suggest: there are no gaps linked to the pack’s examples.</p>
        )}
        <p>
          <Link href="~/organisation/actions">Plan key actions</Link>
        </p>
      </section>
      <p>
        <Link href="/">Back to team reflection</Link>
      </p>
    </Page>
  );
}
