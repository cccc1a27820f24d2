import { lazy } from 'react'
import { Admin, LoginWithEmail, Resource } from 'react-admin'
import { Route } from 'react-router-dom'
import applications from './applications'
import attachments from './attachments'
import auditLog from './audit-log'
import { authProvider } from './authProvider'
import { lazyView } from './common/lazyView'
import bankChanges from './bank-changes'
import criteria from './criteria'
import { dataProvider } from './dataProvider'
import decisions from './decisions'
import { i18nProvider } from './i18n'
import { AppTitle, Layout } from './layout/Layout'
import { theme } from './layout/theme'
import members from './members'
import messages from './messages'
import networks from './networks'
import payoutBatches from './payout-batches'
import payouts from './payouts'
import plans from './plans'
import priorities from './priorities'
import reports from './reports'
import reviews from './reviews'
import users from './users'

// The scoring page is the heaviest view and only panel members open it: loaded when first needed.
const ScoreReview = lazy(() => import('./reviews/ScoreReview'))
// The dashboard brings the charts: loaded when the home page is opened, not with the panel.
const Dashboard = lazy(() => import('./dashboard/Dashboard'))
// Deciding happens from the ranking; it brings the decision dialog with it.
const PlanRanking = lazyView(() => import('./plans/PlanRanking'), 'PlanRanking')

export const App = () => (
  <Admin
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    theme={theme}
    dashboard={Dashboard}
    loginPage={LoginWithEmail}
    requireAuth
    disableTelemetry
  >
    <Resource {...plans}>
      <Route path=":id/ranking" element={<PlanRanking />} />
    </Resource>
    <Resource {...applications} />
    <Resource {...reviews}>
      <Route path="score/:applicationId" element={<ScoreReview />} />
    </Resource>
    <Resource {...networks} />
    <Resource {...members} />
    <Resource {...users} />
    <Resource {...priorities} />
    <Resource {...criteria} />
    <Resource {...attachments} />
    <Resource {...decisions} />
    <Resource {...payouts} />
    <Resource {...payoutBatches} />
    <Resource {...bankChanges} />
    <Resource {...reports} />
    <Resource {...messages} />
    <Resource {...auditLog} />
  </Admin>
)
