import { Box, Typography } from '@mui/material'
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin'
import { formatEuros } from '../common/money'
import type { AuditEntry } from '../types'

type Translate = ReturnType<typeof useTranslate>

function formatValue(field: string, value: unknown, translate: Translate, locale: string): string {
  if (value === null || value === undefined || value === '') return translate('app.audit.empty')
  if (typeof value === 'boolean') return translate(`ra.boolean.${value}`)
  if (typeof value === 'number' && field.endsWith('Cents')) return formatEuros(value, locale)
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Fields whose value is a list: a change of one is a pair of lists. */
const LIST_FIELDS = new Set([
  'priorityIds',
  'budgetLines',
  'scores',
  'payoutIds',
  'presentMemberIds',
  'postcodes',
])

/**
 * A creation or deletion lists the values; changes (an update, a decision, a submission after
 * editing) are `{ field: [old, new] }`, and other values beside them are plain.
 */
function isChange(entry: AuditEntry, field: string, value: unknown): value is [unknown, unknown] {
  if (entry.action === 'create' || entry.action === 'delete') return false
  if (!Array.isArray(value) || value.length !== 2) return false
  return !LIST_FIELDS.has(field) || value.every((v) => v === null || Array.isArray(v))
}

/** The changes of an audit entry, one line per field: "Gewicht: 30 → 40". */
export const ChangesField = (_props: { source?: string }) => {
  const entry = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  if (!entry?.changes) return null
  const show = (field: string, value: unknown) => formatValue(field, value, translate, locale)
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 0.5 }}>
      {Object.entries(entry.changes).map(([field, value]) => (
        <Typography key={field} component="div" variant="body2" sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ color: 'text.secondary' }}>
            {translate(`resources.${entry.entity}.fields.${field}`, { _: field })}
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            {isChange(entry, field, value) ? (
              <>
                <Box component="del" sx={{ color: 'text.secondary' }}>
                  {show(field, value[0])}
                </Box>
                {' → '}
                <ins style={{ textDecoration: 'none' }}>{show(field, value[1])}</ins>
              </>
            ) : (
              show(field, value)
            )}
          </Box>
        </Typography>
      ))}
    </Box>
  )
}
