import type { RouteComponentProps } from "wouter";
import { usePracticeStories } from "../../../db/organisation-hooks";
import { MissingRecord } from "../MissingRecord";
import { StoryEditor } from "./StoryEditor";

/** One story by its id. */
export function StoryEditPage({ params }: RouteComponentProps<{ id: string }>) {
  const stories = usePracticeStories();
  if (stories === undefined) return <p className="loading">Loading…</p>;
  const story = stories.find((candidate) => candidate.id === params.id);
  if (!story) return <MissingRecord what="story" back="See all stories" />;
  return <StoryEditor key={story.id} stored={story} />;
}
