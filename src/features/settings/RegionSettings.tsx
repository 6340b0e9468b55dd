import { ChoiceGroup } from "../../components/ChoiceGroup";
import { useNotices } from "../../state/notices";
import { useRegion } from "../../db/hooks";
import { deleteMeta, writeMeta } from "../../db/meta";
import { REGION_LABELS, REGION_META_KEY, REGIONS, type Region } from "../../domain/help";

const NOT_SAID = "not-said";

/**
 * Where the person works, so help for their part of the UK comes first. Stored in the
 * device meta (readable while locked, so Help now can use it) and backed up with it.
 */
export function RegionSettings() {
  const region = useRegion();
  const show = useNotices((state) => state.show);
  const choose = async (value: Region | typeof NOT_SAID) => {
    try {
      if (value === NOT_SAID) await deleteMeta(REGION_META_KEY);
      else await writeMeta(REGION_META_KEY, value);
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };
  return (
    <section aria-labelledby="region-heading" className="section">
      <h2 id="region-heading" tabIndex={-1}>
        Where you work
      </h2>
      <ChoiceGroup
        legend="Which part of the UK do you work in?"
        hint="Help for your part of the UK will show first. Services for the rest of the UK stay one tap away. This stays on this device."
        name="region"
        value={region ?? NOT_SAID}
        onChange={(value) => void choose(value)}
        options={[
          ...REGIONS.map((value) => ({ value, label: REGION_LABELS[value] })),
          { value: NOT_SAID, label: "I’d rather not say (show all)" },
        ]}
      />
    </section>
  );
}
