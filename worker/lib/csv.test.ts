import { describe, expect, it } from 'vitest'
import { csvLine, csvStream } from './csv'
import { euros } from './money'

describe('euros', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [1234, '12.34'],
    [-1, '-0.01'],
    [-500, '-5.00'],
    [-0, '0.00'],
    [123456789, '1234567.89'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('writes %s cents as %s', (cents, text) => {
    expect(euros(cents)).toBe(text)
  })

  it('is exact where floating point is not', () => {
    expect(euros(10 + 20)).toBe('0.30')
    expect(euros(1005)).toBe('10.05')
  })

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %s', (cents) => {
    expect(() => euros(cents)).toThrow(RangeError)
  })
})

describe('csvLine', () => {
  it('joins plain fields with commas and ends in CRLF', () => {
    expect(csvLine(['BK-2026-0001', 'Noord', 1234])).toBe('BK-2026-0001,Noord,1234\r\n')
  })

  it('writes null as an empty field', () => {
    expect(csvLine([null, 'a', null])).toBe(',a,\r\n')
  })

  it.each([
    ['a comma', 'Noord, Oost', '"Noord, Oost"'],
    ['a quote', 'de "Tuin"', '"de ""Tuin"""'],
    ['a line feed', 'regel\nregel', '"regel\nregel"'],
    ['a carriage return', 'regel\r\nregel', '"regel\r\nregel"'],
    ['a leading space', ' Noord', '" Noord"'],
    ['a trailing space', 'Noord ', '"Noord "'],
    ['a semicolon, where Dutch spreadsheets split', 'a;b', '"a;b"'],
  ])('quotes a field with %s', (_, value, field) => {
    expect(csvLine([value, 'x'])).toBe(`${field},x\r\n`)
  })

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-5+cmd', "'-5+cmd"],
    ['@cmd', "'@cmd"],
    ['\tverborgen', "'\tverborgen"],
    ['=HYPERLINK("http://x","klik")', '"\'=HYPERLINK(""http://x"",""klik"")"'],
    ['\r=1', '"\'\r=1"'],
  ])('disarms the formula in %j', (value, field) => {
    expect(csvLine([value])).toBe(`${field}\r\n`)
  })

  it('keeps a negative amount a number', () => {
    expect(csvLine(['-12.50', '-5'])).toBe('-12.50,-5\r\n')
  })

  it('leaves text that only holds a formula sign later on alone', () => {
    expect(csvLine(['a=b', 'x-y', 'e@mail.nl'])).toBe('a=b,x-y,e@mail.nl\r\n')
  })

  it('keeps numbers as numbers, negative ones too', () => {
    expect(csvLine([-5, 0, 12.5])).toBe('-5,0,12.5\r\n')
  })

  it('refuses a number no spreadsheet can read', () => {
    expect(() => csvLine([Number.NaN])).toThrow(RangeError)
  })
})

async function* pageOf(rows: (string | number | null)[][]) {
  yield rows
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) chunks.push(chunk)
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

describe('csvStream', () => {
  it('writes a BOM once, the header, then one line per row', async () => {
    const stream = csvStream(
      ['reference', 'amount'],
      pageOf([
        ['BK-1', '12.34'],
        ['Crèche', null],
      ]),
    )
    const bytes = await readAll(stream)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    expect(text).toBe('\uFEFFreference,amount\r\nBK-1,12.34\r\nCrèche,\r\n')
    expect(text.split('\uFEFF')).toHaveLength(2)
  })

  it('writes only the header when there are no rows', async () => {
    const text = new TextDecoder().decode(await readAll(csvStream(['a', 'b'], pageOf([]))))
    expect(text).toBe('a,b\r\n')
  })

  it('pulls pages of rows only as they are read, each one chunk', async () => {
    let pulled = 0
    async function* counted() {
      for (let i = 0; i < 1000; i++) {
        pulled++
        yield [[i], [i + 0.5]]
      }
    }
    const reader = csvStream(['n'], counted()).getReader()
    await reader.read()
    expect(pulled).toBe(0)
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toBe('0\r\n0.5\r\n')
    expect(pulled).toBe(1)
    await reader.read()
    expect(pulled).toBe(2)
    await reader.cancel()
  })

  it('lets the source clean up when the reader cancels', async () => {
    let closed = false
    async function* source() {
      try {
        for (let i = 0; ; i++) yield [[i]]
      } finally {
        closed = true
      }
    }
    const reader = csvStream(['n'], source()).getReader()
    await reader.read()
    await reader.read()
    await reader.cancel()
    expect(closed).toBe(true)
  })

  it('fails the stream when the source fails', async () => {
    async function* failing() {
      yield [['ok']]
      throw new Error('database gone')
    }
    await expect(readAll(csvStream(['n'], failing()))).rejects.toThrow('database gone')
  })
})
