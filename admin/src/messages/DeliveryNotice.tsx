import { Alert } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useDataProvider, useTranslate } from 'react-admin'
import type { AppDataProvider } from '../dataProvider'

/** Says so when no mail API is configured: then nothing leaves the outbox. */
export const DeliveryNotice = () => {
  const dataProvider = useDataProvider<AppDataProvider>()
  const translate = useTranslate()
  const { data } = useQuery({
    queryKey: ['messages', 'delivery'],
    queryFn: () => dataProvider.messageDelivery(),
  })
  if (!data || data.configured) return null
  return (
    <Alert severity="info" sx={{ mb: 1 }} data-testid="delivery-off">
      {translate('resources.messages.deliveryOff')}
    </Alert>
  )
}
