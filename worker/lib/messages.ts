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
}

const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en }

export type MessageParams = Record<string, string | number>

/** A message still to be put into the reader's language. */
export interface Message {
  key: MessageKey
  params?: MessageParams
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value)
}

/** Puts a message into the given language, filling `{name}` placeholders. */
export function translate(locale: Locale, { key, params }: Message): string {
  const text = dictionaries[locale][key]
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** Picks the reader's language from an Accept-Language header: English if preferred, else Dutch. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'nl'
}
