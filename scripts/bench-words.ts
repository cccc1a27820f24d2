/**
 * The words the benchmark's data set is written with: neighbourhoods, people's names and the
 * pieces of titles, summaries and motivations, so lists, search and pages show plausible text.
 */

/** [network name, area, first postcode area, how many postcode areas]. */
export const NETWORKS: [string, string, number, number][] = [
  ['Wijknetwerk Schothorst', 'Schothorst en Zielhorst, Amersfoort', 3813, 2],
  ['Wijknetwerk Kattenbroek', 'Kattenbroek, Amersfoort', 3824, 1],
  ['Buurtnetwerk Nieuwland', 'Nieuwland, Amersfoort', 3823, 1],
  ['Wijknetwerk Vathorst', 'Vathorst en Hooglanderveen, Amersfoort', 3825, 2],
  ['Buurtnetwerk Soesterkwartier', 'Soesterkwartier, Amersfoort', 3814, 1],
  ['Buurtnetwerk Lombok', 'Lombok en Oog in Al, Utrecht', 3531, 2],
  ['Wijknetwerk Overvecht', 'Overvecht, Utrecht', 3562, 3],
  ['Buurtnetwerk Zuilen', 'Zuilen en Ondiep, Utrecht', 3551, 2],
  ['Wijknetwerk Hoograven', 'Hoograven en Tolsteeg, Utrecht', 3525, 1],
  ['Buurtnetwerk Lunetten', 'Lunetten, Utrecht', 3524, 1],
  ['Wijknetwerk Poelenburg', 'Poelenburg, Zaandam', 1504, 1],
  ['Buurtnetwerk Peldersveld', 'Peldersveld en Hoornseveld, Zaandam', 1505, 1],
  ['Wijknetwerk Kogerveld', 'Kogerveld, Zaandam', 1507, 1],
  ['Buurtnetwerk Hoornes', 'Hoornes-Rijnsoever, Katwijk', 2221, 2],
  ['Wijknetwerk Katwijk aan Zee', 'Katwijk aan Zee', 2225, 1],
  ['Buurtnetwerk Sluispolder', 'Sluispolder, Maassluis', 3142, 1],
  ['Wijknetwerk Koningshoek', 'Koningshoek, Maassluis', 3144, 1],
  ['Buurtnetwerk Afrikaanderwijk', 'Afrikaanderwijk, Rotterdam', 3073, 1],
  ['Wijknetwerk Bospolder-Tussendijken', 'Bospolder en Tussendijken, Rotterdam', 3024, 2],
  ['Buurtnetwerk Transvaal', 'Transvaal, Den Haag', 2571, 1],
  ['Wijknetwerk Moerwijk', 'Moerwijk, Den Haag', 2532, 2],
  ['Buurtnetwerk Malburgen', 'Malburgen, Arnhem', 6833, 1],
  ['Wijknetwerk Kanaleneiland', 'Kanaleneiland, Utrecht', 3526, 1],
  ['Buurtnetwerk Selwerd', 'Selwerd en Paddepoel, Groningen', 9741, 2],
]

export const FIRST_NAMES = [
  'Anouk',
  'Bram',
  'Carla',
  'Daan',
  'Emre',
  'Fatma',
  'Gerrit',
  'Henk',
  'Ingrid',
  'Joost',
  'Kees',
  'Lotte',
  'Mohamed',
  'Naima',
  'Olga',
  'Pieter',
  'Renée',
  'Sanne',
  'Truus',
  'Umut',
  'Vera',
  'Willem',
  'Yasmina',
  'Zeynep',
  'Ahmed',
  'Bart',
  'Chantal',
  'Dewi',
  'Els',
  'Femke',
  'Gijs',
  'Hatice',
]

export const LAST_NAMES = [
  'de Boer',
  'Visser',
  'Jansen',
  'Smit',
  'Bakker',
  'Mulder',
  'de Wit',
  'Peters',
  'El Amrani',
  'Vermeulen',
  'Yilmaz',
  'Hoekstra',
  'Groen',
  'Willems',
  'Ouali',
  'de Jong',
  'van Dam',
  'Bos',
  'Dekker',
  'Haddou',
  'Brouwer',
  'Kaya',
  'van den Berg',
  'Meijer',
  'Kramer',
  'Ruiter',
  'Öztürk',
  'Pinas',
  'Wijaya',
  'Verhoeven',
]

export const PRIORITIES: [string, string][] = [
  ['Ontmoeting en verbinding', 'Buren leren elkaar kennen, in de straat en het buurthuis.'],
  ['Eenzaamheid tegengaan', 'Wie alleen is, doet weer mee.'],
  ['Jongeren een plek geven', 'Jongeren organiseren zelf en krijgen ruimte.'],
  ['Groen en duurzaam in de wijk', 'Meer groen, minder afval, samen energie besparen.'],
  ['Ouderen actief en gezond', 'Bewegen, ontmoeten en langer thuis wonen.'],
  ['Veilige, schone straat', 'Samen zorgen voor een straat waar iedereen zich thuis voelt.'],
  ['Kinderen en gezinnen', 'Spelen, leren en opgroeien in de buurt.'],
  ['Taal en meedoen', 'Nederlands oefenen en de weg vinden in de wijk.'],
  ['Cultuur en creativiteit', 'Muziek, kunst en verhalen van de buurt.'],
  ['Armoede en schulden', 'Elkaar helpen rondkomen, zonder schaamte.'],
  ['Sport en bewegen', 'Laagdrempelig sporten voor alle leeftijden.'],
  ['Gezondheid en welzijn', 'Gezond eten, goed slapen, hulp dichtbij.'],
]

