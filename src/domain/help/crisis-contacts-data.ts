import type { CrisisContact } from "./crisis-contact";
import { REGIONS } from "./regions";

/**
 * UK crisis contacts: the one list Help now, the safety screen, the result and the
 * peer guide read. Kept in the first download, outside any content pack, so it works
 * at once, offline, while locked and even if a pack fails to load. Each was checked
 * on the date given against a public page (crisis-contact-sources.ts, docs/content-sources.md).
 * Anything we could not confirm is left out, not guessed.
 */
const checked = "2026-12-06";
const UK = [...REGIONS];

export const EMERGENCY_ID = "emergency-999";

export const CRISIS_CONTACTS: readonly CrisisContact[] = [
  {
    id: EMERGENCY_ID,
    name: "Emergency services: 999",
    for: "Danger now or badly hurt, or go to A&E. Not safe to speak? Call from a mobile, stay on the line, press 55 when asked, or cough or tap. Deaf, or cannot speak? Use 999 BSL, Relay UK, or text 999 if registered (text REGISTER to 999 now).",
    contacts: [
      { kind: "call", label: "Call 999", href: "tel:999" },
      {
        kind: "web",
        label: "999 BSL: video call in sign language",
        href: "https://www.999bsl.co.uk",
      },
      {
        kind: "call",
        label: "Relay UK: call 18000 (textphone or app)",
        href: "tel:18000",
      },
      { kind: "text", label: "Text 999, only if you have registered", href: "sms:999" },
    ],
    hours: "24 hours, every day",
    regions: UK,
    fits: [],
    general: false,
    checked,
  },
  {
    id: "nhs-111-mental-health",
    name: "NHS 111, option 2 (mental health)",
    for: "Urgent mental health help when it is not an emergency, from a local NHS mental health team.",
    contacts: [
      { kind: "call", label: "Call 111, then choose option 2", href: "tel:111" },
      { kind: "call", label: "Relay UK: call 18001 111 (textphone or app)", href: "tel:18001111" },
    ],
    hours: "24 hours, every day",
    regions: ["england", "wales"],
    fits: ["self-harm", "harm-others"],
    general: true,
    checked: "2026-12-07",
  },
  {
    id: "nhs-24-111",
    name: "NHS 24 on 111 (mental health)",
    for: "Urgent mental health help in Scotland: call 111 and choose the mental health option.",
    contacts: [{ kind: "call", label: "Call NHS 24 on 111", href: "tel:111" }],
    hours: "24 hours, every day",
    regions: ["scotland"],
    fits: ["self-harm", "harm-others"],
    general: true,
    checked: "2026-12-07",
  },
  {
    id: "lifeline-ni",
    name: "Lifeline",
    for: "Northern Ireland's crisis line. Trained counsellors listen and help. Free to call.",
    contacts: [
      { kind: "call", label: "Call 0808 808 8000", href: "tel:08088088000" },
      { kind: "call", label: "Textphone: 18001 0808 808 8000", href: "tel:1800108088088000" },
    ],
    hours: "24 hours, every day",
    regions: ["northern-ireland"],
    fits: ["self-harm", "harm-others"],
    general: true,
    checked,
  },
  {
    id: "samaritans",
    name: "Samaritans",
    for: "Someone to listen, whatever you are going through. Free to call.",
    contacts: [
      { kind: "call", label: "Call 116 123", href: "tel:116123" },
      { kind: "web", label: "Samaritans website", href: "https://www.samaritans.org" },
    ],
    hours: "24 hours, every day",
    regions: UK,
    fits: ["self-harm", "harm-others"],
    general: true,
    checked,
  },
  {
    id: "samaritans-email",
    name: "Email a Samaritan",
    for: "Write if you would rather not talk. A reply can take a while, so call or text if you need help sooner.",
    contacts: [
      { kind: "email", label: "Email jo@samaritans.org", href: "mailto:jo@samaritans.org" },
    ],
    hours: "Write at any time",
    regions: UK,
    fits: [],
    general: true,
    checked,
  },
  {
    id: "shout",
    name: "Shout",
    for: "Free support by text when you are finding it hard to cope.",
    contacts: [
      { kind: "text", label: "Text SHOUT to 85258", href: "sms:85258?&body=SHOUT" },
      {
        kind: "text",
        label: "Emergency services staff: text BLUELIGHT to 85258",
        href: "sms:85258?&body=BLUELIGHT",
      },
    ],
    hours: "24 hours, every day",
    regions: UK,
    fits: ["self-harm"],
    general: true,
    checked,
  },
  {
    id: "breathing-space",
    name: "Breathing Space",
    for: "A listening line for anyone in Scotland who feels low or stressed.",
    contacts: [{ kind: "call", label: "Call 0800 83 85 87", href: "tel:0800838587" }],
    hours: "Mon to Thu 6pm to 2am; Fri 6pm to Mon 6am",
    regions: ["scotland"],
    fits: [],
    general: true,
    checked,
  },
  {
    id: "domestic-abuse-england",
    name: "National Domestic Abuse Helpline",
    for: "Free, private help if someone at home is hurting, scaring or controlling you.",
    contacts: [
      { kind: "call", label: "Call 0808 2000 247", href: "tel:08082000247" },
      {
        kind: "web",
        label: "Helpline website",
        href: "https://www.nationaldahelpline.org.uk",
      },
    ],
    hours: "24 hours, every day",
    regions: ["england"],
    fits: ["home"],
    general: false,
    checked,
  },
  {
    id: "live-fear-free",
    name: "Live Fear Free Helpline",
    for: "Free, private help in Wales if someone is hurting, scaring or controlling you.",
    contacts: [
      { kind: "call", label: "Call 0808 80 10 800", href: "tel:08088010800" },
      { kind: "text", label: "Text 07860 077333", href: "sms:07860077333" },
    ],
    hours: "24 hours, every day",
    regions: ["wales"],
    fits: ["home"],
    general: false,
    checked,
  },
  {
    id: "domestic-abuse-scotland",
    name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
    for: "Free, private help in Scotland if someone is hurting, scaring or controlling you.",
    contacts: [{ kind: "call", label: "Call 0800 027 1234", href: "tel:08000271234" }],
    hours: "24 hours, every day",
    regions: ["scotland"],
    fits: ["home"],
    general: false,
    checked,
  },
  {
    id: "domestic-abuse-ni",
    name: "Domestic and Sexual Abuse Helpline",
    for: "Free, private help in Northern Ireland if someone is hurting, scaring or controlling you.",
    contacts: [
      { kind: "call", label: "Call 0808 802 1414", href: "tel:08088021414" },
      { kind: "email", label: "Email help@dsahelpline.org", href: "mailto:help@dsahelpline.org" },
    ],
    hours: "24 hours, every day",
    regions: ["northern-ireland"],
    fits: ["home"],
    general: false,
    checked,
  },
  {
    id: "respect-phoneline",
    name: "Respect Phoneline",
    for: "Help if you worry you might hurt or scare a partner or family member, and want to stop.",
    contacts: [
      { kind: "call", label: "Call 0808 802 4040", href: "tel:08088024040" },
      { kind: "web", label: "Respect website", href: "https://www.respect.org.uk" },
    ],
    hours: "Weekdays. See the website for today's hours.",
    regions: UK,
    fits: ["harm-others"],
    general: false,
    checked,
  },
  {
    id: "police-101",
    name: "Police non-emergency: 101",
    for: "To report violence, threats or a crime when no one is in danger right now.",
    contacts: [
      { kind: "call", label: "Call 101", href: "tel:101" },
      { kind: "call", label: "Textphone or Relay UK: 18001 101", href: "tel:18001101" },
    ],
    hours: "24 hours, every day",
    regions: UK,
    fits: ["home", "work"],
    general: false,
    checked: "2026-12-07",
  },
];
