import { Typography } from '@mui/material'
import { useRecordContext } from 'react-admin'
import type { Message } from './message'

/** The text as the recipient reads it; the private link shows as [privé-link]. */
export const MessageBody = (_props: { source?: string }) => {
  const message = useRecordContext<Message>()
  if (!message) return null
  return (
    <Typography
      variant="body2"
      component="div"
      sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', py: 1 }}
      data-testid="message-body"
    >
      {message.body}
    </Typography>
  )
}
