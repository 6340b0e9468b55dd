import type { SupervisionPrompt } from "../../domain/pack/schema";

/**
 * Prompts for supervision prep, by function: restorative (support and the
 * emotional weight of the work), formative (learning) and normative (standards,
 * workload, safe practice). Every stage has prompts for every function, and at every
 * stage there are prompts on what is going well, on things that did not sit right
 * (moral distress) and on what a case stirs up personally. `text` speaks to the
 * person (for a supervisor); `selfText` is the same question in the person's own voice,
 * for preparing your own supervision.
 */
export const supervisionPrompts: SupervisionPrompt[] = [
  // Restorative
  {
    id: "restore-stayed-with-you",
    function: "restorative",
    stages: ["steady", "stretched", "strained", "struggling"],
    text: "What has stayed with you since we last met?",
    selfText: "What has stayed with me since we last met?",
  },
  {
    id: "restore-gone-well",
    function: "restorative",
    stages: ["steady", "stretched", "strained", "struggling"],
    text: "What has gone well lately, and what helped it go well?",
  },
  {
    id: "restore-self-care",
    function: "restorative",
    stages: ["steady", "stretched", "strained"],
    text: "What do you do to look after yourself after a hard day? Is it still working?",
    selfText: "What do I do to look after myself after a hard day? Is it still working?",
  },
  {
    id: "restore-heaviest",
    function: "restorative",
    stages: ["stretched", "strained", "struggling"],
    text: "Which case or moment has felt heaviest, and how is it sitting with you now?",
    selfText: "Which case or moment has felt heaviest, and how is it sitting with me now?",
  },
  {
    id: "restore-support-needed",
    function: "restorative",
    stages: ["strained", "struggling"],
    text: "What support do you need from me or the team right now?",
    selfText: "What support do I need from my supervisor or the team right now?",
  },
  {
    id: "restore-how-really",
    function: "restorative",
    stages: ["struggling"],
    text: "How are you really? Is there anything we should put in place today to help you stay safe and well?",
    selfText:
      "How am I really? Is there anything we should put in place today to help me stay safe and well?",
  },
  {
    id: "restore-moral-distress",
    function: "restorative",
    stages: ["steady", "stretched", "strained", "struggling"],
    text: "Have you had to do something, or watch something happen, that did not sit right with you? How is that for you now?",
    selfText:
      "Have I had to do something, or watch something happen, that did not sit right with me? How is that for me now?",
  },
  {
    id: "restore-own-life",
    function: "restorative",
    stages: ["steady", "stretched", "strained", "struggling"],
    text: "Has any case stirred up something from your own life? What would help you hold it?",
    selfText: "Has any case stirred up something from my own life? What would help me hold it?",
  },
  // Formative
  {
    id: "form-learn-next",
    function: "formative",
    stages: ["steady", "stretched"],
    text: "What would you like to learn or get better at next?",
    selfText: "What would I like to learn or get better at next?",
  },
  {
    id: "form-reflect-situation",
    function: "formative",
    stages: ["steady", "stretched", "strained", "struggling"],
    text: "Think of a recent hard situation. What happened, what did you notice, what sense do you make of it, and what would you try next time?",
    selfText:
      "Think of a recent hard situation. What happened, what did I notice, what sense do I make of it, and what would I try next time?",
  },
  {
    id: "form-less-sure",
    function: "formative",
    stages: ["stretched", "strained"],
    text: "Where do you feel less sure of yourself at the moment, and what would help?",
    selfText: "Where do I feel less sure of myself at the moment, and what would help?",
  },
  {
    id: "form-lighter-skill",
    function: "formative",
    stages: ["strained", "struggling"],
    text: "What one skill or piece of know-how would make the work feel a bit lighter?",
  },
  {
    id: "form-small-step",
    function: "formative",
    stages: ["struggling"],
    text: "Should any learning or training wait for now? What is the smallest next step that feels doable?",
  },
  // Normative
  {
    id: "norm-workload-safe",
    function: "normative",
    stages: ["steady", "stretched", "strained", "struggling"],
    text: "Does your workload feel safe and manageable? What would make it more so?",
    selfText: "Does my workload feel safe and manageable? What would make it more so?",
  },
  {
    id: "norm-check-practice",
    function: "normative",
    stages: ["steady", "stretched"],
    text: "Is there a policy, standard or decision you would like to check or talk through?",
    selfText: "Is there a policy, standard or decision I would like to check or talk through?",
  },
  {
    id: "norm-role-clear",
    function: "normative",
    stages: ["steady", "stretched", "strained"],
    text: "Are your role and priorities clear? Is anything getting in the way of doing the job well?",
    selfText:
      "Are my role and priorities clear? Is anything getting in the way of doing the job well?",
  },
  {
    id: "norm-stress-effect",
    function: "normative",
    stages: ["stretched", "strained", "struggling"],
    text: "Has stress affected your work or decisions in a way we should talk about, without blame?",
    selfText:
      "Has stress affected my work or decisions in a way we should talk about, without blame?",
  },
  {
    id: "norm-mix-of-work",
    function: "normative",
    stages: ["strained", "struggling"],
    text: "Does your mix of work need to change for a while, for example fewer hard visits or working in pairs?",
    selfText:
      "Does my mix of work need to change for a while, for example fewer hard visits or working in pairs?",
  },
  {
    id: "norm-agree-changes",
    function: "normative",
    stages: ["struggling"],
    text: "What changes at work, such as a lighter load or time to recover, should we agree today? Who else needs to know, with your agreement?",
    selfText:
      "What changes at work, such as a lighter load or time to recover, should we agree today? Who else needs to know, with my agreement?",
  },
];
