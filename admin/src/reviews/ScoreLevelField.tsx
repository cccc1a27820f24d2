import { useRecordContext, useTranslate } from 'react-admin'
import type { CriterionScore } from '../types'

/** One criterion's score as its number and meaning: "3 – goed". */
export const ScoreLevelField = (_props: { source?: string; label?: string }) => {
  const score = useRecordContext<CriterionScore>()
  const translate = useTranslate()
  if (!score) return null
  return <>{translate(`app.scoreLevel.${score.score}`)}</>
}
