/**
 * A small, valid content pack for tests, and the pieces to build others from.
 * Words are placeholders: the default pack in src/content has the real ones.
 */
import type { ContentPack, Item, Resource, Tip } from "../domain/pack/schema";

export const STAGE_IDS = ["ready", "reacting", "injured", "ill"] as const;
export const PATTERN_IDS = ["settled", "on-edge", "shut-down", "people-pleasing"] as const;
export const DOMAIN_IDS = ["sleep", "mood", "work"] as const;
export const FUNCTIONS = ["restorative", "formative", "normative"] as const;

const stageColours = ["green", "yellow", "orange", "red"] as const;
const stageIcons = ["sun", "cloud-sun", "cloud-rain", "storm"] as const;
const patternKinds = ["settled", "on-edge", "shut-down", "people-pleasing"] as const;

export function makeStages(): ContentPack["stages"] {
  return STAGE_IDS.map((id, index) => ({
    id,
    label: `Stage ${id}`,
    short: `Short words for ${id}.`,
    long: `Longer words for ${id}.`,
    colour: stageColours[index] ?? "green",
    icon: stageIcons[index] ?? "sun",
  }));
}

export function makePatterns(): ContentPack["patterns"] {
  return PATTERN_IDS.map((id, index) => ({
    id,
    kind: patternKinds[index] ?? "settled",
    label: `Pattern ${id}`,
    short: `Short words for ${id}.`,
    long: `Longer words for ${id}.`,
  }));
}

/** A four-option question whose answers run from the first stage to the last. */
export function makeItem(id: string, domain: string, pattern?: string): Item {
  return {
    id,
    domain,
    question: `Question ${id}?`,
    why: `Why we ask ${id}.`,
    options: STAGE_IDS.map((stage, index) => ({
      id: `o${index}`,
      label: `Answer ${index} to ${id}.`,
      stage,
      ...(index === 0 ? { patterns: ["settled"] } : {}),
      ...(index >= 2 && pattern ? { patterns: [pattern] } : {}),
    })),
  };
}

export function makeRedFlagItems(domain: string): Item[] {
  return [
    {
      id: "harm",
      domain,
      question: "Thoughts of harm?",
      why: "So we can show support.",
      redFlag: "self-harm",
      contentNote: "A heavy question comes next.",
      options: [
        { id: "no", label: "No." },
        { id: "yes", label: "Yes.", flag: true },
      ],
    },
    {
      id: "safe",
      domain,
      question: "Do you feel safe?",
      why: "So we can show support.",
      redFlag: "unsafe",
      options: [
        { id: "yes", label: "Yes." },
        { id: "no", label: "No.", flag: true },
      ],
    },
  ];
}

/** Tips for every stage x domain and every stage x pattern, plus one general tip. */
export function makeTips(
  stages: readonly string[] = STAGE_IDS,
  domains: readonly string[] = DOMAIN_IDS,
  patterns: readonly string[] = PATTERN_IDS,
): Tip[] {
  const tip = (id: string, over: Partial<Tip>): Tip => ({
    id,
    title: `Tip ${id}`,
    body: `Body of ${id}.`,
    stages: [...stages],
    domains: [],
    patterns: [],
    ...over,
  });
  return [
    tip("general", {}),
    ...stages.flatMap((stage) => [
      ...domains.map((domain) => tip(`${stage}-${domain}`, { stages: [stage], domains: [domain] })),
      ...patterns.map((pattern) =>
        tip(`${stage}-${pattern}`, { stages: [stage], patterns: [pattern] }),
      ),
    ]),
  ];
}

export function makePrompts(stages: readonly string[] = STAGE_IDS) {
  return FUNCTIONS.map((fn) => ({
    id: `prompt-${fn}`,
    function: fn,
    stages: [...stages],
    text: `A ${fn} prompt.`,
  }));
}

