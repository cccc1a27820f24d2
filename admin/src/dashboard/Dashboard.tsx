import { Loading, Title, usePermissions } from 'react-admin'
import type { Role } from '../access'
import { CoordinatorDashboard } from './CoordinatorDashboard'
import { FinanceHome } from './FinanceHome'
import { ReviewerHome } from './ReviewerHome'

/**
 * The panel's home page, per role: coordinators steer their plans, finance pays, panel members
 * find their queue; the admin sees both the steering and the paying side. A default export, so
 * the panel loads it (and its charts) only when the home page is opened.
 */
const Dashboard = () => {
  const { permissions, isPending } = usePermissions<Role>()
  if (isPending) return <Loading />
  return (
    <>
      <Title title="dashboard.title" />
      {permissions === 'reviewer' && <ReviewerHome />}
      {(permissions === 'coordinator' || permissions === 'admin') && <CoordinatorDashboard />}
      {permissions === 'finance' && <FinanceHome heading="h1" />}
      {permissions === 'admin' && <FinanceHome heading="h2" />}
    </>
  )
}

export default Dashboard
