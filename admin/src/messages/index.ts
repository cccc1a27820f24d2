import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined'
import { lazyView } from '../common/lazyView'
import { MessageList } from './MessageList'
import type { Message } from './message'

// Read-only: messages are written with the events they report and sent by the outbox job.
export default {
  name: 'messages',
  icon: EmailOutlinedIcon,
  list: MessageList,
  show: lazyView(() => import('./MessageShow'), 'MessageShow'),
  recordRepresentation: (message: Message) => message.subject,
}