/** [the start of a title, what the initiative is]. */
export const ACTIVITIES: [string, string][] = [
  ['Buurtmoestuin', 'een moestuin waar buren samen groente kweken'],
  ['Taalcafé', 'een wekelijks taalcafé waar nieuwkomers Nederlands oefenen'],
  ['Kookclub', 'een kookclub die samen kookt en eet met buren'],
  ['Straatfeest', 'een straatfeest met spelletjes, muziek en een buurtmaaltijd'],
  ['Repair Café', 'een repair café waar vrijwilligers kapotte spullen repareren'],
  ['Huiswerkklas', 'een huiswerkklas waar studenten kinderen helpen'],
  ['Wandelgroep', 'een wandelgroep die elke week samen een rondje loopt'],
  ['Buurtbioscoop', 'een buurtbioscoop met films en een nagesprek'],
  ['Zomerspelen', 'zomerspelen voor kinderen in de vakantie'],
  ['Muziekmiddag', 'een muziekmiddag met optredens van buurtbewoners'],
  ['Computerhulp', 'een spreekuur waar buren elkaar helpen met computer en telefoon'],
  ['Naaiatelier', 'een naaiatelier waar buren kleding maken en herstellen'],
  ['Voetbaltoernooi', 'een voetbaltoernooi op het trapveld voor jong en oud'],
  ['Burendag', 'een burendag waarop de straat samen opknapt en viert'],
  ['Kunstroute', 'een kunstroute langs ateliers en voortuinen in de wijk'],
  ['Leesclub', 'een leesclub die boeken leest en bespreekt'],
  ['Koffieochtend', 'een koffieochtend voor buren die weinig mensen zien'],
  ['Sportmiddag', 'een sportmiddag met clinics van vrijwilligers'],
  ['Speeltuinfeest', 'een feest in de speeltuin met de ouders uit de buurt'],
  ['Buurtmaaltijd', 'een maandelijkse buurtmaaltijd voor een kleine prijs'],
  ['Geveltuinen', 'geveltuinen en plantenbakken langs de huizen'],
  ['Fietsles', 'fietsles voor volwassenen die nooit hebben leren fietsen'],
  ['Dansavond', 'een dansavond voor ouderen met live muziek'],
  ['Schoonmaakactie', 'een schoonmaakactie met prikstokken en een lunch na afloop'],
  ['Buurtkrant', 'een buurtkrant gemaakt door bewoners'],
  ['Theaterproject', 'een theaterproject met verhalen van bewoners'],
  ['Skateclinic', 'een skateclinic voor jongeren op het plein'],
  ['Energiecafé', 'een energiecafé met tips om energie te besparen'],
]

export const PLACES = [
  'in het wijkpark',
  'bij het buurthuis',
  'op het plein',
  'in de Vogelbuurt',
  'aan de Lindelaan',
  'voor ouderen',
  'voor jongeren',
  'voor nieuwkomers',
  'voor gezinnen',
  'in de bibliotheek',
  'op het schoolplein',
  'aan de Kanaalstraat',
  'in de Bloemenbuurt',
  'bij de moskee',
  'in de kerk',
  'achter de flat',
]

export const TARGET_GROUPS = [
  'Buren van alle leeftijden',
  'Ouderen in de wijk',
  'Kinderen en hun ouders',
  'Jongeren van 12 tot 18',
  'Nieuwkomers en hun buren',
  'Bewoners met weinig geld',
  'Mensen die alleen wonen',
]

export const ORGANISATION_KINDS = [
  'Stichting',
  'Vereniging',
  'Bewonersgroep',
  'Stichting Vrienden van',
  'Buurtvereniging',
]

export const BUDGET_LINES: [string, string][] = [
  ['Materiaal en gereedschap', 'materials'],
  ['Huur zaal', 'rent'],
  ['Flyers en posters', 'promotion'],
  ['Activiteiten en workshops', 'activities'],
  ['Koffie, thee en koek', 'food_drink'],
  ['Huur podium en geluid', 'rent'],
  ['Spelmateriaal', 'materials'],
  ['Vergunning en afzetting', 'other'],
  ['Vrijwilligersvergoeding', 'salaries'],
  ['Prijzen voor de winnaars', 'gifts'],
  ['Zaden, aarde en plantenbakken', 'materials'],
  ['Verzekering', 'other'],
]

/** A reviewer's reason per score level (0–4). */
export const SCORE_REASONS = [
  'Onvoldoende: dit blijkt niet uit de aanvraag.',
  'Zwak: nog weinig uitgewerkt.',
  'Voldoende, maar het kan concreter.',
  'Goed uitgewerkt en overtuigend.',
  'Uitstekend: buren doen volop mee.',
]

export const MOTIVATIONS = {
  awarded: [
    'Het initiatief past goed bij het jaarplan en heeft veel draagvlak in de buurt.',
    'Een haalbaar plan met een reële begroting, door bewoners zelf georganiseerd.',
    'Het panel waardeert de eigen bijdrage en het bereik van nieuwe bewoners.',
  ],
  rejected: [
    'Het initiatief scoort onder de drempel van het jaarplan.',
    'Er is te weinig draagvlak in de buurt aangetoond.',
    'De begroting is niet realistisch en vooral bestemd voor eten en drinken.',
  ],
}

export const REPORT_NARRATIVES = [
  'Het ging goed: meer buren dan verwacht deden mee en er zijn nieuwe contacten ontstaan.',
  'Door het weer kwamen minder mensen, maar wie er was, wil volgend jaar helpen.',
  'De activiteit liep het hele jaar; een vaste groep vrijwilligers zet het voort.',
]
