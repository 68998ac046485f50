# Sector codes: the three-letter codes an actor code may carry after its country or
# organisation (AZE + GOV = AZEGOV). Sectors follow the PLOVER manual (chapter "Country Names
# and Sector Codes"); IGO, NGO, HRI, ENV and DEV are CAMEO codes kept for compatibility with
# PETRARCH dictionaries. Every `sectors:` field and role in the other files must use a code
# defined here; add a `@sector` record to define a new one.

@sector COP
name: Police forces, officers, criminal investigation units, protective agencies

@sector GOV
name: Government: the executive, ministries, officials, governing parties and coalition partners

@sector JUD
name: Judiciary: judges, courts, prosecutors

@sector LEG
name: Legislature: parliaments, assemblies, lawmakers

@sector MIL
name: Military: armed forces, troops, soldiers, state military personnel and equipment

@sector PRM
name: Paramilitary organisations not in opposition to the government

@sector PTY
name: Political parties

@sector REB
name: Rebels: armed opposition groups or individuals

@sector SPY
name: State intelligence services and their operatives

@sector UAF
name: Unidentified armed forces ("unknown gunmen")

@sector UNK
name: Generic unidentified actors

@sector AGR
name: Agriculture: farmers, peasants, agricultural labour

@sector BUS
name: Business: companies, enterprises and business people (not multinationals)

@sector CRM
name: Criminals and criminal gangs

@sector CVL
name: Civilians, protesters, activists and other unarmed people without organised affiliation

@sector EDU
name: Education: educators, schools, students

@sector ELI
name: Elites: former officials no longer in office, exiled or ousted leaders, their families

@sector JRN
name: Journalists, newspapers, radio, television, web sites

@sector LAB
name: Organised labour: trade unions, workers

@sector MED
name: Health: medical staff, hospitals, health organisations

@sector REF
name: Refugees and internally displaced people

@sector OPP
name: Political opposition: opposition parties, anti-government activists

@sector PRE
name: Partially recognised entities: breakaway regions and disputed territories

@sector REL
name: Religious organisations and clergy

@sector SOC
name: Civil society organisations not covered above

@sector IGO
name: Intergovernmental organisation (CAMEO); reported for every IGO and its organs

@sector NGO
name: Non-governmental organisation (CAMEO); reported for international NGOs

@sector HRI
name: Human rights organisations and activists (CAMEO)

@sector ENV
name: Environmental groups (CAMEO)

@sector DEV
name: Development and aid organisations (CAMEO)
