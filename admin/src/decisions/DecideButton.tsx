import GavelIcon from '@mui/icons-material/Gavel'
import { useState } from 'react'
import { Button, useCanAccess } from 'react-admin'
import type { ApplicationStatus } from '../types'
import { DecisionDialog, type DecisionSubject } from './DecisionDialog'

/**
 * Opens the decision dialog, for the roles that record decisions and while the application waits
 * for one. The dialog stays open after saving (to offer the letter) even though the application
 * is then decided.
 */
export const DecideButton = ({
  subject,
  status,
  variant,
}: {
  subject: DecisionSubject
  status: ApplicationStatus
  variant?: 'text' | 'contained'
}) => {
  const { canAccess } = useCanAccess({ resource: 'decisions', action: 'create' })
  const [open, setOpen] = useState(false)
  if (!canAccess) return null
  return (
    <>
      {status === 'submitted' && (
        <Button
          label="resources.decisions.dialog.action"
          variant={variant}
          onClick={() => setOpen(true)}
        >
          <GavelIcon />
        </Button>
      )}
      {open && <DecisionDialog subject={subject} onClose={() => setOpen(false)} />}
    </>
  )
}
