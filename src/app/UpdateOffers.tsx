import HostedPackOffer from "../features/organisation-pack/HostedPackOffer";
import { UpdateBanner } from "./UpdateBanner";

export { default as OrganisationLine } from "../features/organisation-pack/OrganisationLine";

/**
 * New versions, offered politely: the app's own (with the service worker's registration)
 * and the organisation's pack. One file, loaded beside the first screen rather than in its
 * download: the first screen never needs it to draw, and workbox-window stays out of it.
 */
export default function UpdateOffers() {
  return (
    <>
      <UpdateBanner />
      <HostedPackOffer />
    </>
  );
}
