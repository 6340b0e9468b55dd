import { ContactCards } from "../../components/ContactLinks";
import { isSupportService } from "../../domain/resources/kinds";
import { useActivePackInfo } from "../../state/active-pack";

/**
 * The organisation's own support, when its content pack lists some. Loaded after the
 * national lines so Help now never waits for it.
 */
export default function OrganisationHelp() {
  const { pack, key } = useActivePackInfo();
  const own = pack.resources.filter(
    (resource) => resource.organisation && isSupportService(resource),
  );
  if (own.length === 0) return null;
  return (
    <section aria-labelledby="own-help-heading" className="section">
      <h2 id="own-help-heading">
        {key === null ? "Support from your organisation" : `Support from ${pack.publisher}`}
      </h2>
      <ContactCards resources={own} />
    </section>
  );
}
