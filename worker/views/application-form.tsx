import { APPLICANT_TYPES, BUDGET_CATEGORIES } from '../db/schema'
import { LARGE_GRANT_CENTS, requiredSupporters } from '../domain/eligibility'
import { BUDGET_ROWS, type BudgetLineValues, type FormValues } from '../lib/form-input'
import type { Locale } from '../lib/messages'
import { formatCents } from '../lib/money'
import type { PublicPlan } from '../services/plans'
import {
  Checkbox,
  ChoiceGroup,
  ErrorSummary,
  Section,
  SelectField,
  type SummaryItem,
  TextArea,
  TextField,
} from './form-fields'
import { Layout } from './layout'
import { type Copy, copy } from './text'

/** Field errors in the reader's language, by API field (`budgetLines.0.amountCents`). */
export type PageErrors = Record<string, string>

/** The form's fields in the order it shows them; the error summary follows the same order. */
const FIELD_ORDER = [
  'planId',
  'applicantType',
  'organisationName',
  'kvkNumber',
  'contactName',
  'email',
  'phone',
  'title',
  'summary',
  'description',
  'priorityIds',
  'targetGroup',
  'expectedParticipants',
  'volunteers',
  'goal',
  'startsOn',
  'endsOn',
  'postcode',
  'openToAll',
  'worksWithVulnerable',
  'vogConfirmed',
  'budgetLines',
  'requestedCents',
  'ownContributionCents',
  'ownContributionHours',
  'otherFunding',
  'supporters',
  'iban',
  'accountHolder',
  'privacyConsent',
] as const

type FormField = (typeof FIELD_ORDER)[number]
const LINE_PARTS = ['description', 'category', 'amountCents'] as const

/**
 * The input an error belongs to: errors on a whole group or line point at its first input;
 * errors that belong to no input (the plan closed) get none.
 */
export function fieldTarget(key: string): string | undefined {
  if (key === 'budgetLines') return 'budgetLines.0.description'
  const line = /^budgetLines\.(\d+)(?:\.(\w+))?/.exec(key)
  if (line) {
    const part = LINE_PARTS.find((p) => p === line[2]) ?? 'description'
    return `budgetLines.${line[1]}.${part}`
  }
  if (key.startsWith('priorityIds')) return 'priorityIds'
  if (key === 'planId') return undefined
  return (FIELD_ORDER as readonly string[]).includes(key) ? key : undefined
}

/** Where in the form an error's field is, for ordering the summary like the form. */
function position(key: string): number {
  const line = /^budgetLines\.(\d+)\.(\w+)$/.exec(key)
  const base = FIELD_ORDER.indexOf((line ? 'budgetLines' : key) as FormField)
  const at = base < 0 ? FIELD_ORDER.length : base
  if (!line) return at * 1000
  return at * 1000 + 1 + Number(line[1]) * 3 + LINE_PARTS.indexOf(line[2] as 'description')
}

/** The label that names a field in the error summary. */
function fieldLabel(t: Copy['form'], e: Copy['errors'], key: string): string | undefined {
  const line = /^budgetLines\.(\d+)\.(\w+)$/.exec(key)
  if (line) {
    const part = { description: t.lineDescription, category: t.lineCategory }[line[2]]
    return `${e.budgetLine(Number(line[1]) + 1)}, ${(part ?? t.lineAmount).toLowerCase()}`
  }
  if (key === 'budgetLines') return t.budget.label
  if (key === 'ownContributionCents') return t.ownContribution.label
  const field = t[key as keyof Copy['form']]
  if (field && typeof field === 'object' && 'label' in field) return field.label
  return undefined
}

/** The error summary's items, in form order, each linking to the input it is about. */
export function summaryItems(locale: Locale, errors: PageErrors): SummaryItem[] {
  const t = copy(locale)
  const seen = new Set<string>()
  return Object.keys(errors)
    .sort((a, b) => position(a) - position(b))
    .flatMap((key) => {
      const target = fieldTarget(key)
      if (target && seen.has(target)) return []
      if (target) seen.add(target)
      const label = fieldLabel(t.form, t.errors, key)
      if (!label) return [{ target, text: errors[key] }]
      return [{ target, text: `${label}${label.endsWith('?') ? '' : ':'} ${errors[key]}` }]
    })
}

