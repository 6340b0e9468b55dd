/**
 * UK crisis contacts, as the organisations publish them (checked 2026-11-01).
 * Kept in the first download, outside the content pack, so Help now works at once,
 * offline, while locked, and even if a pack fails to load.
 */
export interface CrisisContact {
  name: string;
  what: string;
  href: string;
  action: string;
  hours: string;
}

export const CRISIS_CONTACTS: readonly CrisisContact[] = [
  {
    name: "Emergency services",
    what: "If you or someone else is in danger now, or has been badly hurt.",
    href: "tel:999",
    action: "Call 999",
    hours: "Any time",
  },
  {
    name: "NHS 111, option 2",
    what: "Urgent mental health help in England. Choose option 2 when the call starts.",
    href: "tel:111",
    action: "Call 111",
    hours: "Any time",
  },
  {
    name: "Samaritans",
    what: "Talk to someone about anything that is troubling you. Free to call.",
    href: "tel:116123",
    action: "Call 116 123",
    hours: "Any time",
  },
  {
    name: "Shout",
    what: "Text if you would rather not talk. Health and care staff can text FRONTLINE instead.",
    href: "sms:85258?&body=SHOUT",
    action: "Text SHOUT to 85258",
    hours: "Any time",
  },
];
