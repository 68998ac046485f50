# Organisations: intergovernmental bodies (@igo), international non-governmental
# organisations (@ngo) and national institutions that news names directly (@org).
#
# Code convention (documented in data/README.md):
# - An IGO's code is `IGO` + its key, the organisation's usual acronym: IGOEU, IGOUN, IGONATO,
#   IGOOSCE. An organ with its own key gets its own code (IGOUNSC for the UN Security Council,
#   IGOOSCEMG for the OSCE Minsk Group); organs written with `code: IGOEU` code as their parent.
#   Every IGO mention reports the sector IGO, so "Toivo Klaar, EU Special Representative" is
#   EU / IGO. PETRARCH spells the same bodies IGOUNO, IGOEUREEC, IGOWSTNAT, …; the keys here are
#   chosen to be recognisable instead.
# - An international NGO's code is `NGO` + its key (NGOICRC) and it reports the sector NGO.
# - A national institution is coded as its country and sectors (the Kremlin → RUSGOV).
#
# Fields: name, also (| between alternatives), part-of (the parent's key), sectors, code,
# country (for @org), note.

# ---- United Nations ----
@igo UN
name: United Nations
also: UN | U.N. | UNO | United Nations Organization

@igo UNSC
name: UN Security Council
also: United Nations Security Council | U.N. Security Council | UN Security Council | UNSC | Security Council
part-of: UN
note: "Security Council" alone means the UN's; national councils are agents ("Russia's Security Council").

@igo UNGA
name: UN General Assembly
also: United Nations General Assembly | U.N. General Assembly | UNGA | General Assembly
part-of: UN

@igo UNSEC
name: UN Secretariat
also: United Nations Secretariat | U.N. Secretariat
part-of: UN
code: IGOUN

@igo UNHRC
name: UN Human Rights Council
also: United Nations Human Rights Council | Human Rights Council | UNHRC
part-of: UN
sectors: HRI

@igo OHCHR
name: UN Human Rights Office
also: Office of the UN High Commissioner for Human Rights | Office of the United Nations High Commissioner for Human Rights | OHCHR | UN human rights office
part-of: UN
sectors: HRI

@igo UNHCR
name: UN Refugee Agency
also: UNHCR | Office of the United Nations High Commissioner for Refugees | UN refugee agency | U.N. refugee agency
part-of: UN
sectors: REF

@igo UNICEF
name: UNICEF
also: United Nations Children's Fund | UN Children's Fund
part-of: UN

@igo WFP
name: World Food Programme
also: WFP | UN World Food Programme | World Food Program
part-of: UN
sectors: DEV

@igo WHO
name: World Health Organization
also: World Health Organisation | WHO
part-of: UN
sectors: MED

@igo UNRWA
name: UNRWA
also: UN Relief and Works Agency | United Nations Relief and Works Agency for Palestine Refugees in the Near East
part-of: UN
sectors: REF

@igo OCHA
name: UN Office for the Coordination of Humanitarian Affairs
also: OCHA | UNOCHA | UN humanitarian office
part-of: UN
sectors: DEV

@igo UNDP
name: UN Development Programme
also: United Nations Development Programme | UNDP
part-of: UN
sectors: DEV

@igo UNESCO
name: UNESCO
also: United Nations Educational, Scientific and Cultural Organization
part-of: UN
sectors: EDU

@igo FAO
name: Food and Agriculture Organization
also: FAO | UN Food and Agriculture Organization
part-of: UN
sectors: AGR

@igo ILO
name: International Labour Organization
also: International Labor Organization | ILO
part-of: UN
sectors: LAB

@igo IOM
name: International Organization for Migration
also: IOM | UN migration agency
part-of: UN
sectors: REF

@igo IAEA
name: International Atomic Energy Agency
also: IAEA | UN nuclear watchdog
part-of: UN

@igo ICJ
name: International Court of Justice
also: ICJ | World Court
part-of: UN
sectors: JUD

@igo UNIFIL
name: UNIFIL
also: United Nations Interim Force in Lebanon | UN Interim Force in Lebanon
part-of: UN
sectors: MIL

@igo MONUSCO
name: MONUSCO
also: United Nations Organization Stabilization Mission in the Democratic Republic of the Congo | MONUC
part-of: UN
sectors: MIL

@igo UNMISS
name: UNMISS
also: United Nations Mission in South Sudan | UN Mission in South Sudan
part-of: UN
sectors: MIL

@igo MINUSMA
name: MINUSMA
also: United Nations Multidimensional Integrated Stabilization Mission in Mali
part-of: UN
sectors: MIL

