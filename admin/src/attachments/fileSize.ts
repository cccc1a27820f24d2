/** A file's size for reading: kB below a megabyte, MB from there, in the panel's language. */
export function formatFileSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1_000_000
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (megabytes ? 1_000_000 : 1_000))
}
