import type { Locale } from '../lib/messages'
import { localePath } from './format'
import { Layout } from './layout'
import { copy } from './text'

/** A refusal or failure as a page: what happened in plain words, and a way on. */
export function ErrorPage(props: {
  locale: Locale
  status: number
  message: string
  path: string
}) {
  const { locale, status } = props
  const t = copy(locale)
  const title = t.errorPages[status] ?? t.errorPages[400]
  return (
    <Layout locale={locale} title={title} path={props.path}>
      <h1>{title}</h1>
      <p class="lead">{status === 404 ? t.errorPages.notFound : props.message}</p>
      {status !== 404 && status !== 500 && <p>{t.errorPages.back}</p>}
      <p>
        <a href={localePath(locale, '/')}>{t.site.home}</a>
      </p>
    </Layout>
  )
}
