import { PLEDGE_MAX_WORDS } from "../../../domain/organisation/limits";
import { wordCountState } from "../../../domain/organisation/pledge-check";

/**
 * The live word count. The visible count changes with every word; the polite live
 * message only changes when the count comes near the limit or goes over it, so a
 * screen reader is not interrupted at every key.
 */
export function WordCount({ id, words }: { id: string; words: number }) {
  const state = wordCountState(words);
  const spoken =
    state === "over"
      ? `${words - PLEDGE_MAX_WORDS} ${words - PLEDGE_MAX_WORDS === 1 ? "word" : "words"} too many`
      : state === "near"
        ? "Close to the limit of 150 words"
        : "";
  return (
    <>
      <p id={id} className={state === "over" ? "word-count over" : "word-count"}>
        {state === "over"
          ? `${words} words: ${words - PLEDGE_MAX_WORDS} too many (most ${PLEDGE_MAX_WORDS})`
          : `${words} of ${PLEDGE_MAX_WORDS} words`}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
