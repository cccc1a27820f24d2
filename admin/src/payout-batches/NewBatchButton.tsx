import AddIcon from '@mui/icons-material/Add'
import LayersIcon from '@mui/icons-material/Layers'
import { useMemo, useState } from 'react'
import {
  Button,
  DateInput,
  required,
  useCanAccess,
  useDataProvider,
  useLocaleState,
  useRedirect,
  useTranslate,
} from 'react-admin'
import { FormDialog } from '../common/FormDialog'
import type { AppDataProvider } from '../dataProvider'
import { batchFigures } from './outcome'
import { today } from './today'

const notInPast = (value: string | null) =>
  value && value < today() ? 'resources.payout-batches.gather.dateInPast' : undefined

const NewBatchDialog = ({ onClose, dueBefore }: { onClose: () => void; dueBefore?: string }) => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const dataProvider = useDataProvider<AppDataProvider>()
  const redirect = useRedirect()
  // A stable object: the form would reset to a new one on every render.
  const initial = useMemo(
    () => ({ executionDate: today(), dueBefore: dueBefore ?? today() }),
    [dueBefore],
  )
  return (
    <FormDialog
      onClose={onClose}
      titleId="new-batch-title"
      title={translate('resources.payout-batches.gather.title')}
      explanation={translate('resources.payout-batches.gather.explanation')}
      record={initial}
      submitLabel="resources.payout-batches.gather.save"
      submitIcon={<LayersIcon />}
      alwaysEnable
      action={async (values) => {
        const { data } = await dataProvider.gatherBatch({
          executionDate: String(values.executionDate),
          dueBefore: String(values.dueBefore),
        })
        return data
      }}
      successMessage="resources.payout-batches.gather.done"
      successArgs={(data) => batchFigures(data, locale)}
      onDone={(data) => redirect('show', 'payout-batches', data.id)}
    >
      <DateInput
        source="executionDate"
        label="resources.payout-batches.fields.executionDate"
        validate={[required(), notInPast]}
      />
      <DateInput
        source="dueBefore"
        label="resources.payout-batches.gather.dueBefore"
        helperText="resources.payout-batches.gather.dueBeforeHelp"
        validate={required()}
      />
    </FormDialog>
  )
}

/**
 * Gathers the scheduled payouts due by a day (today unless `dueBefore` proposes another) into a
 * new batch; only finance may.
 */
export const NewBatchButton = ({ dueBefore }: { dueBefore?: string }) => {
  const { canAccess } = useCanAccess({ resource: 'payout-batches', action: 'create' })
  const [open, setOpen] = useState(false)
  if (!canAccess) return null
  return (
    <>
      <Button label="resources.payout-batches.gather.action" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      {open && <NewBatchDialog onClose={() => setOpen(false)} dueBefore={dueBefore} />}
    </>
  )
}
