import { textStream } from './text-stream'

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP: CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/
// A plain decimal amount such as `-12.50` is a number to a spreadsheet, never a formula.
const DECIMAL = /^-?\d+(\.\d+)?$/
// `;` too: a Dutch spreadsheet splits on it when it opens a CSV file.
const NEEDS_QUOTES = /[,;"\r\n]|^\s|\s$/

/**
 * One CSV record as RFC 4180 has it, ending in CRLF. Text that a spreadsheet would run as a
 * formula gets a leading `'`; numbers, also decimal amounts as text, stay numbers; `null` is an
 * empty field.
 */
export function csvLine(values: (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}

function csvField(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`)
    return String(value)
  }
  const text = FORMULA_START.test(value) && !DECIMAL.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

type CsvRow = (string | number | null)[]

/**
 * A CSV file as a stream: a UTF-8 byte order mark (so spreadsheets read the accents right) with
 * the header, then the rows as they are read, a page of rows at a time, each page pulled only as
 * the reader asks for it and written as one chunk.
 */
export function csvStream(
  header: string[],
  pages: AsyncIterable<CsvRow[]>,
): ReadableStream<Uint8Array> {
  return textStream(csvText(header, pages))
}

async function* csvText(header: string[], pages: AsyncIterable<CsvRow[]>) {
  yield `\uFEFF${csvLine(header)}`
  for await (const page of pages) if (page.length > 0) yield page.map(csvLine).join('')
}
