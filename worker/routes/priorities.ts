import * as z from 'zod'
import { priorities } from '../db/schema'
import { idEquals } from '../lib/list-query'
import { resource } from '../lib/resource'
import { optional, optionalText, text } from '../lib/validation'
import { planPart } from './plan-parts'

const fields = {
  title: text(200),
  description: optionalText(2000),
  position: optional(z.number().int().min(0).max(1000)),
}

export default resource({
  name: 'priorities',
  table: priorities,
  fields: {
    id: priorities.id,
    planId: priorities.planId,
    networkId: priorities.networkId,
    title: priorities.title,
    description: priorities.description,
    position: priorities.position,
    createdAt: priorities.createdAt,
    updatedAt: priorities.updatedAt,
  },
  list: {
    sort: { id: priorities.id, position: priorities.position },
    defaultSort: ['position', 'ASC'],
    filters: { planId: idEquals(priorities.planId), networkId: idEquals(priorities.networkId) },
    search: [priorities.title, priorities.description],
  },
  ...planPart(
    priorities.networkId,
    z.object({ planId: z.number().int().positive(), ...fields }),
    z.object(fields).partial(),
  ),
})
