import VisibilityIcon from '@mui/icons-material/Visibility'
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff'
import { Stack, Typography } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import {
  Button,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin'
import { historyResource } from '../common/HistorySection'
import { useFailure } from '../common/useFailure'
import type { AppDataProvider } from '../dataProvider'

/** In groups of four, as people read an IBAN: `NL91 ABNA 0417 1643 00`. */
const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ')

/**
 * An IBAN as the API sends it, masked, with a "Show IBAN" button for the roles that may see it
 * whole. Every reveal asks the API again, which logs it in the record's history.
 */
export const IbanField = ({ source }: { source: 'iban' }) => {
  const record = useRecordContext()
  const resource = useResourceContext() ?? ''
  const translate = useTranslate()
  const { canAccess } = useCanAccess({ resource, action: 'reveal-iban' })
  const dataProvider = useDataProvider<AppDataProvider>()
  const queryClient = useQueryClient()
  const failure = useFailure()
  const [whole, setWhole] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!record) return null
  const masked = record[source] as string | null | undefined
  if (!masked) return <Typography variant="body2">—</Typography>

  const reveal = async () => {
    setBusy(true)
    try {
      const { iban } = await dataProvider.revealIban(resource, record.id)
      setWhole(iban)
      await queryClient.invalidateQueries({ queryKey: [historyResource(resource, record.id)] })
    } catch (error) {
      failure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', whiteSpace: 'nowrap' }}
      onClick={(event) => event.stopPropagation()}
    >
      <Typography variant="body2" component="span" data-testid="iban" aria-live="polite">
        {whole ? grouped(whole) : masked}
      </Typography>
      {canAccess &&
        (whole ? (
          <Button label="app.iban.hide" onClick={() => setWhole(null)}>
            <VisibilityOffIcon />
          </Button>
        ) : (
          <Button
            label="app.iban.show"
            onClick={reveal}
            disabled={busy}
            title={translate('app.iban.logged')}
          >
            <VisibilityIcon />
          </Button>
        ))}
    </Stack>
  )
}
