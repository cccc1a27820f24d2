import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined'
import { MessageList } from './MessageList'
import { MessageShow } from './MessageShow'
import type { Message } from './message'

// Read-only: messages are written with the events they report and sent by the outbox job.
export default {
  name: 'messages',
  icon: EmailOutlinedIcon,
  list: MessageList,
  show: MessageShow,
  recordRepresentation: (message: Message) => message.subject,
}
