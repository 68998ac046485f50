# Regions: territories that act, or are acted for, under a country's code.
#
# @region KEY        a short key, unique among all country, organisation and group keys
# name / also / adj / people   as for countries
# country:           the ISO3 key of the country the region is coded under
# sectors:           sectors a mention carries (PRE: partially recognised entity)
#
# Partially recognised entities follow the PLOVER manual: they are coded under the nominally
# sovereign country with the PRE sector, so "the Nagorno-Karabakh authorities" → AZE PRE GOV and
# "Transnistrian officials" → MDA PRE GOV. Crimea is added to PLOVER's list for the authorities
# installed there since 2014. The constituent countries of the United Kingdom and a few
# autonomous regions are coded under their state without PRE.
#
# What it codes: a region named as an actor ("Abkhazia said", "Karabakh forces"). What it does
# not code: the region as a place ("fighting in Nagorno-Karabakh"), which the gazetteer resolves.

@region ABKHAZIA
name: Abkhazia
also: Republic of Abkhazia | Abkhaziya
adj: Abkhaz | Abkhazian
people: Abkhaz | Abkhazians
country: GEO
sectors: PRE

@region SOSSETIA
name: South Ossetia
also: Tskhinvali Region | South Ossetia-Alania
adj: South Ossetian | Ossetian
people: South Ossetians | Ossetians
country: GEO
sectors: PRE

@region KARABAKH
name: Nagorno-Karabakh
also: Nagorno Karabakh | Karabakh | Artsakh | Republic of Artsakh | Nagorno-Karabakh Republic | NKR | Mountainous Karabakh
adj: Karabakh | Artsakh
people: Karabakh Armenians
country: AZE
sectors: PRE

@region TRANSNISTRIA
name: Transnistria
also: Transdniestria | Trans-Dniester | Pridnestrovie | Pridnestrovian Moldavian Republic
adj: Transnistrian | Transdniestrian
people: Transnistrians
country: MDA
sectors: PRE

@region DPR
name: Donetsk People's Republic
also: DPR | DNR | self-proclaimed Donetsk People's Republic
country: UKR
sectors: PRE

@region LPR
name: Luhansk People's Republic
also: LPR | LNR | Lugansk People's Republic | self-proclaimed Luhansk People's Republic
country: UKR
sectors: PRE

@region CRIMEA
name: Crimea
also: Crimean peninsula | Autonomous Republic of Crimea | Republic of Crimea
adj: Crimean
country: UKR
sectors: PRE

@region TRNC
name: Northern Cyprus
also: Turkish Republic of Northern Cyprus | TRNC | North Cyprus
adj: Turkish Cypriot
people: Turkish Cypriots
country: CYP
sectors: PRE

@region SOMALILAND
name: Somaliland
also: Republic of Somaliland
adj: Somalilander
people: Somalilanders
country: SOM
sectors: PRE

@region KURDISTAN
name: Kurdistan Region
also: Iraqi Kurdistan | Kurdistan Region of Iraq | KRI
adj: Iraqi Kurdish
country: IRQ

@region GAZA
name: Gaza Strip
also: Gaza
adj: Gazan
people: Gazans
country: PSE

@region WESTBANK
name: West Bank
country: PSE

@region ENGLAND
name: England
adj: English
people: English | Englishmen
country: GBR

@region SCOTLAND
name: Scotland
adj: Scottish | Scots
people: Scots
country: GBR

@region WALES
name: Wales
adj: Welsh
people: Welsh
country: GBR

@region NIRELAND
name: Northern Ireland
also: Ulster
adj: Northern Irish
country: GBR

@region TIBET
name: Tibet
also: Tibet Autonomous Region | Xizang
adj: Tibetan
people: Tibetans
country: CHN

@region XINJIANG
name: Xinjiang
also: Xinjiang Uyghur Autonomous Region | East Turkestan
country: CHN

@region JAMMUKASHMIR
name: Jammu and Kashmir
also: Indian-administered Kashmir
country: IND
note: "Kashmir" alone is left out: India and Pakistan both administer parts of it.

@region AZADKASHMIR
name: Azad Kashmir
also: Azad Jammu and Kashmir | Pakistan-administered Kashmir
country: PAK

@region CHECHNYA
name: Chechnya
also: Chechen Republic
adj: Chechen
people: Chechens
country: RUS
