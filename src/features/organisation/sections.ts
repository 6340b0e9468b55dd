/**
 * The parts of "For teams and organisations", in the order the hub lists them. One list:
 * the hub's links and the screen's routes both read it. A part that is not built yet has
 * no `component`, and shows a plain "coming soon" page.
 */
import type { ComponentType } from "react";
import { lazyPart } from "./lazy-part";
import { PledgeSection } from "./pledge/PledgeSection";
import { ReflectionSection } from "./reflection/ReflectionSection";

export interface OrgSection {
  /** Below /organisation, e.g. "/reflection". */
  readonly path: string;
  readonly title: string;
  /** One line on the hub: what this part is for. */
  readonly about: string;
  readonly component?: ComponentType;
}

export const ORG_SECTIONS: readonly OrgSection[] = [
  {
    path: "/reflection",
    title: "Team reflection",
    about: "Rate together how safe, fair and caring your workplace is, and see what to work on.",
    component: ReflectionSection,
  },
  {
    path: "/pledge",
    title: "Pledge",
    about: "Write a short pledge, choose what you commit to and print it.",
    component: PledgeSection,
  },
  {
    path: "/actions",
    title: "Key actions",
    about: "Pick two things to change in the next twelve months and track how they go.",
    component: lazyPart(() => import("./actions/ActionsPage")),
  },
  {
    path: "/stories",
    title: "Stories of practice",
    about: "Keep stories of what changed, privately, and share only those you choose.",
    component: lazyPart(() => import("./stories/StoriesPage")),
  },
  {
    path: "/learning",
    title: "Learning and community",
    about: "Find training, networks and groups of people doing this work.",
    component: lazyPart(() => import("./learning/LearningPage")),
  },
];
