# Non-state armed groups.
#
# @group KEY     a short key (CAMEO-style three letters where one is customary), unique among
#                all country, organisation and group keys
# name / also / adj / people   as for countries
# country:       the country the group fights in or against (leave out for transnational
#                groups, which are coded IMG: "transnational militarised group" in PLOVER)
# sectors:       REB (armed opposition, the default) or PRM (paramilitary on the state's side)
# role:          a dated change of code, e.g. a movement that took power:
#                `role: AFG GOV | de facto government | 2021-08-15..`
#
# Code: country (or IMG) + sectors + key: Hamas → PSEREBHMS, al-Qaeda → IMGREBALQ.
# What it codes: the group named as an actor ("Hezbollah fighters", "the Taliban said"). What it
# does not code: unnamed gunmen or rebels, which are agents (agents.lex: UAF, REB).

@group HMS
name: Hamas
also: Islamic Resistance Movement | Izz ad-Din al-Qassam Brigades | Qassam Brigades | al-Qassam Brigades
country: PSE

@group PIJ
name: Palestinian Islamic Jihad
also: Islamic Jihad | PIJ | Islamic Jihad Movement in Palestine | al-Quds Brigades
country: PSE

@group HZB
name: Hezbollah
also: Hizbollah | Hizbullah | Hizballah | Hezbollah movement
country: LBN

@group TAL
name: Taliban
also: Taleban | the Taliban
adj: Taliban
country: AFG
role: AFG GOV | Taliban government | 1996-09-27..2001-11-13
role: AFG GOV | Taliban government | 2021-08-15..
note: The Taliban governed Afghanistan in 1996–2001 and again since 15 August 2021.

@group TTP
name: Tehrik-i-Taliban Pakistan
also: Tehreek-e-Taliban Pakistan | TTP | Pakistani Taliban
country: PAK

@group LET
name: Lashkar-e-Taiba
also: Lashkar-e-Tayyiba | Lashkar-e-Toiba | LeT
country: PAK

@group JEM
name: Jaish-e-Mohammed
also: Jaish-e-Muhammad | Jaish-e-Mohammad | JeM
country: PAK

@group ISI
name: Islamic State
also: ISIS | ISIL | Daesh | Daish | Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria | Islamic State group
note: The key is ISI because ISL is Iceland's ISO code.

@group ISK
name: Islamic State Khorasan Province
also: Islamic State Khorasan | ISIS-K | ISKP | IS-K
country: AFG

@group ISWAP
name: Islamic State West Africa Province
also: ISWAP
country: NGA

@group ALQ
name: al-Qaeda
also: al-Qaida | al Qaeda | Al-Qaeda | Al Qaeda | al-Qa'ida | Al-Qaida

@group AQAP
name: al-Qaeda in the Arabian Peninsula
also: AQAP | al-Qaida in the Arabian Peninsula
country: YEM

@group AQIM
name: al-Qaeda in the Islamic Maghreb
also: AQIM | al-Qaida in the Islamic Maghreb

@group JNIM
name: Jama'at Nusrat al-Islam wal-Muslimin
also: JNIM | Group for the Support of Islam and Muslims
country: MLI

@group BKH
name: Boko Haram
country: NGA

@group SHB
name: al-Shabaab
also: al-Shabab | Al-Shabaab | Al Shabaab | al Shabaab | Harakat al-Shabaab al-Mujahideen
country: SOM

@group HTH
name: Houthis
also: Ansar Allah | Ansarallah | Ansarullah | Houthi movement
adj: Houthi
people: Houthis
country: YEM

@group HTS
name: Hayat Tahrir al-Sham
also: HTS | Tahrir al-Sham | Hay'at Tahrir al-Sham
country: SYR
role: SYR GOV | Syrian transitional authorities | 2024-12-08..
note: HTS-led forces took Damascus on 8 December 2024 and formed the transitional authorities.

@group NUSRA
name: al-Nusra Front
also: Jabhat al-Nusra | Nusra Front | al-Nusra
country: SYR

@group SDF
name: Syrian Democratic Forces
also: SDF
country: SYR

@group YPG
name: People's Protection Units
also: YPG
country: SYR

@group FSA
name: Free Syrian Army
also: FSA
country: SYR

@group PKK
name: Kurdistan Workers' Party
also: PKK | Kurdistan Workers Party
country: TUR

@group FARC
name: Revolutionary Armed Forces of Colombia
also: FARC | FARC-EP
country: COL
note: FARC disarmed under the 2016 peace agreement; the name still covers its dissident factions.

@group ELN
name: ELN
also: Ejército de Liberación Nacional | National Liberation Army of Colombia
country: COL

@group M23
name: M23
also: March 23 Movement | M23 rebels | Mouvement du 23 mars
country: COD

@group ADF
name: Allied Democratic Forces
also: ADF
country: COD

@group RSF
name: Rapid Support Forces
also: RSF
country: SDN
note: Sudan's paramilitary force, at war with the army since April 2023.

@group TPLF
name: Tigray People's Liberation Front
also: TPLF
country: ETH

@group FANO
name: Fano
also: Fano militia
country: ETH

@group ARAKAN
name: Arakan Army
country: MMR

@group KIA
name: Kachin Independence Army
also: KIA
country: MMR

@group PDF
name: People's Defence Force
also: People's Defense Force
country: MMR

@group ASG
name: Abu Sayyaf
also: Abu Sayyaf Group | ASG
country: PHL

@group NPA
name: New People's Army
also: NPA
country: PHL

@group PLS
name: Polisario Front
also: Polisario | Frente Polisario
country: ESH

@group WAGNER
name: Wagner Group
also: PMC Wagner | Wagner mercenaries | Africa Corps
country: RUS
sectors: PRM

@group JANJAWEED
name: Janjaweed
also: Janjaweed militia
country: SDN
sectors: PRM

@group KHB
name: Kata'ib Hezbollah
also: Kataib Hezbollah | Kata'ib Hizballah
country: IRQ
sectors: PRM

@group LTTE
name: Liberation Tigers of Tamil Eelam
also: LTTE | Tamil Tigers
country: LKA

@group IRA
name: Irish Republican Army
also: IRA | Provisional IRA | Real IRA | New IRA
country: GBR

@group ETA
name: ETA
also: Euskadi Ta Askatasuna
country: ESP
