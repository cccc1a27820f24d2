import { isValidIban, normalizeIban } from './iban'
import { euros } from './money'
import { textStream } from './text-stream'

/** The pain.001 version a bank takes: `09` is the EPC's current one, `03` what some banks still want. */
export type PainVersion = '09' | '03'

/** Our own account, which pays. */
export interface Debtor {
  name: string
  iban: string
  bic: string
}

/** One payout. A reclaim is not a credit transfer: amounts are always above zero. */
export interface Transfer {
  endToEndId: string
  amountCents: number
  creditorName: string
  creditorIban: string
  remittance: string
}

/**
 * One batch of payouts from one account, executed on one day. Both headers come before the
 * transfers, so their count and sum are known up front; the transfers are read a page at a time
 * while the file is written.
 */
export interface CreditTransferFile {
  messageId: string
  /** ISO timestamp. */
  createdAt: string
  /** YYYY-MM-DD. */
  executionDate: string
  debtor: Debtor
  count: number
  totalCents: number
  transfers: AsyncIterable<Transfer[]>
}

/** Maximum lengths the EPC guidelines allow, which are at most the schema's. */
const MAX = { id: 35, name: 70, remittance: 140 } as const

/**
 * Letters that have no decomposition into a base letter plus accents, and punctuation with a
 * near equivalent inside the SEPA set.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ŋ: 'n',
  Ŋ: 'N',
  ħ: 'h',
  Ħ: 'H',
  '&': '+',
  _: '-',
  '"': "'",
  '`': "'",
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '«': "'",
  '»': "'",
  '‹': "'",
  '›': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '⁄': '/',
  ';': ',',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '€': 'EUR',
}

const NOT_SEPA_LATIN = /[^a-zA-Z0-9/\-?:().,'+ ]/g
// Text that is SEPA Latin already, in words with single spaces between: most of a bank file's
// texts, which need no decomposing, so a 10,000-payout file spends its time on the others.
const SEPA_WORDS = /^[a-zA-Z0-9/\-?:().,'+]+(?: [a-zA-Z0-9/\-?:().,'+]+)*$/

/**
 * Text in the SEPA Latin character set (letters, digits, `/ - ? : ( ) . , ' +` and space) and at
 * most `max` characters: accents are dropped (`é` → `e`, `ĳ` → `ij`), letters without a
 * decomposition spelled out (`ß` → `ss`), a few signs swapped for a near one (`&` → `+`,
 * `_` → `-`, quotes → `'`), anything else becomes a space, and runs of spaces become one.
 */
export function sepaText(text: string, max: number): string {
  if (SEPA_WORDS.test(text)) return text.slice(0, max).trimEnd()
  return Array.from(text.normalize('NFKD').replace(/\p{M}/gu, ''), (char) => {
    return REPLACEMENTS[char] ?? char
  })
    .join('')
    .replace(NOT_SEPA_LATIN, ' ')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, max)
    .trimEnd()
}

const KIND_WORDS = { advance: 'voorschot', installment: 'termijn', final: 'eindbetaling' } as const

/**
 * The remittance text a grantee sees on their statement: `Subsidie <network> <reference>
 * <voorschot|termijn|eindbetaling>`. A long network name is shortened so the reference and the
 * kind of payment always fit.
 */
export function remittanceText(
  networkName: string,
  reference: string,
  kind: 'advance' | 'installment' | 'final',
): string {
  const prefix = 'Subsidie '
  const tail = sepaText(`${reference} ${KIND_WORDS[kind]}`, MAX.remittance - prefix.length)
  const room = Math.max(0, MAX.remittance - prefix.length - tail.length - 1)
  const network = sepaText(networkName, room)
  return sepaText(`${prefix}${network} ${tail}`, MAX.remittance)
}

/**
 * A pain.001 credit transfer file as a stream: one group header and one payment information block
 * holding every transfer, written a page of transfers at a time. All text passes through
 * `sepaText`; creditor addresses are left out, since unstructured ones are rejected from November
 * 2026 and none is needed inside SEPA.
 * Throws a RangeError for an empty batch, an invalid IBAN, BIC or date, or a required text with
 * no SEPA characters at all; the stream fails, before the closing tags, on a transfer that is not
 * a whole number of cents above zero or has such a text or IBAN, and on transfers that do not add
 * up to the headers' count and sum. Messages name the field and the end-to-end id, never a name
 * or an IBAN, so logs stay clean.
 */
export function painXmlStream(
  file: CreditTransferFile,
  version: PainVersion = '09',
): ReadableStream<Uint8Array> {
  return textStream(painChunks(painHeader(file, version), file))
}

