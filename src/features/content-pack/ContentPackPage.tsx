import { Suspense, use, useEffect, useState } from "react";
import { Link } from "wouter";
import { useActivePackInfo } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { loadDefaultPack } from "../../content";
import { listStoredPacks, type StoredPackSummary } from "../../db/packs";
import "./content-pack.css";
import { PackList } from "./PackList";
import { PackLoader } from "./PackLoader";
import { PackNoteView, type PackNote } from "./PackNote";

// One promise for the screen's life, so use() does not start a new load on every render.
const ownPack = loadDefaultPack();

function ContentPackBody() {
  const info = useActivePackInfo();
  const own = use(ownPack);
  const [saved, setSaved] = useState<StoredPackSummary[] | null>(null);
  const [note, setNote] = useState<PackNote | null>(null);

  const [listVersion, setListVersion] = useState(0);
  useEffect(() => {
    let live = true;
    listStoredPacks().then(
      (next) => {
        if (live) setSaved(next);
      },
      (problem: Error) => {
        if (!live) return;
        setSaved([]);
        setNote({ tone: "alert", text: problem.message });
      },
    );
    return () => {
      live = false;
    };
  }, [listVersion]);

  const done = (next: PackNote) => {
    setNote(next);
    setListVersion((version) => version + 1);
  };

  return (
    <>
      <section aria-labelledby="in-use-heading" className="section panel in-use-panel">
        <h2 id="in-use-heading">In use now</h2>
        <p>
          <strong>{info.pack.name}</strong>, version {info.pack.version}, from {info.pack.publisher}
          .
        </p>
        {info.problem ? <p className="callout">{info.problem}</p> : null}
      </section>
      <PackNoteView note={note} />
      <PackLoader onDone={done} />
      {saved === null ? (
        <p className="loading">Loading…</p>
      ) : (
        <PackList own={own} saved={saved} activeKey={info.key} onDone={done} />
      )}
    </>
  );
}

/** Settings > Content pack: see the pack in use, load an organisation's pack, switch or remove. */
export default function ContentPackPage() {
  return (
    <Page
      title="Content pack"
      lead="A content pack holds the questions, stage names, tips and support contacts the app uses. Your organisation may give you its own."
    >
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <ContentPackBody />
      </Suspense>
      <p>
        <Link href="/settings">Back to Settings</Link>
      </p>
    </Page>
  );
}
