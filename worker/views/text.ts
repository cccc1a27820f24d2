import type {
  APPLICANT_TYPES,
  APPLICATION_STATUSES,
  BUDGET_CATEGORIES,
  PAYOUT_KINDS,
  PAYOUT_STATUSES,
} from '../db/schema'
import type { FormProblem } from '../lib/form-input'
import type { Locale } from '../lib/messages'
import type { APPLICANT_ATTACHMENT_KINDS } from '../services/attachments'
import type { RegisterStatus } from '../services/register'

type ApplicantType = (typeof APPLICANT_TYPES)[number]
type Status = (typeof APPLICATION_STATUSES)[number]
type Category = (typeof BUDGET_CATEGORIES)[number]
type AttachmentKind = (typeof APPLICANT_ATTACHMENT_KINDS)[number]

/** A field's label, with an optional hint below it. */
interface FieldText {
  label: string
  hint?: string
}

/**
 * The public pages' own words, in plain (B1) Dutch and English. Messages about input come from
 * lib/messages.ts, the same ones the public API answers with.
 */
const nl = {
  site: {
    name: 'Buurtkracht',
    tagline: 'Geld voor bewonersinitiatieven in uw wijk',
    skip: 'Naar de inhoud',
    languageNav: 'Taal',
    otherLanguage: 'English',
    otherLanguageName: 'Read this page in English',
    footer:
      'Buurtkracht is de subsidieregeling van de wijknetwerken voor initiatieven van en voor bewoners.',
    home: 'Naar de startpagina',
    errorPrefix: 'Fout: ',
  },
  landing: {
    title: 'Geld voor uw plan in de buurt',
    intro:
      'Heeft u een plan dat uw buurt beter maakt? Bijvoorbeeld een moestuin, een koffieochtend of een straatfeest? Dan kunt u daarvoor geld aanvragen bij het wijknetwerk. Een wijknetwerk is een groep bewoners en professionals in uw wijk.',
    howTitle: 'Zo werkt het',
    steps: [
      'Kies hieronder het jaarplan van uw wijk. Lees welke onderwerpen het wijknetwerk belangrijk vindt.',
      'Vul het formulier in. Niet alles klaar? Sla uw aanvraag op als concept en ga later verder.',
      'U krijgt een persoonlijke link. Daarmee komt u later terug: u ziet hoe het met uw aanvraag staat en u kunt hem aanvullen.',
      'Het wijknetwerk beoordeelt uw aanvraag en besluit binnen 8 weken nadat uw aanvraag compleet is.',
    ],
    linkTitle: 'Uw persoonlijke link',
    linkText:
      'U heeft geen account en geen wachtwoord nodig. Na het opslaan of indienen krijgt u één keer een persoonlijke link. Bewaar die goed, bijvoorbeeld in uw e-mail of als bladwijzer. Iedereen met de link kan uw aanvraag zien en wijzigen. Deel hem dus niet.',
    plansTitle: 'Jaarplannen waarvoor u nu kunt aanvragen',
    empty:
      'Op dit moment is er geen jaarplan open. Kijk later nog eens, of vraag het wijknetwerk in uw buurt wanneer u weer kunt aanvragen.',
    network: 'Wijknetwerk',
    area: 'Wijk',
    postcodes: 'Postcodes',
    budgetLeft: 'Nog te verdelen',
    maxGrant: 'Hoogste bedrag per aanvraag',
    period: 'Aanvragen kan',
    periodValue: (from: string, to: string) => `van ${from} tot en met ${to}`,
    priorities: 'Waar het wijknetwerk geld voor geeft',
    criteria: 'Hoe uw aanvraag wordt beoordeeld',
    criteriaIntro:
      'Een panel van bewoners en professionals geeft punten op deze onderdelen. Het gewicht zegt hoe zwaar een onderdeel meetelt (samen 100).',
    weight: (n: number) => `gewicht ${n}`,
    knockout: 'moet voldoende zijn: anders geen subsidie',
    apply: (plan: string) => `Aanvraag doen voor ${plan}`,
  },
  form: {
    pageTitle: (plan: string) => `Aanvraag doen voor ${plan}`,
    editTitle: 'Uw aanvraag wijzigen',
    intro:
      'Vul het formulier zo goed mogelijk in. Bent u nog niet klaar? Sla het dan op als concept. U krijgt een persoonlijke link om later verder te gaan.',
    editIntro:
      'Pas aan wat nodig is. Kies daarna "Wijzigingen opslaan" of, als alles klaar is, "Aanvraag indienen".',
    optional: '(niet verplicht)',
    optionalForGroups: '(niet verplicht voor bewoners en groepen)',
    sections: {
      who: '1. Wie bent u?',
      initiative: '2. Uw initiatief',
      money: '3. Geld',
      support: '4. Steun uit de buurt',
      bank: '5. Bankrekening',
      privacy: '6. Privacy',
    },
    applicantType: {
      label: 'Wie doet de aanvraag?',
      hint: 'Bedrijven kunnen geen subsidie aanvragen. Een welzijnsorganisatie kan alleen meedoen als partner van bewoners.',
    } as FieldText,
    applicantTypes: {
      resident: { label: 'Bewoner', hint: 'U doet het plan alleen.' },
      group: { label: 'Groep bewoners', hint: 'U doet het samen met andere bewoners.' },
      foundation: { label: 'Stichting', hint: 'Zonder winstoogmerk.' },
      association: { label: 'Vereniging', hint: 'Zonder winstoogmerk.' },
    } as Record<ApplicantType, FieldText>,
    organisationName: {
      label: 'Naam van de stichting of vereniging',
      hint: 'Alleen nodig als u een stichting of vereniging bent.',
    } as FieldText,
    kvkNumber: {
      label: 'KvK-nummer',
      hint: 'Alleen nodig als u een stichting of vereniging bent. Het nummer heeft 8 cijfers en staat op het uittreksel van de Kamer van Koophandel.',
    } as FieldText,
    contactName: { label: 'Uw naam' } as FieldText,
    email: {
      label: 'Uw e-mailadres',
      hint: 'Hierop nemen we contact met u op over uw aanvraag.',
    } as FieldText,
    phone: {
      label: 'Uw telefoonnummer',
      hint: 'Dan kunnen we u bellen als we een vraag hebben.',
    } as FieldText,
    title: {
      label: 'Naam van uw initiatief',
      hint: 'Bijvoorbeeld: Buurtmoestuin Zielhorst.',
    } as FieldText,
    summary: {
      label: 'Uw plan in 1 of 2 zinnen',
      hint: 'Hoogstens 500 tekens.',
    } as FieldText,
    description: {
      label: 'Wat gaat u doen?',
      hint: 'Vertel wat er gebeurt, waar en wanneer, en wie het organiseren.',
    } as FieldText,
    priorityIds: {
      label: 'Bij welke onderwerpen van het jaarplan past uw plan?',
      hint: 'Kies er minstens één.',
    } as FieldText,
    targetGroup: {
      label: 'Voor wie is het?',
      hint: 'Bijvoorbeeld: ouderen in de buurt, of kinderen van 6 tot 12 jaar.',
    } as FieldText,
    expectedParticipants: {
      label: 'Hoeveel mensen doen naar verwachting mee?',
      hint: 'Een schatting is goed.',
    } as FieldText,
    volunteers: { label: 'Hoeveel vrijwilligers helpen mee?' } as FieldText,
    goal: {
      label: 'Wat wilt u bereiken?',
      hint: 'Schrijf een doel op dat u na afloop kunt tellen of laten zien. Bijvoorbeeld: 40 buren hebben samen gegeten, en 10 van hen kwamen voor het eerst.',
    } as FieldText,
    startsOn: {
      label: 'Startdatum',
      hint: 'Dag-maand-jaar, bijvoorbeeld 15-01-2027. Uw activiteit moet na vandaag beginnen. Kies liefst een datum over meer dan 6 weken. Dan is er op tijd een besluit.',
    } as FieldText,
    endsOn: {
      label: 'Einddatum',
      hint: 'Dag-maand-jaar, bijvoorbeeld 15-03-2027. Duurt het één dag? Vul dan dezelfde datum in.',
    } as FieldText,
    postcode: {
      label: 'Postcode van de plek waar de activiteit is',
      hint: (postcodes: string) =>
        postcodes
          ? `De 4 cijfers zijn genoeg. De activiteit moet in de wijk zijn: postcode ${postcodes}.`
          : 'De 4 cijfers zijn genoeg.',
    },
    conditions: 'Meedoen en veiligheid',
    openToAll: {
      label: 'Iedereen uit de buurt kan meedoen; de entree is gratis of symbolisch',
      hint: 'U maakt geen winst met uw initiatief.',
    } as FieldText,
    worksWithVulnerable: {
      label: 'Wij werken met kinderen of kwetsbare mensen',
      hint: 'Vink dit alleen aan als dat zo is.',
    } as FieldText,
    vogConfirmed: {
      label: 'De begeleiders hebben een Verklaring Omtrent het Gedrag (VOG)',
      hint: 'Alleen nodig als u met kinderen of kwetsbare mensen werkt. Een VOG is een verklaring van de overheid dat iemand geen strafblad heeft dat een probleem is voor dit werk. Vrijwilligers kunnen hem vaak gratis aanvragen.',
    } as FieldText,
    budget: {
      label: 'Begroting: waar geeft u het geld aan uit?',
      hint: 'Vul minstens één regel in. Laat regels die u niet nodig heeft leeg.',
    } as FieldText,
    flaggedNote:
      'Eten en drinken, alcohol, lonen en vrijwilligersvergoedingen, cadeaus en prijzen, dure apparatuur, en vaste huur of onderhoud betalen we meestal niet. Zijn ze toch nodig? Leg dan in de omschrijving uit waarom.',
    budgetRow: (n: number) => `Regel ${n}`,
    lineDescription: 'Omschrijving',
    lineCategory: 'Soort kosten',
    lineAmount: 'Bedrag in euro',
    chooseCategory: 'Kies een soort',
    categories: {
      materials: 'Materialen',
      rent: 'Huur van een ruimte of spullen (eenmalig)',
      promotion: 'Publiciteit, zoals flyers en posters',
      activities: 'Activiteiten en workshops',
      food_drink: 'Eten en drinken (meestal niet vergoed)',
      alcohol: 'Alcohol (meestal niet vergoed)',
      salaries: 'Lonen en vrijwilligersvergoedingen (meestal niet vergoed)',
      gifts: 'Cadeaus en prijzen (meestal niet vergoed)',
      equipment: 'Dure apparatuur (meestal niet vergoed)',
      structural: 'Vaste huur of onderhoud (meestal niet vergoed)',
      other: 'Overige kosten',
    } as Record<Category, string>,
    requestedCents: {
      label: 'Welk bedrag vraagt u aan? (in euro)',
      hint: (max: string) =>
        `Hoogstens ${max}, en niet meer dan alle kosten in uw begroting samen. Bijvoorbeeld 500 of 1.250,50.`,
    },
    ownContribution: {
      label: 'Wat draagt u zelf bij?',
      hint: 'Vul geld, uren vrijwilligerswerk of allebei in. Minstens één van de twee is nodig.',
    } as FieldText,
    ownContributionCents: { label: 'Eigen bijdrage in geld (in euro)' } as FieldText,
    ownContributionHours: { label: 'Uren vrijwilligerswerk' } as FieldText,
    otherFunding: {
      label: 'Krijgt u ook geld van anderen?',
      hint: 'Bijvoorbeeld van een fonds, de gemeente of een sponsor. Schrijf op van wie en hoeveel.',
    } as FieldText,
    supporters: {
      label: 'Hoeveel buurtbewoners steunen uw plan?',
      hint: (small: number, medium: number, large: number) =>
        `Vraag buren om uw plan te steunen met hun naam en straat. Nodig zijn minstens ${small} buren tot € 1.000, ${medium} tot € 5.000 en ${large} boven € 5.000. Bewaar de lijst; het wijknetwerk kan erom vragen.`,
    },
    iban: {
      label: 'IBAN (rekeningnummer)',
      hint: 'Het geld komt op deze rekening. Bijvoorbeeld NL91 ABNA 0417 1643 00.',
    } as FieldText,
    accountHolder: {
      label: 'Naam van de rekeninghouder',
      hint: 'Zoals die bij de bank bekend is.',
    } as FieldText,
    privacyTitle: 'Wat doen we met uw gegevens?',
    privacyPoints: [
      'We vragen en bewaren alleen wat nodig is om uw aanvraag te behandelen. We vragen nooit uw BSN of een kopie van uw identiteitsbewijs.',
      'Het panel dat uw plan beoordeelt, ziet uw naam, e-mailadres, telefoonnummer en rekeningnummer niet.',
      'De coördinator van het wijknetwerk ziet uw contactgegevens, om contact met u op te nemen. Alleen de financiële administratie ziet uw rekeningnummer.',
      'In het openbare overzicht van toekenningen staan alleen de naam van het initiatief, het wijknetwerk, het onderwerp, het bedrag en de status. Nooit uw naam.',
      'Een concept dat u niet indient, verwijderen we na 90 dagen. Een toegekende aanvraag bewaren we 7 jaar na de afronding, een afgewezen aanvraag 5 jaar en een ingetrokken aanvraag 1 jaar. Daarna wissen we uw persoonsgegevens.',
    ],
    consent: 'Toestemming',
    privacyConsent: {
      label:
        'Ik geef toestemming om mijn gegevens te gebruiken voor deze aanvraag, zoals hierboven staat',
    } as FieldText,
    honeypot: 'Laat dit veld leeg',
    buttonsHint:
      'Nog niet klaar? Sla uw aanvraag op als concept. Alles klaar? Dien de aanvraag dan in.',
    save: 'Opslaan als concept',
    saveChanges: 'Wijzigingen opslaan',
    submit: 'Aanvraag indienen',
    cancel: 'Terug naar uw aanvraag',
  },
  errors: {
    summaryTitle: 'Er is een probleem',
    budgetLine: (n: number) => `Begroting, regel ${n}`,
    savedButNotSubmitted: 'Uw wijzigingen zijn opgeslagen, maar de aanvraag is nog niet ingediend.',
    problems: {
      amount: 'Vul een bedrag in euro in, zoals 500 of 1.250,50.',
      count: 'Vul een heel getal in, zoals 12.',
      date: 'Vul een datum in, zoals 15-01-2027.',
      option: 'Kies een van de mogelijkheden.',
    } as Record<FormProblem, string>,
  },
  privateLink: {
    label: 'Uw persoonlijke link',
    hint: 'Selecteer de link en kopieer hem, of gebruik de knop van uw browser om een bladwijzer te maken.',
    keep: 'Bewaar deze link goed, bijvoorbeeld in uw e-mail of als bladwijzer. Met deze link komt u later terug bij uw aanvraag: u ziet hoe het ermee staat en u kunt hem aanvullen.',
    once: 'Wij laten de link maar één keer zien en kunnen hem niet opnieuw sturen. Iedereen met de link kan uw aanvraag zien en wijzigen. Deel hem dus niet.',
    open: 'Open uw aanvraag',
  },
  draft: {
    title: 'Uw concept is opgeslagen',
    notYet:
      'Uw aanvraag is nog niet ingediend. Ga verder als u klaar bent en kies dan "Aanvraag indienen".',
    retention: 'Een concept dat u niet indient, verwijderen we na 90 dagen.',
  },
  receipt: {
    title: 'Uw aanvraag is ontvangen',
    reference: 'Uw kenmerk',
    receivedAt: 'Ontvangen op',
    decisionDue: 'Besluit uiterlijk op',
    mentionReference: 'Noem uw kenmerk als u contact met ons opneemt.',
    nextTitle: 'Wat gebeurt er nu?',
    next: (due: string) => [
      'Het wijknetwerk kijkt of uw aanvraag compleet is. Mist er iets? Dan vragen we u om het aan te vullen. U krijgt daar 14 dagen voor.',
      'Een panel van bewoners en professionals beoordeelt uw plan met de punten uit het jaarplan.',
      `Het wijknetwerk besluit uiterlijk op ${due}. Het besluit ziet u op uw persoonlijke pagina. Bent u het er niet mee eens? Dan kunt u binnen 6 weken bezwaar maken.`,
    ],
    warnings: 'Let op',
  },
  status: {
    pageTitle: 'Uw aanvraag',
    plan: 'Jaarplan',
    reference: 'Kenmerk',
    noReference: 'U krijgt een kenmerk als u de aanvraag indient.',
    status: 'Status',
    submittedAt: 'Ingediend op',
    decisionDue: 'Besluit uiterlijk op',
    whatNext: 'Wat gebeurt er nu?',
    labels: {
      draft: 'Concept: nog niet ingediend',
      submitted: 'Ingediend',
      info_requested: 'Aanvulling nodig',
      awarded: 'Toegekend',
      rejected: 'Afgewezen',
      withdrawn: 'Ingetrokken',
      reported: 'Verantwoording ontvangen',
      settled: 'Afgerond',
    } as Record<Status, string>,
    meaning: {
      draft:
        'U kunt uw aanvraag nog aanvullen en wijzigen. Het wijknetwerk ziet hem pas als u hem indient.',
      submitted: 'Wij hebben uw aanvraag ontvangen. Het wijknetwerk beoordeelt hem.',
      info_requested:
        'Het wijknetwerk heeft meer informatie nodig om te kunnen beslissen. Zolang die ontbreekt, staat de termijn voor het besluit stil.',
      awarded: 'U krijgt subsidie voor uw initiatief.',
      rejected: 'U krijgt geen subsidie voor deze aanvraag. De reden staat bij het besluit.',
      withdrawn: 'U heeft deze aanvraag ingetrokken. Er gebeurt niets meer mee.',
      reported: 'Wij hebben uw verantwoording ontvangen en bekijken die.',
      settled: 'Het definitieve bedrag is vastgesteld. Uw aanvraag is afgerond.',
    } as Record<Status, string>,
    next: {
      draft: 'Dien de aanvraag in als alles klaar is.',
      submitted: 'U hoeft nu niets te doen. Het wijknetwerk laat u weten wat het besluit is.',
      info_requested: 'Vul uw aanvraag aan en dien hem opnieuw in.',
      awarded:
        'Het geld wordt overgemaakt volgens de betalingen hieronder. Na afloop vertelt u hoe het ging en wat het kostte.',
      rejected: 'Bent u het niet eens met het besluit? Maak dan bezwaar.',
      withdrawn: 'Wilt u toch subsidie aanvragen? Begin dan een nieuwe aanvraag.',
      reported: 'Daarna stelt het wijknetwerk het definitieve bedrag vast.',
      settled: 'Bedankt voor uw initiatief in de buurt!',
    } as Record<Status, string>,
    infoTitle: 'Wat heeft het wijknetwerk nodig?',
    infoDue: (date: string) => `Vul uw aanvraag aan vóór of op ${date}.`,
    missingTitle: 'Dit moet nog veranderen voordat u kunt indienen',
    warningsTitle: 'Let op',
    detailsTitle: 'Wat u heeft ingevuld',
    requested: 'Gevraagd bedrag',
    period: 'Wanneer',
    periodValue: (from: string, to: string) => `${from} tot en met ${to}`,
    contact: 'Contactpersoon',
    budget: 'Begroting',
    empty: 'nog niet ingevuld',
    decisionTitle: 'Besluit',
    outcome: 'Uitkomst',
    outcomes: { awarded: 'Toegekend', rejected: 'Afgewezen' },
    amount: 'Bedrag',
    decidedOn: 'Besloten op',
    motivation: 'Waarom',
    objection: (date: string) => `U kunt tot ${date} bezwaar maken.`,
    objectionHow:
      'Stuur dan een brief of e-mail naar het wijknetwerk. Schrijf erin waarom u het niet eens bent met het besluit en noem uw kenmerk.',
    payoutsTitle: 'Betalingen',
    payoutKind: 'Soort',
    payoutAmount: 'Bedrag',
    payoutDue: 'Gepland op',
    payoutStatus: 'Stand',
    payoutKinds: {
      advance: 'Voorschot',
      installment: 'Termijn',
      final: 'Slotbetaling',
      reclaim: 'Terugbetaling',
    } as Record<(typeof PAYOUT_KINDS)[number], string>,
    payoutStatuses: {
      scheduled: 'Gepland',
      batched: 'Wordt overgemaakt',
      paid: 'Betaald',
      cancelled: 'Geannuleerd',
    } as Record<(typeof PAYOUT_STATUSES)[number], string>,
    paidOn: (date: string) => `Betaald op ${date}`,
    attachmentsTitle: 'Bijlagen',
    noAttachments: 'U heeft nog geen bijlagen toegevoegd.',
    attachmentKinds: {
      quote: 'Offerte',
      plan: 'Plan of tekening',
      photo: 'Foto',
      other: 'Ander bestand',
    } as Record<AttachmentKind, string>,
    download: (name: string) => `Download ${name}`,
    remove: 'Verwijderen',
    removeName: (name: string) => `${name} verwijderen`,
    uploadTitle: 'Bijlage toevoegen',
    uploadHint: (max: number) =>
      `Bijvoorbeeld een offerte of een tekening. Dat mag een PDF, JPG, PNG, Word (DOCX), Excel (XLSX) of ODT-bestand zijn, van hoogstens 10 MB. U kunt ${max} bijlagen toevoegen.`,
    uploadFull: (max: number) =>
      `U heeft ${max} bijlagen toegevoegd; meer kan niet. Verwijder eerst een bijlage als u een andere wilt toevoegen.`,
    file: 'Bestand',
    kind: 'Wat voor bestand is het?',
    upload: 'Bijlage toevoegen',
    actionsTitle: 'Wat kunt u doen?',
    edit: 'Aanvraag wijzigen',
    submit: 'Aanvraag indienen',
    withdrawTitle: 'Aanvraag intrekken',
    withdrawHint:
      'Wilt u geen subsidie meer voor dit plan? Trek uw aanvraag dan in. Dat kan niet ongedaan worden gemaakt.',
    withdrawConfirm: 'Ja, ik wil deze aanvraag intrekken',
    withdrawRequired: 'Vink aan dat u de aanvraag wilt intrekken.',
    withdraw: 'Aanvraag intrekken',
    deleteTitle: 'Concept verwijderen',
    deleteHint:
      'Wilt u deze aanvraag toch niet doen? Verwijder het concept dan. Alles wat u heeft ingevuld en uw bijlagen worden gewist. Dat kan niet ongedaan worden gemaakt.',
    deleteConfirm: 'Ja, verwijder dit concept',
    deleteRequired: 'Vink aan dat u het concept wilt verwijderen.',
    delete: 'Concept verwijderen',
  },
  report: {
    title: 'Verantwoording',
    intro:
      'Is uw initiatief klaar? Vertel dan hoe het ging en wat het kostte. Dat heet de verantwoording. Daarna stelt het wijknetwerk het definitieve bedrag vast.',
    narrative: {
      label: 'Hoe is het gegaan?',
      hint: 'Vertel in een paar zinnen wat u heeft gedaan, wat goed ging en wat niet.',
    },
    participantsReached: {
      label: 'Hoeveel mensen deden mee?',
      hint: 'Een schatting is goed. Vul een heel getal in, zoals 40.',
    },
    actualCostsCents: {
      label: 'Hoeveel heeft het gekost?',
      hint: 'Het bedrag in euro dat u echt heeft uitgegeven, zoals 450 of 450,50.',
    },
    financialOverview: {
      label: 'Financieel overzicht',
      hint: 'U kreeg € 5.000 of meer. Daarom vragen we een overzicht van wat u aan welke posten heeft uitgegeven, met de bedragen. Zet elke post op een eigen regel.',
    },
    send: 'Verantwoording versturen',
    receivedTitle: 'Verantwoording ontvangen',
    receivedOn: 'Ontvangen op',
    receivedNext: [
      'Het wijknetwerk bekijkt uw verantwoording en stelt daarna het definitieve bedrag vast. U ziet dat op deze pagina.',
      'Heeft u minder uitgegeven dan u kreeg? Dan kan het bedrag lager worden. Misschien moet u dan een deel terugbetalen. Het wijknetwerk laat u weten hoeveel en waarom.',
    ],
    start: 'Verantwoording insturen',
    addFiles: "Foto's of bestanden toevoegen",
    back: 'Terug naar uw aanvraag',
    about: (title: string, reference: string) => `Voor: ${title} (${reference})`,
    filesTitle: "Foto's en bestanden",
    filesIntro:
      "Laat met een paar foto's zien hoe het ging. Bonnen of facturen kunt u als PDF meesturen. Dat hoeft niet, maar het helpt het wijknetwerk. Zet alleen mensen op de foto die het goedvinden.",
    noFiles: "U heeft nog geen foto's of bestanden toegevoegd.",
    file: {
      label: 'Foto of bestand',
      hint: (max: number) =>
        `Een foto (JPG of PNG) of een PDF-bestand van hoogstens 10 MB. U kunt ${max} bestanden toevoegen, één voor één.`,
    },
    upload: 'Bestand toevoegen',
    filesFull: (max: number) =>
      `U heeft ${max} bestanden toegevoegd; meer kan niet. Verwijder eerst een bestand als u een ander wilt toevoegen.`,
    formTitle: 'Vertel hoe het ging',
  },
  privacy: {
    title: 'Uw gegevens',
    download: 'Download alles wat wij over uw aanvraag hebben opgeslagen',
    downloadHint:
      'U krijgt een bestand (JSON) met wat u heeft ingevuld, de namen van uw bijlagen, het besluit, de betalingen, uw verantwoording en de berichten die wij u stuurden.',
    draftKept: (days: number, date: string) =>
      `Wij verwijderen een concept dat ${days} dagen niet is gewijzigd. Wijzigt u dit concept niet meer, dan verwijderen wij het op ${date}. U kunt het ook zelf verwijderen.`,
    removalTitle: 'Uw gegevens laten verwijderen',
    removalHint:
      'Wilt u dat wij uw gegevens verwijderen? Vraag het hier. Het wijknetwerk ziet uw verzoek. Wij moeten uw aanvraag wel bewaren zolang de wet dat vraagt.',
    removalAsk: 'Vraag om verwijdering van mijn gegevens',
    removalAsked: (moment: string) =>
      `U heeft op ${moment} gevraagd om uw gegevens te verwijderen. Het wijknetwerk ziet dat verzoek bij uw aanvraag.`,
  },
  deleted: {
    title: 'Uw concept is verwijderd',
    text: 'Alles wat u had ingevuld is gewist. Uw persoonlijke link werkt niet meer.',
  },
  errorPages: {
    400: 'Dit ging niet goed',
    403: 'Dit verzoek is geweigerd',
    404: 'Deze pagina bestaat niet',
    409: 'Dit kan nu niet',
    413: 'Dit is te groot',
    429: 'Even wachten',
    500: 'Er ging iets mis',
    notFound:
      'De pagina bestaat niet (meer). Komt u via uw persoonlijke link? Kijk dan of u de hele link goed heeft overgenomen.',
    back: 'Ga terug naar de vorige pagina en probeer het opnieuw.',
  } as Record<number, string> & { notFound: string; back: string },
  letter: {
    title: 'Besluit op uw aanvraag',
    network: 'Wijknetwerk',
    reference: 'Kenmerk',
    date: 'Datum',
    to: 'Aan',
    about: 'Onderwerp',
    subject: (title: string) => `Uw aanvraag voor "${title}"`,
    awarded: (amount: string) =>
      `Het wijknetwerk heeft besloten u een subsidie te geven van ${amount}.`,
    partial: 'U krijgt minder dan u heeft gevraagd. Dit is de reden:',
    rejected: 'Het wijknetwerk heeft besloten u geen subsidie te geven.',
    why: 'Waarom wij zo hebben besloten',
    schedule: 'Wanneer wij betalen',
    scheduleNote:
      'Na afloop vertelt u ons hoe het is gegaan (verantwoording). Daarna stellen wij het bedrag vast.',
    objectionTitle: 'Bent u het niet eens met dit besluit?',
    objection: (date: string) =>
      `Dan kunt u bezwaar maken tot en met ${date}. Dat is 6 weken na de datum van dit besluit.`,
    signature: (network: string) => `Met vriendelijke groet,\nnamens ${network}`,
    print: 'Brief afdrukken of opslaan als PDF: gebruik de afdrukfunctie van uw browser.',
    back: 'Terug naar uw aanvraag',
    open: 'Lees de besluitbrief (om af te drukken of te bewaren)',
  },
  register: {
    title: 'Waar ging het geld naartoe?',
    intro:
      'Hier ziet u per wijknetwerk hoeveel geld er was voor bewonersinitiatieven, hoeveel het wijknetwerk heeft gegeven en aan welke initiatieven.',
    privacy:
      'Namen van bewoners en hun contactgegevens staan hier nooit. Is een initiatief van een stichting of vereniging? Dan noemen we die wel.',
    chooseTitle: 'Kies wat u wilt zien',
    year: 'Jaar',
    network: 'Wijknetwerk',
    allNetworks: 'Alle wijknetwerken',
    show: 'Toon het register',
    empty: (year: number) =>
      `Voor ${year} is er nog geen jaarplan gepubliceerd. Kies een ander jaar of een ander wijknetwerk.`,
    budgetTitle: 'Geld in het jaarplan',
    planStatuses: { open: 'aanvragen kan nu', closed: 'gesloten' },
    budget: 'Budget (subsidieplafond)',
    awarded: 'Gegeven aan initiatieven',
    remaining: 'Nog te verdelen',
    used: (percent: number) => `${percent}% van het budget is gegeven.`,
    settledNote:
      'Had een initiatief na afloop minder geld nodig? Dan gaat het verschil terug naar het budget.',
    caption: (network: string, year: number) =>
      `Initiatieven die geld kregen van ${network} in ${year}`,
    count: (n: number) => (n === 1 ? '1 initiatief' : `${n} initiatieven`),
    columns: {
      title: 'Initiatief',
      plan: 'Jaarplan',
      priorities: 'Onderwerp',
      awarded: 'Gegeven',
      settled: 'Definitief bedrag',
      status: 'Stand van zaken',
      decidedOn: 'Besluit op',
    },
    organisation: (name: string) => `door ${name}`,
    notSettled: 'nog niet bekend',
    none: (year: number) => `Het wijknetwerk heeft in ${year} nog geen geld gegeven.`,
    more: (network: string) => `Meer initiatieven van ${network}`,
    first: (network: string) => `Terug naar de nieuwste initiatieven van ${network}`,
    statuses: {
      awarded: 'Geld gegeven',
      reported: 'Verantwoording ontvangen',
      settled: 'Afgerond',
    } as Record<RegisterStatus, string>,
    link: 'Waar ging het geld naartoe? Bekijk het register',
    open: 'Bekijk het register',
    linkText:
      'In het register ziet u welke initiatieven geld kregen, hoeveel, en hoeveel geld er nog is.',
  },
}

