import LeaderboardIcon from '@mui/icons-material/Leaderboard'
import { Button, LinkBase, useCanAccess, useRecordContext } from 'react-admin'
import type { Plan } from '../types'

/** To the plan's ranking, where its applications are decided; for the roles that decide. */
export const RankingButton = () => {
  const plan = useRecordContext<Plan>()
  const { canAccess } = useCanAccess({ resource: 'plans', action: 'ranking', record: plan })
  if (!plan || !canAccess) return null
  return (
    <Button component={LinkBase} to={`/plans/${plan.id}/ranking`} label="app.ranking.action">
      <LeaderboardIcon />
    </Button>
  )
}
