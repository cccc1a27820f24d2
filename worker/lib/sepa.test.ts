import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import xsd03 from '../../test/fixtures/sepa/pain.001.001.03.xsd?raw'
import xsd09 from '../../test/fixtures/sepa/pain.001.001.09.xsd?raw'
import {
  painXmlStream,
  remittanceText,
  sepaText,
  type CreditTransferFile,
  type PainVersion,
  type Transfer,
} from './sepa'

const SCHEMAS: Record<PainVersion, string> = { '09': xsd09, '03': xsd03 }
const SEPA_LATIN = /^[a-zA-Z0-9/\-?:().,'+ ]*$/
const MAX_LENGTHS: Record<string, number> = {
  Nm: 70,
  Ustrd: 140,
  MsgId: 35,
  PmtInfId: 35,
  EndToEndId: 35,
}

function transfer(overrides: Partial<Transfer> = {}): Transfer {
  return {
    endToEndId: 'BK-2026-0001/1',
    amountCents: 250000,
    creditorName: 'Stichting Buurtkracht Noord',
    creditorIban: 'NL20INGB0001234567',
    remittance: 'Subsidie Noord BK-2026-0001 voorschot',
    ...overrides,
  }
}

/** A file's facts with its transfers at hand. */
interface Sample extends Omit<CreditTransferFile, 'count' | 'totalCents' | 'transfers'> {
  transfers: Transfer[]
}

function file(transfers: Transfer[], overrides: Partial<Sample> = {}): Sample {
  return {
    messageId: 'BK-20260504-1',
    createdAt: '2026-05-04T09:30:12.345Z',
    executionDate: '2026-05-06',
    debtor: { name: 'Gemeente Voorbeeldstad', iban: 'NL91ABNA0417164300', bic: 'BNGHNL2G' },
    transfers,
    ...overrides,
  }
}

const longText = 'Bewonersvereniging Sint-Jozef & Omstreken ' + 'é'.repeat(150)

const SAMPLES: [string, Sample][] = [
  ['one transfer', file([transfer()])],
  [
    'three transfers with odd amounts',
    file([
      transfer({ endToEndId: 'BK-2026-0001/1', amountCents: 1 }),
      transfer({ endToEndId: 'BK-2026-0002/1', amountCents: 12345 }),
      transfer({ endToEndId: 'BK-2026-0003/2', amountCents: 500000 }),
    ]),
  ],
  [
    'accents, ampersands, emoji and over-long texts',
    file(
      [
        transfer({
          creditorName: 'Crèche „De Zonnebloem“ & Café Ĳsselmeer 🌻',
          remittance: 'Subsidie Noord BK-2026-0004 voorschot — für Straße, Øresund & Æbleskiver',
        }),
        transfer({ creditorName: longText, remittance: longText + longText }),
        transfer({ endToEndId: '//BK_2026_0005//2//', creditorName: 'O’Neill <Buurt> "Tuin"' }),
      ],
      {
        debtor: {
          name: 'Gemeente Súdwest-Fryslân',
          iban: 'nl91 abna 0417 1643 00',
          bic: 'bnghnl2g',
        },
      },
    ),
  ],
]

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'CdtTrfTxInf',
})

type Parsed = string | { [name: string]: Parsed | Parsed[] }

/** Every element that holds text, as [name, text], from a parsed document. */
function textNodes(node: Parsed, name = ''): [string, string][] {
  if (typeof node === 'string') return [[name, node]]
  return Object.entries(node).flatMap(([key, child]) => {
    if (key.startsWith('@_')) return []
    const owner = key === '#text' ? name : key
    return (Array.isArray(child) ? child : [child]).flatMap((c) => textNodes(c, owner))
  })
}

interface Amount {
  '#text': string
  '@_Ccy': string
}
interface ParsedFile {
  Document: {
    '@_xmlns': string
    CstmrCdtTrfInitn: {
      GrpHdr: { NbOfTxs: string; CtrlSum: string; CreDtTm: string }
      PmtInf: {
        NbOfTxs: string
        CtrlSum: string
        ReqdExctnDt: string | { Dt: string }
        DbtrAgt: { FinInstnId: Record<string, string> }
        CdtTrfTxInf: { Amt: { InstdAmt: Amount } }[]
      }
    }
  }
}

function parse(xml: string): ParsedFile {
  return parser.parse(xml) as ParsedFile
}

const totalsOf = (transfers: Transfer[]) => ({
  count: transfers.length,
  totalCents: transfers.reduce((sum, t) => sum + t.amountCents, 0),
})

