import { type HttpError, useNotify } from 'react-admin'

/**
 * For a form's `onSubmit`: server field errors go to the form's fields (react-admin sets them from
 * what `onSubmit` returns); any other refusal, such as a 409, becomes a notification in the API's
 * words, or goes to `onRefusal` for forms that show it beside the form (a refusal with a long
 * reason is read, not glanced at).
 */
export function useFailure(onRefusal?: (message: string) => void) {
  const notify = useNotify()
  return (error: unknown) => {
    const { body, message } = error as HttpError
    if (body?.errors && Object.keys(body.errors).length > 0) {
      notify('ra.message.invalid_form', { type: 'error' })
      return body.errors as Record<string, string>
    }
    if (onRefusal) onRefusal(message || 'ra.notification.http_error')
    else notify(message || 'ra.notification.http_error', { type: 'error' })
    return undefined
  }
}
