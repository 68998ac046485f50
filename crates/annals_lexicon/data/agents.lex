# Agents: common nouns that name a sector of a country or organisation (PETRARCH's "agents",
# PLOVER's sectors). "Armenian" + "armed forces" → ARM MIL; "EU" + "special representative" →
# the EU's representative; "the foreign minister" alone → a GOV person of unknown country until
# coreference or the context supplies one.
#
# @agent PHRASE   the canonical phrase, lower case; it is also the role key that links titles:
#                 "FM", "Minister of Foreign Affairs" and "foreign minister" are one agent, so
#                 "the Azerbaijani FM" can refer back to "Minister of Foreign Affairs Elmar
#                 Mammadyarov" and to whoever held that office on the article's date.
# also:           synonyms (| between alternatives)
# plural:         plural forms when they are not regular (`-` for none); regular plurals of the
#                 head word are formed automatically ("minister of foreign affairs" →
#                 "ministers of foreign affairs", "serviceman" → "servicemen")
# sectors:        the sector codes it adds (sectors.lex)
# kind:           person (a title or one member: the default), organization (a body), group
#                 (a collective: "rebels", "civilians")
# office:         yes for offices and titles: a person named with one holds it as their role
#                 ("Minister of Foreign Affairs Elmar Mammadyarov"); members and collectives
#                 ("serviceman", "civilians") are not roles
# weak:           yes for generic titles whose sector yields to a more specific word before them
#                 or to the actor's own sector: "rebel leader" → REB, "police spokesman" → COP,
#                 "Hamas fighters" → Hamas.
#
# Lower-case phrases match any letter case; short capitalised acronyms (FM, PM, MP) only match
# capitals. What this file does not code: named bodies (organizations.lex), people (leaders.lex).

# ---- Government: heads of state and government ----
@agent president
also: head of state | president of the republic
sectors: GOV
office: yes

@agent vice president
also: vice-president | VP
sectors: GOV
office: yes

@agent prime minister
also: premier | PM | head of government | head of the government
sectors: GOV
office: yes

@agent deputy prime minister
also: deputy PM | vice premier | vice-premier | first deputy prime minister
sectors: GOV
office: yes

@agent king
also: monarch | queen | emir | sultan | crown prince | shah | grand duke
sectors: GOV
office: yes

@agent supreme leader
sectors: GOV
office: yes

@agent chancellor
sectors: GOV
office: yes

@agent leader
also: head
sectors: GOV
office: yes
weak: yes

@agent governor
also: mayor | regional governor
sectors: GOV
office: yes

# ---- Government: ministers and ministries ----
@agent foreign minister
also: minister of foreign affairs | foreign affairs minister | minister for foreign affairs | FM | top diplomat | chief diplomat | foreign secretary | secretary of state | secretary of foreign affairs | minister of external affairs | external affairs minister
sectors: GOV
office: yes

@agent deputy foreign minister
also: deputy minister of foreign affairs | vice foreign minister | deputy foreign affairs minister | first deputy foreign minister
sectors: GOV
office: yes

@agent defence minister
also: defense minister | minister of defence | minister of defense | defence secretary | defense secretary | secretary of defense | minister of national defence | minister of national defense
sectors: GOV
office: yes

@agent interior minister
also: minister of interior | minister of the interior | minister of internal affairs | internal affairs minister | home secretary | home minister | interior secretary
sectors: GOV
office: yes

@agent finance minister
also: minister of finance | treasury secretary | secretary of the treasury | finance secretary
sectors: GOV
office: yes

@agent justice minister
also: minister of justice
sectors: GOV
office: yes

@agent minister
also: cabinet minister | government minister | state minister | minister of state
sectors: GOV
office: yes

@agent foreign ministry
also: ministry of foreign affairs | foreign affairs ministry | MFA | foreign office | ministry for foreign affairs | ministry of external affairs
sectors: GOV
kind: organization

@agent defence ministry
also: defense ministry | ministry of defence | ministry of defense | MoD | defence department | defense department | ministry of national defense
sectors: GOV
kind: organization

@agent interior ministry
also: ministry of interior | ministry of the interior | ministry of internal affairs | home office
sectors: GOV
kind: organization

