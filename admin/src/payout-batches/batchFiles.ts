import { HttpError, type Identifier } from 'react-admin'
import { batchFileUrl } from '../dataProvider'
import { i18nProvider } from '../i18n'

export type BatchFile = Parameters<typeof batchFileUrl>[1]

/** How long the browser keeps a saved file's object URL: long enough to start writing it. */
const OBJECT_URL_LIFETIME_MS = 60_000

/** The name the API gives the file, e.g. `buurtkracht-batch-12-2026-12-01.xml`. */
function filenameOf(response: Response, batchId: Identifier): string {
  const disposition = response.headers.get('Content-Disposition') ?? ''
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? `buurtkracht-batch-${batchId}`
}

/**
 * Fetches a batch's bank file whole and hands it to the browser to save under the API's name, so
 * the caller knows when it is done and how it went (a plain link says neither). The first
 * download marks the batch exported. A refusal rejects with an HttpError in the API's words.
 */
export async function downloadBatchFile(batchId: Identifier, file: BatchFile): Promise<string> {
  const response = await fetch(batchFileUrl(batchId, file), {
    credentials: 'same-origin',
    headers: { 'Accept-Language': i18nProvider.getLocale() },
  })
  if (!response.ok) {
    const body = await response.json().catch(() => undefined)
    throw new HttpError(body?.message ?? response.statusText, response.status, body)
  }
  const filename = filenameOf(response, batchId)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later, not at once: some browsers read the URL only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS)
  return filename
}
