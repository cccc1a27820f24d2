/** What an attachment is, judged by its content alone: the type to serve it as, its extension. */
export interface FileType {
  contentType: string
  extension: string
}

const PDF: FileType = { contentType: 'application/pdf', extension: 'pdf' }
const JPEG: FileType = { contentType: 'image/jpeg', extension: 'jpg' }
const PNG: FileType = { contentType: 'image/png', extension: 'png' }
const DOCX: FileType = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
}
const XLSX: FileType = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
}
const ODT_TYPE = 'application/vnd.oasis.opendocument.text'
const ODT: FileType = { contentType: ODT_TYPE, extension: 'odt' }

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]
const JPEG_MAGIC = [0xff, 0xd8, 0xff]
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const ZIP_LOCAL_HEADER = 0x04034b50
const ZIP_CENTRAL_HEADER = 0x02014b50
const ZIP_END_OF_DIRECTORY = 0x06054b50
const ZIP_END_LENGTH = 22
const ZIP_MAX_COMMENT = 0xffff
// Not fatal: a name that is not UTF-8 decodes to replacement characters instead of throwing.
const utf8 = new TextDecoder()

/**
 * The type of a file judged only by its content, or undefined when it is not one we accept: PDF,
 * JPEG, PNG, DOCX, XLSX or ODT text. A name or declared type is never evidence: an HTML page
 * called `offerte.pdf` is still HTML. Never throws, whatever the bytes.
 */
export function sniffFileType(bytes: Uint8Array): FileType | undefined {
  if (startsWith(bytes, PDF_MAGIC)) return PDF
  if (startsWith(bytes, JPEG_MAGIC)) return JPEG
  if (startsWith(bytes, PNG_MAGIC)) return PNG
  if (uint32(bytes, 0) === ZIP_LOCAL_HEADER) return sniffZip(bytes)
  return undefined
}

function sniffZip(bytes: Uint8Array): FileType | undefined {
  const names = zipEntryNames(bytes)
  if (!names) return undefined
  if (names.includes('word/document.xml')) return DOCX
  if (names.includes('xl/workbook.xml')) return XLSX
  if (names.includes('mimetype') && firstEntryIsOdtMimetype(bytes)) return ODT
  return undefined
}

/** Entry names from the central directory, or undefined when the archive is not intact. */
function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const end = findEndOfDirectory(bytes)
  if (end === undefined) return undefined
  const count = uint16(bytes, end + 10)
  const size = uint32(bytes, end + 12)
  const start = uint32(bytes, end + 16)
  // Zip64 archives and directories that overlap their own end record are not what offices write.
  if (count === undefined || size === undefined || start === undefined) return undefined
  if (start + size > end) return undefined
  const names: string[] = []
  let at = start
  for (let i = 0; i < count; i++) {
    if (uint32(bytes, at) !== ZIP_CENTRAL_HEADER) return undefined
    const nameLength = uint16(bytes, at + 28)
    const extraLength = uint16(bytes, at + 30)
    const commentLength = uint16(bytes, at + 32)
    if (nameLength === undefined || extraLength === undefined || commentLength === undefined) {
      return undefined
    }
    const nameEnd = at + 46 + nameLength
    if (nameEnd > start + size) return undefined
    names.push(utf8.decode(bytes.subarray(at + 46, nameEnd)))
    at = nameEnd + extraLength + commentLength
  }
  return names
}

/** Offset of the End Of Central Directory record: within the last 64 KiB + 22 bytes. */
function findEndOfDirectory(bytes: Uint8Array): number | undefined {
  const lowest = Math.max(0, bytes.length - ZIP_END_LENGTH - ZIP_MAX_COMMENT)
  for (let at = bytes.length - ZIP_END_LENGTH; at >= lowest; at--) {
    if (uint32(bytes, at) !== ZIP_END_OF_DIRECTORY) continue
    const commentLength = uint16(bytes, at + 20)
    if (commentLength !== undefined && at + ZIP_END_LENGTH + commentLength <= bytes.length) {
      return at
    }
  }
  return undefined
}

/** ODF puts `mimetype` first and uncompressed, at a fixed place (ODF 1.2 part 3, §3.3). */
function firstEntryIsOdtMimetype(bytes: Uint8Array): boolean {
  const method = uint16(bytes, 8)
  const storedSize = uint32(bytes, 18)
  const nameLength = uint16(bytes, 26)
  const extraLength = uint16(bytes, 28)
  if (method !== 0 || storedSize !== ODT_TYPE.length) return false
  if (nameLength === undefined || extraLength === undefined) return false
  const name = utf8.decode(bytes.subarray(30, 30 + nameLength))
  const contentStart = 30 + nameLength + extraLength
  const contentEnd = contentStart + storedSize
  if (name !== 'mimetype' || contentEnd > bytes.length) return false
  return utf8.decode(bytes.subarray(contentStart, contentEnd)) === ODT_TYPE
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte)
}

function uint16(bytes: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 2 > bytes.length) return undefined
  return bytes[at] | (bytes[at + 1] << 8)
}

/** Little-endian; undefined past the end and for 0xFFFFFFFF, which marks a Zip64 value. */
function uint32(bytes: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 4 > bytes.length) return undefined
  const value = (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 2 ** 24
  return value === 0xffffffff ? undefined : value
}

const MAX_BASE_LENGTH = 100
const FALLBACK_BASE = 'bijlage'

/**
 * The name an attachment is offered under: the uploader's name without any path, control
 * characters, quotes or other symbols, at most 100 characters, always ending in the extension its
 * content earned (`../Offerte "zaal".exe`, pdf → `Offerte zaal.pdf`); `bijlage` when nothing is
 * left of it.
 */
export function safeFilename(name: string, extension: string): string {
  const cleaned = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/\s/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{Nd} ._\-()]/gu, '')
    .replace(/ {2,}/g, ' ')
  const withoutExtension = trimDotsAndSpaces(cleaned).replace(/(.)\.[\p{L}\p{Nd}]{1,10}$/u, '$1')
  // Cut by code point, so a letter outside the BMP is never split into half a surrogate pair.
  const base = trimDotsAndSpaces(
    Array.from(trimDotsAndSpaces(withoutExtension)).slice(0, MAX_BASE_LENGTH).join(''),
  )
  return `${base || FALLBACK_BASE}.${extension}`
}

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[. ]+|[. ]+$/g, '')
}

/**
 * A Content-Disposition header that makes browsers download the file under this name: an ASCII
 * `filename` for old clients and the exact name as RFC 5987 `filename*`.
 */
export function contentDisposition(filename: string): string {
  // Unpaired surrogates cannot be UTF-8 encoded; encodeURIComponent would throw on them.
  const wellFormed = filename.replace(/\p{Cs}/gu, '\ufffd')
  const ascii = wellFormed.replace(/[^\x20-\x7e]|["\\]/gu, '_')
  const encoded = encodeURIComponent(wellFormed).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
