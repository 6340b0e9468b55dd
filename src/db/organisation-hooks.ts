/** Live reads for the "For teams and organisations" screens. */
import { useLiveQuery } from "dexie-react-hooks";
import type {
  OrgAction,
  Pledge,
  PracticeStory,
  TeamReflection,
} from "../domain/organisation/schema";
import { listOrgActions } from "./org-actions";
import { listPledges } from "./org-pledges";
import { listReflections, readReflectionDraft } from "./org-reflections";
import { listPracticeStories } from "./org-stories";

/** undefined while loading, null when no reflection is being filled in. */
export function useReflectionDraft(): TeamReflection | null | undefined {
  return useLiveQuery(() => readReflectionDraft(), []);
}

export function useReflections(): TeamReflection[] | undefined {
  return useLiveQuery(() => listReflections(), []);
}

export function usePledges(): Pledge[] | undefined {
  return useLiveQuery(() => listPledges(), []);
}

export function useOrgActions(): OrgAction[] | undefined {
  return useLiveQuery(() => listOrgActions(), []);
}

export function usePracticeStories(): PracticeStory[] | undefined {
  return useLiveQuery(() => listPracticeStories(), []);
}
