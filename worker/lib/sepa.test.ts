import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import xsd03 from '../../test/fixtures/sepa/pain.001.001.03.xsd?raw'
import xsd09 from '../../test/fixtures/sepa/pain.001.001.09.xsd?raw'
import {
  painXml,
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

function file(transfers: Transfer[], overrides: Partial<CreditTransferFile> = {}) {
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

const SAMPLES: [string, CreditTransferFile][] = [
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

describe.each<PainVersion>(['09', '03'])('painXml, pain.001.001.%s', (version) => {
  it.each(SAMPLES)('builds a schema-valid file for %s', async (_, sample) => {
    const xml = painXml(sample, version)
    const result = await validateXML({
      xml: { fileName: 'pain.xml', contents: xml },
      schema: { fileName: `pain.001.001.${version}.xsd`, contents: SCHEMAS[version] },
    })
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  })

  it.each(SAMPLES)('counts and sums %s in both headers', (_, sample) => {
    const { GrpHdr, PmtInf } = parse(painXml(sample, version)).Document.CstmrCdtTrfInitn
    const cents = sample.transfers.reduce((sum, t) => sum + t.amountCents, 0)
    const expected = (cents / 100).toFixed(2)
    expect(GrpHdr.NbOfTxs).toBe(String(sample.transfers.length))
    expect(PmtInf.NbOfTxs).toBe(String(sample.transfers.length))
    expect(GrpHdr.CtrlSum).toBe(expected)
    expect(PmtInf.CtrlSum).toBe(expected)
    expect(PmtInf.CdtTrfTxInf).toHaveLength(sample.transfers.length)
  })

  it.each(SAMPLES)('writes every amount of %s in euros with two decimals', (_, sample) => {
    const { PmtInf } = parse(painXml(sample, version)).Document.CstmrCdtTrfInitn
    const amounts = PmtInf.CdtTrfTxInf.map((t) => t.Amt.InstdAmt)
    for (const amount of amounts) {
      expect(amount['#text']).toMatch(/^\d+\.\d{2}$/)
      expect(amount['@_Ccy']).toBe('EUR')
    }
    expect(amounts.map((a) => a['#text'])).toEqual(
      sample.transfers.map((t) => (t.amountCents / 100).toFixed(2)),
    )
  })

  it.each(SAMPLES)('keeps every text of %s in SEPA Latin and within its length', (_, sample) => {
    const xml = painXml(sample, version)
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
  })

  it('uses the namespace, execution date and BIC element of its version', () => {
    const { Document } = parse(painXml(file([transfer()]), version))
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

  it('never writes a postal address', () => {
    expect(painXml(SAMPLES[2][1], version)).not.toContain('PstlAdr')
  })

  it.each([0, -1, -500, 12.5, Number.NaN])(
    'refuses a transfer of %s cents as a programming error',
    (amountCents) => {
      const sample = file([transfer(), transfer({ amountCents })])
      expect(() => painXml(sample, version)).toThrow(RangeError)
    },
  )

  it('refuses a file without transfers', () => {
    expect(() => painXml(file([]), version)).toThrow(RangeError)
  })
})

describe('painXml', () => {
  it('writes pain.001.001.09 unless asked otherwise', () => {
    expect(painXml(file([transfer()]))).toContain('urn:iso:std:iso:20022:tech:xsd:pain.001.001.09')
  })

  it('writes the creation time in UTC to the second', () => {
    const sample = file([transfer()], { createdAt: '2026-05-04T11:30:12.345+02:00' })
    const { GrpHdr } = parse(painXml(sample)).Document.CstmrCdtTrfInitn
    expect(GrpHdr.CreDtTm).toBe('2026-05-04T09:30:12Z')
  })

  it('escapes the apostrophe, the one SEPA character XML treats specially', () => {
    const xml = painXml(file([transfer({ creditorName: "Buurthuis 't Hofje" })]))
    expect(xml).toContain('<Nm>Buurthuis &apos;t Hofje</Nm>')
  })

  it('sums amounts in cents, free of floating point errors', () => {
    const sample = file([transfer({ amountCents: 10 }), transfer({ amountCents: 20 })])
    expect(parse(painXml(sample)).Document.CstmrCdtTrfInitn.GrpHdr.CtrlSum).toBe('0.30')
  })

  it('cleans an end-to-end id of slashes the EPC forbids', () => {
    const xml = painXml(file([transfer({ endToEndId: '/BK//2026_0001/' })]))
    expect(xml).toContain('<EndToEndId>BK/2026-0001</EndToEndId>')
  })

  it.each<[string, Partial<CreditTransferFile>]>([
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
  ])('refuses %s', (_, overrides) => {
    expect(() => painXml(file([transfer()], overrides))).toThrow(RangeError)
  })

  it('refuses an invalid creditor IBAN without putting the IBAN or name in the message', () => {
    const sample = file([transfer({ creditorIban: 'NL20INGB0001234568' })])
    expect(() => painXml(sample)).toThrow(
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
