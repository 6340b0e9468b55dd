import { useLocation } from "wouter";
import { useNotices } from "../../../state/notices";
import { addPracticeStory } from "../../../db/org-stories";
import { StartWithTitle } from "../StartWithTitle";

/** A new story starts with a title; it is saved at once and opens to be written. */
export function StartStory() {
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);

  const start = async (title: string) => {
    try {
      const id = await addPracticeStory({
        title,
        happened: "",
        changed: "",
        learnt: "",
        detailsRemoved: false,
        consents: [],
      });
      navigate(`/${id}`);
    } catch (error) {
      show({ tone: "problem", text: (error as Error).message });
    }
  };

  return (
    <section aria-labelledby="start-story-heading" className="section">
      <h2 id="start-story-heading">Write a new story</h2>
      <StartWithTitle
        id="new-story-title"
        label="A short title"
        hint="Leave out names and places, for example “A calmer waiting room”."
        missing="Give the story a short title."
        button="Start this story"
        onStart={start}
      />
    </section>
  );
}
