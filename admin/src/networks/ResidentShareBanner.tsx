import { Alert, AlertTitle } from '@mui/material'
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin'
import type { Network } from '../types'
import { shareVerdict } from './residentShare'

/** The first thing on a network's page: whether its make-up lets it decide on grants. */
export const ResidentShareBanner = () => {
  const network = useRecordContext<Network>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  if (!network) return null
  const { key, share } = shareVerdict(network, locale)
  return (
    <Alert
      severity={network.mayDecide ? 'success' : 'warning'}
      variant="filled"
      sx={{ mb: 2 }}
      data-testid="resident-share"
    >
      <AlertTitle sx={{ fontSize: '1.25rem', mb: network.memberCount ? 0.5 : 0 }}>
        {translate(key, { share })}
      </AlertTitle>
      {network.memberCount > 0 &&
        translate('app.network.counts', {
          residents: network.residentCount,
          members: network.memberCount,
        })}
    </Alert>
  )
}
