import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  type DialogProps,
} from '@mui/material'
import type { ReactElement, ReactNode } from 'react'
import {
  Button,
  Form,
  Loading,
  type RaRecord,
  SaveButton,
  useNotify,
  useRefresh,
} from 'react-admin'
import { useFormState } from 'react-hook-form'
import { useFailure } from './useFailure'

/** The dialog's save button: a spinner and disabled while the request runs, so it is sent once. */
function SubmitButton(props: { label: string; icon?: ReactElement; alwaysEnable?: boolean }) {
  const { isSubmitting } = useFormState()
  return (
    <SaveButton
      label={props.label}
      icon={props.icon}
      alwaysEnable={props.alwaysEnable && !isSubmitting}
    />
  )
}

type FormDialogProps<T> = {
  onClose: () => void
  /** The title's element id, for the dialog's aria-labelledby. */
  titleId: string
  title: ReactNode
  explanation?: ReactNode
  /** Must be a stable object: the form would reset to a new one on every render. */
  record?: Partial<RaRecord>
  submitLabel: string
  submitIcon?: ReactElement
  /** Enables the submit button before anything is changed; it is still disabled while sending. */
  alwaysEnable?: boolean
  maxWidth?: DialogProps['maxWidth']
  /** While true the dialog shows its title and a spinner, not the form yet. */
  loading?: boolean
  action: (values: Record<string, unknown>) => Promise<T>
  /** An i18n key, or one chosen by the result (what happened decides what to say). */
  successMessage: string | ((result: T) => string)
  successArgs?: (result: T) => Record<string, unknown>
  /** After success, closing and the refresh, e.g. to open what was made. */
  onDone?: (result: T) => void
  children: ReactNode
}

/**
 * A dialog with a form that calls the API: server field errors go to the fields, any other
 * refusal becomes a notification; on success it notifies, closes, refreshes and calls `onDone`.
 */
export function FormDialog<T>({
  onClose,
  titleId,
  title,
  explanation,
  record,
  submitLabel,
  submitIcon,
  alwaysEnable,
  maxWidth = 'sm',
  loading,
  action,
  successMessage,
  successArgs,
  onDone,
  children,
}: FormDialogProps<T>) {
  const notify = useNotify()
  const refresh = useRefresh()
  const failure = useFailure()

  const submit = async (values: Record<string, unknown>) => {
    let result: T
    try {
      result = await action(values)
    } catch (error) {
      return failure(error)
    }
    notify(typeof successMessage === 'function' ? successMessage(result) : successMessage, {
      type: 'success',
      ...(successArgs && { messageArgs: successArgs(result) }),
    })
    onClose()
    // Always, also before going elsewhere: a page left mounted while the next one loads (React
    // keeps it during the transition) would otherwise keep showing figures from before the write.
    refresh()
    onDone?.(result)
    return undefined
  }

  const heading = <DialogTitle id={titleId}>{title}</DialogTitle>
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      {loading ? (
        <>
          {heading}
          <DialogContent>
            <Loading />
          </DialogContent>
        </>
      ) : (
        <Form record={record} onSubmit={submit}>
          {heading}
          <DialogContent>
            {explanation && <DialogContentText sx={{ mb: 2 }}>{explanation}</DialogContentText>}
            {children}
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <SubmitButton label={submitLabel} icon={submitIcon} alwaysEnable={alwaysEnable} />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  )
}