@igo UNFICYP
name: UNFICYP
also: United Nations Peacekeeping Force in Cyprus | UN Peacekeeping Force in Cyprus
part-of: UN
sectors: MIL

# ---- Courts and financial institutions ----
@igo ICC
name: International Criminal Court
also: ICC
sectors: JUD

@igo IMF
name: International Monetary Fund
also: IMF

@igo WB
name: World Bank
also: World Bank Group | IBRD | International Bank for Reconstruction and Development
sectors: DEV

@igo WTO
name: World Trade Organization
also: World Trade Organisation | WTO

@igo OPCW
name: Organisation for the Prohibition of Chemical Weapons
also: Organization for the Prohibition of Chemical Weapons | OPCW | chemical weapons watchdog

@igo INTERPOL
name: Interpol
also: INTERPOL | International Criminal Police Organization
sectors: COP

@igo OPEC
name: OPEC
also: Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries

@igo OECD
name: OECD
also: Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development

# ---- Europe ----
@igo EU
name: European Union
also: EU | E.U.

@igo EC
name: European Commission
also: EU Commission | Commission of the European Union | Brussels Commission
part-of: EU
code: IGOEU

@igo EUCO
name: European Council
also: EU summit
part-of: EU
code: IGOEU

@igo EUCOUNCIL
name: Council of the European Union
also: Council of the EU | EU Council | Council of Ministers of the European Union
part-of: EU
code: IGOEU

@igo EP
name: European Parliament
also: EU Parliament | Europarliament
part-of: EU
code: IGOEU
sectors: LEG

@igo EEAS
name: European External Action Service
also: EEAS | EU diplomatic service
part-of: EU
code: IGOEU

@igo EUMM
name: EU Monitoring Mission in Georgia
also: EU Monitoring Mission | EUMM | European Union Monitoring Mission
part-of: EU
code: IGOEU

@igo EUMA
name: EU Mission in Armenia
also: European Union Mission in Armenia | EUMA
part-of: EU
code: IGOEU

@igo FRONTEX
name: Frontex
also: European Border and Coast Guard Agency
part-of: EU
code: IGOEU

@igo ECB
name: European Central Bank
also: ECB
part-of: EU
code: IGOEU

@igo OSCE
name: Organization for Security and Co-operation in Europe
also: OSCE | Organisation for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe | Organisation for Security and Cooperation in Europe

@igo OSCEMG
name: OSCE Minsk Group
also: Minsk Group | the Minsk Group | OSCE Minsk group | Minsk Group of the OSCE
part-of: OSCE
note: The OSCE body that mediated the Nagorno-Karabakh conflict (co-chaired by France, Russia and the United States); the OSCE decided in 2025 to close it.

@igo ODIHR
name: OSCE Office for Democratic Institutions and Human Rights
also: ODIHR | OSCE/ODIHR
part-of: OSCE
sectors: HRI

@igo COE
name: Council of Europe
also: CoE

@igo ECHR
name: European Court of Human Rights
also: ECHR | ECtHR | Strasbourg court
part-of: COE
sectors: JUD

@igo NATO
name: NATO
also: North Atlantic Treaty Organization | North Atlantic Treaty Organisation | North Atlantic Alliance | N.A.T.O.

# ---- Former Soviet space ----
@igo CSTO
name: Collective Security Treaty Organization
also: CSTO | Collective Security Treaty Organisation

@igo CIS
name: Commonwealth of Independent States
also: CIS

@igo EAEU
name: Eurasian Economic Union
also: EAEU | EEU

@igo SCO
name: Shanghai Cooperation Organisation
also: SCO | Shanghai Cooperation Organization

# ---- Africa ----
@igo AU
name: African Union
also: AU | A.U.

@igo AUC
name: African Union Commission
also: AU Commission
part-of: AU
code: IGOAU

@igo ATMIS
name: African Union Transition Mission in Somalia
also: ATMIS | AMISOM | African Union Mission in Somalia | AUSSOM
part-of: AU
code: IGOAU
sectors: MIL

@igo ECOWAS
name: Economic Community of West African States
also: ECOWAS

@igo SADC
name: Southern African Development Community
also: SADC

@igo IGAD
name: Intergovernmental Authority on Development
also: IGAD

@igo EAC
name: East African Community
also: EAC

@igo ECCAS
name: Economic Community of Central African States
also: ECCAS

# ---- Middle East and Asia ----
@igo LAS
name: Arab League
also: League of Arab States | the Arab League

@igo GCC
name: Gulf Cooperation Council
also: GCC | Cooperation Council for the Arab States of the Gulf

@igo OIC
name: Organisation of Islamic Cooperation
also: OIC | Organization of Islamic Cooperation | Organization of the Islamic Conference

