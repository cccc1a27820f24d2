import { Chip } from '@mui/material'
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin'
import type { Network } from '../types'
import { shareVerdict } from './residentShare'

/** The resident share as a coloured chip: green when the network may decide. */
export const ResidentShareField = (_props: { source?: string }) => {
  const network = useRecordContext<Network>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  if (!network) return null
  const { key, share } = shareVerdict(network, locale)
  return (
    <Chip
      size="small"
      color={network.mayDecide ? 'success' : 'warning'}
      variant="outlined"
      label={translate(key, { share })}
    />
  )
}
