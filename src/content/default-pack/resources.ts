import { CRISIS_CONTACTS, crisisContactAsResource } from "../../domain/help";
import type { Resource } from "../../domain/pack/schema";

/**
 * UK support services, with numbers exactly as the services publish them. The crisis
 * lines (999, 111, Samaritans, Shout, abuse helplines and the rest) come first, from the
 * one list in src/domain/help that Help now and the safety screen read too. Checked on the date
 * below against the sources in docs/content-sources.md: re-check before each release.
 */
const checked = "2026-12-06";
const learningChecked = "2026-12-07";

export const resources: Resource[] = [
  ...CRISIS_CONTACTS.map(crisisContactAsResource),
  {
    id: "nhs-talking-therapies",
    name: "NHS Talking Therapies",
    for: "Free NHS therapy for worry, low mood and stress, such as CBT or counselling. You can refer yourself online without seeing your GP first. There may be a wait.",
    needs: ["therapy"],
    contacts: [
      {
        kind: "web",
        label: "Find your local service",
        href: "https://www.nhs.uk/nhs-services/mental-health-services/find-nhs-talking-therapies-for-anxiety-and-depression/",
      },
    ],
    hours: "Refer yourself online at any time",
    region: "England",
    regions: ["england"],
    checked,
  },
  {
    id: "mind-infoline",
    name: "Mind Infoline",
    for: "Information about mental health, treatment and where to find support near you. It is an information line, not a crisis service.",
    needs: ["talk", "sleep"],
    contacts: [
      { kind: "call", label: "Call 0300 123 3393", href: "tel:03001233393" },
      { kind: "email", label: "Email info@mind.org.uk", href: "mailto:info@mind.org.uk" },
      { kind: "web", label: "Mind website", href: "https://www.mind.org.uk" },
    ],
    hours: "Weekdays. See the website for today's hours.",
    region: "England and Wales",
    regions: ["england", "wales"],
    checked,
  },
  {
    id: "frank",
    name: "FRANK",
    for: "Honest, private advice about drugs and alcohol, for you or someone you care about. You can call or text.",
    needs: ["alcohol", "talk"],
    contacts: [
      { kind: "call", label: "Call 0300 123 6600", href: "tel:03001236600" },
      { kind: "text", label: "Text 82111", href: "sms:82111" },
    ],
    hours: "24 hours, every day",
    region: "UK",
    checked,
  },
  {
    id: "cruse",
    name: "Cruse Bereavement Support",
    for: "Support after someone dies, including deaths you meet through work. Free to call.",
    needs: ["grief", "talk"],
    contacts: [
      { kind: "call", label: "Call 0808 808 1677", href: "tel:08088081677" },
      { kind: "web", label: "Cruse website", href: "https://www.cruse.org.uk" },
    ],
    hours: "See the website for opening hours",
    region: "England, Wales and Northern Ireland",
    regions: ["england", "wales", "northern-ireland"],
    checked,
  },
  {
    id: "moneyhelper",
    name: "MoneyHelper",
    for: "Free, fair guidance on money worries, debt and bills, from a service set up by the government.",
    needs: ["money"],
    contacts: [
      { kind: "web", label: "MoneyHelper website", href: "https://www.moneyhelper.org.uk" },
    ],
    hours: "Website open at any time",
    region: "UK",
    checked,
  },
  {
    id: "nhs-practitioner-health",
    name: "NHS Practitioner Health",
    for: "Free, private mental health and addiction care for doctors, dentists and some other NHS staff who cannot get care privately where they work.",
    needs: ["therapy", "alcohol", "work"],
    contacts: [
      { kind: "call", label: "Call 0300 0303 300", href: "tel:03000303300" },
      {
        kind: "web",
        label: "Practitioner Health website",
        href: "https://www.practitionerhealth.nhs.uk",
      },
    ],
    hours: "Weekdays 8am to 8pm, Saturdays 8am to 2pm (closed on bank holidays)",
    region: "England",
    regions: ["england"],
    work: ["health"],
    checked,
  },
  {
    id: "education-support",
    name: "Education Support",
    for: "A free helpline for teachers and everyone who works in education, answered by trained counsellors.",
    needs: ["talk", "work", "urgent"],
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
    work: ["education"],
    checked,
  },
  {
    id: "oscar-kilo-crisis-line",
    name: "Oscar Kilo mental health crisis line",
    for: "A private crisis line for police officers and staff, answered by counsellors who understand policing. Nothing is shared with your force.",
    needs: ["urgent", "talk", "work"],
    contacts: [
      { kind: "call", label: "Call 0300 131 2789", href: "tel:03001312789" },
      { kind: "web", label: "Oscar Kilo website", href: "https://www.oscarkilo.org.uk" },
    ],
    hours: "24 hours, every day",
    region: "England and Wales",
    regions: ["england", "wales"],
    work: ["police-emergency"],
    checked,
  },
  {
    id: "care-workers-charity",
    name: "The Care Workers' Charity",
    for: "Grants for care workers facing a sudden money crisis, and free counselling for care workers who are struggling. For people who work, or have worked, in adult social care, home care or supported living.",
    needs: ["money", "therapy", "work"],
    contacts: [
      {
        kind: "web",
        label: "Care Workers' Charity website",
        href: "https://www.thecareworkerscharity.org.uk",
      },
    ],
    hours: "Apply online. A reply can take a few weeks.",
    region: "UK",
    work: ["social-care"],
    checked: "2026-12-07",
  },
  {
    id: "social-workers-benevolent-trust",
    name: "Social Workers' Benevolent Trust",
    for: "Small grants for qualified social workers, and their families, who are facing money trouble.",
    needs: ["money", "work"],
    contacts: [{ kind: "web", label: "Trust website", href: "https://www.swbt.uk" }],
    hours: "Apply online at any time. Grants are decided at regular meetings.",
    region: "UK",
    work: ["social-care"],
    checked: "2026-12-07",
  },
  // Learning and community for the people who lead trauma-informed work (shown on the
  // organisation screen, not the staff Resources list). Each address was checked on its
  // own public page on the date below: see docs/content-sources.md.
  {
    id: "nttp-scotland",
    kind: "training",
    needs: [],
    name: "National Trauma Transformation Programme",
    for: "Free learning about trauma-informed practice for everyone in Scotland's workforce, including leaders, with help to put it into practice.",
    contacts: [
      {
        kind: "web",
        label: "Programme page (NHS Education for Scotland)",
        href: "https://nes.scot.nhs.uk/our-work/trauma-national-trauma-transformation-programme/",
      },
    ],
    hours: "See the website",
    region: "Scotland",
    regions: ["scotland"],
    checked: learningChecked,
  },
  {
    id: "trauma-informed-wales-training",
    kind: "training",
    needs: [],
    name: "Trauma-Informed Wales: training map",
    for: "A map of trauma-informed training in Wales, set against the levels of the Trauma-Informed Wales Framework.",
    contacts: [
      {
        kind: "web",
        label: "Trauma-Informed Wales training page",
        href: "https://traumaframeworkcymru.com/trauma-informed-training/",
      },
    ],
    hours: "See the website",
    region: "Wales",
    regions: ["wales"],
    checked: learningChecked,
  },
  {
    id: "trauma-informed-kent",
    kind: "network",
    needs: [],
    name: "Trauma Informed Kent",
    for: "A movement of organisations, people and networks in Kent and Medway. Organisations make a pledge and work on it together.",
    contacts: [
      {
        kind: "web",
        label: "Trauma Informed Kent website",
        href: "https://www.traumainformedkent.uk/about",
      },
    ],
    hours: "See the website",
    region: "Kent and Medway",
    regions: ["england"],
    checked: learningChecked,
  },
  {
    id: "trauma-informed-plymouth",
    kind: "network",
    needs: [],
    name: "Trauma Informed Plymouth Network",
    for: "A local network of people from public services, charities and the community, with people who have lived through trauma, learning together.",
    contacts: [
      {
        kind: "web",
        label: "Trauma Informed Plymouth website",
        href: "https://traumainformedplymouth.org/our-story/",
      },
    ],
    hours: "See the website",
    region: "Plymouth",
    regions: ["england"],
    checked: learningChecked,
  },
  {
    id: "trauma-informed-community-of-action",
    kind: "community",
    needs: [],
    name: "Trauma Informed Community of Action",
    for: "A national community of practice in England for people building trauma-informed services: an online space to share ideas, webinars and events.",
    contacts: [
      {
        kind: "web",
        label: "Community of practice page",
        href: "https://healthinnovationnenc.org.uk/what-we-do/improving-population-health/mental-health/trauma-informed-care/",
      },
    ],
    hours: "See the website",
    region: "England",
    regions: ["england"],
    checked: learningChecked,
  },
];
