import englishMessages from 'ra-language-english'
import type { TranslationMessages } from 'react-admin'
import type { appNl } from './nl'

/** The same tree of keys as the Dutch texts, every leaf a string. */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> }

const appEn: SameKeys<typeof appNl> = {
  app: {
    title: 'Buurtkracht',
    role: {
      admin: 'Administrator',
      coordinator: 'Coordinator',
      reviewer: 'Reviewer',
      finance: 'Finance',
    },
    memberKind: {
      resident: 'Resident',
      professional: 'Professional',
    },
    planStatus: {
      draft: 'Draft',
      open: 'Open',
      closed: 'Closed',
    },
    auditAction: {
      create: 'Created',
      update: 'Changed',
      delete: 'Deleted',
      login: 'Logged in',
    },
    actorType: {
      user: 'Staff',
      applicant: 'Applicant',
      system: 'System',
    },
    audit: {
      empty: '(empty)',
    },
    user: {
      passwordCreate: 'At least 12 characters.',
      passwordEdit: 'Leave empty to keep the current password.',
      addSeat: 'Add a seat in a network',
    },
    network: {
      mayDecide: '%{share} residents — may decide',
      mayNotDecide: '%{share} residents — less than half, this network may not decide',
      noMembers: 'No members yet — this network may not decide yet',
      counts: '%{residents} of the %{members} members are residents.',
      postcodesHelp: '4-digit postcode areas, like 3811.',
      addMember: 'Add member',
      addPlan: 'Add plan',
    },
    plan: {
      status: 'Plan status',
      open: 'Open the plan',
      close: 'Close the plan',
      reopen: 'Reopen',
      opened: 'The plan is open.',
      closed: 'The plan is closed.',
      refused: 'Not possible yet',
      weightTotal: 'Weights together: %{total} of 100',
      ready: 'Ready to open: the weights add up to 100 and there is at least one priority.',
      notReady: 'This plan cannot open yet:',
      weightsOff: 'the criteria weights add up to %{total}; they must add up to exactly 100',
      noPriorities: 'there is no priority yet',
      locked:
        'This plan has been published. Its priorities and criteria are fixed, so that everyone is judged by the same rules.',
      addPriority: 'Add priority',
      addCriterion: 'Add criterion',
      budgetUse: '%{remaining} left of %{budget} (%{awarded} awarded)',
    },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'Number',
        email: 'E-mail address',
        name: 'Name',
        role: 'Role',
        active: 'Active',
        password: 'Password',
        createdAt: 'Created at',
        updatedAt: 'Changed at',
        seats: 'Seats in networks',
      },
    },
    networks: {
      name: 'Network |||| Networks',
      fields: {
        id: 'Number',
        name: 'Name',
        area: 'Area',
        postcodes: 'Postcode areas',
        memberCount: 'Members',
        residentCount: 'Residents',
        residentShare: 'Resident share',
        mayDecide: 'May decide',
        members: 'Members',
        plans: 'Plans',
        createdAt: 'Created at',
        updatedAt: 'Changed at',
      },
    },
    members: {
      name: 'Member |||| Members',
      fields: {
        id: 'Number',
        networkId: 'Network',
        userId: 'User',
        kind: 'Kind of member',
        createdAt: 'Created at',
        updatedAt: 'Changed at',
      },
    },
    plans: {
      name: 'Plan |||| Plans',
      fields: {
        id: 'Number',
        networkId: 'Network',
        year: 'Year',
        title: 'Title',
        budgetCents: 'Budget ceiling',
        maxGrantCents: 'Highest grant per application',
        opensOn: 'Opens on',
        closesOn: 'Closes on',
        minScore: 'Minimum score (0-100)',
        status: 'Status',
        awardedCents: 'Awarded',
        budgetRemainingCents: 'Still available',
        weightTotal: 'Sum of weights',
        priorityCount: 'Priorities',
        priorities: 'Priorities',
        criteria: 'Criteria',
        createdAt: 'Created at',
        updatedAt: 'Changed at',
      },
    },
    priorities: {
      name: 'Priority |||| Priorities',
      fields: {
        id: 'Number',
        planId: 'Plan',
        networkId: 'Network',
        title: 'Title',
        description: 'Description',
        position: 'Order',
        createdAt: 'Created at',
        updatedAt: 'Changed at',
      },
    },
    criteria: {
      name: 'Criterion |||| Criteria',
      fields: {
        id: 'Number',
        planId: 'Plan',
        networkId: 'Network',
        title: 'Title',
        description: 'Description',
        weight: 'Weight',
        knockout: 'Knockout',
        position: 'Order',
        createdAt: 'Created at',
        updatedAt: 'Changed at',
      },
    },
    'audit-log': {
      name: 'Log entry |||| Audit log',
      empty: 'The audit log is still empty.',
      fields: {
        id: 'Number',
        at: 'When',
        actorType: 'Kind',
        actorId: 'Who',
        actorName: 'Who',
        action: 'Action',
        entity: 'Entity',
        entityId: 'Entity number',
        networkId: 'Network',
        changes: 'Changes',
        at_gte: 'From',
        at_lte: 'Until',
      },
    },
  },
}

export const en: TranslationMessages = { ...englishMessages, ...appEn }
