/** The plan's review date: due on the day itself and every day after, until it is moved. */
export function isReviewDue(reviewOn: string | undefined, today: string): boolean {
  return !!reviewOn && reviewOn <= today;
}
