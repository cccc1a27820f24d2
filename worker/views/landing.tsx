import type { Locale } from '../lib/messages'
import { formatCents } from '../lib/money'
import type { PublicPlan } from '../services/plans'
import { REGISTER_PATH } from '../services/register'
import { formatDate, localePath } from './format'
import { Layout } from './layout'
import { copy } from './text'

/** The start page: what Buurtkracht is, how applying works, and every plan open today. */
export function LandingPage(props: { locale: Locale; plans: PublicPlan[] }) {
  const { locale, plans } = props
  const t = copy(locale).landing
  const register = copy(locale).register
  return (
    <Layout locale={locale} title={t.title} path="/">
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <h2>{t.howTitle}</h2>
      <ol class="steps">
        {t.steps.map((step) => (
          <li>{step}</li>
        ))}
      </ol>
      <h2>{t.linkTitle}</h2>
      <p>{t.linkText}</p>
      <h2>{t.plansTitle}</h2>
      {plans.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        plans.map((plan) => <PlanCard locale={locale} plan={plan} />)
      )}
      <h2>{register.title}</h2>
      <p>{register.linkText}</p>
      <p>
        <a href={localePath(locale, REGISTER_PATH)}>{register.open}</a>
      </p>
    </Layout>
  )
}

function PlanCard({ locale, plan }: { locale: Locale; plan: PublicPlan }) {
  const t = copy(locale).landing
  const headingId = `plan-${plan.id}`
  return (
    <section class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{plan.title}</h3>
      <dl class="facts">
        <dt>{t.network}</dt>
        <dd>{plan.networkName}</dd>
        <dt>{t.area}</dt>
        <dd>
          {plan.area}
          {plan.postcodes.length > 0 &&
            ` (${t.postcodes.toLowerCase()} ${plan.postcodes.join(', ')})`}
        </dd>
        <dt>{t.budgetLeft}</dt>
        <dd>{formatCents(plan.budgetRemainingCents, locale)}</dd>
        <dt>{t.maxGrant}</dt>
        <dd>{formatCents(plan.maxGrantCents, locale)}</dd>
        <dt>{t.period}</dt>
        <dd>
          {t.periodValue(formatDate(plan.opensOn, locale), formatDate(plan.closesOn, locale))}
        </dd>
      </dl>
      <h4>{t.priorities}</h4>
      <ul>
        {plan.priorities.map((p) => (
          <li>
            <strong>{p.title}</strong>
            {p.description && `: ${p.description}`}
          </li>
        ))}
      </ul>
      <h4>{t.criteria}</h4>
      <p>{t.criteriaIntro}</p>
      <ul>
        {plan.criteria.map((c) => (
          <li>
            <strong>{c.title}</strong> ({t.weight(c.weight)}
            {c.knockout && `; ${t.knockout}`}){c.description && `: ${c.description}`}
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href={localePath(locale, `/aanvragen/${plan.id}`)}>
          {t.apply(plan.title)}
        </a>
      </p>
    </section>
  )
}
