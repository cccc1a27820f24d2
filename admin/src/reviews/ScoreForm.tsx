import SaveIcon from '@mui/icons-material/Save'
import SendIcon from '@mui/icons-material/Send'
import { Alert, Chip, Paper, Stack, Typography } from '@mui/material'
import { type RefObject, useMemo, useRef, useState } from 'react'
import {
  Form,
  RadioButtonGroupInput,
  SaveButton,
  type SaveButtonProps,
  TextInput,
  maxLength,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin'
import { useFormState } from 'react-hook-form'
import { scoreLevelChoices } from '../common/choices'
import { useFailure } from '../common/useFailure'
import type { Application, Criterion, Review, ReviewStatus } from '../types'

/** The API's limit on a reason. */
const REASON_MAX = 2000

interface ScoreRow {
  criterionId: number
  score: number | null
  reason: string | null
}

/** The five levels side by side, each radio above its meaning, so they read as one scale. */
const levelsInARow = {
  width: '100%',
  '& .MuiRadioGroup-root': {
    display: 'grid',
    gridTemplateColumns: 'repeat(5, minmax(0, 1fr))',
    gap: 1,
  },
  '& .MuiFormControlLabel-root': { flexDirection: 'column', mx: 0, textAlign: 'center' },
}

/** A radio value arrives as text; the API wants the level as a number. */
const toLevel = (value: string | number | null) =>
  value === null || value === '' ? null : Number(value)

/**
 * The API numbers the scores it was sent; a draft leaves out the criteria not yet scored, so its
 * numbers are turned back into the form's rows before the errors go to the fields.
 */
function atFormRows(errors: Record<string, string>, rows: number[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, text]) => [
      path.replace(/^scores\.(\d+)\./, (_all, sent: string) => `scores.${rows[Number(sent)]}.`),
      text,
    ]),
  )
}

/** One criterion: what it asks, how much it weighs, a level from 0 to 4 and the reason for it. */
const CriterionScore = ({
  criterion,
  index,
  validate,
}: {
  criterion: Criterion
  index: number
  validate: (value: unknown) => string | undefined
}) => {
  const translate = useTranslate()
  const headingId = `criterion-${criterion.id}`
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      data-testid="criterion"
      sx={{ p: 2, mb: 2 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
        <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {criterion.title}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          label={translate('resources.reviews.score.weight', { weight: criterion.weight })}
        />
        {criterion.knockout && (
          <Chip
            size="small"
            color="warning"
            label={translate('resources.criteria.fields.knockout')}
          />
        )}
      </Stack>
      {criterion.description && (
        <Typography variant="body2" color="text.secondary">
          {criterion.description}
        </Typography>
      )}
      {criterion.knockout && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate('resources.reviews.score.knockoutHelp')}
        </Typography>
      )}
      <RadioButtonGroupInput
        source={`scores.${index}.score`}
        label="resources.reviews.score.score"
        choices={scoreLevelChoices}
        parse={toLevel}
        validate={validate}
        helperText={false}
        sx={levelsInARow}
      />
      <TextInput
        source={`scores.${index}.reason`}
        label="resources.reviews.score.reason"
        helperText="resources.reviews.score.reasonHelp"
        multiline
        minRows={2}
        validate={[validate, maxLength(REASON_MAX)]}
      />
    </Paper>
  )
}

/**
 * Saves the form as a draft or submits it. Submitting a draft that was not changed must still be
 * possible, so the button is enabled whenever nothing is being saved.
 */
const IntentButton = ({
  intent,
  status,
  ...props
}: SaveButtonProps & { intent: RefObject<ReviewStatus>; status: ReviewStatus }) => {
  const { isSubmitting } = useFormState()
  return (
    <SaveButton
      alwaysEnable={!isSubmitting}
      onClick={() => {
        intent.current = status
      }}
      {...props}
    />
  )
}

/**
 * The panel member's scores, one per criterion of the plan, each with a reason. A draft may be
 * incomplete; submitting needs every criterion scored with a reason, which the form checks first
 * and the API checks again.
 */
export const ScoreForm = ({
  application,
  criteria,
  review,
}: {
  application: Application
  criteria: Criterion[]
  review?: Review
}) => {
  const translate = useTranslate()
  const dataProvider = useDataProvider()
  const notify = useNotify()
  const refresh = useRefresh()
  const [refusal, setRefusal] = useState<string | null>(null)
  const failure = useFailure(setRefusal)
  const intent = useRef<ReviewStatus>('draft')
  // Reads the intent when the form is checked, so a draft may leave things open.
  const requiredToSubmit = useMemo(
    () => (value: unknown) =>
      intent.current === 'submitted' && (value === null || value === undefined || value === '')
        ? 'resources.reviews.score.requiredToSubmit'
        : undefined,
    [],
  )
  const record = useMemo(
    () => ({
      scores: criteria.map((criterion): ScoreRow => {
        const given = review?.scores.find((s) => s.criterionId === criterion.id)
        return {
          criterionId: criterion.id,
          score: given?.score ?? null,
          reason: given?.reason ?? '',
        }
      }),
    }),
    [criteria, review],
  )

  const save = async ({ scores = [] }: { scores?: ScoreRow[] }) => {
    const status = intent.current
    const given = scores.flatMap((row, index) =>
      row.score === null ? [] : [{ index, ...row, reason: row.reason ?? '' }],
    )
    const data = {
      status,
      scores: given.map(({ criterionId, score, reason }) => ({ criterionId, score, reason })),
    }
    setRefusal(null)
    try {
      if (review) {
        await dataProvider.update('reviews', { id: review.id, data, previousData: review })
      } else {
        await dataProvider.create('reviews', { data: { ...data, applicationId: application.id } })
      }
    } catch (error) {
      const errors = failure(error)
      if (errors?.scores) setRefusal(errors.scores)
      return (
        errors &&
        atFormRows(
          errors,
          given.map((row) => row.index),
        )
      )
    }
    notify(
      status === 'submitted'
        ? 'resources.reviews.score.submitted'
        : 'resources.reviews.score.saved',
      { type: 'success' },
    )
    refresh()
    return undefined
  }

  return (
    <Form record={record} onSubmit={save} key={review?.updatedAt ?? 'new'}>
      {criteria.map((criterion, index) => (
        <CriterionScore
          key={criterion.id}
          criterion={criterion}
          index={index}
          validate={requiredToSubmit}
        />
      ))}
      {refusal && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="review-refusal">
          {refusal}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.reviews.score.afterSubmit')}
      </Typography>
      <Stack direction="row" spacing={2}>
        <IntentButton
          intent={intent}
          status="draft"
          label="resources.reviews.score.saveDraft"
          variant="outlined"
          icon={<SaveIcon />}
        />
        <IntentButton
          intent={intent}
          status="submitted"
          label="resources.reviews.score.submit"
          icon={<SendIcon />}
        />
      </Stack>
    </Form>
  )
}
