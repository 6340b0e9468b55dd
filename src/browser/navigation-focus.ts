/**
 * Focus moves to a page's heading after the person navigates, but not on the very
 * first page of a visit (that would skip the browser's own start position).
 */
let firstPageShown = false;

export function shouldFocusHeadingOnMount(): boolean {
  if (!firstPageShown) {
    firstPageShown = true;
    return false;
  }
  return true;
}
