import type { PAYOUT_KINDS } from '../db/schema'
import { DECISION_WEEKS } from '../domain/decision-due'
import { formatDate } from '../views/format'
import { copy } from '../views/text'
import type { Locale } from './messages'
import { formatCents } from './money'

/**
 * Where the private link goes in a message body. The link itself is kept beside the message only
 * until it is sent; staff read the body with this placeholder shown as `[privé-link]`.
 */
export const PRIVATE_LINK_SLOT = '{{private-link}}'

/** A message as it is sent: plain text, one subject line. */
export interface RenderedMessage {
  subject: string
  body: string
}

/** What every message to an applicant is about. */
export interface AboutApplication {
  reference: string
  title: string
  /** The contact person's name; an empty one is greeted as "applicant". */
  contactName: string
}

type PaidKind = Exclude<(typeof PAYOUT_KINDS)[number], 'reclaim'>

const paragraphs = (...parts: string[]) => `${parts.join('\n\n')}\n`

const words = {
  nl: {
    greeting: (name: string) => `Beste ${name || 'aanvrager'},`,
    signature: 'Met vriendelijke groet,\nBuurtkracht',
    linkFromReceipt:
      'Gebruik de persoonlijke link uit de e-mail die u kreeg toen u de aanvraag indiende.',
    receipt: {
      subject: (ref: string) => `Uw aanvraag ${ref} is ontvangen`,
      received: (title: string, ref: string) =>
        `Wij hebben uw aanvraag "${title}" ontvangen. Uw kenmerk is ${ref}. Noem dit kenmerk als u contact met ons opneemt.`,
      due: (date: string) =>
        `Het wijknetwerk besluit uiterlijk op ${date}. Mist er iets in uw aanvraag? Dan vragen wij u om het aan te vullen.`,
      link: 'Met deze persoonlijke link ziet u hoe het met uw aanvraag staat:',
      keep: 'Bewaar deze e-mail goed. Wij kunnen de link niet opnieuw sturen. Iedereen met de link kan uw aanvraag zien en wijzigen. Deel de link dus niet.',
    },
    infoRequest: {
      subject: (ref: string) => `Vul uw aanvraag ${ref} aan`,
      asked: (title: string, ref: string) =>
        `Het wijknetwerk heeft meer informatie nodig over uw aanvraag "${title}" (kenmerk ${ref}). Dit is de vraag:`,
      due: (date: string) =>
        `Vul uw aanvraag aan vóór of op ${date}. Zolang de aanvulling ontbreekt, staat de termijn voor het besluit stil.`,
      how: (edit: string, submit: string) =>
        `Kies op uw pagina "${edit}". Kies daarna "${submit}".`,
    },
    decision: {
      subject: (ref: string) => `Besluit over uw aanvraag ${ref}`,
      awarded: (title: string, ref: string, amount: string) =>
        `Het wijknetwerk heeft besloten u een subsidie te geven van ${amount} voor "${title}" (kenmerk ${ref}).`,
      rejected: (title: string, ref: string) =>
        `Het wijknetwerk heeft besloten u geen subsidie te geven voor "${title}" (kenmerk ${ref}).`,
      letter: (open: string) =>
        `In de besluitbrief leest u waarom. De brief staat op uw persoonlijke pagina: kies daar "${open}".`,
      payouts: 'In de brief staat ook wanneer wij het geld overmaken.',
      objection: (date: string) =>
        `Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken tot en met ${date}. Stuur dan een brief of e-mail naar het wijknetwerk. Schrijf erin waarom u het niet eens bent met het besluit en noem uw kenmerk.`,
    },
    payment: {
      subject: (ref: string) => `Betaling voor uw aanvraag ${ref}`,
      paid: (title: string, ref: string, amount: string, date: string) =>
        `Wij hebben op ${date} ${amount} overgemaakt voor "${title}" (kenmerk ${ref}).`,
      kind: (kind: string) => `Soort betaling: ${kind}.`,
      arrives: 'Het geld staat meestal binnen een paar werkdagen op uw rekening.',
    },
    reportReminder: {
      subject: (ref: string) => `Vertel ons hoe het ging: aanvraag ${ref}`,
      ended: (title: string, ref: string, ended: string) =>
        `Uw activiteit "${title}" (kenmerk ${ref}) liep tot ${ended}. Nu horen wij graag hoe het is gegaan: wat u heeft gedaan, hoeveel mensen meededen en wat het kostte. Dat heet de verantwoording.`,
      due: (date: string) => `Stuur uw verantwoording vóór of op ${date}.`,
      overdue: (date: string) =>
        `Uw verantwoording moest binnen zijn op ${date}. Stuur hem zo snel mogelijk.`,
      overview:
        'U kreeg € 5.000 of meer. Stuur daarom ook een financieel overzicht mee: waaraan u het geld heeft uitgegeven, met de bedragen.',
      how: "Op uw persoonlijke pagina stuurt u de verantwoording in. U kunt er ook foto's bij zetten. Daarna stelt het wijknetwerk het definitieve bedrag vast.",
    },
  },
  en: {
    greeting: (name: string) => `Dear ${name || 'applicant'},`,
    signature: 'Kind regards,\nBuurtkracht',
    linkFromReceipt:
      'Use the personal link from the e-mail you received when you submitted your application.',
    receipt: {
      subject: (ref: string) => `Your application ${ref} has been received`,
      received: (title: string, ref: string) =>
        `We have received your application "${title}". Your reference is ${ref}. Please mention this reference when you contact us.`,
      due: (date: string) =>
        `The neighbourhood network will decide by ${date} at the latest. Is something missing from your application? Then we will ask you to add it.`,
      link: 'With this personal link you can see how your application is doing:',
      keep: 'Keep this e-mail safe. We cannot send the link again. Anyone with the link can see and change your application, so do not share it.',
    },
    infoRequest: {
      subject: (ref: string) => `Please complete your application ${ref}`,
      asked: (title: string, ref: string) =>
        `The neighbourhood network needs more information about your application "${title}" (reference ${ref}). This is the question:`,
      due: (date: string) =>
        `Please complete your application on or before ${date}. Until you do, the time limit for the decision is paused.`,
      how: (edit: string, submit: string) =>
        `On your page, choose "${edit}". Then choose "${submit}".`,
    },
    decision: {
      subject: (ref: string) => `Decision on your application ${ref}`,
      awarded: (title: string, ref: string, amount: string) =>
        `The neighbourhood network has decided to give you a grant of ${amount} for "${title}" (reference ${ref}).`,
      rejected: (title: string, ref: string) =>
        `The neighbourhood network has decided not to give you a grant for "${title}" (reference ${ref}).`,
      letter: (open: string) =>
        `The decision letter explains why. You find it on your personal page: choose "${open}".`,
      payouts: 'The letter also says when we will transfer the money.',
      objection: (date: string) =>
        `Do you disagree with this decision? Then you can object until ${date} inclusive. Send a letter or e-mail to the neighbourhood network. Write why you disagree with the decision and mention your reference.`,
    },
    payment: {
      subject: (ref: string) => `Payment for your application ${ref}`,
      paid: (title: string, ref: string, amount: string, date: string) =>
        `On ${date} we transferred ${amount} for "${title}" (reference ${ref}).`,
      kind: (kind: string) => `Kind of payment: ${kind}.`,
      arrives: 'The money usually reaches your account within a few working days.',
    },
    reportReminder: {
      subject: (ref: string) => `Tell us how it went: application ${ref}`,
      ended: (title: string, ref: string, ended: string) =>
        `Your activity "${title}" (reference ${ref}) ran until ${ended}. Now we would like to hear how it went: what you did, how many people took part and what it cost. This is your report.`,
      due: (date: string) => `Please send your report on or before ${date}.`,
      overdue: (date: string) =>
        `Your report was due on ${date}. Please send it as soon as possible.`,
      overview:
        'You received € 5,000 or more. So please also send a financial overview: what you spent the money on, with the amounts.',
      how: 'You send the report on your personal page. You can add photos too. After that the neighbourhood network sets the final amount.',
    },
  },
} satisfies Record<Locale, unknown>