@igo ASEAN
name: ASEAN
also: Association of Southeast Asian Nations | Association of South East Asian Nations

@igo SAARC
name: SAARC
also: South Asian Association for Regional Cooperation

@igo APEC
name: APEC
also: Asia-Pacific Economic Cooperation

@igo PIF
name: Pacific Islands Forum
also: PIF

# ---- Americas ----
@igo OAS
name: Organization of American States
also: OAS | Organisation of American States

@igo CARICOM
name: Caribbean Community
also: CARICOM

@igo MERCOSUR
name: Mercosur
also: MERCOSUR | Southern Common Market

@igo CELAC
name: Community of Latin American and Caribbean States
also: CELAC

# ---- Forums ----
@igo G7
name: Group of Seven
also: G7 | G-7 | Group of 7

@igo G20
name: Group of Twenty
also: G20 | G-20 | Group of 20

@igo BRICS
name: BRICS

# ---- International non-governmental organisations ----
@ngo ICRC
name: International Committee of the Red Cross
also: ICRC | Red Cross | International Red Cross
sectors: MED

@ngo IFRC
name: International Federation of Red Cross and Red Crescent Societies
also: IFRC | Red Crescent
sectors: MED

@ngo MSF
name: Doctors Without Borders
also: Médecins Sans Frontières | Medecins Sans Frontieres | MSF
sectors: MED

@ngo AMNESTY
name: Amnesty International
also: Amnesty
sectors: HRI

@ngo HRW
name: Human Rights Watch
also: HRW
sectors: HRI

@ngo ICG
name: International Crisis Group
also: Crisis Group | ICG

@ngo RWB
name: Reporters Without Borders
also: Reporters Sans Frontières | Reporters Sans Frontieres
sectors: JRN

@ngo CPJ
name: Committee to Protect Journalists
also: CPJ
sectors: JRN

@ngo OXFAM
name: Oxfam
also: Oxfam International
sectors: DEV

@ngo SCF
name: Save the Children
sectors: DEV

@ngo NRC
name: Norwegian Refugee Council
sectors: REF

@ngo IRC
name: International Rescue Committee
sectors: REF

@ngo TI
name: Transparency International

@ngo GREENPEACE
name: Greenpeace
sectors: ENV

# ---- National institutions named directly ----
@org WHITEHOUSE
name: White House
country: USA
sectors: GOV

@org PENTAGON
name: Pentagon
country: USA
sectors: MIL

@org STATEDEPT
name: US State Department
also: State Department | U.S. State Department | Department of State
country: USA
sectors: GOV

@org CIA
name: Central Intelligence Agency
also: CIA
country: USA
sectors: SPY

@org FBI
name: Federal Bureau of Investigation
also: FBI
country: USA
sectors: COP

@org KREMLIN
name: Kremlin
country: RUS
sectors: GOV

@org FSB
name: Federal Security Service
also: FSB
country: RUS
sectors: SPY

@org DUMA
name: State Duma
also: Duma
country: RUS
sectors: LEG

@org DOWNINGST
name: Downing Street
also: Number 10 | No 10 | No. 10
country: GBR
sectors: GOV

@org MI6
name: Secret Intelligence Service
also: MI6
country: GBR
sectors: SPY

@org ELYSEE
name: Élysée Palace
also: Élysée | Elysee | Elysee Palace
country: FRA
sectors: GOV

@org BUNDESTAG
name: Bundestag
country: DEU
sectors: LEG

@org KNESSET
name: Knesset
country: ISR
sectors: LEG

@org IDF
name: Israel Defense Forces
also: IDF | Israeli Defense Forces | Israel Defence Forces
country: ISR
sectors: MIL

@org MOSSAD
name: Mossad
country: ISR
sectors: SPY

@org IRGC
name: Islamic Revolutionary Guard Corps
also: IRGC | Revolutionary Guards | Revolutionary Guard | Revolutionary Guard Corps
country: IRN
sectors: MIL

@org PLA
name: People's Liberation Army
also: PLA
country: CHN
sectors: MIL

@org MILLIMAJLIS
name: Milli Majlis
also: National Assembly of Azerbaijan
country: AZE
sectors: LEG

@org PA
name: Palestinian Authority
also: Palestinian National Authority | PA
country: PSE
sectors: GOV

@org PLO
name: Palestine Liberation Organization
also: PLO | Palestine Liberation Organisation
country: PSE
code: PSEPLO

@org FATAH
name: Fatah
country: PSE
sectors: PTY

@org PMF
name: Popular Mobilization Forces
also: Popular Mobilisation Forces | PMF | Popular Mobilization Units | Hashd al-Shaabi
country: IRQ
sectors: PRM
