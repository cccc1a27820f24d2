import { Admin, LoginWithEmail, Resource } from 'react-admin'
import applications from './applications'
import attachments from './attachments'
import auditLog from './audit-log'
import { authProvider } from './authProvider'
import criteria from './criteria'
import { dataProvider } from './dataProvider'
import { i18nProvider } from './i18n'
import { AppTitle, Layout } from './layout/Layout'
import members from './members'
import networks from './networks'
import plans from './plans'
import priorities from './priorities'
import users from './users'

export const App = () => (
  <Admin
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginWithEmail}
    requireAuth
    disableTelemetry
  >
    <Resource {...plans} />
    <Resource {...applications} />
    <Resource {...networks} />
    <Resource {...members} />
    <Resource {...users} />
    <Resource {...priorities} />
    <Resource {...criteria} />
    <Resource {...attachments} />
    <Resource {...auditLog} />
  </Admin>
)
