/**
 * Runs `work` once the screen now being drawn has been painted: for loading what the
 * next step needs, without competing with what the person is about to see.
 * Returns a function that cancels it, for an effect's clean-up.
 */
export function afterPaint(work: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