/** Errors by the input they are shown at; the first error of an input wins. */
function errorsByTarget(errors: PageErrors): PageErrors {
  const byTarget: PageErrors = {}
  for (const key of Object.keys(errors).sort((a, b) => position(a) - position(b))) {
    const target = fieldTarget(key)
    if (target) byTarget[target] ??= errors[key]
  }
  return byTarget
}

export interface ApplicationFormProps {
  locale: Locale
  plan: PublicPlan
  values: FormValues
  errors: PageErrors
  /** What the error summary says first (e.g. why the application cannot be submitted yet). */
  errorIntro?: string
  /** Where the form posts, with the language prefix. */
  action: string
  /** This page's path without the language prefix. */
  path: string
  /** A new application (with the honeypot) or changing an existing one. */
  mode: 'new' | 'edit'
  /** Back to the status page, when editing. */
  backHref?: string
}

export function ApplicationFormPage(props: ApplicationFormProps) {
  const { locale, plan, mode } = props
  const t = copy(locale)
  const title = mode === 'new' ? t.form.pageTitle(plan.title) : t.form.editTitle
  const items = summaryItems(locale, props.errors)
  return (
    <Layout locale={locale} title={title} path={props.path} hasErrors={items.length > 0}>
      <h1>{title}</h1>
      {items.length > 0 && (
        <ErrorSummary title={t.errors.summaryTitle} intro={props.errorIntro} items={items} />
      )}
      <p class="lead">{mode === 'new' ? t.form.intro : t.form.editIntro}</p>
      {mode === 'edit' && props.backHref && (
        <p>
          <a href={props.backHref}>{t.form.cancel}</a>
        </p>
      )}
      <ApplicationForm {...props} />
    </Layout>
  )
}

