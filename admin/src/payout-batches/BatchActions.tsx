import CancelIcon from '@mui/icons-material/Cancel'
import DownloadIcon from '@mui/icons-material/Download'
import PaidIcon from '@mui/icons-material/Paid'
import { Box, CircularProgress } from '@mui/material'
import { type ReactNode, useMemo, useState } from 'react'
import {
  Button,
  Confirm,
  DateInput,
  required,
  useCanAccess,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin'
import { FormDialog } from '../common/FormDialog'
import { useFailure } from '../common/useFailure'
import { type AppDataProvider, batchFileUrl } from '../dataProvider'
import type { PayoutBatch } from '../types'
import { type BatchFile, downloadBatchFile } from './batchFiles'
import { batchFigures, shortDay } from './outcome'
import { today } from './today'

/** Every batch action takes its batch as `record`, or from the record context (a show page). */
type BatchProps = { record?: PayoutBatch }

const FILES: { file: BatchFile; label: string }[] = [
  { file: 'sepa09', label: 'resources.payout-batches.files.sepa09' },
  { file: 'sepa03', label: 'resources.payout-batches.files.sepa03' },
  { file: 'csv', label: 'resources.payout-batches.files.csv' },
]

/**
 * Keeps clicks on a button and in its dialogs (React passes them up through portals) from
 * reaching a list row the button sits in, so the actions also work in a row of a list.
 */
const OwnClicks = ({ children }: { children: ReactNode }) => (
  <Box component="span" sx={{ display: 'contents' }} onClick={(event) => event.stopPropagation()}>
    {children}
  </Box>
)

/** The icon of a button whose request is running: a spinner in its place. */
const Busy = () => <CircularProgress size={18} thickness={4} color="inherit" />

/** One bank file: busy while the file is made and fetched, then saved and said in numbers. */
const BatchFileButton = ({
  batch,
  file,
  label,
}: {
  batch: PayoutBatch
  file: BatchFile
  label: string
}) => {
  const notify = useNotify()
  const refresh = useRefresh()
  const failure = useFailure()
  const [locale] = useLocaleState()
  const [busy, setBusy] = useState(false)

  const download = async () => {
    setBusy(true)
    try {
      const filename = await downloadBatchFile(batch.id, file)
      notify('resources.payout-batches.files.done', {
        type: 'success',
        messageArgs: { filename, ...batchFigures(batch, locale) },
      })
      // The first download exported the batch: show its new status and actions.
      if (batch.status === 'open') refresh()
    } catch (error) {
      failure(error)
    } finally {
      setBusy(false)
    }
  }

  // A link to the file still (to copy, or open elsewhere); a click fetches it here instead.
  return (
    <Button
      component="a"
      href={batchFileUrl(batch.id, file)}
      download
      label={label}
      onClick={(event) => {
        event.preventDefault()
        if (!busy) void download()
      }}
      disabled={busy}
      aria-busy={busy}
    >
      {busy ? <Busy /> : <DownloadIcon />}
    </Button>
  )
}

/** The batch's bank files (SEPA .09 and .03, CSV), for finance; the first download exports it. */
export const BatchDownloads = (props: BatchProps) => {
  const batch = useRecordContext<PayoutBatch>(props)
  const { canAccess } = useCanAccess({ resource: 'payout-batches', action: 'export' })
  if (!batch || !canAccess) return null
  return (
    <OwnClicks>
      {FILES.map(({ file, label }) => (
        <BatchFileButton key={file} batch={batch} file={file} label={label} />
      ))}
    </OwnClicks>
  )
}

const MarkPaidDialog = ({ batch, onClose }: { batch: PayoutBatch; onClose: () => void }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
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
      alwaysEnable
      maxWidth="xs"
      action={async (values) => {
        const paidOn = String(values.paidOn)
        const { data } = await dataProvider.markBatchPaid(batch.id, { paidOn })
        return { paid: data, paidOn }
      }}
      successMessage="resources.payout-batches.markPaid.done"
      successArgs={({ paid, paidOn }) => ({
        ...batchFigures(paid, locale),
        date: shortDay(paidOn, locale),
      })}
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
export const MarkPaidButton = (props: BatchProps) => {
  const batch = useRecordContext<PayoutBatch>(props)
  const { canAccess } = useCanAccess({ resource: 'payout-batches', action: 'mark-paid' })
  const [open, setOpen] = useState(false)
  if (!batch || !canAccess || batch.status !== 'exported') return null
  return (
    <OwnClicks>
      <Button label="resources.payout-batches.markPaid.action" onClick={() => setOpen(true)}>
        <PaidIcon />
      </Button>
      {open && <MarkPaidDialog batch={batch} onClose={() => setOpen(false)} />}
    </OwnClicks>
  )
}

/**
 * Cancels an open batch, after confirmation: its payouts return to scheduled and the batch is
 * gone. `onCancelled` replaces the refresh, e.g. to leave the batch's own page.
 */
export const CancelBatchButton = (props: BatchProps & { onCancelled?: () => void }) => {
  const batch = useRecordContext<PayoutBatch>(props)
  const { canAccess } = useCanAccess({ resource: 'payout-batches', action: 'cancel' })
  const dataProvider = useDataProvider<AppDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const failure = useFailure()
  const [locale] = useLocaleState()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  if (!batch || !canAccess || batch.status !== 'open') return null

  const cancel = async () => {
    setBusy(true)
    try {
      // The API answers the batch as it was, with the payouts it held.
      const { data } = await dataProvider.cancelBatch(batch.id)
      notify('resources.payout-batches.cancel.done', {
        type: 'success',
        messageArgs: batchFigures(data, locale),
      })
      setOpen(false)
      if (props.onCancelled) props.onCancelled()
      else refresh()
    } catch (error) {
      failure(error)
      setOpen(false)
      refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <OwnClicks>
      <Button
        label="resources.payout-batches.cancel.action"
        color="error"
        disabled={busy}
        aria-busy={busy}
        onClick={() => setOpen(true)}
      >
        {busy ? <Busy /> : <CancelIcon />}
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
    </OwnClicks>
  )
}
