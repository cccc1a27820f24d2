import PanToolIcon from '@mui/icons-material/PanTool'
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import {
  Button,
  Form,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin'
import { useFailure } from '../common/useFailure'
import type { Application, Review } from '../types'

/** The API's limit on the note. */
const NOTE_MAX = 1000

const ConflictDialog = ({
  application,
  review,
  onClose,
}: {
  application: Application
  review?: Review
  onClose: () => void
}) => {
  const translate = useTranslate()
  const dataProvider = useDataProvider()
  const notify = useNotify()
  const refresh = useRefresh()
  const failure = useFailure()

  const declare = async ({ conflictNote }: { conflictNote?: string }) => {
    const data = { conflictOfInterest: true, conflictNote }
    try {
      if (review) {
        await dataProvider.update('reviews', { id: review.id, data, previousData: review })
      } else {
        await dataProvider.create('reviews', { data: { ...data, applicationId: application.id } })
      }
    } catch (error) {
      return failure(error)
    }
    notify('resources.reviews.conflict.declared', { type: 'success' })
    onClose()
    refresh()
    return undefined
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="conflict-title">
      <Form onSubmit={declare}>
        <DialogTitle id="conflict-title">
          {translate('resources.reviews.conflict.title', { reference: application.reference })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate('resources.reviews.conflict.explanation')}
          </DialogContentText>
          <TextInput
            source="conflictNote"
            label="resources.reviews.conflict.note"
            helperText="resources.reviews.conflict.noteHelp"
            multiline
            minRows={3}
            validate={[required(), maxLength(NOTE_MAX)]}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="resources.reviews.conflict.confirm" icon={<PanToolIcon />} />
        </DialogActions>
      </Form>
    </Dialog>
  )
}

/**
 * Declares a conflict of interest (Awb 2:4) instead of scoring: offered before the scores, so a
 * member who is involved says so before anything else.
 */
export const ConflictButton = ({
  application,
  review,
}: {
  application: Application
  review?: Review
}) => {
  const translate = useTranslate()
  const [open, setOpen] = useState(false)
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('resources.reviews.conflict.invitation')}
      </Typography>
      <Button
        label="resources.reviews.conflict.action"
        variant="outlined"
        color="warning"
        onClick={() => setOpen(true)}
      >
        <PanToolIcon />
      </Button>
      {open && (
        <ConflictDialog application={application} review={review} onClose={() => setOpen(false)} />
      )}
    </Alert>
  )
}
