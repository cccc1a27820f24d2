import { formatCents } from './money'
import { once } from './once'

/** Languages of every message the API and the public pages show. Dutch is the default. */
export type Locale = 'nl' | 'en'

const nl = {
  // Generic answers, one per status of DESIGN §3.
  badRequest: 'Het verzoek is niet goed leesbaar.',
  invalidInput: 'Niet alle velden zijn goed ingevuld.',
  unauthorized: 'U bent niet ingelogd, of uw sessie is verlopen. Log opnieuw in.',
  forbidden: 'Dit mag u met uw rol niet doen.',
  notFound: 'Niet gevonden.',
  conflict: 'Dit kan niet in de huidige toestand.',
  stale: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.',
  duplicate: 'Dit bestaat al.',
  inUse: 'Dit wordt nog gebruikt en kan daarom niet worden verwijderd.',
  tooLarge: 'Het verzoek is te groot.',
  tooManyRequests: 'Te veel pogingen. Probeer het over {minutes} minuten opnieuw.',
  serverError: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  crossSite: 'Dit verzoek kwam niet van deze website en is geweigerd.',
  // Field messages.
  required: 'Vul dit veld in.',
  invalidValue: 'Deze waarde klopt niet.',
  invalidOption: 'Kies een van: {options}.',
  invalidEmail: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  invalidDate: 'Vul een datum in als JJJJ-MM-DD.',
  invalidPostcode: 'Vul een postcodegebied van 4 cijfers in, zoals 3811.',
  tooShort: 'Gebruik minstens {min} tekens.',
  tooLong: 'Gebruik hoogstens {max} tekens.',
  tooSmall: 'Vul een getal van minstens {min} in.',
  tooBig: 'Vul een getal van hoogstens {max} in.',
  notWhole: 'Vul een heel getal in.',
  // List queries.
  unknownSort: 'Op dit veld kan niet worden gesorteerd.',
  unknownFilter: 'Op dit veld kan niet worden gefilterd.',
  invalidRange: 'Het bereik moet [begin, eind] zijn, met hoogstens 500 regels.',
  // Auth.
  badCredentials: 'Het e-mailadres of wachtwoord klopt niet.',
  loggedOut: 'U bent uitgelogd.',
  // Users, networks, members.
  emailTaken: 'Er is al een gebruiker met dit e-mailadres.',
  nameTaken: 'Deze naam is al in gebruik.',
  seatTaken: 'Deze gebruiker heeft al een plek in dit netwerk.',
  notOwnAdminRole: 'U kunt uw eigen beheerdersrol niet weghalen of uzelf uitschakelen.',
  // Plans.
  datesOrder: 'De sluitingsdatum ligt vóór de openingsdatum.',
  planTransition: 'Een jaarplan met status "{from}" kan niet naar "{to}".',
  planWeights: 'De gewichten van de criteria tellen op tot {sum}; dat moet precies 100 zijn.',
  planNoPriorities: 'Het jaarplan heeft nog geen prioriteiten.',
  planNotDraft:
    'Het jaarplan is al gepubliceerd. Prioriteiten en criteria liggen dan vast, zodat iedereen op dezelfde regels wordt beoordeeld.',
  budgetBelowAwarded: 'Het plafond kan niet lager dan het al toegekende bedrag ({awarded}).',
  planDeleteNotDraft: 'Alleen een jaarplan dat nog concept is, kan worden verwijderd.',
  // Applying: eligibility and status.
  applicationTransition: 'Een aanvraag met status "{from}" kan niet naar "{to}".',
  alreadySubmitted: 'U heeft deze aanvraag al ingediend. U hoeft niets meer te doen.',
  alreadyDecided:
    'Over deze aanvraag is al een besluit genomen. U kunt hem daarom niet opnieuw indienen. Bent u het niet eens met het besluit? In de brief met het besluit staat hoe u bezwaar maakt.',
  applicationWithdrawn:
    'U heeft deze aanvraag ingetrokken. U kunt hem daarom niet meer indienen. Wilt u toch subsidie aanvragen? Begin dan een nieuwe aanvraag.',
  planClosed:
    'U kunt nu geen aanvraag indienen voor dit jaarplan, want het is niet open. Kies een jaarplan dat open is.',
  invalidKvk: 'Vul het KvK-nummer van uw stichting of vereniging in. Dat zijn 8 cijfers.',
  priorityRequired: 'Kies minstens één prioriteit van het jaarplan waar uw plan aan bijdraagt.',
  startsNotAfterToday:
    'Uw activiteit moet na vandaag beginnen. Voor iets wat al begonnen is, kunt u geen subsidie krijgen. Kies een latere startdatum.',
  endsBeforeStart: 'De einddatum ligt vóór de startdatum. Pas een van de twee datums aan.',
  startsSoon:
    'Uw activiteit begint binnen {weeks} weken. Misschien is er dan nog geen besluit over uw aanvraag. Kies zo nodig een latere startdatum.',
  postcodeOutsideArea:
    'Uw activiteit moet plaatsvinden in het gebied van dit wijknetwerk: postcodes die beginnen met {postcodes}. Vul de postcode in van de plek waar de activiteit is.',
  requestedAboveMax:
    'U vraagt meer dan het hoogste bedrag van dit jaarplan: {max}. Vraag een lager bedrag.',
  requestedAboveCosts:
    'U vraagt meer geld dan alle kosten in uw begroting samen. Vraag een lager bedrag, of vul de begroting aan.',
  largeGrantNeedsOrganisation:
    'Voor meer dan {max} moet u de aanvraag doen als stichting of vereniging. Kies stichting of vereniging, of vraag een lager bedrag.',
  budgetLinesRequired:
    'Vul minstens één regel van uw begroting in: waar geeft u het geld aan uit, en hoeveel kost dat?',
  flaggedCategory:
    'Deze kosten worden meestal niet betaald uit de subsidie. Leg in de omschrijving uit waarom ze nodig zijn.',
  ownContributionRequired: 'Vul in wat u zelf bijdraagt: geld, uren vrijwilligerswerk, of allebei.',
  tooFewSupporters:
    'Voor dit bedrag zijn minstens {min} buurtbewoners nodig die uw plan steunen. Vul het aantal steunbetuigingen aan.',
  openToAllRequired:
    'Bevestig dat iedereen uit de buurt mag meedoen, dat u er geen winst op maakt en dat een toegangsprijs laag is.',
  vogRequired:
    'U werkt met kinderen of kwetsbare mensen. Bevestig dat de begeleiders een Verklaring Omtrent het Gedrag (VOG) hebben.',
  privacyConsentRequired:
    'Geef toestemming voor het gebruik van uw gegevens. Zonder uw toestemming kunnen wij de aanvraag niet behandelen.',
  // Applying: forms, links and files.
  notSubmittable:
    'Uw aanvraag kan nog niet worden ingediend. Kijk bij de velden hieronder wat er nog moet veranderen.',
  notEditable: 'Deze aanvraag kan niet meer worden gewijzigd.',
  invalidIban:
    'Dit rekeningnummer (IBAN) klopt niet. Controleer de letters en cijfers, bijvoorbeeld NL91 ABNA 0417 1643 00.',
  fileTooLarge: 'Het bestand is groter dan 10 MB. Maak het kleiner of kies een ander bestand.',
  fileEmpty: 'Het bestand is leeg. Kies een ander bestand.',
  fileType:
    'Dit soort bestand kunnen we niet aannemen. Stuur een PDF, JPG, PNG, Word (DOCX), Excel (XLSX) of ODT-bestand.',
  fileRequired: 'Kies een bestand.',
  tooManyAttachments:
    'U kunt hoogstens {max} bijlagen toevoegen. Verwijder eerst een andere bijlage.',
  spam: 'Uw aanvraag is niet opgeslagen, omdat een verborgen veld was ingevuld. Vul het formulier zelf in, zonder automatisch invullen, en probeer het opnieuw.',
  draftNotWithdrawable:
    'Een concept is nog niet ingediend, dus u hoeft het niet in te trekken. U kunt het concept verwijderen.',
  // The applicant's data.
  removalOfDraft:
    'Een concept is nog niet ingediend. U kunt het zelf verwijderen met "Concept verwijderen": dan wissen wij alles meteen.',
  removalNoted: 'Wij hebben uw verzoek om uw gegevens te verwijderen genoteerd.',
  retentionUntil:
    'De wet verplicht ons uw aanvraag te bewaren tot {date}. Daarna wissen wij uw naam, contactgegevens, rekeningnummer en bijlagen. Bedragen en besluiten blijven bewaard, zonder uw gegevens.',
  retentionOpen:
    'Uw aanvraag loopt nog. Als hij is afgerond, moeten wij hem volgens de wet nog een aantal jaar bewaren: {withdrawn} na intrekken, {rejected} na een afwijzing, {settled} na de vaststelling van het bedrag. Daarna wissen wij uw naam, contactgegevens, rekeningnummer en bijlagen.',
  // Deciding: reviews, quorum and decisions.
  networkBelowResidentShare:
    'Van de leden van dit wijknetwerk is {share}% bewoner. Dat moet minstens de helft zijn, anders kan het netwerk geen besluiten nemen. Voeg eerst bewoners toe aan het netwerk.',
  conflictedMemberPresent:
    'Een van de aanwezigen heeft gemeld dat hij of zij betrokken is bij deze aanvraag. Dat lid mag niet meebeslissen. Haal het lid weg uit de lijst van aanwezigen.',
  quorumTooFew:
    'Er zijn {present} leden aanwezig die mogen stemmen. Voor een besluit zijn er minstens {min} nodig. Neem het besluit als er genoeg leden zijn.',
  quorumResidents:
    'Er zijn {present} leden aanwezig, van wie {residents} bewoners. Minstens de helft van de aanwezigen moet bewoner zijn.',
  votesDoNotMatch:
    'Er zijn {votes} stemmen ingevuld, maar er zijn {present} leden aanwezig. Elk aanwezig lid telt één keer mee: voor, tegen of onthouding. Pas de stemmen aan.',
  noMajority:
    'Er zijn {for} stemmen voor en {against} stemmen tegen. Toekennen kan alleen als er meer stemmen voor dan tegen zijn. Bij evenveel of meer stemmen tegen wordt de aanvraag afgewezen. Controleer de stemmen en het besluit.',
  notDecidable:
    'Over een aanvraag met status "{status}" kan nu geen besluit worden genomen. Dat kan alleen als de aanvraag is ingediend en compleet is.',
  awardAmountRequired: 'Vul het bedrag in dat u toekent. Dat moet meer dan € 0 zijn.',
  awardAboveRequested:
    'U kunt niet meer toekennen dan er is aangevraagd: {requested}. Vul een lager bedrag in.',
  partialReasonRequired:
    'U kent minder toe dan er is aangevraagd. Leg uit waarom, zodat de aanvrager het besluit begrijpt.',
  belowMinimumScore:
    'Deze aanvraag kan geen subsidie krijgen. Daarvoor is een gemiddelde score van minstens {minScore} nodig uit ingediende beoordelingen, en geen beoordelaar mag een 0 hebben gegeven op een knock-outcriterium. Wacht tot de beoordelingen klaar zijn, of wijs de aanvraag af.',
  ceilingExceeded:
    'Dit bedrag past niet binnen het subsidieplafond: er is nog {remaining} over in dit jaarplan. Ken een lager bedrag toe, of wijs de aanvraag af.',
  // Deciding: writing reviews and recording decisions.
  reviewClosed: 'Deze aanvraag wacht niet meer op een besluit, dus beoordelen kan niet meer.',
  reviewSubmitted: 'Deze beoordeling is al ingediend. Heropen haar eerst als u iets wilt wijzigen.',
  reviewNotSubmitted: 'Deze beoordeling is nog niet ingediend, dus heropenen is niet nodig.',
  scoresIncomplete:
    'Geef elk criterium een score van 0 tot 4 met een toelichting voordat u indient.',
  presentNotMember: 'Kies alleen leden van het wijknetwerk van deze aanvraag.',
  conflictDeclared:
    'U heeft bij deze aanvraag een belang gemeld. Daarom kunt u haar niet beoordelen; alleen uw toelichting kunt u nog aanpassen.',
  dateInFuture: 'Deze datum ligt in de toekomst. Vul de datum van het besluit in.',
  decidedBeforeSubmission:
    'Deze datum ligt vóór de indiening van de aanvraag. Vul de datum van het besluit in.',
  // Paying: bank account changes after an award.
  bankChangeNotAwarded:
    'Een rekeningnummer wijzigt hier alleen bij een toegekende aanvraag. Daarvóór past de aanvrager het zelf aan.',
  bankChangePending:
    'Voor deze aanvraag wacht al een wijziging van het rekeningnummer op goedkeuring.',
  bankChangeDecided: 'Over deze wijziging is al besloten.',
  // Paying: reports and settlement.
  reportNotDue:
    'Een verantwoording kan alleen bij een toegekende aanvraag die nog niet is verantwoord.',
  reportFilesClosed:
    "Foto's en bestanden bij de verantwoording kunnen alleen worden toegevoegd of verwijderd vanaf de toekenning tot het wijknetwerk het bedrag heeft vastgesteld.",
  reportFileType:
    "Bij de verantwoording kunnen we alleen foto's (JPG of PNG) en PDF-bestanden aannemen. Kies een ander bestand.",
  tooManyReportFiles:
    'U kunt hoogstens {max} bestanden bij de verantwoording toevoegen. Verwijder eerst een ander bestand.',
  financialOverviewRequired:
    'Bij een subsidie van € 5.000 of meer hoort een financieel overzicht. Vul het in.',
  settledAboveAward:
    'Het vastgestelde bedrag kan niet hoger zijn dan het toegekende bedrag ({awarded}).',
  settlementReasonRequired: 'Schrijf waarom het vastgestelde bedrag lager is dan het toegekende.',
  batchNotExported:
    'Deze batch is nog niet als bankbestand gedownload. Download eerst het SEPA- of CSV-bestand en verwerk het bij de bank.',
  fourEyes:
    'U heeft deze wijziging zelf aangevraagd. Een andere medewerker van financiën moet haar goedkeuren.',
  // Paying: payouts and batches.
  batchSelection: 'Kies óf een vervaldatum, óf de betalingen zelf.',
  executionDateInPast:
    'Deze datum is al voorbij. Kies vandaag of een latere datum waarop de bank moet betalen.',
  nothingDueToBatch:
    'Er zijn geen geplande betalingen die op of vóór deze datum vervallen. Er is geen batch gemaakt.',
  nothingChosenToBatch:
    'Geen van de gekozen betalingen staat nog gepland: ze zitten al in een batch, zijn betaald of geannuleerd, of het zijn terugvorderingen. Er is geen batch gemaakt.',
  batchExported:
    'Deze batch is al als bankbestand gedownload en kan daarom niet meer worden geannuleerd. Annuleren kan alleen zolang de batch nog open is.',
  batchPaid: 'Deze batch is al betaald en kan daarom niet worden geannuleerd.',
} as const

