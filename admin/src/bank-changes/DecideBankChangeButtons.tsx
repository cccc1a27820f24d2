import CheckIcon from '@mui/icons-material/Check'
import CloseIcon from '@mui/icons-material/Close'
import { Stack } from '@mui/material'
import { useState } from 'react'
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin'
import { useFailure } from '../common/useFailure'
import type { AppDataProvider } from '../dataProvider'
import type { BankChange } from '../types'

type Decision = 'approve' | 'reject'

/**
 * Approve or reject a pending change, after confirmation, for finance. The API refuses the
 * requester's own approval (four eyes): its message is shown as it is.
 */
export const DecideBankChangeButtons = () => {
  const change = useRecordContext<BankChange>()
  const { canAccess } = useCanAccess({ resource: 'bank-changes', action: 'approve' })
  const dataProvider = useDataProvider<AppDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const failure = useFailure()
  const [decision, setDecision] = useState<Decision | null>(null)
  const [busy, setBusy] = useState(false)
  if (!change || !canAccess || change.status !== 'pending') return null

  const decide = async () => {
    if (!decision) return
    setBusy(true)
    try {
      await dataProvider.decideBankChange(change.id, decision)
      notify(`resources.bank-changes.${decision}.done`, { type: 'success' })
    } catch (error) {
      failure(error)
    } finally {
      setBusy(false)
      setDecision(null)
      refresh()
    }
  }

  return (
    <Stack direction="row" onClick={(event) => event.stopPropagation()}>
      <Button label="resources.bank-changes.approve.action" onClick={() => setDecision('approve')}>
        <CheckIcon />
      </Button>
      <Button
        label="resources.bank-changes.reject.action"
        color="error"
        onClick={() => setDecision('reject')}
      >
        <CloseIcon />
      </Button>
      <Confirm
        isOpen={decision !== null}
        loading={busy}
        title={`resources.bank-changes.${decision ?? 'approve'}.title`}
        content={`resources.bank-changes.${decision ?? 'approve'}.explanation`}
        translateOptions={{ reference: change.reference, iban: change.iban }}
        onConfirm={decide}
        onClose={() => setDecision(null)}
      />
    </Stack>
  )
}
