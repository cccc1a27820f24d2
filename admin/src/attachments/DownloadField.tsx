import { Link } from '@mui/material'
import { useRecordContext } from 'react-admin'
import type { Attachment } from '../types'

/**
 * The file name, linked to the file itself: the API serves it as a download on the same origin,
 * so the session cookie goes along with a plain link.
 */
export const DownloadField = (_props: { source?: string }) => {
  const attachment = useRecordContext<Attachment>()
  if (!attachment) return null
  return (
    <Link href={`/api/attachments/${attachment.id}/content`} download={attachment.filename}>
      {attachment.filename}
    </Link>
  )
}
