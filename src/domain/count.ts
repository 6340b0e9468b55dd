/** Numbers as words read them: "1 check-in", "3 check-ins". */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
