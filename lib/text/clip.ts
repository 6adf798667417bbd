/** Text for a line of limited room: white space collapsed, and cut to n characters with "…" when longer. */
export function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}
