import { describe, expect, it } from 'vitest'
import { contentDisposition, safeFilename, sniffFileType } from './file-type'

const text = (value: string) => new TextEncoder().encode(value)
const bytes = (...values: number[]) => new Uint8Array(values)

interface Entry {
  name: string
  content?: string
}

/**
 * A minimal ZIP archive: stored entries (no compression, CRC left 0, which the sniffer never
 * reads), their central directory and the end record, optionally followed by an archive comment.
 */
function zip(entries: Entry[], comment = ''): Uint8Array {
  const locals: number[] = []
  const central: number[] = []
  for (const { name, content = '' } of entries) {
    const nameBytes = [...text(name)]
    const data = [...text(content)]
    const offset = locals.length
    locals.push(
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(data.length),
      ...u32(data.length),
      ...u16(nameBytes.length),
      ...u16(0),
      ...nameBytes,
      ...data,
    )
    central.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(data.length),
      ...u32(data.length),
      ...u16(nameBytes.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...nameBytes,
    )
  }
  const commentBytes = [...text(comment)]
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(central.length),
    ...u32(locals.length),
    ...u16(commentBytes.length),
    ...commentBytes,
  ]
  return new Uint8Array([...locals, ...central, ...end])
}

function u16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff]
}

function u32(value: number): number[] {
  return [...u16(value & 0xffff), ...u16(value >>> 16)]
}

