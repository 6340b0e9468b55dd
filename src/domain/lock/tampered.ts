/**
 * A stored row that is not what the app wrote: a sealed row whose readable fields were
 * changed or added to, or a plain row in a personal table while the lock is on. Such a
 * row is never shown as the person's; the screen says kindly what happened instead.
 * In a file of its own: the database layer needs it before any crypto code loads.
 */
export class TamperedRowError extends Error {
  constructor(table: string) {
    super(`A row in ${table} was changed outside the app.`);
    this.name = "TamperedRowError";
  }
}
