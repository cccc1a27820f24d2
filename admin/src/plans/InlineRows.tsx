import AddIcon from '@mui/icons-material/Add'
import { Box, LinearProgress, Stack } from '@mui/material'
import { type ReactNode, useMemo, useState } from 'react'
import {
  DeleteButton,
  Form,
  type RaRecord,
  ReferenceManyField,
  SaveButton,
  useCreate,
  useListContext,
  useNotify,
  useRefresh,
  useResourceContext,
  useUpdate,
} from 'react-admin'
import { useFailure } from '../common/useFailure'

interface RowsProps {
  /** The part's inputs, laid out as cells of one grid row. */
  inputs: ReactNode
  /** CSS grid columns for the inputs plus one for the buttons. */
  columns: string
  addLabel: string
  /** Values a new row starts with, besides its plan and next position (keep the object stable). */
  newValues?: Record<string, unknown>
}

const RowLayout = ({ columns, children }: { columns: string; children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: columns },
      columnGap: 1,
      alignItems: 'start',
      '& .MuiFormControl-root': { mt: 0 },
    }}
  >
    {children}
  </Box>
)

const Buttons = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 48 }}>
    {children}
  </Stack>
)

const ExistingRow = ({ record, inputs, columns }: RowsProps & { record: RaRecord }) => {
  const resource = useResourceContext()
  const [update] = useUpdate()
  const refresh = useRefresh()
  const notify = useNotify()
  const failure = useFailure()

  const save = async (values: Partial<RaRecord>) => {
    try {
      await update(
        resource,
        { id: record.id, data: values, previousData: record },
        { mutationMode: 'pessimistic', returnPromise: true },
      )
    } catch (error) {
      return failure(error)
    }
    notify('ra.notification.updated', { messageArgs: { smart_count: 1 } })
    // The plan's weight total and priority count follow from its parts.
    refresh()
    return undefined
  }

  return (
    <Form record={record} onSubmit={save}>
      <Box data-testid={`${resource}-row`}>
        <RowLayout columns={columns}>
          {inputs}
          <Buttons>
            <SaveButton variant="text" />
            <DeleteButton
              mutationMode="pessimistic"
              redirect={false}
              mutationOptions={{
                onSuccess: () => {
                  notify('ra.notification.deleted', { messageArgs: { smart_count: 1 } })
                  refresh()
                },
              }}
            />
          </Buttons>
        </RowLayout>
      </Box>
    </Form>
  )
}

const NewRow = ({
  planId,
  position,
  inputs,
  columns,
  addLabel,
  newValues,
}: RowsProps & { planId: RaRecord['id']; position: number }) => {
  const resource = useResourceContext()
  const [create] = useCreate()
  const refresh = useRefresh()
  const notify = useNotify()
  const failure = useFailure()
  // A fresh form after each addition; a stable record meanwhile, so typing is never reset.
  const [generation, setGeneration] = useState(0)
  const record = useMemo(() => ({ planId, position, ...newValues }), [planId, position, newValues])

  const save = async (values: Record<string, unknown>) => {
    try {
      await create(resource, { data: { ...values, planId } }, { returnPromise: true })
    } catch (error) {
      return failure(error)
    }
    notify('ra.notification.created')
    setGeneration((n) => n + 1)
    refresh()
    return undefined
  }

  return (
    <Form key={generation} record={record} onSubmit={save} resetOptions={{ keepDirtyValues: true }}>
      <Box data-testid={`${resource}-new`} sx={{ pt: 1, borderTop: 1, borderColor: 'divider' }}>
        <RowLayout columns={columns}>
          {inputs}
          <Buttons>
            <SaveButton variant="outlined" label={addLabel} icon={<AddIcon />} />
          </Buttons>
        </RowLayout>
      </Box>
    </Form>
  )
}

const Rows = (props: RowsProps & { planId: RaRecord['id'] }) => {
  const { data, isPending } = useListContext()
  if (isPending || !data) return <LinearProgress />
  const nextPosition = Math.max(-1, ...data.map((r) => Number(r.position) || 0)) + 1
  return (
    <Stack spacing={1}>
      {data.map((record) => (
        <ExistingRow key={record.id} record={record} {...props} />
      ))}
      <NewRow position={nextPosition} {...props} />
    </Stack>
  )
}

/**
 * A plan's priorities or criteria edited in place: one small form per row with its own save and
 * delete, and a row to add one. Published plans show `readOnly` instead (their rules are fixed).
 */
export const InlineRows = ({
  reference,
  planId,
  locked,
  readOnly,
  ...rows
}: RowsProps & {
  reference: string
  planId: RaRecord['id']
  locked: boolean
  readOnly: ReactNode
}) => (
  <ReferenceManyField
    reference={reference}
    target="planId"
    sort={{ field: 'position', order: 'ASC' }}
    perPage={100}
  >
    {locked ? readOnly : <Rows planId={planId} {...rows} />}
  </ReferenceManyField>
)
