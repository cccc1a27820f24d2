/** A score or review total (0–100) as people read it: whole, or with one decimal (79,6). */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(score)
}
