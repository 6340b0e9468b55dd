/**
 * The words of "My wellbeing plan": a heading, an example and a "why this helps" line
 * for each part. Written in our own words, after the idea of a Wellness Action Plan.
 */
import type { PlanPartId } from "../../domain/wellbeing-plan/parts";

export interface PartWords {
  heading: string;
  example: string;
  why: string;
}

export const PART_WORDS: Record<PlanPartId, PartWords> = {
  keepsMeWell: {
    heading: "What keeps me well at work",
    example: "A proper lunch break away from my desk. Time to talk after a hard visit.",
    why: "When you know what keeps you well, you can ask for it and guard it on busy days.",
  },
  knocksMe: {
    heading: "What can knock me off balance",
    example: "Lots of late visits in a row. Being on my own with a hard case.",
    why: "Naming these helps you spot a hard patch coming, so you can plan for it.",
  },
  signsINotice: {
    heading: "Early signs I am not OK: what I notice",
    example: "I sleep badly. I stop eating lunch. I go over cases at night.",
    why: "Small signs often come first. Spotting them early makes it easier to act.",
  },
  signsOthersNotice: {
    heading: "Early signs others might notice",
    example: "I go quiet in team meetings. I snap more than usual.",
    why: "Other people may see a change before you do. This tells them what to look for.",
  },
  helpsFromMe: {
    heading: "What helps: things I can do",
    example: "Go for a short walk. Talk to a friend. Go to bed at the same time.",
    why: "A short list of what works for you is easy to reach for on a hard day.",
  },
  helpsFromTeam: {
    heading: "What helps: from my manager or team",
    example: "A quick chat at the end of the week. Help to plan my visits.",
    why: "Saying what helps makes it easier for others to give the right support.",
  },
  adjustments: {
    heading: "Changes at work that help me",
    example: "Fewer late shifts for a while. A quiet room to write notes.",
    why: "Small changes can make a big difference. Writing them down helps you ask for them.",
  },
  ifUnwell: {
    heading: "If I become unwell: what to do and who to contact",
    example: "Call my sister Jo. Tell my manager I need a day off. Call my GP.",
    why: "When things are hard, it is hard to think. A plan made on a good day helps.",
  },
};

export const headingOf = (part: PlanPartId): string => PART_WORDS[part].heading;

/**
 * Things to talk about in a wellbeing conversation or a one-to-one, after the whole-person
 * areas of the NHS health and wellbeing conversation. All optional.
 */
export const CONVERSATION_TOPICS: readonly { id: string; topic: string; prompt: string }[] = [
  { id: "body", topic: "My body", prompt: "How is my sleep, my energy and my health?" },
  { id: "mind", topic: "My mind", prompt: "How have I been feeling in myself lately?" },
  { id: "feelings", topic: "My feelings at work", prompt: "What has stayed with me from work?" },
  {
    id: "people",
    topic: "People around me",
    prompt: "Who do I have to lean on, at work and at home?",
  },
  { id: "money", topic: "Money", prompt: "Are money worries getting in the way?" },
  { id: "life", topic: "Daily life", prompt: "Do I get time to rest, eat well and move?" },
  { id: "safety", topic: "Feeling safe", prompt: "Do I feel safe at work and at home?" },
];
