import { Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { AppBar, Layout as RaLayout, TitlePortal, useTranslate } from 'react-admin'

const BuurtkrachtAppBar = () => {
  const translate = useTranslate()
  return (
    <AppBar>
      <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 600 }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal />
    </AppBar>
  )
}

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={BuurtkrachtAppBar}>{children}</RaLayout>
)
