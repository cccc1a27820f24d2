import ContactSupportIcon from '@mui/icons-material/ContactSupport'
import SendIcon from '@mui/icons-material/Send'
import { useState } from 'react'
import {
  Button,
  NumberInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { FormDialog } from '../common/FormDialog'
import type { AppDataProvider, InfoRequest } from '../dataProvider'
import type { Application } from '../types'

/** The API's limits: a message of at most 2000 characters, a term of 1 to 90 days. */
const MESSAGE_MAX = 2000
// A stable object: the form would reset to a new one on every render.
const initial = { days: 14 }

const RequestInfoDialog = ({
  application,
  onClose,
}: {
  application: Application
  onClose: () => void
}) => {
  const translate = useTranslate()
  const dataProvider = useDataProvider<AppDataProvider>()
  return (
    <FormDialog
      onClose={onClose}
      titleId="request-info-title"
      title={translate('resources.applications.requestInfo.title', {
        reference: application.reference,
      })}
      explanation={translate('resources.applications.requestInfo.explanation')}
      record={initial}
      submitLabel="resources.applications.requestInfo.send"
      submitIcon={<SendIcon />}
      action={({ message, days }: Partial<InfoRequest>) =>
        dataProvider.requestInfo(application.id, { message: message ?? '', days })
      }
      successMessage="resources.applications.requestInfo.sent"
    >
      <TextInput
        source="message"
        label="resources.applications.requestInfo.message"
        multiline
        minRows={4}
        validate={[required(), maxLength(MESSAGE_MAX)]}
      />
      <NumberInput
        source="days"
        label="resources.applications.requestInfo.days"
        helperText="resources.applications.requestInfo.daysHelp"
        min={1}
        max={90}
        step={1}
        validate={[required(), minValue(1), maxValue(90)]}
      />
    </FormDialog>
  )
}

/**
 * Asks the applicant for more information, with a term. Offered only to the roles that may, and
 * only while the application waits for staff (submitted); the API checks both again.
 */
export const RequestInfoButton = () => {
  const application = useRecordContext<Application>()
  const { canAccess } = useCanAccess({
    resource: 'applications',
    action: 'request-info',
    record: application,
  })
  const [open, setOpen] = useState(false)
  if (!application || !canAccess || application.status !== 'submitted') return null
  return (
    <>
      <Button label="resources.applications.requestInfo.action" onClick={() => setOpen(true)}>
        <ContactSupportIcon />
      </Button>
      {open && <RequestInfoDialog application={application} onClose={() => setOpen(false)} />}
    </>
  )
}
