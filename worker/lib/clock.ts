/** Now as an ISO timestamp (UTC, milliseconds), the one format every stored time uses. */
export function nowIso(): string {
  return new Date().toISOString()
}

/** An ISO timestamp `minutes` from `from` (negative for the past). */
export function addMinutes(from: string, minutes: number): string {
  return new Date(Date.parse(from) + minutes * 60_000).toISOString()
}
