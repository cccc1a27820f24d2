import GavelIcon from '@mui/icons-material/Gavel'
import { useMemo, useState } from 'react'
import {
  Button,
  TextInput,
  maxLength,
  required,
  useCanAccess,
  useDataProvider,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { EuroInput } from '../common/EuroInput'
import { FormDialog } from '../common/FormDialog'
import { formatEuros } from '../common/money'
import type { AppDataProvider } from '../dataProvider'
import type { Decision, Report } from '../types'

/** The API's limit on the reason. */
const REASON_MAX = 2000

const SettleDialog = ({ report, onClose }: { report: Report; onClose: () => void }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const dataProvider = useDataProvider<AppDataProvider>()
  // The awarded amount is the live decision's: the default, and the most that can be settled.
  const { data: decisions, isPending } = useGetList<Decision>('decisions', {
    filter: { applicationId: report.applicationId },
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'decidedOn', order: 'DESC' },
  })
  const decision = decisions?.find((found) => found.outcome === 'awarded' && !found.revokedAt)
  const awardedCents = decision?.amountCents ?? 0
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

  return (
    <FormDialog
      onClose={onClose}
      titleId="settle-title"
      title={translate('resources.reports.settle.title', { id: report.id })}
      explanation={translate('resources.reports.settle.explanation', { awarded })}
      loading={isPending}
      record={initial}
      submitLabel="resources.reports.settle.save"
      submitIcon={<GavelIcon />}
      alwaysEnable
      action={async (values) => {
        const { data } = await dataProvider.settleReport(report.id, {
          settledCents: Number(values.settledCents),
          reason: values.reason ? String(values.reason) : undefined,
        })
        return data
      }}
      successMessage={(settled) =>
        (settled.reclaimCents ?? 0) > 0
          ? 'resources.reports.settle.doneReclaim'
          : 'resources.reports.settle.done'
      }
      successArgs={(settled) => ({
        id: settled.id,
        settled: formatEuros(settled.settledCents ?? 0, locale),
        reclaim: formatEuros(settled.reclaimCents ?? 0, locale),
      })}
    >
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
    </FormDialog>
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
