import type { RedirectionSideEffect } from 'react-admin'

/** Priorities and criteria are part of a plan: after saving one, go back to the plan's page. */
export const toPlan: RedirectionSideEffect = (_resource, _id, data) => `plans/${data?.planId}`
