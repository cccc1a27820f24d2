import * as z from 'zod'
import { criteria } from '../db/schema'
import { booleanEquals, idEquals } from '../lib/list-query'
import { resource } from '../lib/resource'
import { optional, optionalText, text } from '../lib/validation'
import { planPart } from './plan-parts'

const fields = {
  title: text(200),
  description: optionalText(2000),
  weight: z.number().int().min(1).max(100),
  knockout: optional(z.boolean()),
  position: optional(z.number().int().min(0).max(1000)),
}

export default resource({
  name: 'criteria',
  table: criteria,
  fields: {
    id: criteria.id,
    planId: criteria.planId,
    networkId: criteria.networkId,
    title: criteria.title,
    description: criteria.description,
    weight: criteria.weight,
    knockout: criteria.knockout,
    position: criteria.position,
    createdAt: criteria.createdAt,
    updatedAt: criteria.updatedAt,
  },
  list: {
    sort: { id: criteria.id, position: criteria.position },
    defaultSort: ['position', 'ASC'],
    filters: {
      planId: idEquals(criteria.planId),
      networkId: idEquals(criteria.networkId),
      knockout: booleanEquals(criteria.knockout),
    },
    search: [criteria.title, criteria.description],
  },
  ...planPart(
    criteria.networkId,
    z.object({ planId: z.number().int().positive(), ...fields }),
    z.object(fields).partial(),
  ),
})