function painHeader(file: CreditTransferFile, version: PainVersion): string {
  if (!Number.isSafeInteger(file.count) || file.count < 1) {
    throw new RangeError('A credit transfer file needs a transfer')
  }
  const count = String(file.count)
  const controlSum = euros(file.totalCents)
  const messageId = identifier(file.messageId, 'The message id')
  const debtorName = requiredText(file.debtor.name, MAX.name, 'The debtor name')
  const executionDate = isoDate(file.executionDate)
  const groupHeader = {
    GrpHdr: {
      MsgId: messageId,
      CreDtTm: isoDateTime(file.createdAt),
      NbOfTxs: count,
      CtrlSum: controlSum,
      InitgPty: { Nm: debtorName },
    },
  }
  const payment = {
    PmtInfId: messageId,
    PmtMtd: 'TRF',
    NbOfTxs: count,
    CtrlSum: controlSum,
    PmtTpInf: { SvcLvl: { Cd: 'SEPA' } },
    ReqdExctnDt: version === '09' ? { Dt: executionDate } : executionDate,
    Dbtr: { Nm: debtorName },
    DbtrAcct: { Id: { IBAN: iban(file.debtor.iban, 'The debtor IBAN') } },
    DbtrAgt: { FinInstnId: { [version === '09' ? 'BICFI' : 'BIC']: bic(file.debtor.bic) } },
    ChrgBr: 'SLEV',
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.${version}">\n` +
    '  <CstmrCdtTrfInitn>\n' +
    xml(groupHeader, 2) +
    '    <PmtInf>\n' +
    xml(payment, 3)
  )
}

const PAIN_END = '    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n'

/**
 * About 25 KB of XML per chunk: few enough chunks to stream fast, each small enough for V8 to
 * free young (a page's 250 KB string would go to the large-object space, which only a full
 * collection frees, so memory rose with the batch).
 */
const TRANSFERS_PER_CHUNK = 50

async function* painChunks(header: string, file: CreditTransferFile): AsyncGenerator<string> {
  yield header
  let count = 0
  let cents = 0
  for await (const page of file.transfers) {
    for (let start = 0; start < page.length; start += TRANSFERS_PER_CHUNK) {
      let chunk = ''
      for (const transfer of page.slice(start, start + TRANSFERS_PER_CHUNK)) {
        assertPayable(transfer)
        count += 1
        cents += transfer.amountCents
        chunk += xml({ CdtTrfTxInf: creditTransfer(transfer) }, 3)
      }
      yield chunk
    }
  }
  // The headers went out first: a file whose transfers do not match them stays unfinished, so
  // no bank takes it.
  if (count !== file.count || cents !== file.totalCents) {
    throw new RangeError(
      `The transfers (${count}, ${cents} cents) do not match the headers (${file.count}, ${file.totalCents} cents)`,
    )
  }
  yield PAIN_END
}

/** Elements in order, each holding text or further elements; a name may carry an attribute. */
interface XmlTree {
  [nameAndAttributes: string]: string | XmlTree
}

/** The elements indented by two spaces per level, one per line, text escaped. */
function xml(tree: XmlTree, depth: number): string {
  const indent = '  '.repeat(depth)
  let out = ''
  for (const [tag, content] of Object.entries(tree)) {
    const name = tag.split(' ', 1)[0]
    out +=
      typeof content === 'string'
        ? `${indent}<${tag}>${escapeXml(content)}</${name}>\n`
        : `${indent}<${tag}>\n${xml(content, depth + 1)}${indent}</${name}>\n`
  }
  return out
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char])
}

function creditTransfer(transfer: Transfer): XmlTree {
  const of = `of transfer ${transfer.endToEndId}`
  return {
    PmtId: { EndToEndId: identifier(transfer.endToEndId, `The end-to-end id ${of}`) },
    Amt: { 'InstdAmt Ccy="EUR"': euros(transfer.amountCents) },
    Cdtr: { Nm: requiredText(transfer.creditorName, MAX.name, `The creditor name ${of}`) },
    CdtrAcct: { Id: { IBAN: iban(transfer.creditorIban, `The creditor IBAN ${of}`) } },
    RmtInf: { Ustrd: requiredText(transfer.remittance, MAX.remittance, `The remittance ${of}`) },
  }
}

function assertPayable({ amountCents, endToEndId }: Transfer): void {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    throw new RangeError(`Transfer ${endToEndId} needs whole cents above zero, not ${amountCents}`)
  }
}

function requiredText(text: string, max: number, what: string): string {
  const clean = sepaText(text, max)
  if (clean === '') throw new RangeError(`${what} has no SEPA characters`)
  return clean
}

/** The EPC forbids a reference that starts or ends with `/` or holds `//`. */
function identifier(text: string, what: string): string {
  const clean = sepaText(text, Number.MAX_SAFE_INTEGER)
    .replace(/\/{2,}/g, '/')
    .replace(/^[/ ]+/, '')
    .slice(0, MAX.id)
    .replace(/[/ ]+$/, '')
  if (clean === '') throw new RangeError(`${what} has no SEPA characters: ${text}`)
  return clean
}

function iban(raw: string, what: string): string {
  const normalized = normalizeIban(raw)
  if (!isValidIban(normalized)) throw new RangeError(`${what} is invalid`)
  return normalized
}

function bic(raw: string): string {
  const normalized = raw.replace(/\s+/g, '').toUpperCase()
  // The pattern of .03, which every BIC that .09 allows and banks issue also matches.
  if (!/^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/.test(normalized)) {
    throw new RangeError(`The debtor BIC is invalid: ${raw}`)
  }
  return normalized
}

function isoDate(text: string): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN
  // Date.parse rolls 2026-02-30 over into March: compare to catch that too.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${text}`)
  }
  return text
}

/** In UTC to the second: fractions tell a bank nothing, and `Z` is unambiguous in both schemas. */
function isoDateTime(text: string): string {
  const date = new Date(text)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO timestamp: ${text}`)
  return `${date.toISOString().slice(0, 19)}Z`
}
