import type { Identifier } from 'react-admin'

/** The scoring page of an application, where a panel member writes their review of it. */
export const scorePath = (applicationId: Identifier) => `/reviews/score/${applicationId}`
