import AddIcon from '@mui/icons-material/Add'
import LayersIcon from '@mui/icons-material/Layers'
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useMemo, useState } from 'react'
import {
  Button,
  DateInput,
  Form,
  SaveButton,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin'
import { useFailure } from '../common/useFailure'
import type { AppDataProvider } from '../dataProvider'
import { today } from './today'

const notInPast = (value: string | null) =>
  value && value < today() ? 'resources.payout-batches.gather.dateInPast' : undefined

const NewBatchDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate()
  const dataProvider = useDataProvider<AppDataProvider>()
  const notify = useNotify()
  const redirect = useRedirect()
  const failure = useFailure()
  // A stable object: the form would reset to a new one on every render.
  const initial = useMemo(() => ({ executionDate: today(), dueBefore: today() }), [])

  const gather = async (values: Record<string, unknown>) => {
    try {
      const { data } = await dataProvider.gatherBatch({
        executionDate: String(values.executionDate),
        dueBefore: String(values.dueBefore),
      })
      notify('resources.payout-batches.gather.done', {
        type: 'success',
        messageArgs: { count: data.count },
      })
      onClose()
      redirect('show', 'payout-batches', data.id)
    } catch (error) {
      return failure(error)
    }
    return undefined
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="new-batch-title">
      <Form record={initial} onSubmit={gather}>
        <DialogTitle id="new-batch-title">
          {translate('resources.payout-batches.gather.title')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate('resources.payout-batches.gather.explanation')}
          </DialogContentText>
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
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton
            label="resources.payout-batches.gather.save"
            icon={<LayersIcon />}
            alwaysEnable
          />
        </DialogActions>
      </Form>
    </Dialog>
  )
}

/** Gathers the scheduled payouts due by a day into a new batch; only finance may. */
export const NewBatchButton = () => {
  const { canAccess } = useCanAccess({ resource: 'payout-batches', action: 'create' })
  const [open, setOpen] = useState(false)
  if (!canAccess) return null
  return (
    <>
      <Button label="resources.payout-batches.gather.action" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      {open && <NewBatchDialog onClose={() => setOpen(false)} />}
    </>
  )
}
