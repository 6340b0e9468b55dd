import { useId, useMemo } from "react";
import { stageWords } from "../../components/chart/point-words";
import { areaChanges, type AreaDirection } from "../../domain/history/area-changes";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn } from "../../domain/records";

const directionWords: Record<Exclude<AreaDirection, "same">, string> = {
  harder: "Harder lately",
  easier: "Easier lately",
};
const directionMark: Record<AreaDirection, string> = { harder: "↓", easier: "↑", same: "→" };

/** Which parts of life moved over these check-ins, in words: no chart code needed. */
export function AreaChanges({ pack, checkIns }: { pack: ContentPack; checkIns: CheckIn[] }) {
  const headingId = useId();
  const changes = useMemo(
    () =>
      areaChanges(
        checkIns,
        pack.domains.map((domain) => domain.id),
      ),
    [checkIns, pack],
  );
  if (changes.length === 0) return null;
  const labelOf = (id: string) => pack.domains.find((domain) => domain.id === id)?.label ?? id;
  const moved = changes.filter((change) => change.direction !== "same");
  const same = changes
    .filter((change) => change.direction === "same")
    .map((c) => labelOf(c.domainId));
  return (
    <section aria-labelledby={headingId} className="section area-changes">
      <h3 id={headingId}>Which areas changed</h3>
      <p className="hint">
        This puts the first half of these check-ins beside the second half, for each part of life.
      </p>
      {moved.length === 0 ? (
        <p>No area has changed much between these dates.</p>
      ) : (
        <ul className="area-list">
          {moved.map((change) => (
            <li key={change.domainId} className={`area-item area-${change.direction}`}>
              <span className="area-name">{labelOf(change.domainId)}</span>
              <span className="area-direction">
                <span aria-hidden="true">{directionMark[change.direction]} </span>
                {directionWords[change.direction === "easier" ? "easier" : "harder"]}
              </span>
              <span className="area-detail">
                Earlier: {stageWords(pack, change.earlier)}. Lately:{" "}
                {stageWords(pack, change.later)}.
              </span>
            </li>
          ))}
        </ul>
      )}
      {same.length > 0 ? (
        <p className="area-same">
          <span aria-hidden="true">{directionMark.same} </span>
          About the same: {same.join(", ")}.
        </p>
      ) : null}
    </section>
  );
}
