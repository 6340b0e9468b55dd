import type { Tip } from "../../domain/pack/schema";

/**
 * Tips for each stress-response pattern, for any domain and every stage:
 * calming and using up energy when on edge, gentle waking up and company when
 * shut down, kind limits when people-pleasing, and noticing strengths when settled.
 */
const everyStage = ["steady", "stretched", "strained", "struggling"];

export const patternTips: Tip[] = [
  // On edge
  {
    id: "on-edge-long-out-breath",
    title: "Make your out-breath longer",
    body: "A long out-breath tells your body it can slow down. Breathe in through your nose, then out slowly through your mouth. Keep your eyes open if you like.",
    tryNow: "Try three slow out-breaths now. Stop if it feels wrong.",
    stages: everyStage,
    domains: [],
    patterns: ["on-edge"],
  },
  {
    id: "on-edge-use-energy",
    title: "Use up the energy",
    body: "Stress gets your body ready for action. Using up that energy helps you settle. Try a fast walk, the stairs or shaking out your hands.",
    tryNow: "Shake out your hands and arms for twenty seconds.",
    stages: everyStage,
    domains: [],
    patterns: ["on-edge"],
  },
  {
    id: "on-edge-cool-down",
    title: "Cool down",
    body: "Cold water can calm a racing body. Splash your face or hold a cold drink. It is a quick reset.",
    stages: everyStage,
    domains: [],
    patterns: ["on-edge"],
  },
  {
    id: "on-edge-here-and-now",
    title: "Come back to here and now",
    body: "When you are on edge, your mind looks for danger. Look around and name where you are and what day it is. Feel your feet on the floor.",
    stages: everyStage,
    domains: [],
    patterns: ["on-edge"],
  },
  // Shut down
  {
    id: "shut-down-start-tiny",
    title: "Start very small",
    body: "When you feel flat, big tasks feel out of reach. Pick one tiny action, like standing up or opening a window. Small moves wake the body gently.",
    tryNow: "Stand up and stretch your arms above your head.",
    stages: everyStage,
    domains: [],
    patterns: ["shut-down"],
  },
  {
    id: "shut-down-wake-senses",
    title: "Wake up your senses",
    body: "Numbness can ease when your senses wake up. Try a strong taste like mint, a warm drink or a song you love. Notice what you feel.",
    stages: everyStage,
    domains: [],
    patterns: ["shut-down"],
  },
  {
    id: "shut-down-be-near-others",
    title: "Be near other people",
    body: "Being with people can help you come back bit by bit. You don't have to talk much. Sit with a friend or send a message to say hello.",
    stages: everyStage,
    domains: [],
    patterns: ["shut-down"],
  },
  {
    id: "shut-down-move-gently",
    title: "Move a little",
    body: "Gentle movement helps when you feel shut down. Stretch, walk to the window or sway to music. Go at your own pace.",
    stages: everyStage,
    domains: [],
    patterns: ["shut-down"],
  },
  // People-pleasing
  {
    id: "pleasing-pause",
    title: "Pause before you say yes",
    body: 'It is fine to say "Let me check and get back to you." This gives you time to think. Then you can say yes or no on purpose.',
    tryNow: "Practise the words out loud once, so they are ready.",
    stages: everyStage,
    domains: [],
    patterns: ["people-pleasing"],
  },
  {
    id: "pleasing-your-needs",
    title: "Your needs count too",
    body: "You may be used to putting others first. Your needs matter just as much. Meet one of your own needs today.",
    stages: everyStage,
    domains: [],
    patterns: ["people-pleasing"],
  },
  {
    id: "pleasing-practise-no",
    title: "Practise a kind no",
    body: "Saying no can feel scary, and harder still with someone senior. Start with something small. If saying no to extra work feels risky, ask your manager or supervisor to agree what comes first.",
    stages: everyStage,
    domains: [],
    patterns: ["people-pleasing"],
  },
  {
    id: "pleasing-guilt-passes",
    title: "Guilt does not mean you did wrong",
    body: "Feeling guilty after saying no is common. It does not mean you did wrong. It fades as you get used to it.",
    stages: everyStage,
    domains: [],
    patterns: ["people-pleasing"],
  },
  // Settled
  {
    id: "settled-notice-strengths",
    title: "Notice what is working",
    body: "You seem settled right now. Take a moment to notice what is helping. These are strengths to lean on later.",
    stages: everyStage,
    domains: [],
    patterns: ["settled"],
  },
  {
    id: "settled-share",
    title: "Share what helps",
    body: "What keeps you steady could help a colleague too. Share a tip in a team meeting. If something at work helps everyone, like protected breaks, tell your manager so it keeps going.",
    stages: everyStage,
    domains: [],
    patterns: ["settled"],
  },
  {
    id: "settled-build-reserves",
    title: "Build up your reserves",
    body: "Calmer times are a chance to fill up your tank. Keep up sleep, movement and time with people. It will help when work gets hard again.",
    stages: everyStage,
    domains: [],
    patterns: ["settled"],
  },
  // For anyone, whatever they answered: shown when there are too few answers to say more.
  {
    id: "general-one-kind-thing",
    title: "Do one kind thing for yourself",
    body: "Pick one small thing that helps you, like a glass of water, a short walk or a call with a friend. Do it today.",
    stages: everyStage,
    domains: [],
    patterns: [],
  },
  {
    id: "general-talk-it-through",
    title: "Talk it through",
    body: "Saying how things are to someone you trust can make them feel lighter. It could be a friend, a colleague or your supervisor.",
    stages: everyStage,
    domains: [],
    patterns: [],
  },
  {
    id: "general-ask-work",
    title: "Ask what work can change",
    body: "Some stress comes from the job, not from you. If workload, shifts or hard cases weigh on you, raise it with your manager or in supervision. Your employer has a duty to look at stress at work.",
    stages: everyStage,
    domains: [],
    patterns: [],
  },
];