function ApplicationForm(props: ApplicationFormProps) {
  const { locale, plan, values } = props
  const t = copy(locale).form
  const errors = errorsByTarget(props.errors)
  const field = (id: FormField) => ({
    id,
    label: (t[id as keyof typeof t] as { label: string }).label,
    hint: (t[id as keyof typeof t] as { hint?: string }).hint,
    error: errors[id],
  })
  const text = (id: FormField & keyof FormValues) => ({ ...field(id), value: values[id] as string })
  return (
    <form method="post" action={props.action} novalidate>
      <Section title={t.sections.who}>
        <ChoiceGroup
          id="applicantType"
          name="applicantType"
          type="radio"
          legend={t.applicantType.label}
          hint={t.applicantType.hint}
          error={errors.applicantType}
          options={APPLICANT_TYPES.map((type) => ({ value: type, ...t.applicantTypes[type] }))}
          selected={[values.applicantType]}
        />
        <TextField
          {...text('organisationName')}
          optional={t.optionalForGroups}
          autocomplete="organization"
        />
        <TextField
          {...text('kvkNumber')}
          optional={t.optionalForGroups}
          inputmode="numeric"
          width="medium"
          spellcheck={false}
        />
        <TextField {...text('contactName')} autocomplete="name" />
        <TextField {...text('email')} type="email" autocomplete="email" spellcheck={false} />
        <TextField
          {...text('phone')}
          type="tel"
          autocomplete="tel"
          optional={t.optional}
          width="medium"
        />
      </Section>

      <Section title={t.sections.initiative}>
        <TextField {...text('title')} />
        <TextArea {...text('summary')} rows={3} />
        <TextArea {...text('description')} rows={6} />
        <ChoiceGroup
          id="priorityIds"
          name="priorityIds"
          type="checkbox"
          legend={t.priorityIds.label}
          hint={t.priorityIds.hint}
          error={errors.priorityIds}
          options={plan.priorities.map((p) => ({
            value: String(p.id),
            label: p.title,
            hint: p.description || undefined,
          }))}
          selected={values.priorityIds.map(String)}
        />
        <TextArea {...text('targetGroup')} rows={3} />
        <TextField {...text('expectedParticipants')} inputmode="numeric" width="short" />
        <TextField
          {...text('volunteers')}
          inputmode="numeric"
          width="short"
          optional={t.optional}
        />
        <TextArea {...text('goal')} rows={3} />
        <TextField {...text('startsOn')} width="medium" autocomplete="off" />
        <TextField {...text('endsOn')} width="medium" autocomplete="off" />
        <TextField
          {...text('postcode')}
          hint={t.postcode.hint(plan.postcodes.join(', '))}
          width="short"
          spellcheck={false}
        />
        <fieldset class="field">
          <legend>{t.conditions}</legend>
          <Checkbox {...field('openToAll')} checked={values.openToAll} />
          <Checkbox {...field('worksWithVulnerable')} checked={values.worksWithVulnerable} />
          <Checkbox {...field('vogConfirmed')} checked={values.vogConfirmed} />
        </fieldset>
      </Section>

      <Section title={t.sections.money}>
        <BudgetLines locale={locale} lines={values.budgetLines} errors={errors} />
        <TextField
          {...text('requestedCents')}
          hint={t.requestedCents.hint(formatCents(plan.maxGrantCents, locale))}
          inputmode="decimal"
          prefix="€"
        />
        <fieldset class="field">
          <legend>{t.ownContribution.label}</legend>
          <span class="hint">{t.ownContribution.hint}</span>
          <TextField
            {...text('ownContributionCents')}
            hint={undefined}
            inputmode="decimal"
            prefix="€"
          />
          <TextField {...text('ownContributionHours')} inputmode="numeric" width="short" />
        </fieldset>
        <TextArea {...text('otherFunding')} rows={3} optional={t.optional} />
      </Section>

      <Section title={t.sections.support}>
        <TextField
          {...text('supporters')}
          hint={t.supporters.hint(
            requiredSupporters(100_000),
            requiredSupporters(LARGE_GRANT_CENTS),
            requiredSupporters(LARGE_GRANT_CENTS + 1),
          )}
          inputmode="numeric"
          width="short"
        />
      </Section>

      <Section title={t.sections.bank}>
        <TextField {...text('iban')} autocomplete="off" spellcheck={false} width="medium" />
        <TextField {...text('accountHolder')} />
      </Section>

      <Section title={t.sections.privacy}>
        <h3>{t.privacyTitle}</h3>
        <ul>
          {t.privacyPoints.map((point) => (
            <li>{point}</li>
          ))}
        </ul>
        <fieldset class="field">
          <legend>{t.consent}</legend>
          <Checkbox {...field('privacyConsent')} checked={values.privacyConsent} />
        </fieldset>
      </Section>

      {props.mode === 'new' && (
        <div class="hp">
          <label for="website">{t.honeypot}</label>
          <input
            type="text"
            id="website"
            name="website"
            value=""
            autocomplete="off"
            tabindex={-1}
          />
        </div>
      )}

      <p class="note">{t.buttonsHint}</p>
      <button type="submit" name="intent" value="save" class="button--secondary">
        {props.mode === 'new' ? t.save : t.saveChanges}
      </button>
      <button type="submit" name="intent" value="submit">
        {t.submit}
      </button>
    </form>
  )
}

function BudgetLines(props: { locale: Locale; lines: BudgetLineValues[]; errors: PageErrors }) {
  const t = copy(props.locale).form
  const count = Math.max(BUDGET_ROWS, props.lines.length)
  const rows = Array.from(
    { length: count },
    (_, i) => props.lines[i] ?? { description: '', category: '', amount: '' },
  )
  const options = BUDGET_CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }))
  return (
    <fieldset class="field">
      <legend>{t.budget.label}</legend>
      <span class="hint">{t.budget.hint}</span>
      <p class="note">{t.flaggedNote}</p>
      {rows.map((row, i) => {
        const id = (part: string) => `budgetLines.${i}.${part}`
        return (
          <fieldset class="budget-row">
            <legend>
              {t.budgetRow(i + 1)}
              {i > 0 && <span class="optional"> {t.optional}</span>}
            </legend>
            <div class="fields">
              <TextField
                id={id('description')}
                label={t.lineDescription}
                value={row.description}
                error={props.errors[id('description')]}
              />
              <SelectField
                id={id('category')}
                label={t.lineCategory}
                value={row.category}
                options={options}
                placeholder={t.chooseCategory}
                error={props.errors[id('category')]}
              />
              <TextField
                id={id('amountCents')}
                name={id('amount')}
                label={t.lineAmount}
                value={row.amount}
                inputmode="decimal"
                error={props.errors[id('amountCents')]}
              />
            </div>
          </fieldset>
        )
      })}
    </fieldset>
  )
}
