import LockOpenIcon from '@mui/icons-material/LockOpen'
import { useState } from 'react'
import {
  Button,
  Confirm,
  useDataProvider,
  useNotify,
  useRefresh,
  type HttpError,
} from 'react-admin'
import type { AppDataProvider } from '../dataProvider'
import type { Review } from '../types'

/** Puts a submitted review back to draft after a confirmation; the API logs the reopening. */
export const ReopenButton = ({ review }: { review: Review }) => {
  const dataProvider = useDataProvider<AppDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const [asking, setAsking] = useState(false)
  const [pending, setPending] = useState(false)

  const reopen = async () => {
    setPending(true)
    try {
      await dataProvider.reopenReview(review.id)
      notify('resources.reviews.reopen.done', { type: 'success' })
      refresh()
    } catch (error) {
      notify((error as HttpError).message || 'ra.notification.http_error', { type: 'error' })
    } finally {
      setPending(false)
      setAsking(false)
    }
  }

  return (
    <>
      <Button label="resources.reviews.reopen.action" onClick={() => setAsking(true)}>
        <LockOpenIcon />
      </Button>
      <Confirm
        isOpen={asking}
        loading={pending}
        title="resources.reviews.reopen.title"
        content="resources.reviews.reopen.content"
        confirm="resources.reviews.reopen.action"
        onConfirm={reopen}
        onClose={() => setAsking(false)}
      />
    </>
  )
}