export type MessageKey = keyof typeof nl

/** Every message key; the English dictionary's type makes it hold exactly these too. */
export const MESSAGE_KEYS = Object.keys(nl) as MessageKey[]

const en: Record<MessageKey, string> = {
  badRequest: 'The request could not be read.',
  invalidInput: 'Some fields are not filled in correctly.',
  unauthorized: 'You are not logged in, or your session has expired. Please log in again.',
  forbidden: 'Your role does not allow this.',
  notFound: 'Not found.',
  conflict: 'This is not possible in the current state.',
  stale: 'Someone else changed this in the meantime. Reload the page.',
  duplicate: 'This already exists.',
  inUse: 'This is still in use and cannot be deleted.',
  tooLarge: 'The request is too large.',
  tooManyRequests: 'Too many attempts. Try again in {minutes} minutes.',
  serverError: 'Something went wrong on our side. Please try again later.',
  crossSite: 'This request did not come from this website and was refused.',
  required: 'Please fill in this field.',
  invalidValue: 'This value is not valid.',
  invalidOption: 'Choose one of: {options}.',
  invalidEmail: 'Enter a valid e-mail address, like name@example.org.',
  invalidDate: 'Enter a date as YYYY-MM-DD.',
  invalidPostcode: 'Enter a 4-digit postcode area, like 3811.',
  tooShort: 'Use at least {min} characters.',
  tooLong: 'Use at most {max} characters.',
  tooSmall: 'Enter a number of at least {min}.',
  tooBig: 'Enter a number of at most {max}.',
  notWhole: 'Enter a whole number.',
  unknownSort: 'This field cannot be sorted on.',
  unknownFilter: 'This field cannot be filtered on.',
  invalidRange: 'The range must be [start, end], with at most 500 rows.',
  badCredentials: 'The e-mail address or password is not correct.',
  loggedOut: 'You are logged out.',
  emailTaken: 'A user with this e-mail address already exists.',
  nameTaken: 'This name is already taken.',
  seatTaken: 'This user already has a seat in this network.',
  notOwnAdminRole: 'You cannot remove your own admin role or deactivate yourself.',
  datesOrder: 'The closing date is before the opening date.',
  planTransition: 'A plan with status "{from}" cannot move to "{to}".',
  planWeights: 'The criteria weights add up to {sum}; they must add up to exactly 100.',
  planNoPriorities: 'The plan has no priorities yet.',
  planNotDraft:
    'The plan has been published. Its priorities and criteria are then fixed, so that everyone is judged by the same rules.',
  budgetBelowAwarded: 'The ceiling cannot be lower than the amount already awarded ({awarded}).',
  planDeleteNotDraft: 'Only a plan that is still a draft can be deleted.',
  applicationTransition: 'An application with status "{from}" cannot move to "{to}".',
  alreadySubmitted: 'You have already submitted this application. You need not do anything else.',
  alreadyDecided:
    'A decision has already been made on this application, so you cannot submit it again. Do you disagree with the decision? The decision letter explains how to object.',
  applicationWithdrawn:
    'You have withdrawn this application, so you cannot submit it any more. Do you still want to apply for a grant? Then start a new application.',
  planClosed:
    'You cannot apply to this plan now, because it is not open. Choose a plan that is open.',
  invalidKvk:
    'Enter the Chamber of Commerce (KvK) number of your foundation or association. It has 8 digits.',
  priorityRequired: 'Choose at least one priority of the plan that your initiative contributes to.',
  startsNotAfterToday:
    'Your activity must start after today. There is no grant for something that has already started. Choose a later start date.',
  endsBeforeStart: 'The end date is before the start date. Change one of the two dates.',
  startsSoon:
    'Your activity starts within {weeks} weeks. There may not be a decision on your application by then. Choose a later start date if needed.',
  postcodeOutsideArea:
    'Your activity must take place in the area of this network: postcodes starting with {postcodes}. Enter the postcode of the place where the activity is.',
  requestedAboveMax:
    'You are asking for more than the highest amount of this plan: {max}. Ask for a lower amount.',
  requestedAboveCosts:
    'You are asking for more money than all the costs in your budget together. Ask for a lower amount, or complete the budget.',
  largeGrantNeedsOrganisation:
    'For more than {max} you must apply as a foundation or association. Choose foundation or association, or ask for a lower amount.',
  budgetLinesRequired:
    'Fill in at least one line of your budget: what will you spend the money on, and how much does it cost?',
  flaggedCategory:
    'These costs are usually not paid from the grant. Explain in the description why they are needed.',
  ownContributionRequired:
    'Fill in what you contribute yourself: money, hours of volunteer work, or both.',
  tooFewSupporters:
    'For this amount at least {min} residents must support your plan. Add more statements of support.',
  openToAllRequired:
    'Confirm that everyone in the neighbourhood can take part, that you make no profit and that any entry fee is low.',
  vogRequired:
    'You work with children or vulnerable people. Confirm that the people supervising have a certificate of good conduct (VOG).',
  privacyConsentRequired:
    'Give your consent for the use of your data. Without your consent we cannot handle the application.',
  notSubmittable:
    'Your application cannot be submitted yet. The fields below say what still needs to change.',
  notEditable: 'This application can no longer be changed.',
  invalidIban:
    'This account number (IBAN) is not valid. Check the letters and digits, for example NL91 ABNA 0417 1643 00.',
  fileTooLarge: 'The file is larger than 10 MB. Make it smaller or choose another file.',
  fileEmpty: 'The file is empty. Choose another file.',
  fileType:
    'We cannot accept this kind of file. Send a PDF, JPG, PNG, Word (DOCX), Excel (XLSX) or ODT file.',
  fileRequired: 'Choose a file.',
  tooManyAttachments: 'You can add at most {max} attachments. Remove another attachment first.',
  spam: 'Your application was not saved, because a hidden field was filled in. Fill in the form yourself, without autofill, and try again.',
  draftNotWithdrawable:
    'A draft has not been submitted, so there is nothing to withdraw. You can delete the draft.',
  // The applicant's data.
  removalOfDraft:
    'A draft has not been submitted. You can delete it yourself with "Delete draft": then we erase everything at once.',
  removalNoted: 'We have noted your request to remove your data.',
  retentionUntil:
    'The law requires us to keep your application until {date}. After that we erase your name, contact details, account number and attachments. Amounts and decisions are kept, without your data.',
  retentionOpen:
    'Your application is still in progress. Once it is closed, the law requires us to keep it for a number of years: {withdrawn} after withdrawal, {rejected} after a rejection, {settled} after the final amount is settled. After that we erase your name, contact details, account number and attachments.',
  // Deciding: reviews, quorum and decisions.
  networkBelowResidentShare:
    '{share}% of the members of this network are residents. At least half must be, or the network cannot take decisions. Add residents to the network first.',
  conflictedMemberPresent:
    'One of the members present has declared being involved in this application. That member may not take part in the decision. Remove the member from those present.',
  quorumTooFew:
    '{present} members who may vote are present. A decision needs at least {min}. Take the decision when enough members are present.',
  quorumResidents:
    '{present} members are present, {residents} of them residents. At least half of those present must be residents.',
  votesDoNotMatch:
    '{votes} votes are filled in, but {present} members are present. Every member present counts once: for, against or abstaining. Correct the votes.',
  noMajority:
    'There are {for} votes for and {against} votes against. A grant can only be awarded with more votes for than against. With as many or more votes against, the application is rejected. Check the votes and the decision.',
  notDecidable:
    'An application with status "{status}" cannot be decided now. That is only possible once the application has been submitted and is complete.',
  awardAmountRequired: 'Fill in the amount you award. It must be more than € 0.',
  awardAboveRequested:
    'You cannot award more than was requested: {requested}. Fill in a lower amount.',
  partialReasonRequired:
    'You are awarding less than was requested. Explain why, so that the applicant understands the decision.',
  belowMinimumScore:
    'This application cannot receive a grant. That needs an average score of at least {minScore} from submitted reviews, and no reviewer may have given a 0 on a knockout criterion. Wait until the reviews are done, or reject the application.',
  ceilingExceeded:
    'This amount does not fit within the budget ceiling: {remaining} is left in this plan. Award a lower amount, or reject the application.',
  reviewClosed: 'This application no longer waits for a decision, so it can no longer be reviewed.',
  reviewSubmitted: 'This review has been submitted. Reopen it first if you want to change it.',
  reviewNotSubmitted: 'This review has not been submitted, so there is nothing to reopen.',
  scoresIncomplete: 'Give every criterion a score from 0 to 4 with a reason before you submit.',
  presentNotMember: 'Choose only members of the network of this application.',
  conflictDeclared:
    'You declared an interest in this application, so you cannot review it; you can only change your note.',
  dateInFuture: 'This date is in the future. Enter the date of the decision.',
  decidedBeforeSubmission:
    'This date is before the application was submitted. Enter the date of the decision.',
  bankChangeNotAwarded:
    'A bank account changes here only for an awarded application. Before that, the applicant changes it.',
  bankChangePending:
    'A change of bank account for this application is already waiting for approval.',
  bankChangeDecided: 'This change has already been decided.',
  reportNotDue:
    'A report can only be given for an awarded application that has not been reported on yet.',
  reportFilesClosed:
    'Photos and files can only be added to or removed from the report from the award until the network has settled the final amount.',
  reportFileType:
    'We can only accept photos (JPG or PNG) and PDF files with the report. Choose another file.',
  tooManyReportFiles: 'You can add at most {max} files to the report. Remove another file first.',
  financialOverviewRequired:
    'A grant of €5,000 or more needs a financial overview. Please fill it in.',
  settledAboveAward: 'The settled amount cannot be higher than the awarded amount ({awarded}).',
  settlementReasonRequired: 'Write why the settled amount is lower than the awarded amount.',
  batchNotExported:
    'This batch has not been downloaded as a bank file yet. Download the SEPA or CSV file and process it at the bank first.',
  fourEyes: 'You requested this change yourself. Another finance colleague must approve it.',
  // Paying: payouts and batches.
  batchSelection: 'Choose either a due date or the payouts themselves.',
  executionDateInPast:
    'This date has passed. Choose today or a later date on which the bank is to pay.',
  nothingDueToBatch:
    'There are no scheduled payouts due on or before this date. No batch was created.',
  nothingChosenToBatch:
    'None of the chosen payouts is still scheduled: they are already in a batch, paid or cancelled, or they are reclaims. No batch was created.',
  batchExported:
    'This batch has already been downloaded as a bank file, so it can no longer be cancelled. A batch can only be cancelled while it is open.',
  batchPaid: 'This batch has already been paid, so it cannot be cancelled.',
}