/** The receipt (Awb 4:3a): reference, the decision's last day, and the private link. */
export function receiptMessage(
  locale: Locale,
  about: AboutApplication,
  decisionDueOn: string,
): RenderedMessage {
  const w = words[locale]
  return {
    subject: w.receipt.subject(about.reference),
    body: paragraphs(
      w.greeting(about.contactName),
      w.receipt.received(about.title, about.reference),
      w.receipt.due(formatDate(decisionDueOn, locale)),
      `${w.receipt.link}\n${PRIVATE_LINK_SLOT}`,
      w.receipt.keep,
      w.signature,
    ),
  }
}

/** The network's question, with the term to answer in; the link is the one of the receipt. */
export function infoRequestMessage(
  locale: Locale,
  about: AboutApplication,
  request: string,
  infoDueOn: string,
): RenderedMessage {
  const w = words[locale]
  const page = copy(locale).status
  return {
    subject: w.infoRequest.subject(about.reference),
    body: paragraphs(
      w.greeting(about.contactName),
      w.infoRequest.asked(about.title, about.reference),
      request,
      w.infoRequest.due(formatDate(infoDueOn, locale)),
      `${w.linkFromReceipt} ${w.infoRequest.how(page.edit, page.submit)}`,
      w.signature,
    ),
  }
}

