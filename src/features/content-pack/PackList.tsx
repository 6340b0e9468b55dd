import { useState } from "react";
import { refreshActivePack } from "../../state/active-pack";
import {
  choosePack,
  readStoredPack,
  removePack,
  type PackUsage,
  type StoredPackSummary,
} from "../../db/packs";
import type { ContentPack } from "../../domain/pack/schema";
import type { PackNote } from "./PackNote";
import { count } from "../../domain/count";

/** "2 check-ins and 1 peer check-in" */
export function usageWords(usage: PackUsage): string {
  const parts = [
    usage.checkIns > 0 ? count(usage.checkIns, "check-in", "check-ins") : null,
    usage.peerCheckIns > 0 ? count(usage.peerCheckIns, "peer check-in", "peer check-ins") : null,
    usage.supervisionPreps > 0
      ? count(usage.supervisionPreps, "supervision preparation", "supervision preparations")
      : null,
  ].filter((part): part is string => part !== null);
  return parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** A saved pack is checked again before it is switched on: a damaged copy is never used. */
async function savedPackIsReadable(key: string): Promise<boolean> {
  const stored = await readStoredPack(key);
  if (!stored) return false;
  const { parseContentPack } = await import("../../domain/pack/parse");
  return parseContentPack(stored.pack).ok;
}

interface PackListProps {
  own: ContentPack;
  saved: readonly StoredPackSummary[];
  /** The saved pack in use, or null for the app's own. */
  activeKey: string | null;
  onDone: (note: PackNote) => void;
}

/** The app's own pack and every saved one: switch between them, or remove one nothing uses. */
export function PackList({ own, saved, activeKey, onDone }: PackListProps) {
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<PackNote>) => {
    setBusy(true);
    try {
      onDone(await work());
    } catch (problem) {
      onDone({ tone: "alert", text: (problem as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const switchTo = (key: string | null, name: string) =>
    act(async () => {
      if (key !== null && !(await savedPackIsReadable(key))) {
        return {
          tone: "alert",
          text: `“${name}” could not be read, so it was not switched on. Loading its file again may fix this. Nothing has been changed.`,
        };
      }
      await choosePack(key);
      await refreshActivePack();
      return {
        tone: "status",
        text: `You are now using “${name}”. New check-ins will use its words. Past check-ins keep the words they were saved with.`,
      };
    });

  const remove = (pack: StoredPackSummary) =>
    act(async () => {
      const result = await removePack(pack.key);
      if (!result.removed) {
        return {
          tone: "alert",
          text: `“${pack.name}” (version ${pack.version}) is kept, because ${usageWords(result.usedBy)} ${result.usedBy.checkIns + result.usedBy.peerCheckIns + result.usedBy.supervisionPreps === 1 ? "was" : "were"} made with it. Keeping it means they still show the words they were saved with.`,
        };
      }
      await refreshActivePack();
      return {
        tone: "status",
        text: `“${pack.name}” (version ${pack.version}) has been removed from this device.${pack.key === activeKey ? " The app’s own pack is in use again." : ""}`,
      };
    });

  return (
    <section aria-labelledby="packs-heading" className="section">
      <h2 id="packs-heading">Packs on this device</h2>
      <ul className="pack-list">
        <li>
          <h3>{own.name}</h3>
          <p>
            The app’s own pack, version {own.version}, from {own.publisher}.
          </p>
          {activeKey === null ? (
            <p className="in-use">In use</p>
          ) : (
            <div className="actions">
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                aria-label={`Use ${own.name}`}
                onClick={() => void switchTo(null, own.name)}
              >
                Use this pack
              </button>
            </div>
          )}
        </li>
        {saved.map((pack) => (
          <li key={pack.key}>
            <h3>{pack.name}</h3>
            <p>
              Version {pack.version}
              {pack.publisher ? `, from ${pack.publisher}` : ""}.
            </p>
            {pack.key === activeKey ? <p className="in-use">In use</p> : null}
            <div className="actions">
              {pack.key === activeKey ? null : (
                <button
                  type="button"
                  className="button secondary"
                  disabled={busy}
                  aria-label={`Use ${pack.name}, version ${pack.version}`}
                  onClick={() => void switchTo(pack.key, pack.name)}
                >
                  Use this pack
                </button>
              )}
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                aria-label={`Remove ${pack.name}, version ${pack.version}`}
                onClick={() => void remove(pack)}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
