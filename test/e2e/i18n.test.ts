import englishMessages from 'ra-language-english'
import { expect, it } from 'vitest'
import { en } from '../../admin/src/i18n/en'
import { nl } from '../../admin/src/i18n/nl'

/** Every leaf key of a message catalog, as dotted paths. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  )
}

it('translates every react-admin v5 key into Dutch', () => {
  expect(keys(nl.ra).sort()).toEqual(keys(englishMessages.ra).sort())
})

it('has the same keys in Dutch and English', () => {
  expect(keys(nl).sort()).toEqual(keys(en).sort())
})

it('leaves no Dutch text empty', () => {
  const leaves = (m: object): unknown[] =>
    Object.values(m).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v as object)))
  expect(leaves(nl).filter((text) => text === '')).toEqual([])
})