export type Copy = typeof nl

const en: Copy = {
  site: {
    name: 'Buurtkracht',
    tagline: 'Money for resident initiatives in your neighbourhood',
    skip: 'Skip to content',
    languageNav: 'Language',
    otherLanguage: 'Nederlands',
    otherLanguageName: 'Lees deze pagina in het Nederlands',
    footer:
      'Buurtkracht is the grant scheme of the neighbourhood networks for initiatives by and for residents.',
    home: 'Go to the home page',
    errorPrefix: 'Error: ',
  },
  landing: {
    title: 'Money for your plan in the neighbourhood',
    intro:
      'Do you have a plan that makes your neighbourhood better? For example a vegetable garden, a coffee morning or a street party? Then you can ask the neighbourhood network for money. A neighbourhood network is a group of residents and professionals in your area.',
    howTitle: 'How it works',
    steps: [
      'Choose the plan of your neighbourhood below. Read which topics the network finds important.',
      'Fill in the form. Not ready yet? Save your application as a draft and continue later.',
      'You get a private link. With it you come back later: you see how your application is doing and you can add to it.',
      'The network assesses your application and decides within 8 weeks after your application is complete.',
    ],
    linkTitle: 'Your private link',
    linkText:
      'You need no account and no password. After saving or submitting you get a private link, once. Keep it safe, for example in your e-mail or as a bookmark. Anyone with the link can see and change your application, so do not share it.',
    plansTitle: 'Plans you can apply to now',
    empty:
      'No plan is open at the moment. Please look again later, or ask the network in your neighbourhood when you can apply again.',
    network: 'Network',
    area: 'Area',
    postcodes: 'Postcodes',
    budgetLeft: 'Still to share out',
    maxGrant: 'Highest amount per application',
    period: 'You can apply',
    periodValue: (from: string, to: string) => `from ${from} up to and including ${to}`,
    priorities: 'What the network gives money for',
    criteria: 'How your application is assessed',
    criteriaIntro:
      'A panel of residents and professionals gives points on these parts. The weight says how much a part counts (100 together).',
    weight: (n: number) => `weight ${n}`,
    knockout: 'must be sufficient: otherwise no grant',
    apply: (plan: string) => `Apply to ${plan}`,
  },
  form: {
    pageTitle: (plan: string) => `Apply to ${plan}`,
    editTitle: 'Change your application',
    intro:
      'Fill in the form as well as you can. Not ready yet? Then save it as a draft. You get a private link to continue later.',
    editIntro:
      'Change what is needed. Then choose "Save changes" or, when everything is ready, "Submit application".',
    optional: '(optional)',
    optionalForGroups: '(optional for residents and groups)',
    sections: {
      who: '1. Who are you?',
      initiative: '2. Your initiative',
      money: '3. Money',
      support: '4. Support in the neighbourhood',
      bank: '5. Bank account',
      privacy: '6. Privacy',
    },
    applicantType: {
      label: 'Who is applying?',
      hint: 'Businesses cannot apply for a grant. A welfare organisation can only take part as a partner of residents.',
    },
    applicantTypes: {
      resident: { label: 'Resident', hint: 'You do the plan on your own.' },
      group: { label: 'Group of residents', hint: 'You do it together with other residents.' },
      foundation: { label: 'Foundation (stichting)', hint: 'Not for profit.' },
      association: { label: 'Association (vereniging)', hint: 'Not for profit.' },
    },
    organisationName: {
      label: 'Name of the foundation or association',
      hint: 'Only needed if you are a foundation or association.',
    },
    kvkNumber: {
      label: 'Chamber of Commerce (KvK) number',
      hint: 'Only needed if you are a foundation or association. The number has 8 digits and is on the extract from the Chamber of Commerce.',
    },
    contactName: { label: 'Your name' },
    email: {
      label: 'Your e-mail address',
      hint: 'We use it to contact you about your application.',
    },
    phone: { label: 'Your phone number', hint: 'Then we can call you if we have a question.' },
    title: { label: 'Name of your initiative', hint: 'For example: Zielhorst community garden.' },
    summary: { label: 'Your plan in 1 or 2 sentences', hint: 'At most 500 characters.' },
    description: {
      label: 'What are you going to do?',
      hint: 'Tell us what happens, where and when, and who organises it.',
    },
    priorityIds: {
      label: 'Which topics of the plan does your plan fit?',
      hint: 'Choose at least one.',
    },
    targetGroup: {
      label: 'Who is it for?',
      hint: 'For example: older people in the neighbourhood, or children aged 6 to 12.',
    },
    expectedParticipants: {
      label: 'How many people do you expect to take part?',
      hint: 'An estimate is fine.',
    },
    volunteers: { label: 'How many volunteers help?' },
    goal: {
      label: 'What do you want to achieve?',
      hint: 'Write down a goal you can count or show afterwards. For example: 40 neighbours had a meal together, and 10 of them came for the first time.',
    },
    startsOn: {
      label: 'Start date',
      hint: 'Day-month-year, for example 15-01-2027. Your activity must start after today. Preferably choose a date more than 6 weeks away, so that there is a decision in time.',
    },
    endsOn: {
      label: 'End date',
      hint: 'Day-month-year, for example 15-03-2027. Does it last one day? Then enter the same date.',
    },
    postcode: {
      label: 'Postcode of the place where the activity is',
      hint: (postcodes: string) =>
        postcodes
          ? `The 4 digits are enough. The activity must be in the area: postcode ${postcodes}.`
          : 'The 4 digits are enough.',
    },
    conditions: 'Taking part and safety',
    openToAll: {
      label: 'Everyone in the neighbourhood can take part; entry is free or symbolic',
      hint: 'You make no profit with your initiative.',
    },
    worksWithVulnerable: {
      label: 'We work with children or vulnerable people',
      hint: 'Only tick this if that is so.',
    },
    vogConfirmed: {
      label: 'The people supervising have a certificate of good conduct (VOG)',
      hint: 'Only needed if you work with children or vulnerable people. A VOG is a statement from the government that someone has no criminal record that matters for this work. Volunteers can often get one for free.',
    },
    budget: {
      label: 'Budget: what will you spend the money on?',
      hint: 'Fill in at least one line. Leave lines you do not need empty.',
    },
    flaggedNote:
      'Food and drink, alcohol, salaries and volunteer fees, gifts and prizes, valuable equipment, and structural rent or maintenance are usually not paid for. Are they needed anyway? Then explain why in the description.',
    budgetRow: (n: number) => `Line ${n}`,
    lineDescription: 'Description',
    lineCategory: 'Kind of cost',
    lineAmount: 'Amount in euros',
    chooseCategory: 'Choose a kind',
    categories: {
      materials: 'Materials',
      rent: 'Renting a room or things (one-off)',
      promotion: 'Publicity, like flyers and posters',
      activities: 'Activities and workshops',
      food_drink: 'Food and drink (usually not paid for)',
      alcohol: 'Alcohol (usually not paid for)',
      salaries: 'Salaries and volunteer fees (usually not paid for)',
      gifts: 'Gifts and prizes (usually not paid for)',
      equipment: 'Valuable equipment (usually not paid for)',
      structural: 'Structural rent or maintenance (usually not paid for)',
      other: 'Other costs',
    },
    requestedCents: {
      label: 'How much are you asking for? (in euros)',
      hint: (max: string) =>
        `At most ${max}, and no more than all costs in your budget together. For example 500 or 1250.50.`,
    },
    ownContribution: {
      label: 'What do you contribute yourself?',
      hint: 'Fill in money, hours of volunteer work, or both. At least one of the two is needed.',
    },
    ownContributionCents: { label: 'Own contribution in money (in euros)' },
    ownContributionHours: { label: 'Hours of volunteer work' },
    otherFunding: {
      label: 'Do you also get money from others?',
      hint: 'For example from a fund, the municipality or a sponsor. Write down from whom and how much.',
    },
    supporters: {
      label: 'How many residents support your plan?',
      hint: (small: number, medium: number, large: number) =>
        `Ask neighbours to support your plan with their name and street. You need at least ${small} neighbours up to € 1,000, ${medium} up to € 5,000 and ${large} above € 5,000. Keep the list; the network may ask for it.`,
    },
    iban: {
      label: 'IBAN (account number)',
      hint: 'The money is paid into this account. For example NL91 ABNA 0417 1643 00.',
    },
    accountHolder: {
      label: 'Name of the account holder',
      hint: 'As the bank knows it.',
    },
    privacyTitle: 'What do we do with your data?',
    privacyPoints: [
      'We only ask for and keep what we need to handle your application. We never ask for your citizen service number (BSN) or a copy of your ID.',
      'The panel that assesses your plan does not see your name, e-mail address, phone number or account number.',
      'The coordinator of the network sees your contact details, to contact you. Only the finance team sees your account number.',
      'The public overview of grants only shows the name of the initiative, the network, the topic, the amount and the status. Never your name.',
      'A draft you do not submit is deleted after 90 days. We keep an awarded application for 7 years after it is settled, a rejected one for 5 years and a withdrawn one for 1 year. After that we erase your personal data.',
    ],
    consent: 'Consent',
    privacyConsent: {
      label: 'I agree that my data is used for this application, as described above',
    },
    honeypot: 'Leave this field empty',
    buttonsHint:
      'Not ready yet? Save your application as a draft. Everything ready? Then submit the application.',
    save: 'Save as draft',
    saveChanges: 'Save changes',
    submit: 'Submit application',
    cancel: 'Back to your application',
  },
  errors: {
    summaryTitle: 'There is a problem',
    budgetLine: (n: number) => `Budget, line ${n}`,
    savedButNotSubmitted: 'Your changes have been saved, but the application is not submitted yet.',
    problems: {
      amount: 'Enter an amount in euros, like 500 or 1250.50.',
      count: 'Enter a whole number, like 12.',
      date: 'Enter a date, like 15-01-2027.',
      option: 'Choose one of the options.',
    },
  },
  privateLink: {
    label: 'Your private link',
    hint: 'Select the link and copy it, or use your browser to make a bookmark.',
    keep: 'Keep this link safe, for example in your e-mail or as a bookmark. With this link you come back to your application later: you see how it is doing and you can add to it.',
    once: 'We show the link only once and cannot send it again. Anyone with the link can see and change your application, so do not share it.',
    open: 'Open your application',
  },
  draft: {
    title: 'Your draft has been saved',
    notYet:
      'Your application has not been submitted yet. Continue when you are ready and then choose "Submit application".',
    retention: 'A draft you do not submit is deleted after 90 days.',
  },
  receipt: {
    title: 'Your application has been received',
    reference: 'Your reference',
    receivedAt: 'Received on',
    decisionDue: 'Decision at the latest on',
    mentionReference: 'Mention your reference when you contact us.',
    nextTitle: 'What happens now?',
    next: (due: string) => [
      'The network checks whether your application is complete. Is something missing? Then we ask you to add it. You get 14 days for that.',
      'A panel of residents and professionals assesses your plan with the points from the plan.',
      `The network decides on ${due} at the latest. You see the decision on your private page. Do you disagree? Then you can object within 6 weeks.`,
    ],
    warnings: 'Please note',
  },
  status: {
    pageTitle: 'Your application',
    plan: 'Plan',
    reference: 'Reference',
    noReference: 'You get a reference when you submit the application.',
    status: 'Status',
    submittedAt: 'Submitted on',
    decisionDue: 'Decision at the latest on',
    whatNext: 'What happens now?',
    labels: {
      draft: 'Draft: not submitted yet',
      submitted: 'Submitted',
      info_requested: 'More information needed',
      awarded: 'Awarded',
      rejected: 'Rejected',
      withdrawn: 'Withdrawn',
      reported: 'Report received',
      settled: 'Settled',
    },
    meaning: {
      draft:
        'You can still add to and change your application. The network only sees it once you submit it.',
      submitted: 'We have received your application. The network is assessing it.',
      info_requested:
        'The network needs more information to decide. Until it has it, the time limit for the decision stands still.',
      awarded: 'You get a grant for your initiative.',
      rejected:
        'You do not get a grant for this application. The reason is given with the decision.',
      withdrawn: 'You have withdrawn this application. Nothing more happens with it.',
      reported: 'We have received your report and are looking at it.',
      settled: 'The final amount has been set. Your application is complete.',
    },
    next: {
      draft: 'Submit the application when everything is ready.',
      submitted: 'You need not do anything now. The network will let you know its decision.',
      info_requested: 'Complete your application and submit it again.',
      awarded:
        'The money is paid as shown under payments below. Afterwards you tell us how it went and what it cost.',
      rejected: 'Do you disagree with the decision? Then object.',
      withdrawn: 'Do you still want to apply for a grant? Then start a new application.',
      reported: 'After that the network sets the final amount.',
      settled: 'Thank you for your initiative in the neighbourhood!',
    },
    infoTitle: 'What does the network need?',
    infoDue: (date: string) => `Complete your application on or before ${date}.`,
    missingTitle: 'This must change before you can submit',
    warningsTitle: 'Please note',
    detailsTitle: 'What you filled in',
    requested: 'Amount asked for',
    period: 'When',
    periodValue: (from: string, to: string) => `${from} up to and including ${to}`,
    contact: 'Contact person',
    budget: 'Budget',
    empty: 'not filled in yet',
    decisionTitle: 'Decision',
    outcome: 'Outcome',
    outcomes: { awarded: 'Awarded', rejected: 'Rejected' },
    amount: 'Amount',
    decidedOn: 'Decided on',
    motivation: 'Why',
    objection: (date: string) => `You can object until ${date}.`,
    objectionHow:
      'Send a letter or e-mail to the network. Write why you disagree with the decision and mention your reference.',
    payoutsTitle: 'Payments',
    payoutKind: 'Kind',
    payoutAmount: 'Amount',
    payoutDue: 'Planned for',
    payoutStatus: 'State',
    payoutKinds: {
      advance: 'Advance',
      installment: 'Instalment',
      final: 'Final payment',
      reclaim: 'Repayment',
    },
    payoutStatuses: {
      scheduled: 'Planned',
      batched: 'Being transferred',
      paid: 'Paid',
      cancelled: 'Cancelled',
    },
    paidOn: (date: string) => `Paid on ${date}`,
    attachmentsTitle: 'Attachments',
    noAttachments: 'You have not added any attachments yet.',
    attachmentKinds: {
      quote: 'Quote',
      plan: 'Plan or drawing',
      photo: 'Photo',
      other: 'Other file',
    },
    download: (name: string) => `Download ${name}`,
    remove: 'Remove',
    removeName: (name: string) => `Remove ${name}`,
    uploadTitle: 'Add an attachment',
    uploadHint: (max: number) =>
      `For example a quote or a drawing. It may be a PDF, JPG, PNG, Word (DOCX), Excel (XLSX) or ODT file of at most 10 MB. You can add ${max} attachments.`,
    uploadFull: (max: number) =>
      `You have added ${max} attachments; that is the most. Remove an attachment first if you want to add another one.`,
    file: 'File',
    kind: 'What kind of file is it?',
    upload: 'Add attachment',
    actionsTitle: 'What can you do?',
    edit: 'Change application',
    submit: 'Submit application',
    withdrawTitle: 'Withdraw application',
    withdrawHint:
      'Do you no longer want a grant for this plan? Then withdraw your application. This cannot be undone.',
    withdrawConfirm: 'Yes, I want to withdraw this application',
    withdrawRequired: 'Tick the box to confirm that you want to withdraw the application.',
    withdraw: 'Withdraw application',
    deleteTitle: 'Delete draft',
    deleteHint:
      'Do you no longer want to make this application? Then delete the draft. Everything you filled in and your attachments are erased. This cannot be undone.',
    deleteConfirm: 'Yes, delete this draft',
    deleteRequired: 'Tick the box to confirm that you want to delete the draft.',
    delete: 'Delete draft',
  },
  report: {
    title: 'Report',
    intro:
      'Is your initiative finished? Then tell us how it went and what it cost. This is your report. After that the neighbourhood network sets the final amount.',
    narrative: {
      label: 'How did it go?',
      hint: 'Tell us in a few sentences what you did, what went well and what did not.',
    },
    participantsReached: {
      label: 'How many people took part?',
      hint: 'An estimate is fine. Enter a whole number, such as 40.',
    },
    actualCostsCents: {
      label: 'How much did it cost?',
      hint: 'The amount in euros that you really spent, such as 450 or 450.50.',
    },
    financialOverview: {
      label: 'Financial overview',
      hint: 'You received € 5,000 or more. That is why we ask for an overview of what you spent on which items, with the amounts. Put each item on its own line.',
    },
    send: 'Send report',
    receivedTitle: 'Report received',
    receivedOn: 'Received on',
    receivedNext: [
      'The neighbourhood network reads your report and then sets the final amount. You will see it on this page.',
      'Did you spend less than you received? Then the amount may be lower. You may have to pay part of it back. The neighbourhood network will tell you how much and why.',
    ],
    start: 'Send your report',
    addFiles: 'Add photos or files',
    back: 'Back to your application',
    about: (title: string, reference: string) => `For: ${title} (${reference})`,
    filesTitle: 'Photos and files',
    filesIntro:
      'Show with a few photos how it went. You can add receipts or invoices as PDF. You do not have to, but it helps the neighbourhood network. Only take photos of people who agree to it.',
    noFiles: 'You have not added any photos or files yet.',
    file: {
      label: 'Photo or file',
      hint: (max: number) =>
        `A photo (JPG or PNG) or a PDF file of at most 10 MB. You can add ${max} files, one at a time.`,
    },
    upload: 'Add file',
    filesFull: (max: number) =>
      `You have added ${max} files; that is the most. Remove a file first if you want to add another one.`,
    formTitle: 'Tell us how it went',
  },
  privacy: {
    title: 'Your data',
    download: 'Download everything we have stored about your application',
    downloadHint:
      'You get a file (JSON) with what you filled in, the names of your attachments, the decision, the payments, your report and the messages we sent you.',
    draftKept: (days: number, date: string) =>
      `We delete a draft that has not been changed for ${days} days. If you do not change this draft again, we delete it on ${date}. You can also delete it yourself.`,
    removalTitle: 'Have your data removed',
    removalHint:
      'Do you want us to remove your data? Ask here. The neighbourhood network sees your request. We do have to keep your application as long as the law requires.',
    removalAsk: 'Ask for my data to be removed',
    removalAsked: (moment: string) =>
      `On ${moment} you asked for your data to be removed. The neighbourhood network sees that request with your application.`,
  },
  deleted: {
    title: 'Your draft has been deleted',
    text: 'Everything you filled in has been erased. Your private link no longer works.',
  },
  errorPages: {
    400: 'That did not work',
    403: 'This request was refused',
    404: 'This page does not exist',
    409: 'This is not possible now',
    413: 'This is too large',
    429: 'Please wait',
    500: 'Something went wrong',
    notFound:
      'The page does not exist (any more). Did you use your private link? Then check that you copied the whole link.',
    back: 'Go back to the previous page and try again.',
  },
  letter: {
    title: 'Decision on your application',
    network: 'Network',
    reference: 'Reference',
    date: 'Date',
    to: 'To',
    about: 'Subject',
    subject: (title: string) => `Your application for "${title}"`,
    awarded: (amount: string) => `The network has decided to give you a grant of ${amount}.`,
    partial: 'You get less than you asked for. This is the reason:',
    rejected: 'The network has decided not to give you a grant.',
    why: 'Why we decided this',
    schedule: 'When we pay',
    scheduleNote:
      'Afterwards you tell us how it went (your report). Then we settle the final amount.',
    objectionTitle: 'Do you disagree with this decision?',
    objection: (date: string) =>
      `Then you can object until ${date} inclusive. That is 6 weeks after the date of this decision.`,
    signature: (network: string) => `Kind regards,\non behalf of ${network}`,
    print: "Print the letter or save it as a PDF with your browser's print function.",
    back: 'Back to your application',
    open: 'Read the decision letter (to print or keep)',
  },
  register: {
    title: 'Where did the money go?',
    intro:
      'Here you see per neighbourhood network how much money there was for resident initiatives, how much the network gave and to which initiatives.',
    privacy:
      'Names of residents and their contact details are never shown here. Is an initiative run by a foundation or association? Then we do name it.',
    chooseTitle: 'Choose what you want to see',
    year: 'Year',
    network: 'Network',
    allNetworks: 'All networks',
    show: 'Show the register',
    empty: (year: number) =>
      `No plan has been published for ${year} yet. Choose another year or another network.`,
    budgetTitle: 'Money in the plan',
    planStatuses: { open: 'open for applications', closed: 'closed' },
    budget: 'Budget (grant ceiling)',
    awarded: 'Given to initiatives',
    remaining: 'Still to share out',
    used: (percent: number) => `${percent}% of the budget has been given.`,
    settledNote:
      'Did an initiative need less money in the end? Then the difference goes back to the budget.',
    caption: (network: string, year: number) =>
      `Initiatives that got money from ${network} in ${year}`,
    count: (n: number) => (n === 1 ? '1 initiative' : `${n} initiatives`),
    columns: {
      title: 'Initiative',
      plan: 'Plan',
      priorities: 'Topic',
      awarded: 'Given',
      settled: 'Final amount',
      status: 'Progress',
      decidedOn: 'Decided on',
    },
    organisation: (name: string) => `by ${name}`,
    notSettled: 'not known yet',
    none: (year: number) => `The network has not given any money in ${year} yet.`,
    more: (network: string) => `More initiatives of ${network}`,
    first: (network: string) => `Back to the newest initiatives of ${network}`,
    statuses: {
      awarded: 'Money given',
      reported: 'Report received',
      settled: 'Completed',
    },
    link: 'Where did the money go? See the register',
    open: 'See the register',
    linkText:
      'In the register you see which initiatives got money, how much, and how much money is left.',
  },
}

const copies: Record<Locale, Copy> = { nl, en }

/** The page copy in the reader's language. */
export function copy(locale: Locale): Copy {
  return copies[locale]
}
