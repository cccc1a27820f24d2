import MenuBookIcon from '@mui/icons-material/MenuBook'
import { ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import {
  AppBar,
  Logout,
  Menu,
  Layout as RaLayout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  usePermissions,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin'
import type { Role } from '../access'

/** The product name, also the default title of pages without their own. */
export const AppTitle = () => {
  const translate = useTranslate()
  return <>{translate('app.title')}</>
}

/** The API reference, a page of the worker outside the panel (worker/views/api-docs.tsx). */
const ApiDocsMenuItem = () => {
  const translate = useTranslate()
  return (
    <MenuItem component="a" href="/api/docs">
      <ListItemIcon>
        <MenuBookIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.apiDocs')}</ListItemText>
    </MenuItem>
  )
}

/** Named after the user it shows, so its accessible name contains its visible text (WCAG 2.5.3). */
const BuurtkrachtUserMenu = () => {
  const { identity } = useGetIdentity()
  return (
    <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'}>
      <ApiDocsMenuItem />
      <Logout />
    </UserMenu>
  )
}

const BuurtkrachtAppBar = () => (
  <AppBar userMenu={<BuurtkrachtUserMenu />}>
    <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 600 }}>
      <AppTitle />
    </Typography>
    <TitlePortal />
  </AppBar>
)

/**
 * The home page and every resource's list, as react-admin would show them; a panel member finds
 * their own reviews.
 */
const AppMenu = () => {
  const resources = useResourceDefinitions()
  const { permissions } = usePermissions<Role>()
  const translate = useTranslate()
  return (
    <Menu>
      <Menu.DashboardItem />
      {Object.values(resources)
        .filter((resource) => resource.hasList)
        .map(({ name }) =>
          name === 'reviews' && permissions === 'reviewer' ? (
            <Menu.ResourceItem
              key={name}
              name={name}
              primaryText={translate('resources.reviews.mine')}
            />
          ) : (
            <Menu.ResourceItem key={name} name={name} />
          ),
        )}
    </Menu>
  )
}

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={BuurtkrachtAppBar} menu={AppMenu}>
    {children}
  </RaLayout>
)
