import DescriptionIcon from '@mui/icons-material/Description'
import { Button as MuiButton } from '@mui/material'
import { type Identifier, useTranslate } from 'react-admin'
import { decisionLetterUrl } from '../dataProvider'

/** Opens the decision letter, as the applicant gets it, in a new tab. */
export const DecisionLetterButton = ({ decisionId }: { decisionId: Identifier }) => {
  const translate = useTranslate()
  return (
    <MuiButton
      href={decisionLetterUrl(decisionId)}
      target="_blank"
      rel="noopener"
      startIcon={<DescriptionIcon />}
    >
      {translate('resources.decisions.letter')}
    </MuiButton>
  )
}
