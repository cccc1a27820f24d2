import { Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { AppBar, Layout as RaLayout, TitlePortal, useTranslate } from 'react-admin'

/** The product name, also the default title of pages without their own. */
export const AppTitle = () => {
  const translate = useTranslate()
  return <>{translate('app.title')}</>
}

const BuurtkrachtAppBar = () => (
  <AppBar>
    <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 600 }}>
      <AppTitle />
    </Typography>
    <TitlePortal />
  </AppBar>
)

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={BuurtkrachtAppBar}>{children}</RaLayout>
)
