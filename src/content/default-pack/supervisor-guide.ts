import type { SupervisorGuide } from "../../domain/pack/schema";

/**
 * For a supervisor: what to think about and offer at each stage. Drawn from the
 * HSE Management Standards, Stress First Aid and usual UK routes (occupational
 * health, reasonable adjustments). Our own words. An organisation's pack adds its
 * own routes in localRoutes.
 */
export const supervisorGuide: SupervisorGuide = {
  stages: [
    {
      stage: "steady",
      consider: [
        "Say what is going well, and ask what helps it go well.",
        "Check their mix of work still suits them.",
      ],
      offer: [
        "Time to learn and try new things.",
        "Space to talk about the work that matters to them.",
      ],
    },
    {
      stage: "stretched",
      consider: [
        "Ask what has changed, at work and outside it.",
        "Check breaks, leave and hours. Are they getting them?",
      ],
      offer: [
        "A small change to their load or rota for a while.",
        "A short catch-up before the next session.",
      ],
    },
    {
      stage: "strained",
      consider: [
        "Talk about a work stress risk assessment. The HSE stress standards are a good guide.",
        "Think about changes to help them at work, such as a lighter load, fewer hard cases or flexible hours.",
      ],
      offer: [
        "A referral to occupational health, if they agree.",
        "The staff support line or employee help service.",
        "Supervision more often for a while.",
      ],
    },
    {
      stage: "struggling",
      consider: [
        "Ask them straight out about their safety. If they may not be safe, use Help now together.",
        "Agree with them who else needs to know. Tell your own manager or HR if you need to.",
      ],
      offer: [
        "A referral to occupational health now, if they agree.",
        "Changes to their work, or time away from the hardest work, so they can recover.",
        "Their GP. If it is urgent: 999 if anyone is in danger now; if not, the urgent mental health line for where you work (111 option 2 in England and Wales, 111 in Scotland, Lifeline 0808 808 8000 in Northern Ireland).",
      ],
    },
  ],
  localRoutes: [],
};
