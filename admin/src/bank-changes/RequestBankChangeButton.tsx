import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import SendIcon from '@mui/icons-material/Send'
import { useState } from 'react'
import {
  Button,
  TextInput,
  maxLength,
  required,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { FormDialog } from '../common/FormDialog'
import type { AppDataProvider } from '../dataProvider'
import type { Application, ApplicationStatus } from '../types'

/** After the award the applicant no longer edits the account: finance changes it, four eyes. */
const CHANGEABLE: readonly ApplicationStatus[] = ['awarded', 'reported', 'settled']
/** The API's limits. */
const HOLDER_MAX = 200
const NOTE_MAX = 1000

const RequestBankChangeDialog = ({
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
      titleId="bank-change-title"
      title={translate('resources.bank-changes.request.title', {
        reference: application.reference,
      })}
      explanation={translate('resources.bank-changes.request.explanation')}
      submitLabel="resources.bank-changes.request.save"
      submitIcon={<SendIcon />}
      action={(values) =>
        dataProvider.requestBankChange({
          applicationId: Number(application.id),
          iban: String(values.iban ?? ''),
          accountHolder: String(values.accountHolder ?? ''),
          note: values.note ? String(values.note) : undefined,
        })
      }
      successMessage="resources.bank-changes.request.done"
    >
      <TextInput
        source="iban"
        label="resources.bank-changes.fields.iban"
        validate={required()}
        fullWidth
      />
      <TextInput
        source="accountHolder"
        label="resources.bank-changes.fields.accountHolder"
        validate={[required(), maxLength(HOLDER_MAX)]}
        fullWidth
      />
      <TextInput
        source="note"
        label="resources.bank-changes.fields.note"
        helperText="resources.bank-changes.request.noteHelp"
        validate={maxLength(NOTE_MAX)}
        multiline
        minRows={2}
        fullWidth
      />
    </FormDialog>
  )
}

/** On an awarded application's page: asks to change its bank account, for finance. */
export const RequestBankChangeButton = () => {
  const application = useRecordContext<Application>()
  const { canAccess } = useCanAccess({ resource: 'bank-changes', action: 'request' })
  const [open, setOpen] = useState(false)
  if (!application || !canAccess || !CHANGEABLE.includes(application.status)) return null
  return (
    <>
      <Button label="resources.bank-changes.request.action" onClick={() => setOpen(true)}>
        <AccountBalanceIcon />
      </Button>
      {open && <RequestBankChangeDialog application={application} onClose={() => setOpen(false)} />}
    </>
  )
}
