import type { PeerGuide } from "../../domain/pack/schema";

/**
 * The peer check-in guide. Listening prompts follow the spirit of Samaritans'
 * SHUSH tips and R U OK?'s ask-listen-encourage-check; ways to help are tagged
 * with Stress First Aid's seven Cs. Wording is our own.
 */
export const peerGuide: PeerGuide = {
  intro:
    "A peer check-in is a kind, private talk between colleagues. It is not therapy, and it is not about performance. You don't need to fix anything. Notice, ask, listen, and help the person find support if they want it. Agree together what gets written down and what happens next.",
  signs: [
    {
      id: "steady-usual-self",
      theme: "mood",
      risk: false,
      stage: "steady",
      text: "Seems like their usual self and joins in.",
    },
    {
      id: "steady-breaks",
      theme: "work",
      risk: false,
      stage: "steady",
      text: "Takes breaks and goes home on time most days.",
    },
    {
      id: "steady-outside-work",
      theme: "contact",
      risk: false,
      stage: "steady",
      text: "Can laugh and talk about life outside work.",
    },
    {
      id: "steady-asks-help",
      theme: "contact",
      risk: false,
      stage: "steady",
      text: "Asks for help when they need it.",
    },
    {
      id: "stretched-tired-tense",
      theme: "sleep",
      risk: false,
      stage: "stretched",
      text: "Seems a bit more tired, tense or quiet than usual.",
    },
    {
      id: "stretched-talks-work",
      theme: "work",
      risk: false,
      stage: "stretched",
      text: "Talks about work a lot, or finds it hard to stop.",
    },
    {
      id: "stretched-skips-breaks",
      theme: "work",
      risk: false,
      stage: "stretched",
      text: "Skips breaks or stays late more often.",
    },
    {
      id: "stretched-snappy-passes",
      theme: "mood",
      risk: false,
      stage: "stretched",
      text: "Gets annoyed more easily, but it passes.",
    },
    {
      id: "strained-clear-change",
      theme: "mood",
      risk: false,
      stage: "strained",
      text: "A clear change from how they usually are, lasting more than a few days.",
    },
    {
      id: "strained-withdrawn",
      theme: "contact",
      risk: false,
      stage: "strained",
      text: "Snappy, tearful or keeping away from the team.",
    },
    {
      id: "strained-mistakes",
      theme: "work",
      risk: false,
      stage: "strained",
      text: "Making more slips or finding it hard to focus.",
    },
    {
      id: "strained-mentions",
      theme: "sleep",
      risk: false,
      stage: "strained",
      text: "Mentions poor sleep, drinking more or feeling numb.",
    },
    {
      id: "struggling-low",
      theme: "mood",
      risk: true,
      stage: "struggling",
      text: "Seems very low, hopeless or cut off most of the time.",
    },
    {
      id: "struggling-not-coping",
      theme: "work",
      risk: false,
      stage: "struggling",
      text: "Can't get through the day's work, or is off sick a lot.",
    },
    {
      id: "struggling-burden",
      theme: "mood",
      risk: true,
      stage: "struggling",
      text: "Talks about not coping, being a burden or not wanting to be here.",
    },
    {
      id: "struggling-self-care",
      theme: "sleep",
      risk: false,
      stage: "struggling",
      text: "Big changes in how they look after themselves.",
    },
  ],
  openers: [
    "How are you doing, really?",
    "You seem a bit quieter lately. How are things?",
    "That was a hard shift. How are you feeling after it?",
    "I've got time if you want to talk. No pressure.",
    "You don't seem quite yourself. Is anything on your mind?",
    "Fancy a cuppa and a chat?",
  ],
  listening: [
    "Show you care: give them your full attention and put your phone away.",
    "Be patient: let them talk at their own pace.",
    'Ask open questions, like "How has that been for you?"',
    "Say back what you heard, to check you have understood.",
    "Be brave with silence. It gives them room to think.",
    "You don't have to fix it. Listening is helping.",
  ],
  avoid: [
    '"Cheer up" or "Others have it worse."',
    '"I know exactly how you feel."',
    '"You just need a holiday."',
    '"You should be used to it by now."',
    "Jumping in with answers straight away.",
    "Talking about yourself for too long.",
    "Promising to keep everything secret. If someone is in danger, you may need to get help.",
  ],
  help: [
    {
      id: "check-in-again",
      sevenC: "check",
      text: "Keep a gentle eye on how they are. Agree a time to check in again, within two weeks.",
    },
    {
      id: "coordinate-support",
      sevenC: "coordinate",
      text: "Help them find the right support, such as their GP, the staff support line or occupational health. Offer to help them make the call.",
    },
    {
      id: "cover-safety",
      sevenC: "cover",
      text: "If they are not safe, stay with them and get help. Call 999 if a life is at risk.",
    },
    {
      id: "calm-slow-down",
      sevenC: "calm",
      text: "Help them slow down: a quiet space, a drink, a few slow breaths together or a grounding exercise.",
    },
    {
      id: "connect-people",
      sevenC: "connect",
      text: "Help them link up with people who care, at work and at home, so they don't feel alone with it.",
    },
    {
      id: "competence-lighter-load",
      sevenC: "competence",
      text: "Help them feel able to do the job again, for example with a lighter load for a while, a buddy or extra supervision.",
    },
    {
      id: "confidence-strengths",
      sevenC: "confidence",
      text: "Remind them of their strengths and what they have got through before. Hope can grow from small wins.",
    },
    {
      id: "encourage-professional",
      sevenC: "coordinate",
      text: "If things have been hard for more than two weeks, gently suggest talking to a GP or a professional.",
    },
  ],
};
