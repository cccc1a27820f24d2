import type { Child } from 'hono/jsx'

/** What every field shows around its input: label, "(niet verplicht)", hint and error. */
export interface FieldProps {
  /** The input's id, also the API field it fills (error summary links point here). */
  id: string
  /** Posted name; the id when absent. */
  name?: string
  label: string
  hint?: string
  /** The optional marker, e.g. "(niet verplicht)"; absent for required fields. */
  optional?: string
  error?: string
}

/** The ids of the hint and error texts, for `aria-describedby`. */
function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

function Label({ id, label, optional }: Pick<FieldProps, 'id' | 'label' | 'optional'>) {
  return (
    <label for={id}>
      {label}
      {optional && <span class="optional"> {optional}</span>}
    </label>
  )
}

function HintAndError({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  )
}

const fieldClass = (error: string | undefined) => (error ? 'field field--error' : 'field')

export interface TextFieldProps extends FieldProps {
  value: string
  type?: 'text' | 'email' | 'tel' | 'date'
  autocomplete?: string
  inputmode?: 'numeric' | 'decimal' | 'email' | 'tel'
  width?: 'short' | 'medium'
  spellcheck?: boolean
  /** Shown before the input, e.g. "€"; the label says it too. */
  prefix?: string
}

export function TextField(props: TextFieldProps) {
  const { id, error, hint, prefix, width } = props
  const input = (
    <input
      type={props.type ?? 'text'}
      id={id}
      name={props.name ?? id}
      value={props.value}
      class={width ? `input--${width}` : undefined}
      autocomplete={props.autocomplete}
      inputmode={props.inputmode}
      spellcheck={props.spellcheck}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? 'true' : undefined}
    />
  )
  return (
    <div class={fieldClass(error)}>
      <Label {...props} />
      <HintAndError {...props} />
      {prefix ? (
        <div class="money">
          <span aria-hidden="true">{prefix}</span>
          {input}
        </div>
      ) : (
        input
      )}
    </div>
  )
}

export function TextArea(props: FieldProps & { value: string; rows?: number }) {
  const { id, error, hint } = props
  return (
    <div class={fieldClass(error)}>
      <Label {...props} />
      <HintAndError {...props} />
      <textarea
        id={id}
        name={props.name ?? id}
        rows={props.rows ?? 4}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.value}
      </textarea>
    </div>
  )
}

export interface Option {
  value: string
  label: string
  hint?: string
}

export function SelectField(
  props: FieldProps & { value: string; options: Option[]; placeholder?: string },
) {
  const { id, error, hint } = props
  return (
    <div class={fieldClass(error)}>
      <Label {...props} />
      <HintAndError {...props} />
      <select
        id={id}
        name={props.name ?? id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** One checkbox with its label beside it; `value` is what a ticked box posts. */
export function Checkbox(props: FieldProps & { checked: boolean; value?: string }) {
  const { id, error, hint } = props
  return (
    <div class={fieldClass(error)}>
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
      <div class="choice">
        <input
          type="checkbox"
          id={id}
          name={props.name ?? id}
          value={props.value ?? 'ja'}
          checked={props.checked}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? 'true' : undefined}
        />
        <div>
          <Label {...props} />
          {hint && (
            <span class="hint" id={`${id}-hint`}>
              {hint}
            </span>
          )}
        </div>
      </div>
    </div>
  )
}

export interface ChoiceGroupProps {
  /** The first option's id; the others get `<id>-<value>`. */
  id: string
  name: string
  type: 'radio' | 'checkbox'
  legend: string
  hint?: string
  error?: string
  options: Option[]
  selected: string[]
}

/** Radios or checkboxes answering one question: a fieldset whose legend is the question. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { id, hint, error } = props
  const groupId = `${id}-choices`
  return (
    <div class={fieldClass(error)}>
      <fieldset aria-describedby={describedBy(groupId, hint, error)}>
        <legend>{props.legend}</legend>
        <HintAndError id={groupId} hint={hint} error={error} />
        <div class="choices">
          {props.options.map((option, i) => {
            const inputId = i === 0 ? id : `${id}-${option.value}`
            return (
              <div class="choice">
                <input
                  type={props.type}
                  id={inputId}
                  name={props.name}
                  value={option.value}
                  checked={props.selected.includes(option.value)}
                  aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                />
                <div>
                  <label for={inputId}>{option.label}</label>
                  {option.hint && (
                    <span class="hint" id={`${inputId}-hint`}>
                      {option.hint}
                    </span>
                  )}
                </div>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

export interface SummaryItem {
  /** The field's id; items without one are shown as plain text. */
  target?: string
  text: string
}

/**
 * The list of everything that is wrong, at the top of the page, each linking to its field. It can
 * take focus (`tabindex=-1`) so the skip link and scripts may move there.
 */
export function ErrorSummary(props: { title: string; intro?: string; items: SummaryItem[] }) {
  return (
    <div
      class="error-summary"
      id="error-summary"
      tabindex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{props.title}</h2>
      {props.intro && <p>{props.intro}</p>}
      <ul>
        {props.items.map((item) => (
          <li>{item.target ? <a href={`#${item.target}`}>{item.text}</a> : item.text}</li>
        ))}
      </ul>
    </div>
  )
}

/** A section of the form: a fieldset whose legend is its heading. */
export function Section(props: { title: string; children?: Child }) {
  return (
    <fieldset class="section">
      <legend>
        <h2>{props.title}</h2>
      </legend>
      {props.children}
    </fieldset>
  )
}