const odtMimetype = { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' }
const docx = () =>
  zip([{ name: '[Content_Types].xml' }, { name: '_rels/.rels' }, { name: 'word/document.xml' }])
const xlsx = () => zip([{ name: '[Content_Types].xml' }, { name: 'xl/workbook.xml' }])
const odt = () => zip([odtMimetype, { name: 'content.xml' }, { name: 'META-INF/manifest.xml' }])

describe('sniffFileType', () => {
  it('recognises a PDF by its %PDF- header', () => {
    expect(sniffFileType(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({
      contentType: 'application/pdf',
      extension: 'pdf',
    })
  })

  it('recognises JPEG and PNG by their signatures', () => {
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10))).toEqual({
      contentType: 'image/jpeg',
      extension: 'jpg',
    })
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toEqual({
      contentType: 'image/png',
      extension: 'png',
    })
  })

  it('recognises DOCX, XLSX and ODT from the entries of their archive', () => {
    expect(sniffFileType(docx())).toEqual({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    })
    expect(sniffFileType(xlsx())).toEqual({
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    })
    expect(sniffFileType(odt())).toEqual({
      contentType: 'application/vnd.oasis.opendocument.text',
      extension: 'odt',
    })
  })

  it('finds the central directory behind an archive comment', () => {
    expect(
      sniffFileType(zip([{ name: 'word/document.xml' }], 'gemaakt door Word'))?.extension,
    ).toBe('docx')
  })

  it('refuses an OpenDocument that is not text, or whose mimetype is not the first entry', () => {
    const spreadsheet = {
      name: 'mimetype',
      content: 'application/vnd.oasis.opendocument.spreadsheet',
    }
    expect(sniffFileType(zip([spreadsheet, { name: 'content.xml' }]))).toBeUndefined()
    expect(sniffFileType(zip([{ name: 'content.xml' }, odtMimetype]))).toBeUndefined()
  })

  it('refuses any other archive, including one whose name only looks right', () => {
    expect(sniffFileType(zip([{ name: 'virus.exe' }, { name: 'readme.txt' }]))).toBeUndefined()
    expect(sniffFileType(zip([{ name: 'word/document.xml.exe' }]))).toBeUndefined()
    expect(sniffFileType(zip([]))).toBeUndefined()
  })

  it('refuses a truncated or corrupted archive', () => {
    const whole = docx()
    expect(sniffFileType(whole.subarray(0, whole.length - 1))).toBeUndefined()
    expect(sniffFileType(whole.subarray(0, whole.length - 30))).toBeUndefined()
    expect(sniffFileType(whole.subarray(0, 40))).toBeUndefined()
    const wrongOffset = whole.slice()
    wrongOffset[wrongOffset.length - 6] = 0xff
    expect(sniffFileType(wrongOffset)).toBeUndefined()
    const tooManyEntries = whole.slice()
    tooManyEntries[tooManyEntries.length - 12] = 9
    expect(sniffFileType(tooManyEntries)).toBeUndefined()
    const odtTruncated = odt().subarray(0, 50)
    expect(sniffFileType(odtTruncated)).toBeUndefined()
  })

  it.each([
    ['nothing', new Uint8Array()],
    ['one byte', bytes(0x25)],
    ['half a PDF header', text('%PD')],
    ['HTML renamed to .pdf', text('<!DOCTYPE html><html><body>offerte</body></html>')],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['GIF', text('GIF89a\x01\x00\x01\x00')],
    ['plain text', text('Begroting: zaalhuur 250 euro')],
    [
      'a Windows program',
      text('MZ\x90\x00\x03\x00\x00\x00 This program cannot be run in DOS mode'),
    ],
    ['a bare zip signature', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['a zip signature followed by noise', bytes(0x50, 0x4b, 0x03, 0x04, ...Array(60).fill(0xff))],
  ])('refuses %s', (_, content) => {
    expect(sniffFileType(content)).toBeUndefined()
  })

  it('never throws on random bytes behind a zip signature', () => {
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff
    for (let round = 0; round < 200; round++) {
      const noise = Array.from({ length: round * 7 }, random)
      const content = bytes(0x50, 0x4b, 0x03, 0x04, ...noise, 0x50, 0x4b, 0x05, 0x06, ...noise)
      expect(() => sniffFileType(content)).not.toThrow()
    }
  })
})

describe('safeFilename', () => {
  it('keeps a plain name and puts the sniffed extension in place of the given one', () => {
    expect(safeFilename('Offerte zaalhuur.pdf', 'pdf')).toBe('Offerte zaalhuur.pdf')
    expect(safeFilename('begroting.exe', 'xlsx')).toBe('begroting.xlsx')
    expect(safeFilename('foto', 'jpg')).toBe('foto.jpg')
    expect(safeFilename('plan.v2.docx', 'docx')).toBe('plan.v2.docx')
  })

  it('drops any path, Unix or Windows', () => {
    expect(safeFilename('../../etc/passwd', 'pdf')).toBe('passwd.pdf')
    expect(safeFilename('C:\\Users\\Fatima\\Mijn plan.docx', 'docx')).toBe('Mijn plan.docx')
  })

  it('drops control characters, quotes and symbols, and collapses whitespace', () => {
    expect(safeFilename('Offerte "zaal"\u0000\u0007 <script>;&.pdf', 'pdf')).toBe(
      'Offerte zaal script.pdf',
    )
    expect(safeFilename('factuur\u202Efdp.exe', 'pdf')).toBe('factuurfdp.pdf')
    expect(safeFilename("a\t\tb\n c  'd'.png", 'png')).toBe('a b c d.png')
  })

  it('keeps letters of any script, digits, brackets, dots, dashes and underscores', () => {
    expect(safeFilename('Buurtfeest (2025)_v-1 Çağrı شارع 街.jpg', 'jpg')).toBe(
      'Buurtfeest (2025)_v-1 Çağrı شارع 街.jpg',
    )
    expect(safeFilename('cafe\u0301.pdf', 'pdf')).toBe('café.pdf')
  })

  it('trims dots and spaces so the name cannot hide or escape', () => {
    expect(safeFilename(' ..  .verborgen. ', 'pdf')).toBe('verborgen.pdf')
    expect(safeFilename('...', 'pdf')).toBe('bijlage.pdf')
    expect(safeFilename('.pdf', 'pdf')).toBe('pdf.pdf')
  })

  it('calls a file without a usable name "bijlage"', () => {
    expect(safeFilename('', 'pdf')).toBe('bijlage.pdf')
    expect(safeFilename('"<>|?*', 'png')).toBe('bijlage.png')
    expect(safeFilename('dir/', 'pdf')).toBe('bijlage.pdf')
  })

  it('cuts the base at 100 characters, never inside a character', () => {
    expect(safeFilename('a'.repeat(150) + '.pdf', 'pdf')).toBe('a'.repeat(100) + '.pdf')
    const long = safeFilename('😀'.repeat(3) + '𝒜'.repeat(120), 'pdf')
    expect(Array.from(long.slice(0, -4))).toHaveLength(100)
    expect(long.slice(0, -4)).toMatch(/^𝒜+$/u)
    expect(safeFilename('a'.repeat(99) + ' b', 'pdf')).toBe('a'.repeat(99) + '.pdf')
  })
})

describe('contentDisposition', () => {
  it('offers an ASCII name as both filename and filename*', () => {
    expect(contentDisposition('Offerte zaal.pdf')).toBe(
      `attachment; filename="Offerte zaal.pdf"; filename*=UTF-8''Offerte%20zaal.pdf`,
    )
  })

  it('replaces non-ASCII in the fallback and percent-encodes it as UTF-8 in filename*', () => {
    expect(contentDisposition('Café (2).pdf')).toBe(
      `attachment; filename="Caf_ (2).pdf"; filename*=UTF-8''Caf%C3%A9%20%282%29.pdf`,
    )
    expect(contentDisposition('街😀.png')).toBe(
      `attachment; filename="__.png"; filename*=UTF-8''%E8%A1%97%F0%9F%98%80.png`,
    )
  })

  it('cannot be broken out of by quotes, backslashes or line breaks', () => {
    const [fallback, encoded] = contentDisposition('a"b\\c\r\nSet-Cookie: x=1\'*.pdf')
      .split('; ')
      .slice(1)
    expect(fallback).toBe(`filename="a_b_c__Set-Cookie: x=1'*.pdf"`)
    expect(encoded).toBe(`filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1%27%2A.pdf`)
  })

  it('does not throw on a lone surrogate', () => {
    expect(contentDisposition('a\ud800.pdf')).toBe(
      `attachment; filename="a_.pdf"; filename*=UTF-8''a%EF%BF%BD.pdf`,
    )
  })
})
