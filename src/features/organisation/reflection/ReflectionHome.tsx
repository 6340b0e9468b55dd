import { Link } from "wouter";
import { useActivePack } from "../../../state/active-pack";
import { Page } from "../../../components/Page";
import { useReflectionDraft, useReflections } from "../../../db/organisation-hooks";
import { formatDay } from "../format-day";
import { LEVELS_EXPLAINED, RAN_BY_WORDS } from "../org-words";
import { ReflectionForm } from "./ReflectionForm";

/** Team reflection: the one being filled in, and the saved ones. */
export function ReflectionHome() {
  const pack = useActivePack();
  const draft = useReflectionDraft();
  const saved = useReflections();
  const principles = pack.organisation?.principles;
  return (
    <Page
      title="Team reflection"
      lead="How trauma-informed is your workplace today? Rate each statement together, or as the lead."
    >
      <p>
        There are no right answers. Go with what most people see, most of the time. It is about the
        workplace, not about any one person.
      </p>
      {saved && saved.length > 0 ? (
        <section aria-labelledby="past-reflections">
          <h2 id="past-reflections">Past reflections</h2>
          <ul className="org-list">
            {saved.map((reflection) => (
              <li key={reflection.id}>
                <Link href={`/${reflection.id}`}>
                  {formatDay(reflection.heldOn)}
                  {reflection.team ? `, ${reflection.team}` : ""}
                </Link>{" "}
                <span className="hint">({RAN_BY_WORDS[reflection.ranBy].toLowerCase()})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!principles ? (
        <p>The content pack in use has no principles to reflect on.</p>
      ) : draft === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <>
          <h2>{draft ? "Carry on with this reflection" : "Start a reflection"}</h2>
          <p className="hint">Each answer is saved on this device as you go.</p>
          <p>{LEVELS_EXPLAINED}</p>
          <ReflectionForm pack={pack} principles={principles} draft={draft} />
        </>
      )}
    </Page>
  );
}