const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en }

/** An amount of money as a message parameter: shown as euros in the reader's format. */
export interface Money {
  cents: number
}

/** A status as a message parameter: shown as the reader's word for it, never the code. */
export type StatusLabel = { applicationStatus: string } | { planStatus: string }

export type MessageParams = Record<string, string | number | Money | StatusLabel>

const statusLabels: Record<
  Locale,
  Record<'applicationStatus' | 'planStatus', Record<string, string>>
> = {
  nl: {
    applicationStatus: {
      draft: 'concept',
      submitted: 'ingediend',
      info_requested: 'aanvulling gevraagd',
      awarded: 'toegekend',
      rejected: 'afgewezen',
      withdrawn: 'ingetrokken',
      reported: 'verantwoord',
      settled: 'vastgesteld',
    },
    planStatus: { draft: 'concept', open: 'open', closed: 'gesloten' },
  },
  en: {
    applicationStatus: {
      draft: 'draft',
      submitted: 'submitted',
      info_requested: 'information requested',
      awarded: 'awarded',
      rejected: 'rejected',
      withdrawn: 'withdrawn',
      reported: 'reported',
      settled: 'settled',
    },
    planStatus: { draft: 'draft', open: 'open', closed: 'closed' },
  },
}

function paramText(value: MessageParams[string], locale: Locale): string {
  if (typeof value === 'number') return numberFormats()[locale].format(value)
  if (typeof value === 'string') return value
  if ('cents' in value) return formatCents(value.cents, locale)
  if ('applicationStatus' in value) {
    return (
      statusLabels[locale].applicationStatus[value.applicationStatus] ?? value.applicationStatus
    )
  }
  return statusLabels[locale].planStatus[value.planStatus] ?? value.planStatus
}

/** A message still to be put into the reader's language. */
export interface Message {
  key: MessageKey
  params?: MessageParams
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value)
}

// Numbers read the way the reader writes them: 5.000 in Dutch, 5,000 in English.
const numberFormats = once<Record<Locale, Intl.NumberFormat>>(() => ({
  nl: new Intl.NumberFormat('nl-NL'),
  en: new Intl.NumberFormat('en-GB'),
}))

/** Puts a message into the given language, filling `{name}` placeholders. */
export function translate(locale: Locale, { key, params }: Message): string {
  const text = dictionaries[locale][key]
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    return name in params ? paramText(params[name], locale) : whole
  })
}

/** Picks the reader's language from an Accept-Language header: English if preferred, else Dutch. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'nl'
}