async function* pagesOf(transfers: Transfer[], size: number) {
  for (let i = 0; i < transfers.length; i += size) yield transfers.slice(i, i + size)
}

/** The whole file as text, its transfers handed over two at a time as pages are read. */
async function painXml(
  sample: Sample,
  version?: PainVersion,
  totals = totalsOf(sample.transfers),
): Promise<string> {
  const stream = painXmlStream(
    { ...sample, ...totals, transfers: pagesOf(sample.transfers, 2) },
    version,
  )
  return new Response(stream).text()
}

describe.each<PainVersion>(['09', '03'])('painXmlStream, pain.001.001.%s', (version) => {
  it.each(SAMPLES)('builds a schema-valid file for %s', async (_, sample) => {
    const xml = await painXml(sample, version)
    const result = await validateXML({
      xml: { fileName: 'pain.xml', contents: xml },
      schema: { fileName: `pain.001.001.${version}.xsd`, contents: SCHEMAS[version] },
    })
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  })

  it.each(SAMPLES)('counts and sums %s in both headers', async (_, sample) => {
    const { GrpHdr, PmtInf } = parse(await painXml(sample, version)).Document.CstmrCdtTrfInitn
    const cents = sample.transfers.reduce((sum, t) => sum + t.amountCents, 0)
    const expected = (cents / 100).toFixed(2)
    expect(GrpHdr.NbOfTxs).toBe(String(sample.transfers.length))
    expect(PmtInf.NbOfTxs).toBe(String(sample.transfers.length))
    expect(GrpHdr.CtrlSum).toBe(expected)
    expect(PmtInf.CtrlSum).toBe(expected)
    expect(PmtInf.CdtTrfTxInf).toHaveLength(sample.transfers.length)
  })

  it.each(SAMPLES)('writes every amount of %s in euros with two decimals', async (_, sample) => {
    const { PmtInf } = parse(await painXml(sample, version)).Document.CstmrCdtTrfInitn
    const amounts = PmtInf.CdtTrfTxInf.map((t) => t.Amt.InstdAmt)
    for (const amount of amounts) {
      expect(amount['#text']).toMatch(/^\d+\.\d{2}$/)
      expect(amount['@_Ccy']).toBe('EUR')
    }
    expect(amounts.map((a) => a['#text'])).toEqual(
      sample.transfers.map((t) => (t.amountCents / 100).toFixed(2)),
    )
  })

  it.each(SAMPLES)(
    'keeps every text of %s in SEPA Latin and within its length',
    async (_, sample) => {
      const xml = await painXml(sample, version)
      const nodes = textNodes(parser.parse(xml) as Parsed)
      expect(nodes.length).toBeGreaterThan(15)
      for (const [name, text] of nodes) {
        expect(text, name).toMatch(SEPA_LATIN)
        expect(text.length, name).toBeGreaterThan(0)
        expect(text.length, name).toBeLessThanOrEqual(MAX_LENGTHS[name] ?? 140)
        expect(text, name).toBe(text.trim())
      }
      for (const [, id] of nodes.filter(([name]) => name === 'EndToEndId')) {
        expect(id).not.toMatch(/^\/|\/$|\/\//)
      }
    },
  )

  it('uses the namespace, execution date and BIC element of its version', async () => {
    const { Document } = parse(await painXml(file([transfer()]), version))
    const { PmtInf } = Document.CstmrCdtTrfInitn
    expect(Document['@_xmlns']).toBe(`urn:iso:std:iso:20022:tech:xsd:pain.001.001.${version}`)
    if (version === '09') {
      expect(PmtInf.ReqdExctnDt).toEqual({ Dt: '2026-05-06' })
      expect(PmtInf.DbtrAgt.FinInstnId).toEqual({ BICFI: 'BNGHNL2G' })
    } else {
      expect(PmtInf.ReqdExctnDt).toBe('2026-05-06')
      expect(PmtInf.DbtrAgt.FinInstnId).toEqual({ BIC: 'BNGHNL2G' })
    }
  })

  it('never writes a postal address', async () => {
    expect(await painXml(SAMPLES[2][1], version)).not.toContain('PstlAdr')
  })

  it.each([0, -1, -500, 12.5, Number.NaN])(
    'refuses a transfer of %s cents as a programming error',
    async (amountCents) => {
      const sample = file([transfer(), transfer({ amountCents })])
      await expect(painXml(sample, version)).rejects.toThrow(RangeError)
    },
  )

  it('refuses a file without transfers', async () => {
    await expect(painXml(file([]), version)).rejects.toThrow(RangeError)
  })
})

describe('painXmlStream', () => {
  it('keeps the layout of the files banks already have, byte for byte', async () => {
    const sample = file([transfer()], {
      debtor: {
        name: 'Gemeente Súdwest-Fryslân & Co',
        iban: 'NL91ABNA0417164300',
        bic: 'BNGHNL2G',
      },
    })
    expect(await painXml(sample, '03')).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>BK-20260504-1</MsgId>
      <CreDtTm>2026-05-04T09:30:12Z</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>2500.00</CtrlSum>
      <InitgPty>
        <Nm>Gemeente Sudwest-Fryslan + Co</Nm>
      </InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>BK-20260504-1</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>2500.00</CtrlSum>
      <PmtTpInf>
        <SvcLvl>
          <Cd>SEPA</Cd>
        </SvcLvl>
      </PmtTpInf>
      <ReqdExctnDt>2026-05-06</ReqdExctnDt>
      <Dbtr>
        <Nm>Gemeente Sudwest-Fryslan + Co</Nm>
      </Dbtr>
      <DbtrAcct>
        <Id>
          <IBAN>NL91ABNA0417164300</IBAN>
        </Id>
      </DbtrAcct>
      <DbtrAgt>
        <FinInstnId>
          <BIC>BNGHNL2G</BIC>
        </FinInstnId>
      </DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>
      <CdtTrfTxInf>
        <PmtId>
          <EndToEndId>BK-2026-0001/1</EndToEndId>
        </PmtId>
        <Amt>
          <InstdAmt Ccy="EUR">2500.00</InstdAmt>
        </Amt>
        <Cdtr>
          <Nm>Stichting Buurtkracht Noord</Nm>
        </Cdtr>
        <CdtrAcct>
          <Id>
            <IBAN>NL20INGB0001234567</IBAN>
          </Id>
        </CdtrAcct>
        <RmtInf>
          <Ustrd>Subsidie Noord BK-2026-0001 voorschot</Ustrd>
        </RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
`)
  })

  it('writes the headers before it reads a transfer, and a page only when it is read', async () => {
    const pagesRead: number[] = []
    async function* pages() {
      for (let page = 1; page <= 3; page++) {
        pagesRead.push(page)
        yield [transfer({ endToEndId: `BK-2026-0001/${page}` })]
      }
    }
    const sample = { ...file([]), count: 3, totalCents: 750_000, transfers: pages() }
    const reader = painXmlStream(sample).getReader()
    const header = new TextDecoder().decode((await reader.read()).value)
    expect(header).toContain('<NbOfTxs>3</NbOfTxs>')
    expect(header).not.toContain('CdtTrfTxInf')
    expect(pagesRead).toEqual([])
    const first = new TextDecoder().decode((await reader.read()).value)
    expect(first).toContain('<EndToEndId>BK-2026-0001/1</EndToEndId>')
    expect(pagesRead).toEqual([1])
    await reader.cancel()
  })

  it.each([
    ['count', { count: 2, totalCents: 262_346 }],
    ['sum', { count: 3, totalCents: 262_345 }],
  ])('leaves the file unfinished when the transfers do not match its %s', async (_, totals) => {
    const sample = file([
      transfer(),
      transfer({ endToEndId: 'BK-2026-0002/1', amountCents: 12_345 }),
      transfer({ endToEndId: 'BK-2026-0003/1', amountCents: 1 }),
    ])
    await expect(painXml(sample, '09', totals)).rejects.toThrow(
      /The transfers \(3, 262346 cents\) do not match the headers/,
    )
  })

  it('writes pain.001.001.09 unless asked otherwise', async () => {
    expect(await painXml(file([transfer()]))).toContain(
      'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09',
    )
  })

  it('writes the creation time in UTC to the second', async () => {
    const sample = file([transfer()], { createdAt: '2026-05-04T11:30:12.345+02:00' })
    const { GrpHdr } = parse(await painXml(sample)).Document.CstmrCdtTrfInitn
    expect(GrpHdr.CreDtTm).toBe('2026-05-04T09:30:12Z')
  })

  it('escapes the apostrophe, the one SEPA character XML treats specially', async () => {
    const xml = await painXml(file([transfer({ creditorName: "Buurthuis 't Hofje" })]))
    expect(xml).toContain('<Nm>Buurthuis &apos;t Hofje</Nm>')
  })

  it('sums amounts in cents, free of floating point errors', async () => {
    const sample = file([transfer({ amountCents: 10 }), transfer({ amountCents: 20 })])
    expect(parse(await painXml(sample)).Document.CstmrCdtTrfInitn.GrpHdr.CtrlSum).toBe('0.30')
  })

  it('cleans an end-to-end id of slashes the EPC forbids', async () => {
    const xml = await painXml(file([transfer({ endToEndId: '/BK//2026_0001/' })]))
    expect(xml).toContain('<EndToEndId>BK/2026-0001</EndToEndId>')
  })

  it.each<[string, Partial<Sample>]>([
    [
      'an invalid debtor IBAN',
      { debtor: { name: 'G', iban: 'NL91ABNA0417164301', bic: 'BNGHNL2G' } },
    ],
    ['an invalid BIC', { debtor: { name: 'G', iban: 'NL91ABNA0417164300', bic: 'BNG' } }],
    [
      'a debtor name without SEPA characters',
      { debtor: { name: '🌻', iban: 'NL91ABNA0417164300', bic: 'BNGHNL2G' } },
    ],
    ['an impossible execution date', { executionDate: '2026-02-30' }],
    ['a creation time that is no time', { createdAt: 'gisteren' }],
  ])('refuses %s', async (_, overrides) => {
    await expect(painXml(file([transfer()], overrides))).rejects.toThrow(RangeError)
  })

  it('refuses an invalid creditor IBAN without putting the IBAN or name in the message', async () => {
    const sample = file([transfer({ creditorIban: 'NL20INGB0001234568' })])
    await expect(painXml(sample)).rejects.toThrow(
      new RangeError('The creditor IBAN of transfer BK-2026-0001/1 is invalid'),
    )
  })
})

describe('sepaText', () => {
  it.each([
    ['Crème brûlée à la façon', 'Creme brulee a la facon'],
    ['Ĳsselmonde, Zoë en Daniël', 'IJsselmonde, Zoe en Daniel'],
    ['Straße, Æbleskiver, Øresund, Œuvre, Łódź', 'Strasse, AEbleskiver, Oresund, OEuvre, Lodz'],
    ['Koken & Eten_Samen', 'Koken + Eten-Samen'],
    ['„Buurt“ ‘t Hofje "Oost"', "'Buurt' 't Hofje 'Oost'"],
    ['Zomer — feest – 2026', 'Zomer - feest - 2026'],
    ['Tuin 🌻🌻 feest 🎉', 'Tuin feest'],
    ['  veel \t\n  ruimte  ', 'veel ruimte'],
    ['e-mail: info@buurt.nl #1', 'e-mail: info buurt.nl 1'],
    ['ﬁets\u00a0½ prijs', 'fiets 1/2 prijs'],
  ])('turns %j into %j', (input, output) => {
    expect(sepaText(input, 140)).toBe(output)
  })

  it('leaves text that is SEPA Latin already as it is', () => {
    const clean = "Buurthuis 't Hofje (Oost) BK-2026-0001/2 +31: ja? 50,5."
    expect(sepaText(clean, 140)).toBe(clean)
    expect(sepaText('Buurthuis  Oost ', 140)).toBe('Buurthuis Oost')
  })

  it('cuts to the maximum without leaving a trailing space', () => {
    expect(sepaText('Stichting Buurt Noord', 10)).toBe('Stichting')
    expect(sepaText('ééééé', 3)).toBe('eee')
  })
})

describe('remittanceText', () => {
  it.each([
    ['advance', 'Subsidie Noord BK-2026-0001 voorschot'],
    ['installment', 'Subsidie Noord BK-2026-0001 termijn'],
    ['final', 'Subsidie Noord BK-2026-0001 eindbetaling'],
  ] as const)('names a payment of kind %s', (kind, text) => {
    expect(remittanceText('Noord', 'BK-2026-0001', kind)).toBe(text)
  })

  it('writes the network name in SEPA Latin', () => {
    expect(remittanceText('Súdwest & Fryslân', 'BK-2026-0002', 'final')).toBe(
      'Subsidie Sudwest + Fryslan BK-2026-0002 eindbetaling',
    )
  })

  it('drops the network name before cutting into a very long reference', () => {
    const reference = 'R'.repeat(200)
    const text = remittanceText('Noord', reference, 'final')
    expect(text).toBe(`Subsidie ${'R'.repeat(131)}`)
  })

  it('shortens a long network name so the reference and kind still fit in 140', () => {
    const text = remittanceText('Buurtnetwerk '.repeat(20), 'BK-2026-0003', 'advance')
    expect(text.length).toBeLessThanOrEqual(140)
    expect(text).toMatch(/^Subsidie Buurtnetwerk .* BK-2026-0003 voorschot$/)
  })
})
