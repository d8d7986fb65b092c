// Sentence fragments for the XL fixture's text, written for this fixture about
// parents, pre-school, language, trust and time. They combine into plausible
// Dutch sentences; the diacritics (ë, ï, é, ö) are there on purpose so that
// exporters, search and offsets meet them in bulk.

/** Who says or notices something, ending in a verb that takes a "dat …" clause. */
export const openers = [
  'Veel ouders weten niet goed',
  'Een moeder uit de wijk vertelde',
  'De pedagogisch medewerker merkt',
  'Vaders zeggen vaak',
  'In het oudergesprek bleek',
  'De intern begeleider benadrukt',
  'Sommige gezinnen ervaren',
  'Een vader met drie kinderen legde uit',
  'Op de peutergroep zien we',
  'De coördinator van het consultatiebureau gaf aan',
  'Nieuwe ouders vragen zich af',
  'Een oma die vaak ophaalt vertelde',
  'De leidster van de ochtendgroep zegt',
  'Twee moeders waren het erover eens',
] as const;

/** The content of what was said: a subordinate clause starting with "dat" or "of". */
export const clauses = [
  'dat de brieven van de voorschool te lang en te formeel zijn',
  "dat er 's ochtends bij het brengen nauwelijks tijd is voor een praatje",
  'dat ze hun kind thuis graag in de eigen taal voorlezen',
  'dat het vertrouwen groeit zodra de juf hen bij naam kent',
  'dat de ideeën van ouders niet altijd serieus genomen worden',
  'dat een kop koffie in het café van het buurthuis drempels verlaagt',
  'dat financiële zorgen meer aandacht vragen dan de peuterspeelzaal',
  'dat ze zich wat naïef voelden bij het eerste gesprek',
  'dat de coördinatie tussen voorschool en consultatiebureau beter kan',
  'dat het kind na een paar weken al meer Nederlandse woorden gebruikt',
  'dat ouders in een lastige privésituatie liever eerst afwachten',
  'dat werkende ouders overdag geen tijd hebben voor bijeenkomsten',
  'dat één vast aanspreekpunt veel onrust wegneemt',
  'dat de enquête over ouderbetrokkenheid te ingewikkeld was',
  'dat de ouderkamer pas geïnteresseerden trekt als er iets te doen is',
  'dat het geëvalueerde programma vooral moeders bereikte',
  'dat taalspelletjes op de tablet thuis verrassend goed werken',
  'dat ze als cliënt van het wijkteam al genoeg formulieren invullen',
  'dat voorlezen voor het slapengaan in veel gezinnen een vast ritueel is',
  'of de voorschool echt verschil maakt voor de basisschool',
  'of ze wel welkom zijn als ze de taal nog niet goed spreken',
  'dat de overgang naar groep 1 spannend is voor ouder én kind',
  'dat de reünie van oud-peuters ouders weer met elkaar in contact bracht',
  'dat het rooster van de voorschool slecht past bij ploegendiensten',
] as const;

/** How a sentence ends: a nuance, a condition or just the full stop. */
export const tails = [
  '.',
  ', vooral in de eerste maanden.',
  ', zeker wanneer de thuistaal geen Nederlands is.',
  ', al verschilt dat sterk per gezin.',
  ' en dat kost nu eenmaal tijd.',
  ', zo bleek uit meerdere gesprekken.',
  ' zonder dat iemand dat hardop zegt.',
  ', ook al is de wil er zeker.',
  ' als het rooster het toelaat.',
  ', wat het vertrouwen niet ten goede komt.',
] as const;

/** Things respondents said in their own words: quotable first-person sentences. */
export const spoken = [
  'Ik wil gewoon weten hoe het met mijn dochter gaat.',
  'Soms begrijp ik de mail van de voorschool niet helemaal.',
  'Thuis praten we Turks, maar hij leert hier razendsnel.',
  'Het voelt alsof ze hier echt om ons geven.',
  "Ik werk in ploegendienst, dus 's middags kan ik nooit.",
  'Mijn zoon was eerst heel verlegen, nu praat hij honderduit.',
  'We hebben het er thuis vaak over, maar meedoen lukt nog niet.',
  'Ik vertrouw de juf, zij kent mijn kind echt goed.',
  'Een oudercafé op vrijdagochtend zou voor mij ideaal zijn.',
  'Ik schaamde me eerst een beetje voor mijn Nederlands.',
  'De ideeën van andere ouders vind ik heel waardevol.',
  'Met twee banen is het een heel gedoe om alles te coördineren.',
  'Naïef misschien, maar ik dacht dat het vanzelf zou gaan.',
  'Eén keer per maand een gesprek is voor mij genoeg.',
] as const;

