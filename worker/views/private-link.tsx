import type { Locale } from '../lib/messages'
import { copy } from './text'

/**
 * The private link, shown once after saving or submitting: in a field to select and copy, as a
 * link to follow, and with what it is for. It is never stored, so it cannot be shown again.
 */
export function PrivateLink({ locale, url }: { locale: Locale; url: string }) {
  const t = copy(locale).privateLink
  return (
    <>
      <div class="link-box">
        <label for="private-link">{t.label}</label>
        <span class="hint" id="private-link-hint">
          {t.hint}
        </span>
        <input
          type="text"
          id="private-link"
          value={url}
          readonly
          autocomplete="off"
          spellcheck={false}
          aria-describedby="private-link-hint"
        />
        <p>
          <a href={url}>{t.open}</a>
        </p>
      </div>
      <p>{t.keep}</p>
      <p>
        <strong>{t.once}</strong>
      </p>
    </>
  )
}
