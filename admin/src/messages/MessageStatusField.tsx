import { Chip, type ChipProps, Stack, Typography } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import { type Message, type MessageStatus, NO_ADDRESS } from './message'

/** Waiting reads neutral, sent is done, failed needs someone to look. */
const statusColor: Record<MessageStatus, ChipProps['color']> = {
  queued: 'default',
  sent: 'success',
  failed: 'error',
}

/** The message's status as a coloured chip, with why it was not (yet) sent. */
export const MessageStatusField = (_props: { source?: string }) => {
  const message = useRecordContext<Message>()
  const translate = useTranslate()
  if (!message) return null
  const reason =
    message.lastError === NO_ADDRESS ? translate('resources.messages.noAddress') : message.lastError
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Chip
        size="small"
        data-testid="message-status"
        color={statusColor[message.status]}
        label={translate(`resources.messages.status.${message.status}`)}
      />
      {reason && (
        <Typography variant="caption" color="text.secondary">
          {reason}
        </Typography>
      )}
    </Stack>
  )
}
