/**
 * IBAN length per country, from the SWIFT IBAN registry. Territories that bank under another
 * country's code (Åland under FI, the French overseas departments under FR, Jersey under GB, …)
 * need no entry of their own.
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
}

/** An IBAN as typed or pasted, without any whitespace, in capitals: ` nl91 abna…` → `NL91ABNA…`. */
export function normalizeIban(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

/**
 * Whether a normalized IBAN is well formed: a known country code, its exact length, and check
 * digits that pass ISO 13616's mod-97 test.
 */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false
  if (!Object.hasOwn(IBAN_LENGTHS, iban.slice(0, 2))) return false
  if (iban.length !== IBAN_LENGTHS[iban.slice(0, 2)]) return false
  // 00, 01 and 99 can pass mod-97 but are never issued: the standard computes 02–98.
  const checkDigits = Number(iban.slice(2, 4))
  if (checkDigits < 2 || checkDigits > 98) return false
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1
}

/** The IBAN's number form (A = 10 … Z = 35) modulo 97, digit by digit so it stays exact. */
function mod97(chars: string): number {
  let remainder = 0
  for (const char of chars) {
    const value = parseInt(char, 36)
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97
  }
  return remainder
}

/** An IBAN in groups of four for people to read: `NL91 ABNA 0417 1643 00`. */
export function formatIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ')
}

/**
 * An IBAN with all but its first and last four characters hidden, for roles that need not see it
 * whole (DOMAIN: privacy): `NL91 **** 4300`.
 */
export function maskIban(iban: string): string {
  const normalized = normalizeIban(iban)
  // Too short to hide anything while showing both ends: show nothing.
  if (normalized.length <= 8) return '****'
  return `${normalized.slice(0, 4)} **** ${normalized.slice(-4)}`
}
