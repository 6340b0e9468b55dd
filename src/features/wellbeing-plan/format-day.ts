import { parseISO } from "date-fns";
import { formatShortDate } from "../../domain/dates";

/** "2027-06-01" as the person's own calendar day ("1 Jun 2027"), not a UTC moment. */
export const formatDay = (day: string): string => formatShortDate(parseISO(day));
