import { useEffect } from "react";
import { Link } from "wouter";
import type { Grounding } from "../../domain/pack/schema";
import { FOCUS_LABELS, describeExercise } from "../../domain/resources/grounding-player";

interface GroundingListProps {
  exercises: readonly Grounding[];
  /** This page's address; an exercise opens at `?exercise=<id>`. */
  listHref: string;
  /** The exercise the person has just come back from, whose Start link takes focus. */
  focusId: string | null;
}

const startId = (id: string) => `start-${id}`;

export function GroundingList({ exercises, listHref, focusId }: GroundingListProps) {
  useEffect(() => {
    if (!focusId) return;
    // After the page has put focus on its heading (its effect runs after this one).
    queueMicrotask(() => document.getElementById(startId(focusId))?.focus());
  }, [focusId]);

  return (
    <section className="section" aria-labelledby="grounding-heading">
      <h2 id="grounding-heading" tabIndex={-1}>
        Grounding exercises
      </h2>
      <p>
        Short exercises to bring you back to the here and now when things feel too much. Go at your
        own pace, and stop whenever you like.
      </p>
      <ul className="grounding-list">
        {exercises.map((exercise) => (
          <li key={exercise.id} className="grounding-card">
            <h3>{exercise.title}</h3>
            <p>{exercise.intro}</p>
            <p className="muted">
              Focus: {FOCUS_LABELS[exercise.focus]}. {describeExercise(exercise)}.
            </p>
            <Link
              id={startId(exercise.id)}
              className="button"
              href={`${listHref}?exercise=${encodeURIComponent(exercise.id)}`}
            >
              Start <span className="visually-hidden">{exercise.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
