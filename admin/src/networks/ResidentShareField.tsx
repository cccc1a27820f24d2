import { Chip } from '@mui/material'
import { useLocaleState, useRecordContext } from 'react-admin'
import type { Network } from '../types'
import { formatShare } from './residentShare'

/** The resident share as a coloured chip: green when the network may decide. */
export const ResidentShareField = (_props: { source?: string }) => {
  const network = useRecordContext<Network>()
  const [locale] = useLocaleState()
  if (network?.residentShare == null) return null
  return (
    <Chip
      size="small"
      color={network.mayDecide ? 'success' : 'warning'}
      variant="outlined"
      label={formatShare(network.residentShare, locale)}
    />
  )
}
