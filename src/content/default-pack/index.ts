import type { ContentPack } from "../../domain/pack/schema";
import { grounding } from "./grounding";
import { items } from "./items";
import { domains, meta, patterns, stages } from "./meta";
import { organisation } from "./organisation";
import { peerGuide } from "./peer-guide";
import { resources } from "./resources";
import { advice, safety, scoring } from "./safety-advice-scoring";
import { supervisionPrompts } from "./supervision";
import { supervisorGuide } from "./supervisor-guide";
import { bodyMindTips } from "./tips-body-mind";
import { lifeWorkTips } from "./tips-life-work";
import { patternTips } from "./tips-patterns";

/**
 * The default en-GB content pack, written by us. Proven valid by
 * default-pack.test.ts, so it never goes through zod at run time.
 */
export const defaultPack: ContentPack = {
  ...meta,
  stages,
  patterns,
  domains,
  items,
  tips: [...bodyMindTips, ...lifeWorkTips, ...patternTips],
  supervisionPrompts,
  supervisorGuide,
  peerGuide,
  resources,
  grounding,
  safety,
  advice,
  scoring,
  organisation,
};