@agent ministry
also: department | state department
plural: ministries | departments
sectors: GOV
kind: organization

@agent government
also: administration | cabinet | regime | leadership | executive | presidential administration | presidency | council of ministers
sectors: GOV
kind: organization

@agent authorities
also: officialdom
plural: -
sectors: GOV
kind: organization

@agent side
sectors: GOV
kind: organization
weak: yes
note: "the Armenian side" in negotiations is the government; "the sides" alone is resolved by coreference.

@agent national security council
also: security council
sectors: GOV
kind: organization

# ---- Government: diplomats, officials, representatives ----
@agent ambassador
also: ambassador-at-large
sectors: GOV
office: yes

@agent envoy
also: special envoy | emissary
sectors: GOV
office: yes

@agent special representative
also: special rapporteur | high representative | high commissioner
sectors: GOV
office: yes

@agent diplomat
sectors: GOV
office: yes

@agent embassy
also: consulate | mission
plural: embassies | consulates | missions
sectors: GOV
kind: organization

@agent delegation
sectors: GOV
kind: organization

@agent secretary general
also: secretary-general | SG
plural: secretaries general | secretaries-general
sectors: GOV
office: yes

@agent co-chair
also: co-chairman | co-chairwoman | co-chairperson | cochair
sectors: GOV
office: yes
weak: yes

@agent chairman
also: chair | chairwoman | chairperson
sectors: GOV
office: yes
weak: yes

@agent mediator
also: negotiator | peace envoy
sectors: GOV
office: yes
weak: yes

@agent spokesman
also: spokeswoman | spokesperson | press secretary | spokesmen | press service
plural: spokesmen | spokeswomen | spokespeople | spokespersons | press secretaries
sectors: GOV
office: yes
weak: yes

@agent official
also: government official | senior official | officer in charge
sectors: GOV
office: yes
weak: yes

@agent adviser
also: advisor | aide | presidential aide | national security adviser | national security advisor
sectors: GOV
office: yes
weak: yes

# ---- Military ----
@agent armed forces
also: armed force | defence forces | defense forces | military forces | ground forces
plural: -
sectors: MIL
kind: organization

@agent forces
also: government forces | troops
plural: -
sectors: MIL
kind: group

@agent army
also: military | navy | air force | marines | special forces | national guard | artillery
plural: armies | militaries | navies | air forces
sectors: MIL
kind: organization

@agent soldier
also: serviceman | servicewoman | service member | servicemember | military serviceman | marine | paratrooper | conscript | sailor | pilot
plural: soldiers | servicemen | servicewomen | service members | servicemembers | military servicemen | paratroopers | conscripts | sailors | pilots
sectors: MIL

@agent sniper
sectors: MIL

@agent general
also: colonel | lieutenant | major general | lieutenant general | brigadier general | commander-in-chief | chief of general staff | chief of the general staff | military commander | army commander
sectors: MIL
office: yes

@agent commander
also: officer | military officer
sectors: MIL
office: yes
weak: yes

@agent border guard
also: border guards | border troops | border service
sectors: MIL

@agent peacekeeper
also: peacekeeping force | peacekeeping troops
sectors: MIL

@agent drone
also: warplane | fighter jet | military aircraft | helicopter gunship | warship
sectors: MIL
kind: organization

@agent security forces
also: security force | security personnel
plural: -
sectors: MIL
kind: group

# ---- Police and intelligence ----
@agent police
also: police force | riot police | law enforcement | gendarmerie | police department
plural: -
sectors: COP
kind: organization

@agent police officer
also: policeman | policewoman | cop | gendarme | police chief | police commissioner | police official
plural: police officers | policemen | policewomen | cops | gendarmes | police chiefs | police officials
sectors: COP
office: yes

@agent intelligence service
also: intelligence agency | security service | secret service | intelligence services
sectors: SPY
kind: organization

@agent spy
also: intelligence officer | intelligence agent
plural: spies | intelligence officers | intelligence agents
sectors: SPY

# ---- Judiciary and legislature ----
@agent court
also: supreme court | constitutional court | tribunal | judiciary
sectors: JUD
kind: organization

