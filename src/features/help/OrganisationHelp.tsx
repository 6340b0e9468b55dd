import { ContactCards } from "../../components/ContactLinks";
import { useActivePack } from "../../state/active-pack";

/**
 * The organisation's own support, when its content pack lists some. Loaded after the
 * national lines so Help now never waits for it.
 */
export default function OrganisationHelp() {
  const pack = useActivePack();
  const own = pack.resources.filter((resource) => resource.organisation);
  if (own.length === 0) return null;
  return (
    <section aria-labelledby="own-help-heading" className="section">
      <h2 id="own-help-heading">Support from your organisation</h2>
      <ContactCards resources={own} />
    </section>
  );
}