/** Everything except stages, patterns, domains, items, tips and prompts. */
export function makeFixedParts(stages: readonly string[] = STAGE_IDS) {
  return {
    schemaVersion: 1 as const,
    id: "test-pack",
    version: "1.0.0",
    locale: "en-GB",
    name: "Test pack",
    publisher: "Tests",
    checked: "2026-11-01",
    supervisorGuide: { stages: [], localRoutes: [] },
    peerGuide: {
      intro: "How to talk with a colleague.",
      signs: stages.map((stage) => ({
        id: `sign-${stage}`,
        stage,
        text: `A sign of ${stage}.`,
        theme: "mood" as const,
        risk: false,
      })),
      openers: ["How are you doing?"],
      listening: ["Take your time."],
      avoid: ["Just cheer up."],
      help: [{ id: "help-calm", text: "Find a quiet place.", sevenC: "calm" as const }],
    },
    resources: [
      {
        id: "samaritans",
        name: "Samaritans",
        for: "Anyone who needs to talk.",
        needs: ["urgent" as const, "talk" as const],
        contacts: [{ kind: "call" as const, label: "Call 116 123", href: "tel:116123" }],
        hours: "24 hours",
        region: "UK and Ireland",
        checked: "2026-11-01",
      },
    ],
    grounding: [
      {
        id: "look-around",
        title: "Look around",
        intro: "Notice the room.",
        focus: "outward" as const,
        steps: [{ text: "Name five things you can see." }],
      },
    ],
    safety: {
      heading: "You deserve support now",
      intro: "Help is here.",
      dangerNow: "If you are in danger now, call 999.",
      carryOn: "You can carry on when you are ready.",
      withFlag: "Your safety answer matters more than any stage.",
      resources: ["samaritans"],
    },
    advice: {
      persistence: "Persistence advice.",
      worsening: "Worsening advice.",
      improving: "Improving advice.",
      steady: "Steady advice.",
      steadyHard: "Steady but hard advice.",
      mixed: "Mixed advice.",
      redFlags: "Red-flag advice.",
      notEnough: "Not enough advice.",
    },
    scoring: { minAnswers: 2, overallCount: 3, persistenceDays: 14 },
  };
}

/** A valid pack: three domains of two questions each, two red-flag questions, full tips. */
export function makePack(overrides: Partial<ContentPack> = {}): ContentPack {
  const items: Item[] = [
    makeItem("sleep-1", "sleep", "on-edge"),
    makeItem("sleep-2", "sleep"),
    makeItem("mood-1", "mood", "shut-down"),
    makeItem("mood-2", "mood", "shut-down"),
    makeItem("work-1", "work", "people-pleasing"),
    makeItem("work-2", "work", "on-edge"),
    ...makeRedFlagItems("mood"),
  ];
  return {
    ...makeFixedParts(),
    stages: makeStages(),
    patterns: makePatterns(),
    domains: DOMAIN_IDS.map((id) => ({ id, label: `Area ${id}`, short: `About ${id}.` })),
    items,
    tips: makeTips(),
    supervisionPrompts: makePrompts(),
    ...overrides,
  };
}

/** A deep copy, so a test can change one thing without touching the original. */
export function clonePack(pack: ContentPack): ContentPack {
  return structuredClone(pack);
}

/** A learning or community resource (training, a network of leads, a community of practice). */
export function makeLearningResource(
  kind: NonNullable<Resource["kind"]>,
  id = `learn-${kind}`,
): Resource {
  return {
    id,
    kind,
    name: `Learning ${id}`,
    for: `What ${id} offers to people who lead the work.`,
    needs: [],
    contacts: [{ kind: "web", label: "Website", href: `https://example.org/${id}` }],
    hours: "See the website",
    region: "UK",
    checked: "2026-12-07",
  };
}

/** A valid organisation block: two principles, a three-area framework, two action examples. */
export function makeOrganisation(): NonNullable<ContentPack["organisation"]> {
  return {
    principles: ["safety", "trust"].map((id) => ({
      id,
      name: `Principle ${id}`,
      description: `What ${id} means at work.`,
      statements: [1, 2, 3].map((n) => ({ id: `${id}-${n}`, text: `Statement ${n} about ${id}.` })),
    })),
    pledgeFramework: {
      id: "three-areas",
      name: "Three areas",
      commitments: ["listen", "lead", "learn"].map((id) => ({
        id,
        title: `Commitment ${id}`,
        text: `What ${id} means.`,
      })),
    },
    actionExamples: [
      {
        id: "steering-group",
        title: "A steering group",
        text: "Meet monthly.",
        principles: ["trust"],
      },
      { id: "champion", title: "A champion", text: "One person leads.", principles: [] },
    ],
  };
}
