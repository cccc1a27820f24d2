import CancelIcon from '@mui/icons-material/Cancel'
import DownloadIcon from '@mui/icons-material/Download'
import PaidIcon from '@mui/icons-material/Paid'
import { useMemo, useState } from 'react'
import {
  Button,
  Confirm,
  DateInput,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin'
import { FormDialog } from '../common/FormDialog'
import { useFailure } from '../common/useFailure'
import { type AppDataProvider, batchFileUrl } from '../dataProvider'
import type { PayoutBatch } from '../types'
import { today } from './today'

const FILES = [
  { file: 'sepa09', label: 'resources.payout-batches.files.sepa09' },
  { file: 'sepa03', label: 'resources.payout-batches.files.sepa03' },
  { file: 'csv', label: 'resources.payout-batches.files.csv' },
] as const

/**
 * The batch's bank files as plain links (same-origin, with the session cookie). The first
 * download marks the batch exported on the server: the page reloads shortly after to show it.
 */
export const BatchDownloads = () => {
  const batch = useRecordContext<PayoutBatch>()
  const refresh = useRefresh()
  const { canAccess } = useCanAccess({ resource: 'payout-batches', action: 'export' })
  if (!batch || !canAccess) return null
  return (
    <>
      {FILES.map(({ file, label }) => (
        <Button
          key={file}
          component="a"
          href={batchFileUrl(batch.id, file)}
          download
          label={label}
          onClick={() => {
            if (batch.status === 'open') setTimeout(refresh, 1500)
          }}
        >
          <DownloadIcon />
        </Button>
      ))}
    </>
  )
}

const MarkPaidDialog = ({ batch, onClose }: { batch: PayoutBatch; onClose: () => void }) => {
  const translate = useTranslate()
  const dataProvider = useDataProvider<AppDataProvider>()
  const initial = useMemo(() => ({ paidOn: today() }), [])
  return (
    <FormDialog
      onClose={onClose}
      titleId="mark-paid-title"
      title={translate('resources.payout-batches.markPaid.title', { id: batch.id })}
      explanation={translate('resources.payout-batches.markPaid.explanation')}
      record={initial}
      submitLabel="resources.payout-batches.markPaid.action"
      submitIcon={<PaidIcon />}
      maxWidth="xs"
      action={(values) => dataProvider.markBatchPaid(batch.id, { paidOn: String(values.paidOn) })}
      successMessage="resources.payout-batches.markPaid.done"
    >
      <DateInput
        source="paidOn"
        label="resources.payout-batches.fields.paidOn"
        validate={required()}
      />
    </FormDialog>
  )
}

/** Records an exported batch as paid on the day the bank paid it; the API refuses it before. */
export const MarkPaidButton = () => {
  const batch = useRecordContext<PayoutBatch>()
  const { canAccess } = useCanAccess({ resource: 'payout-batches', action: 'mark-paid' })
  const [open, setOpen] = useState(false)
  if (!batch || !canAccess || batch.status !== 'exported') return null
  return (
    <>
      <Button label="resources.payout-batches.markPaid.action" onClick={() => setOpen(true)}>
        <PaidIcon />
      </Button>
      {open && <MarkPaidDialog batch={batch} onClose={() => setOpen(false)} />}
    </>
  )
}

/** Cancels an open batch, after confirmation: its payouts return to scheduled. */
export const CancelBatchButton = () => {
  const batch = useRecordContext<PayoutBatch>()
  const { canAccess } = useCanAccess({ resource: 'payout-batches', action: 'cancel' })
  const dataProvider = useDataProvider<AppDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const failure = useFailure()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  if (!batch || !canAccess || batch.status !== 'open') return null

  const cancel = async () => {
    setBusy(true)
    try {
      await dataProvider.cancelBatch(batch.id)
      notify('resources.payout-batches.cancel.done', { type: 'success' })
    } catch (error) {
      failure(error)
    } finally {
      setBusy(false)
      setOpen(false)
      refresh()
    }
  }

  return (
    <>
      <Button
        label="resources.payout-batches.cancel.action"
        color="error"
        onClick={() => setOpen(true)}
      >
        <CancelIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.payout-batches.cancel.title"
        content="resources.payout-batches.cancel.explanation"
        translateOptions={{ id: batch.id }}
        onConfirm={cancel}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
