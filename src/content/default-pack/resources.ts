import type { Resource } from "../../domain/pack/schema";

/**
 * UK support services, with numbers exactly as the services publish them.
 * Checked on the date below: re-check before each release (see docs/content-sources.md).
 */
const checked = "2026-11-01";

export const resources: Resource[] = [
  {
    id: "emergency-999",
    name: "Emergency services (999)",
    for: "If you or someone else is in danger, or a life is at risk. You can also go to A&E.",
    needs: ["urgent"],
    contacts: [{ kind: "call", label: "Call 999", href: "tel:999" }],
    hours: "24 hours, every day",
    region: "UK",
    checked,
  },
  {
    id: "nhs-111-mental-health",
    name: "NHS 111, option 2 (mental health)",
    for: "Urgent mental health help when it is not an emergency. Call 111 and choose option 2 to reach your local NHS mental health team.",
    needs: ["urgent", "talk"],
    contacts: [
      { kind: "call", label: "Call 111, then choose option 2", href: "tel:111" },
      { kind: "web", label: "NHS 111 online", href: "https://111.nhs.uk" },
    ],
    hours: "24 hours, every day",
    region: "England",
    checked,
  },
  {
    id: "samaritans",
    name: "Samaritans",
    for: "Someone to listen, whatever you are going through, without judging you. Free to call.",
    needs: ["urgent", "talk"],
    contacts: [
      { kind: "call", label: "Call 116 123", href: "tel:116123" },
      { kind: "web", label: "Samaritans website", href: "https://www.samaritans.org" },
    ],
    hours: "24 hours, every day",
    region: "UK and Ireland",
    checked,
  },
  {
    id: "shout",
    name: "Shout",
    for: "Free, private support by text message when you are struggling to cope. Health staff can text FRONTLINE and emergency service staff can text BLUELIGHT.",
    needs: ["urgent", "talk"],
    contacts: [
      { kind: "text", label: "Text SHOUT to 85258", href: "sms:85258?&body=SHOUT" },
      {
        kind: "text",
        label: "Health staff: text FRONTLINE to 85258",
        href: "sms:85258?&body=FRONTLINE",
      },
      {
        kind: "text",
        label: "Emergency services staff: text BLUELIGHT to 85258",
        href: "sms:85258?&body=BLUELIGHT",
      },
      { kind: "web", label: "Shout website", href: "https://giveusashout.org" },
    ],
    hours: "24 hours, every day",
    region: "UK",
    checked,
  },
  {
    id: "mind-infoline",
    name: "Mind Infoline",
    for: "Information about mental health, treatment and where to find support near you. It is an information line, not a crisis service.",
    needs: ["talk", "work"],
    contacts: [
      { kind: "call", label: "Call 0300 123 3393", href: "tel:03001233393" },
      { kind: "web", label: "Mind website", href: "https://www.mind.org.uk" },
    ],
    hours: "Weekdays, 9am to 6pm (closed on bank holidays)",
    region: "England and Wales",
    checked,
  },
  {
    id: "nhs-practitioner-health",
    name: "NHS Practitioner Health",
    for: "Free, confidential mental health and addiction support for doctors, dentists and other healthcare staff. Check the website to see if you can refer yourself.",
    needs: ["talk", "work"],
    contacts: [
      { kind: "call", label: "Call 0300 0303 300", href: "tel:03000303300" },
      {
        kind: "web",
        label: "Practitioner Health website",
        href: "https://www.practitionerhealth.nhs.uk",
      },
    ],
    hours: "See the website for opening hours",
    region: "England",
    checked,
  },
  {
    id: "education-support",
    name: "Education Support",
    for: "A free helpline for teachers and everyone who works in education, with trained counsellors.",
    needs: ["talk", "work"],
    contacts: [
      { kind: "call", label: "Call 08000 562 561", href: "tel:08000562561" },
      {
        kind: "web",
        label: "Education Support website",
        href: "https://www.educationsupport.org.uk",
      },
    ],
    hours: "24 hours, every day",
    region: "UK",
    checked,
  },
  {
    id: "oscar-kilo-crisis-line",
    name: "Oscar Kilo mental health crisis line",
    for: "A confidential crisis line for police officers and staff, answered by counsellors who understand policing. Nothing is shared with your force.",
    needs: ["urgent", "talk", "work"],
    contacts: [
      { kind: "call", label: "Call 0300 131 2789", href: "tel:03001312789" },
      { kind: "web", label: "Oscar Kilo website", href: "https://www.oscarkilo.org.uk" },
    ],
    hours: "24 hours, every day",
    region: "England and Wales",
    checked,
  },
  {
    id: "release-the-pressure",
    name: "Release the Pressure",
    for: "A free, confidential support line for anyone in Kent and Medway who is finding things hard.",
    needs: ["urgent", "talk"],
    contacts: [
      { kind: "call", label: "Call 0800 107 0160", href: "tel:08001070160" },
      {
        kind: "web",
        label: "Release the Pressure website",
        href: "https://www.releasethepressure.uk",
      },
    ],
    hours: "24 hours, every day",
    region: "Kent and Medway",
    checked,
  },
];