/** Openers for statements from the literature (findings, theories, examples). */
export const researchOpeners = [
  'Uit onderzoek onder jonge gezinnen blijkt',
  'Landelijke cijfers laten zien',
  'Een evaluatie in vier gemeenten toont',
  'De literatuur over ouderbetrokkenheid suggereert',
  'Een recente meta-analyse vond',
  'Praktijkonderzoek in de voorschoolse educatie wijst uit',
  'Interviews met professionals bevestigen',
] as const;

/** Openers for advice and activities: what the municipality or partners should do. */
export const adviceOpeners = [
  'Wij adviseren de gemeente om',
  'Het is verstandig om',
  'Partners kunnen samen',
  'De voorschool kan',
  'Het wijkteam kan',
] as const;

export const adviceActions = [
  'korte berichten in eenvoudige taal te sturen, met beeld en vertaling',
  'een vast inloopmoment bij het brengen in te richten',
  'ouders een rol te geven in het kiezen van de thema’s',
  'het oudercafé te verplaatsen naar een tijdstip dat werkende ouders past',
  'voorleestassen in de thuistaal mee naar huis te geven',
  'één aanspreekpunt per gezin aan te wijzen',
  'sleutelfiguren uit de wijk te betrekken bij de werving',
  'de coördinatie met het consultatiebureau vast te leggen in een werkafspraak',
  'de voortgang van het kind twee keer per jaar samen met ouders te bespreken',
  'ideeën van ouders zichtbaar terug te koppelen',
] as const;

export const topics = [
  'Ouderbetrokkenheid',
  'Taalontwikkeling',
  'Vertrouwen tussen ouders en professionals',
  'Voorschoolse educatie',
  'Meertaligheid in het gezin',
  'Tijdsdruk in jonge gezinnen',
  'Educatief partnerschap',
  'Voorlezen thuis',
  'Toeleiding naar de voorschool',
  'Coördinatie in de jeugdketen',
] as const;

export const subtitles = [
  'een overzicht van de praktijk',
  'lessen uit twintig gemeenten',
  'wat werkt en waarom',
  'de rol van de pedagogisch medewerker',
  'een verkenning in de wijk',
  'cijfers en achtergronden',
  'ervaringen van ouders',
  'een handreiking voor gemeenten',
] as const;

export const familyNames = [
  'de Vries', 'Jansen', 'van den Berg', 'El Amrani', 'Yılmaz', 'Bakker', 'Visser', 'de Jong', 'Smit',
  'Meijer', 'Mulder', 'Boukhari', 'van Dijk', 'Hoekstra', 'Çelik', 'Brouwer', 'Kuipers', 'Dekker', 'Noë',
  'ter Horst', 'Özdemir', 'Verbeek',
] as const;

export const givenNames = [
  'Anouk', 'Fatima', 'Joris', 'Iris', 'Mehmet', 'Sanne', 'Noëlle', 'Daniël', 'Zoë', 'Raphaël', 'Inge',
  'Khadija', 'Joëlle', 'Thijs', 'Ayşe', 'Michiel',
] as const;

export const organisations = [
  'Gemeente Zuiderveen', 'Stichting Kinderopvang Rivierland', 'GGD Westerkwartier', 'Kenniscentrum Jonge Kind',
  'Wijkteam Oost', 'Bibliotheek Zuiderveen', 'Voorschool De Regenboog', 'Consultatiebureau Centrum',
  'Welzijn Zuiderveen', 'Basisschool Het Anker', 'Taalhuis Zuiderveen', 'Ouderplatform Zuiderveen',
] as const;

export const journals = [
  'Pedagogische Studiën', 'Tijdschrift voor Orthopedagogiek', 'Jeugd en Co', 'Early Childhood Research Quarterly',
  'Journal of Family Studies', 'Tijdschrift voor Sociale Vraagstukken',
] as const;

export const publishers = ['Uitgeverij Boom', 'Van Gorcum', 'Bohn Stafleu van Loghum', 'SWP', 'Coutinho'] as const;

export const places = ['Amsterdam', 'Utrecht', 'Assen', 'Houten', 'Bussum', 'Den Haag', 'Zuiderveen'] as const;

export const roles = [
  'moeder', 'vader', 'pedagogisch medewerker', 'intern begeleider', 'jeugdverpleegkundige', 'beleidsadviseur',
  'buurtwerker', 'coördinator voorschool', 'leerkracht groep 1', 'sleutelfiguur',
] as const;