@agent judge
also: prosecutor | prosecutor general | magistrate
sectors: JUD
office: yes

@agent attorney general
plural: attorneys general
sectors: GOV
office: yes

@agent parliament
also: legislature | national assembly | congress | senate | house of representatives | lower house | upper house
sectors: LEG
kind: organization

@agent lawmaker
also: legislator | MP | member of parliament | parliamentarian | senator | congressman | congresswoman | deputy | speaker of parliament | parliament speaker
plural: lawmakers | legislators | MPs | members of parliament | parliamentarians | senators | congressmen | congresswomen | deputies
sectors: LEG
office: yes

# ---- Armed opposition and unidentified armed actors ----
@agent rebel
also: insurgent | guerrilla | guerilla | separatist | militant | jihadist | terrorist | rebel fighter | rebel leader | rebel commander
sectors: REB

@agent rebel group
also: armed group | insurgent group | militant group | terrorist group | terrorist organization | separatist group
sectors: REB
kind: organization

@agent fighter
also: combatant
sectors: REB
weak: yes

@agent militia
also: militiaman
plural: militias | militiamen
sectors: REB
kind: group

@agent paramilitary
also: pro-government militia | paramilitary force
plural: paramilitaries | pro-government militias | paramilitary forces
sectors: PRM

@agent gunman
also: attacker | assailant | unknown gunman | armed man | masked man
plural: gunmen | attackers | assailants | unknown gunmen | armed men | masked men
sectors: UAF

# ---- Parties and opposition ----
@agent opposition
also: opposition party | opposition parties | opposition leader | opposition figure | dissident | opposition activist
plural: oppositions | opposition leaders | opposition figures | dissidents | opposition activists
sectors: OPP

@agent party
also: political party | ruling party | party leader
plural: parties | political parties | ruling parties | party leaders
sectors: PTY
kind: organization

# ---- Society ----
@agent civilian
also: resident | villager | local | citizen | inhabitant | national | passer-by
plural: civilians | residents | villagers | locals | citizens | inhabitants | nationals | passers-by
sectors: CVL

@agent population
also: people | public | crowd
plural: populations | crowds
sectors: CVL
kind: group
weak: yes

@agent protester
also: demonstrator | activist | campaigner
sectors: CVL

@agent refugee
also: internally displaced person | displaced person | IDP | asylum seeker | asylum-seeker | evacuee
plural: refugees | internally displaced persons | internally displaced people | displaced persons | displaced people | IDPs | asylum seekers | asylum-seekers | evacuees
sectors: REF

@agent journalist
also: reporter | correspondent | photojournalist | media | press | news agency | newspaper | broadcaster
plural: journalists | reporters | correspondents | photojournalists | news agencies | newspapers | broadcasters
sectors: JRN

@agent doctor
also: nurse | medic | paramedic | health worker | hospital
sectors: MED

@agent aid worker
also: humanitarian worker | aid agency | humanitarian organization | humanitarian organisation | charity
plural: aid workers | humanitarian workers | aid agencies | humanitarian organizations | humanitarian organisations | charities
sectors: DEV

@agent human rights activist
also: rights activist | human rights defender | rights group | human rights group | human rights organization | human rights organisation | ombudsman
plural: human rights activists | rights activists | human rights defenders | rights groups | human rights groups | human rights organizations | human rights organisations
sectors: HRI

@agent student
also: teacher | professor | academic | university | school
sectors: EDU

@agent cleric
also: priest | imam | bishop | rabbi | monk | mullah | patriarch | religious leader | church | clergy
plural: clerics | priests | imams | bishops | rabbis | monks | mullahs | patriarchs | religious leaders | churches
sectors: REL

@agent businessman
also: businesswoman | business leader | company | firm | investor | entrepreneur | executive officer
plural: businessmen | businesswomen | business leaders | companies | firms | investors | entrepreneurs
sectors: BUS

@agent worker
also: trade union | labor union | labour union | union leader | employee
sectors: LAB

@agent farmer
also: peasant | herder
sectors: AGR

@agent criminal
also: gang | smuggler | drug trafficker | trafficker | drug cartel | cartel | kidnapper | gang member
sectors: CRM