export interface DecisionFacts {
  outcome: 'awarded' | 'rejected'
  amountCents: number
  objectionDeadline: string
}

/** The outcome and amount, where the letter with the reasons is, and until when to object. */
export function decisionMessage(
  locale: Locale,
  about: AboutApplication,
  decision: DecisionFacts,
): RenderedMessage {
  const w = words[locale]
  const { reference, title } = about
  const outcome =
    decision.outcome === 'awarded'
      ? w.decision.awarded(title, reference, formatCents(decision.amountCents, locale))
      : w.decision.rejected(title, reference)
  const letter = `${w.linkFromReceipt} ${w.decision.letter(copy(locale).letter.open)}`
  return {
    subject: w.decision.subject(reference),
    body: paragraphs(
      w.greeting(about.contactName),
      outcome,
      decision.outcome === 'awarded' ? `${letter} ${w.decision.payouts}` : letter,
      w.decision.objection(formatDate(decision.objectionDeadline, locale)),
      w.signature,
    ),
  }
}

export interface PaymentFacts {
  kind: PaidKind
  amountCents: number
  paidOn: string
}

/** One transfer: how much, on which day, and which payment of the schedule it was. */
export function paymentMessage(
  locale: Locale,
  about: AboutApplication,
  payment: PaymentFacts,
): RenderedMessage {
  const w = words[locale]
  const amount = formatCents(payment.amountCents, locale)
  const kind = copy(locale).status.payoutKinds[payment.kind].toLowerCase()
  return {
    subject: w.payment.subject(about.reference),
    body: paragraphs(
      w.greeting(about.contactName),
      w.payment.paid(about.title, about.reference, amount, formatDate(payment.paidOn, locale)),
      `${w.payment.kind(kind)} ${w.payment.arrives}`,
      w.signature,
    ),
  }
}

export interface ReportReminderFacts {
  endsOn: string
  reportDueOn: string
  /** Whether the last day has passed already. */
  overdue: boolean
  /** Grants from € 5,000 report with a financial overview. */
  needsOverview: boolean
}

/** The report asked for: what it holds, by which day, and where to send it. */
export function reportReminderMessage(
  locale: Locale,
  about: AboutApplication,
  report: ReportReminderFacts,
): RenderedMessage {
  const w = words[locale].reportReminder
  const due = formatDate(report.reportDueOn, locale)
  return {
    subject: w.subject(about.reference),
    body: paragraphs(
      words[locale].greeting(about.contactName),
      w.ended(about.title, about.reference, formatDate(report.endsOn, locale)),
      ...(report.needsOverview ? [w.overview] : []),
      report.overdue ? w.overdue(due) : w.due(due),
      `${words[locale].linkFromReceipt} ${w.how}`,
      words[locale].signature,
    ),
  }
}

export interface DueApplication {
  reference: string
  title: string
  networkName: string
  decisionDueOn: string
  /** The application's page in the panel, absolute. */
  url: string
}

/**
 * A coordinator's warning (in Dutch: staff work in Dutch) that an application of their network
 * must be decided soon, or should have been, with its last day and its page in the panel.
 */
export function decisionDueMessage(
  coordinatorName: string,
  due: DueApplication,
  today: string,
): RenderedMessage {
  const day = formatDate(due.decisionDueOn, 'nl')
  const overdue = due.decisionDueOn < today
  return {
    subject: `${overdue ? 'Termijn verstreken' : 'Besluit nodig'}: ${due.reference} uiterlijk ${day}`,
    body: paragraphs(
      `Beste ${coordinatorName},`,
      overdue
        ? `Over deze aanvraag van ${due.networkName} had het wijknetwerk uiterlijk op ${day} moeten besluiten:`
        : `Over deze aanvraag van ${due.networkName} moet het wijknetwerk uiterlijk op ${day} besluiten:`,
      `${due.reference} "${due.title}"\n${due.url}`,
      overdue
        ? 'Besluit zo snel mogelijk, en laat de aanvrager weten wanneer het besluit komt.'
        : `De wet geeft ${DECISION_WEEKS} weken na een complete aanvraag (Awb 4:13). Zet de aanvraag op tijd op de agenda.`,
      'Met vriendelijke groet,\nBuurtkracht',
    ),
  }
}

/** The body as sent: with the private link in its place. */
export function withPrivateLink(body: string, link: string): string {
  return body.replaceAll(PRIVATE_LINK_SLOT, link)
}

/** The body as staff read it: the private link is never theirs to see. */
export function staffBody(body: string): string {
  return body.replaceAll(PRIVATE_LINK_SLOT, '[privé-link]')
}
