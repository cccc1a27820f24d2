import { type Exporter, downloadCSV } from 'react-admin'
import { centsToEuros } from '../common/money'
import { i18nProvider } from '../i18n'
import type { Payout } from '../types'

/** The columns of the export, in order; the IBAN columns only when the reader may see them. */
const COLUMNS = [
  'reference',
  'title',
  'kind',
  'amountCents',
  'dueOn',
  'status',
  'batchId',
  'paidOn',
  'endToEndId',
  'creditorName',
  'creditorIban',
] as const
type Column = (typeof COLUMNS)[number]

/** Free text could start a spreadsheet formula: such a cell is written as plain text instead. */
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[";,\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function textCell(value: string | null | undefined): string {
  return cell(value && FORMULA_START.test(value) ? `'${value}` : value)
}

function value(payout: Payout, column: Column): string {
  const t = i18nProvider.translate
  switch (column) {
    case 'kind':
      return cell(t(`resources.payouts.kind.${payout.kind}`))
    case 'status':
      return cell(t(`resources.payouts.status.${payout.status}`))
    // Machine euros (-12.50): a spreadsheet reads them as numbers in any language.
    case 'amountCents':
      return cell(centsToEuros(payout.amountCents))
    case 'title':
    case 'creditorName':
      return textCell(payout[column])
    default:
      return cell(payout[column])
  }
}

/** The filtered payouts (at most the list's export cap) as CSV, with headers in the panel's words. */
export const payoutExporter: Exporter<Payout> = (payouts) => {
  const columns = COLUMNS.filter(
    (column) =>
      (column !== 'creditorName' && column !== 'creditorIban') ||
      payouts.some((payout) => column in payout),
  )
  const header = columns.map((column) =>
    cell(i18nProvider.translate(`resources.payouts.fields.${column}`)),
  )
  const rows = payouts.map((payout) => columns.map((column) => value(payout, column)).join(','))
  downloadCSV([header.join(','), ...rows].join('\r\n'), 'payouts')
}
