import PanToolIcon from '@mui/icons-material/PanTool'
import { Alert, Typography } from '@mui/material'
import { useState } from 'react'
import { Button, TextInput, maxLength, required, useDataProvider, useTranslate } from 'react-admin'
import { FormDialog } from '../common/FormDialog'
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

  const declare = ({ conflictNote }: { conflictNote?: string }) => {
    const data = { conflictOfInterest: true, conflictNote }
    return review
      ? dataProvider.update('reviews', { id: review.id, data, previousData: review })
      : dataProvider.create('reviews', { data: { ...data, applicationId: application.id } })
  }

  return (
    <FormDialog
      onClose={onClose}
      titleId="conflict-title"
      title={translate('resources.reviews.conflict.title', { reference: application.reference })}
      explanation={translate('resources.reviews.conflict.explanation')}
      submitLabel="resources.reviews.conflict.confirm"
      submitIcon={<PanToolIcon />}
      action={declare}
      successMessage="resources.reviews.conflict.declared"
    >
      <TextInput
        source="conflictNote"
        label="resources.reviews.conflict.note"
        helperText="resources.reviews.conflict.noteHelp"
        multiline
        minRows={3}
        validate={[required(), maxLength(NOTE_MAX)]}
      />
    </FormDialog>
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
