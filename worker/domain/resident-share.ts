/** A network needs at least this share of residents (percent) to decide (DOMAIN: networks). */
export const MIN_RESIDENT_SHARE = 50

/** Residents as a percentage of all members, one decimal; null for a network without members. */
export function residentShare(residents: number, members: number): number | null {
  if (members === 0) return null
  return Math.round((residents * 1000) / members) / 10
}

/** Whether a network's make-up allows it to decide: at least half residents. */
export function mayDecide(residents: number, members: number): boolean {
  return members > 0 && residents * 100 >= members * MIN_RESIDENT_SHARE
}
