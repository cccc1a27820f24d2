import GavelIcon from '@mui/icons-material/Gavel'
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useMemo, useState } from 'react'
import {
  Button,
  Form,
  Loading,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useCanAccess,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin'
import { EuroInput } from '../common/EuroInput'
import { formatEuros } from '../common/money'
import { useFailure } from '../common/useFailure'
import type { AppDataProvider } from '../dataProvider'
import type { Decision, Report } from '../types'

/** The API's limit on the reason. */
const REASON_MAX = 2000

const SettleForm = ({
  report,
  awardedCents,
  onClose,
}: {
  report: Report
  awardedCents: number
  onClose: () => void
}) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const dataProvider = useDataProvider<AppDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const failure = useFailure()
  // A stable object: the form would reset to a new one on every render.
  const initial = useMemo(() => ({ settledCents: awardedCents, reason: '' }), [awardedCents])
  const awarded = formatEuros(awardedCents, locale)

  const notAboveAward = (value: number | null) =>
    typeof value === 'number' && value > awardedCents
      ? { message: 'resources.reports.settle.aboveAward', args: { awarded } }
      : undefined
  const reasonWhenLower = (value: string | null, values: Record<string, unknown>) =>
    typeof values.settledCents === 'number' && values.settledCents < awardedCents && !value?.trim()
      ? 'resources.reports.settle.reasonRequired'
      : undefined

  const settle = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.settleReport(report.id, {
        settledCents: Number(values.settledCents),
        reason: values.reason ? String(values.reason) : undefined,
      })
    } catch (error) {
      return failure(error)
    }
    notify('resources.reports.settle.done', { type: 'success' })
    onClose()
    refresh()
    return undefined
  }

  return (
    <Form record={initial} onSubmit={settle}>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {translate('resources.reports.settle.explanation', { awarded })}
        </DialogContentText>
        <EuroInput
          source="settledCents"
          label="resources.reports.fields.settledCents"
          validate={[required(), notAboveAward]}
        />
        <TextInput
          source="reason"
          label="resources.reports.settle.reason"
          helperText="resources.reports.settle.reasonHelp"
          validate={[reasonWhenLower, maxLength(REASON_MAX)]}
          multiline
          minRows={2}
          fullWidth
        />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <SaveButton label="resources.reports.settle.save" icon={<GavelIcon />} />
      </DialogActions>
    </Form>
  )
}

const SettleDialog = ({ report, onClose }: { report: Report; onClose: () => void }) => {
  const translate = useTranslate()
  // The awarded amount is the live decision's: the default, and the most that can be settled.
  const { data: decisions, isPending } = useGetList<Decision>('decisions', {
    filter: { applicationId: report.applicationId },
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'decidedOn', order: 'DESC' },
  })
  const decision = decisions?.find((found) => found.outcome === 'awarded' && !found.revokedAt)
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="settle-title">
      <DialogTitle id="settle-title">
        {translate('resources.reports.settle.title', { id: report.id })}
      </DialogTitle>
      {isPending ? (
        <DialogContent>
          <Loading />
        </DialogContent>
      ) : (
        <SettleForm report={report} awardedCents={decision?.amountCents ?? 0} onClose={onClose} />
      )}
    </Dialog>
  )
}

/** Settles (stelt vast) a report not settled yet, for admin and coordinators. */
export const SettleButton = () => {
  const report = useRecordContext<Report>()
  const { canAccess } = useCanAccess({ resource: 'reports', action: 'settle' })
  const [open, setOpen] = useState(false)
  if (!report || !canAccess || report.settledOn) return null
  return (
    <>
      <Button label="resources.reports.settle.action" onClick={() => setOpen(true)}>
        <GavelIcon />
      </Button>
      {open && <SettleDialog report={report} onClose={() => setOpen(false)} />}
    </>
  )
}
