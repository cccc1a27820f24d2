import type { Locale } from '../lib/messages'
import { formatCents } from '../lib/money'
import {
  type PublicRegister,
  REGISTER_PATH,
  type RegisterInitiative,
  type RegisterNetwork,
  type RegisterPlan,
} from '../services/register'
import { SelectField } from './form-fields'
import { formatDate, localePath } from './format'
import { Layout } from './layout'
import { copy } from './text'

/** The register's path (without language prefix) for a year, network and page position. */
function registerPath(year: number, networkId?: number | null, after?: string): string {
  const params = new URLSearchParams({ year: String(year) })
  if (networkId) params.set('networkId', String(networkId))
  if (after) params.set('after', after)
  return `${REGISTER_PATH}?${params}`
}

/** The share of the budget given, in whole percents, as the bar's width class and its text. */
function usedPercent(plan: RegisterPlan): number {
  if (plan.budgetCents <= 0) return 0
  return Math.min(100, Math.max(0, Math.floor((plan.awardedCents * 100) / plan.budgetCents)))
}

export interface RegisterPageProps {
  locale: Locale
  register: PublicRegister
  /** The page position the reader followed a "more" link to, if any. */
  after?: string
}

/**
 * The public register: where the neighbourhood's money went, per network and year. A plain GET
 * form chooses year and network, so it works without JavaScript.
 */
export function RegisterPage({ locale, register, after }: RegisterPageProps) {
  const t = copy(locale).register
  const years = [...new Set([...register.years, register.year])].sort((a, b) => b - a)
  return (
    <Layout
      locale={locale}
      title={t.title}
      path={registerPath(register.year, register.networkId, after)}
    >
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <p>{t.privacy}</p>
      <form method="get" action={localePath(locale, REGISTER_PATH)} class="filters">
        <fieldset>
          <legend>{t.chooseTitle}</legend>
          <SelectField
            id="year"
            label={t.year}
            value={String(register.year)}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <SelectField
            id="networkId"
            label={t.network}
            value={register.networkId ? String(register.networkId) : ''}
            placeholder={t.allNetworks}
            options={register.choices.map((n) => ({ value: String(n.id), label: n.name }))}
          />
          <button type="submit">{t.show}</button>
        </fieldset>
      </form>
      {register.networks.length === 0 ? (
        <p>{t.empty(register.year)}</p>
      ) : (
        <>
          <p>{t.settledNote}</p>
          {register.networks.map((network) => (
            <NetworkSection
              locale={locale}
              year={register.year}
              network={network}
              paged={after !== undefined}
            />
          ))}
        </>
      )}
    </Layout>
  )
}

interface SectionProps {
  locale: Locale
  year: number
  network: RegisterNetwork
  paged: boolean
}

function NetworkSection({ locale, year, network, paged }: SectionProps) {
  const t = copy(locale).register
  const headingId = `network-${network.id}`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{network.name}</h2>
      <p>{network.area}</p>
      {network.plans.map((plan) => (
        <PlanBudget locale={locale} plan={plan} />
      ))}
      {network.initiatives.length === 0 ? (
        <p>{t.none(year)}</p>
      ) : (
        <InitiativesTable locale={locale} year={year} network={network} />
      )}
      {paged && (
        <p>
          <a href={localePath(locale, registerPath(year, network.id))}>{t.first(network.name)}</a>
        </p>
      )}
      {network.nextCursor && (
        <p>
          <a href={localePath(locale, registerPath(year, network.id, network.nextCursor))}>
            {t.more(network.name)}
          </a>
        </p>
      )}
    </section>
  )
}

function PlanBudget({ locale, plan }: { locale: Locale; plan: RegisterPlan }) {
  const t = copy(locale).register
  const percent = usedPercent(plan)
  return (
    <>
      <h3>
        {plan.title} <span class="tag">{t.planStatuses[plan.status]}</span>
      </h3>
      <dl class="facts">
        <dt>{t.budget}</dt>
        <dd>{formatCents(plan.budgetCents, locale)}</dd>
        <dt>{t.awarded}</dt>
        <dd>{formatCents(plan.awardedCents, locale)}</dd>
        <dt>{t.remaining}</dt>
        <dd>{formatCents(plan.remainingCents, locale)}</dd>
      </dl>
      <div class="bar" aria-hidden="true">
        <span class={`bar-${percent}`} />
      </div>
      <p>{t.used(percent)}</p>
    </>
  )
}

function InitiativesTable({ locale, year, network }: Omit<SectionProps, 'paged'>) {
  const t = copy(locale).register
  const headingId = `initiatives-${network.id}`
  const caption = `${t.caption(network.name, year)} (${t.count(network.initiativeCount)})`
  const planTitles = new Map(network.plans.map((p) => [p.id, p.title]))
  // With one plan in the year its heading says it all; with more, each row names its plan.
  const showPlan = network.plans.length > 1
  return (
    <>
      <h3 id={headingId}>{caption}</h3>
      {/* On a phone the table scrolls sideways; the heading above stays readable. */}
      <div class="table-scroll" role="region" aria-labelledby={headingId} tabindex={0}>
        <table>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.title}</th>
              {showPlan && <th scope="col">{t.columns.plan}</th>}
              <th scope="col">{t.columns.priorities}</th>
              <th scope="col" class="num">
                {t.columns.awarded}
              </th>
              <th scope="col" class="num">
                {t.columns.settled}
              </th>
              <th scope="col">{t.columns.status}</th>
              <th scope="col">{t.columns.decidedOn}</th>
            </tr>
          </thead>
          <tbody>
            {network.initiatives.map((initiative) => (
              <InitiativeRow
                locale={locale}
                initiative={initiative}
                plan={showPlan ? (planTitles.get(initiative.planId) ?? '') : undefined}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

interface RowProps {
  locale: Locale
  initiative: RegisterInitiative
  /** The plan's title, when the table shows more than one plan. */
  plan?: string
}

function InitiativeRow({ locale, initiative, plan }: RowProps) {
  const t = copy(locale).register
  return (
    <tr>
      <th scope="row">
        {initiative.title}
        {initiative.organisationName && (
          <span class="hint">{t.organisation(initiative.organisationName)}</span>
        )}
      </th>
      {plan !== undefined && <td>{plan}</td>}
      <td>{initiative.priorities.join(', ')}</td>
      <td class="num">{formatCents(initiative.awardedCents, locale)}</td>
      <td class="num">
        {initiative.settledCents === null
          ? t.notSettled
          : formatCents(initiative.settledCents, locale)}
      </td>
      <td>{initiative.statusText}</td>
      <td>{formatDate(initiative.decidedOn, locale)}</td>
    </tr>
  )
}
