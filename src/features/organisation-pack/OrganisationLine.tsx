import { Suspense } from "react";
import { useActivePackInfo } from "../../state/active-pack";
import { ACTIVE_PACK_META_KEY } from "../../db/packs";
import { useMeta } from "../../db/hooks";

function Publisher() {
  const info = useActivePackInfo();
  if (info.key === null) return null;
  return (
    <p className="organisation-line">Questions, tips and contacts from {info.pack.publisher}</p>
  );
}

/**
 * The organisation's name under every screen and on every printed page, when its pack
 * is in use. The app's own name and icon stay in the header. Reads the pack only when a
 * saved one is chosen, so people using the app's own pack load nothing more.
 */
export default function OrganisationLine() {
  const chosen = useMeta<string>(ACTIVE_PACK_META_KEY);
  if (!chosen) return null;
  return (
    <Suspense fallback={null}>
      <Publisher />
    </Suspense>
  );
}
