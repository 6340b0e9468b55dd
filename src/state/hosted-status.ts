/**
 * What the last look at the organisation's hosted pack found (src/features/organisation-pack),
 * for the screens that tell the person: the content pack screen and the update offer.
 * Kept in memory only: the app looks again each time it opens.
 */
import { create } from "zustand";
import type { ContactChanges } from "../domain/pack/contact-changes";
import type { PackError } from "../domain/pack/cross-refs";

export interface HostedOffer {
  key: string;
  name: string;
  /** The version in use now, or null when the app's own pack is. */
  fromVersion: string | null;
  toVersion: string;
  /** What the new version changes in the support contacts, against the pack in use. */
  contacts: ContactChanges;
}

export interface HostedStatus {
  /** Key of the organisation's hosted pack this device took, or null. */
  hostedKey: string | null;
  /** The hosted pack could not be used: each problem found, for whoever looks after it. */
  problems: PackError[] | null;
  /** A newer version waits for the person's yes. */
  offer: HostedOffer | null;
}

export const useHostedStatus = create<HostedStatus>(() => ({
  hostedKey: null,
  problems: null,
  offer: null,
}));
