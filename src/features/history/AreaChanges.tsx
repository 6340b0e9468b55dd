import { useMemo } from "react";
import { stageWords } from "../../components/chart/point-words";
import { areaChanges, type AreaDirection } from "../../domain/history/area-changes";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn } from "../../domain/records";

const directionWords: Record<AreaDirection, string> = {
  harder: "Harder lately",
  easier: "Easier lately",
  same: "About the same",
};
const directionMark: Record<AreaDirection, string> = { harder: "↓", easier: "↑", same: "→" };

/** Which parts of life moved over these check-ins, in words: no chart code needed. */
export function AreaChanges({ pack, checkIns }: { pack: ContentPack; checkIns: CheckIn[] }) {
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
  return (
    <section aria-labelledby="areas-heading" className="section area-changes">
      <h3 id="areas-heading">Which areas changed</h3>
      <p className="hint">
        This puts the first half of these check-ins beside the second half, for each part of life.
      </p>
      <ul className="area-list">
        {changes.map((change) => (
          <li key={change.domainId} className={`area-item area-${change.direction}`}>
            <span className="area-name">{labelOf(change.domainId)}</span>
            <span className="area-direction">
              <span aria-hidden="true">{directionMark[change.direction]} </span>
              {directionWords[change.direction]}
            </span>
            <span className="area-detail">
              Earlier: {stageWords(pack, change.earlier)}. Lately: {stageWords(pack, change.later)}.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
