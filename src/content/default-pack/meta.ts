import type { Domain, Pattern, Stage } from "../../domain/pack/schema";

/** Who wrote the pack and when its facts were last checked. */
export const meta = {
  schemaVersion: 1,
  id: "hcw-default",
  version: "1.0.0",
  locale: "en-GB",
  name: "Healing Centred Wellbeing: default pack",
  publisher: "Healing Centred Wellbeing",
  checked: "2026-11-01",
  description:
    "Our own plain-English content for people whose work brings them close to other people's trauma. It is a self-check, not a diagnosis.",
} as const;

/** From doing well (first) to most unwell (last). Names and words are our own. */
export const stages: Stage[] = [
  {
    id: "steady",
    label: "Steady",
    short: "Your answers suggest you are mostly feeling like yourself.",
    long: "Your answers suggest stress comes and goes and you bounce back. This is a good time to notice what keeps you well, so you can lean on it when work gets hard.",
    colour: "green",
    icon: "sun",
  },
  {
    id: "stretched",
    label: "Under pressure",
    short: "Your answers suggest you are feeling some pressure.",
    long: "Your answers suggest you are feeling some stress. You may be more tired, tense or short with people than usual. This is a common response to hard work. Rest and support often help, and small changes now can too.",
    colour: "yellow",
    icon: "cloud-sun",
  },
  {
    id: "strained",
    label: "Worn down",
    short: "Your answers suggest stress is staying around and getting in the way.",
    long: "Your answers suggest stress is affecting your sleep, mood, body or work more than usual. This is a common response to heavy or upsetting work. It is a good time to ease the load where you can and talk to someone you trust.",
    colour: "orange",
    icon: "cloud-rain",
  },
  {
    id: "struggling",
    label: "Struggling",
    short: "Your answers suggest things are very hard right now. Support can help.",
    long: "Your answers suggest things feel very hard right now. You deserve support, and it does help. Please talk to your GP, your organisation's support service or someone you trust. This is not a diagnosis.",
    colour: "red",
    icon: "storm",
  },
];

/** Stress-response patterns, shown beside the stage. */
export const patterns: Pattern[] = [
  {
    id: "settled",
    kind: "settled",
    label: "Settled",
    short: "Calm enough to think, rest and connect.",
    long: "Your body and mind seem to be in a comfortable range. You can feel stress and still think clearly, rest and be with others.",
  },
  {
    id: "on-edge",
    kind: "on-edge",
    label: "On edge",
    short: "Wired, alert and hard to switch off (fight or flight).",
    long: "Your body may be stuck in high gear. You might feel tense, jumpy or cross, or find it hard to switch off and sleep. This is your alarm system working overtime to keep you safe. Calming down and using up that energy can help.",
  },
  {
    id: "shut-down",
    kind: "shut-down",
    label: "Shut down",
    short: "Flat, numb or far away (freeze).",
    long: "Your body may have gone into low gear to protect you. You might feel numb, tired or foggy, as if you are going through the motions. Gentle movement and time with other people can help you come back up.",
  },
  {
    id: "people-pleasing",
    kind: "people-pleasing",
    label: "People-pleasing",
    short: "Keeping others happy at a cost to you (fawn).",
    long: "You may be coping by putting everyone else first. You might find it hard to say no, take on too much or feel guilty when you rest. This often comes from caring, but it can wear you out. Kind, clear limits can help.",
  },
];

export const domains: Domain[] = [
  {
    id: "sleep",
    label: "Sleep",
    short: "How well you sleep and rest.",
    sign: "My sleep gets worse, or I wake up tired",
  },
  {
    id: "energy-body",
    label: "Energy and body",
    short: "How your body feels and how much energy you have.",
    sign: "I feel run down, or my body aches more",
  },
  {
    id: "mood",
    label: "Mood",
    short: "How you have been feeling.",
    sign: "My mood dips and stays low",
  },
  {
    id: "thinking",
    label: "Thinking and concentration",
    short: "How well you can focus, remember and decide.",
    sign: "I find it harder to focus or make choices",
  },
  {
    id: "connection",
    label: "Connection with others",
    short: "How close you feel to the people around you.",
    sign: "I pull away from people, or snap at them",
  },
  {
    id: "work-purpose",
    label: "Work and purpose",
    short: "How your work feels, and whether it still means something to you.",
    sign: "Work feels pointless, or far too much",
  },
  {
    id: "coping",
    label: "Coping habits",
    short: "What you do to get through, including alcohol and other substances.",
    sign: "I lean more on drink or other ways to get through",
  },
  {
    id: "hope",
    label: "Hope and meaning",
    short: "How you feel about the future and what matters to you.",
    sign: "I lose sight of what matters to me",
  },
  {
    id: "exposure",
    label: "Exposure to distressing work",
    short: "How much of other people's pain you meet, and how it stays with you.",
    sign: "Other people's pain stays with me after work",
  },
];
