# Countries: every ISO 3166-1 alpha-3 code, plus Kosovo (XKX) and four former states that
# historical texts still name (SUN, YUG, CSK, DDR).
#
# @country ISO3     the key is the ISO 3166 alpha-3 code, which is also the actor code
# name:             the short English name used for display
# also:             other names and short forms ("|" between alternatives)
# adj:              adjectives ("Azerbaijani troops")
# people:           nouns for its people, plural first ("Azerbaijanis were killed")
# capital:          capitals, which news uses for the government ("Baku said…")
#
# What it codes: "Azerbaijan" → state AZE; "Azerbaijani" + an agent → AZE + sector; "Baku
# said" → AZE GOV. What it does not code: places as locations (the gazetteer does that) or
# sub-national regions (see regions.lex). Dependencies keep their own ISO code here; PLOVER
# folds them into the controlling state, which a user file can do with `code:`.
#
# Facts: names, adjectives, demonyms and capitals are public knowledge, written for Annals and
# cross-checked against CountryInfo.txt (CC BY-SA 3.0) and the nationality table of the
# Mordecai project (MIT) in ../shared/data/countries.

@country AFG
name: Afghanistan
also: Islamic Republic of Afghanistan | Islamic Emirate of Afghanistan
adj: Afghan | Afghani
people: Afghans
capital: Kabul

@country ALA
name: Åland Islands
also: Aland Islands | Åland | Aland
adj: Ålandic
capital: Mariehamn

@country ALB
name: Albania
also: Republic of Albania
adj: Albanian
people: Albanians
capital: Tirana | Tiranë

@country DZA
name: Algeria
also: People's Democratic Republic of Algeria
adj: Algerian
people: Algerians
capital: Algiers

@country ASM
name: American Samoa
adj: American Samoan
people: American Samoans
capital: Pago Pago

@country AND
name: Andorra
also: Principality of Andorra
adj: Andorran
people: Andorrans
capital: Andorra la Vella

@country AGO
name: Angola
also: Republic of Angola
adj: Angolan
people: Angolans
capital: Luanda

@country AIA
name: Anguilla
adj: Anguillan
people: Anguillans

@country ATA
name: Antarctica
adj: Antarctic

@country ATG
name: Antigua and Barbuda
also: Antigua | Antigua & Barbuda
adj: Antiguan | Barbudan
people: Antiguans | Barbudans
capital: St. John's | Saint John's

@country ARG
name: Argentina
also: Argentine Republic
adj: Argentine | Argentinian | Argentinean
people: Argentines | Argentinians | Argentineans
capital: Buenos Aires

@country ARM
name: Armenia
also: Republic of Armenia
adj: Armenian
people: Armenians
capital: Yerevan | Erevan

@country ABW
name: Aruba
adj: Aruban
people: Arubans
capital: Oranjestad

@country AUS
name: Australia
also: Commonwealth of Australia
adj: Australian | Aussie
people: Australians | Aussies
capital: Canberra

@country AUT
name: Austria
also: Republic of Austria
adj: Austrian
people: Austrians
capital: Vienna

@country AZE
name: Azerbaijan
also: Republic of Azerbaijan | Azerbaidzhan | Azerbaijan Republic
adj: Azerbaijani | Azeri
people: Azerbaijanis | Azeris
capital: Baku

@country BHS
name: Bahamas
also: The Bahamas | Commonwealth of The Bahamas
adj: Bahamian
people: Bahamians
capital: Nassau

@country BHR
name: Bahrain
also: Kingdom of Bahrain
adj: Bahraini
people: Bahrainis
capital: Manama

@country BGD
name: Bangladesh
also: People's Republic of Bangladesh
adj: Bangladeshi
people: Bangladeshis
capital: Dhaka | Dacca

@country BRB
name: Barbados
adj: Barbadian | Bajan
people: Barbadians | Bajans
capital: Bridgetown

@country BLR
name: Belarus
also: Republic of Belarus | Byelorussia | Belorussia
adj: Belarusian | Belarusan | Byelorussian
people: Belarusians
capital: Minsk

@country BEL
name: Belgium
also: Kingdom of Belgium
adj: Belgian
people: Belgians
capital: Brussels

@country BLZ
name: Belize
adj: Belizean
people: Belizeans
capital: Belmopan

@country BEN
name: Benin
also: Republic of Benin | Dahomey
adj: Beninese | Beninois
people: Beninese
capital: Porto-Novo | Cotonou

@country BMU
name: Bermuda
adj: Bermudian | Bermudan
people: Bermudians

@country BTN
name: Bhutan
also: Kingdom of Bhutan
adj: Bhutanese
people: Bhutanese
capital: Thimphu

@country BOL
name: Bolivia
also: Plurinational State of Bolivia
adj: Bolivian
people: Bolivians
capital: Sucre | La Paz

@country BES
name: Bonaire, Sint Eustatius and Saba
also: Bonaire | Sint Eustatius | Saba | Caribbean Netherlands
capital: Kralendijk

@country BIH
name: Bosnia and Herzegovina
also: Bosnia-Herzegovina | Bosnia | Bosnia & Herzegovina
adj: Bosnian
people: Bosnians
capital: Sarajevo

@country BWA
name: Botswana
also: Republic of Botswana
adj: Botswanan | Motswana
people: Batswana
capital: Gaborone

@country BVT
name: Bouvet Island

@country BRA
name: Brazil
also: Federative Republic of Brazil | Brasil
adj: Brazilian
people: Brazilians
capital: Brasília | Brasilia

@country IOT
name: British Indian Ocean Territory
also: Chagos Archipelago | Chagos Islands | Diego Garcia
adj: Chagossian
people: Chagossians

@country BRN
name: Brunei
also: Brunei Darussalam
adj: Bruneian
people: Bruneians
capital: Bandar Seri Begawan

@country BGR
name: Bulgaria
also: Republic of Bulgaria
adj: Bulgarian
people: Bulgarians
capital: Sofia

@country BFA
name: Burkina Faso
also: Upper Volta
adj: Burkinabe | Burkinabè
people: Burkinabe
capital: Ouagadougou

@country BDI
name: Burundi
also: Republic of Burundi
adj: Burundian
people: Burundians
capital: Gitega | Bujumbura

@country CPV
name: Cabo Verde
also: Cape Verde
adj: Cabo Verdean | Cape Verdean
people: Cabo Verdeans | Cape Verdeans
capital: Praia

@country KHM
name: Cambodia
also: Kingdom of Cambodia | Kampuchea
adj: Cambodian | Khmer
people: Cambodians
capital: Phnom Penh

@country CMR
name: Cameroon
also: Republic of Cameroon
adj: Cameroonian
people: Cameroonians
capital: Yaoundé | Yaounde

@country CAN
name: Canada
adj: Canadian
people: Canadians
capital: Ottawa

@country CYM
name: Cayman Islands
also: Caymans
adj: Caymanian
people: Caymanians
capital: George Town

@country CAF
name: Central African Republic
also: CAR | Centrafrique
adj: Central African
people: Central Africans
capital: Bangui

@country TCD
name: Chad
also: Republic of Chad | Tchad
adj: Chadian
people: Chadians
capital: N'Djamena | Ndjamena

@country CHL
name: Chile
also: Republic of Chile
adj: Chilean
people: Chileans
capital: Santiago

@country CHN
name: China
also: People's Republic of China | PRC | mainland China
adj: Chinese
people: Chinese
capital: Beijing | Peking

@country CXR
name: Christmas Island
capital: Flying Fish Cove

@country CCK
name: Cocos (Keeling) Islands
also: Cocos Islands | Keeling Islands

@country COL
name: Colombia
also: Republic of Colombia
adj: Colombian
people: Colombians
capital: Bogotá | Bogota

@country COM
name: Comoros
also: Union of the Comoros | Comoro Islands
adj: Comoran | Comorian
people: Comorans | Comorians
capital: Moroni

@country COG
name: Republic of the Congo
also: Congo-Brazzaville | Congo Brazzaville | Congo Republic
adj: Congolese
people: Congolese
capital: Brazzaville

@country COD
name: Democratic Republic of the Congo
also: DR Congo | DRC | D.R. Congo | DRCongo | Congo-Kinshasa | Congo Kinshasa | Zaire | Congo
adj: Congolese
people: Congolese
capital: Kinshasa

@country COK
name: Cook Islands
adj: Cook Islander
people: Cook Islanders
capital: Avarua

@country CRI
name: Costa Rica
also: Republic of Costa Rica
adj: Costa Rican
people: Costa Ricans
capital: San José | San Jose

@country CIV
name: Côte d'Ivoire
also: Ivory Coast | Cote d'Ivoire | Cote d Ivoire | Republic of Côte d'Ivoire
adj: Ivorian | Ivoirian
people: Ivorians | Ivoirians
capital: Yamoussoukro | Abidjan

@country HRV
name: Croatia
also: Republic of Croatia | Hrvatska
adj: Croatian | Croat
people: Croatians | Croats
capital: Zagreb

@country CUB
name: Cuba
also: Republic of Cuba
adj: Cuban
people: Cubans
capital: Havana

@country CUW
name: Curaçao
also: Curacao
adj: Curaçaoan | Curacaoan
people: Curaçaoans
capital: Willemstad

@country CYP
name: Cyprus
also: Republic of Cyprus
adj: Cypriot
people: Cypriots
capital: Nicosia

@country CZE
name: Czechia
also: Czech Republic
adj: Czech
people: Czechs
capital: Prague

@country DNK
name: Denmark
also: Kingdom of Denmark
adj: Danish
people: Danes
capital: Copenhagen

@country DJI
name: Djibouti
also: Republic of Djibouti
adj: Djiboutian
people: Djiboutians
capital: Djibouti City

@country DMA
name: Dominica
also: Commonwealth of Dominica
capital: Roseau
note: "Dominican" is left to the Dominican Republic, which news means far more often.

@country DOM
name: Dominican Republic
also: República Dominicana
adj: Dominican
people: Dominicans
capital: Santo Domingo

@country ECU
name: Ecuador
also: Republic of Ecuador
adj: Ecuadorian | Ecuadorean
people: Ecuadorians | Ecuadoreans
capital: Quito

@country EGY
name: Egypt
also: Arab Republic of Egypt
adj: Egyptian
people: Egyptians
capital: Cairo

@country SLV
name: El Salvador
also: Republic of El Salvador
adj: Salvadoran | Salvadorean
people: Salvadorans | Salvadoreans
capital: San Salvador

@country GNQ
name: Equatorial Guinea
also: Republic of Equatorial Guinea
adj: Equatorial Guinean | Equatoguinean
people: Equatorial Guineans | Equatoguineans
capital: Malabo | Ciudad de la Paz

@country ERI
name: Eritrea
also: State of Eritrea
adj: Eritrean
people: Eritreans
capital: Asmara

@country EST
name: Estonia
also: Republic of Estonia
adj: Estonian
people: Estonians
capital: Tallinn

@country SWZ
name: Eswatini
also: Swaziland | Kingdom of Eswatini
adj: Swazi | Eswatini
people: Swazis | Emaswati
capital: Mbabane | Lobamba

@country ETH
name: Ethiopia
also: Federal Democratic Republic of Ethiopia | Abyssinia
adj: Ethiopian
people: Ethiopians
capital: Addis Ababa

@country FLK
name: Falkland Islands
also: Falklands | Malvinas | Islas Malvinas
adj: Falkland Islander
people: Falkland Islanders | Falklanders

@country FRO
name: Faroe Islands
also: Faroes | Faeroe Islands
adj: Faroese
people: Faroese
capital: Tórshavn | Torshavn

@country FJI
name: Fiji
also: Republic of Fiji
adj: Fijian
people: Fijians
capital: Suva

@country FIN
name: Finland
also: Republic of Finland | Suomi
adj: Finnish
people: Finns
capital: Helsinki

@country FRA
name: France
also: French Republic
adj: French
people: French | Frenchmen | Frenchwomen
capital: Paris

@country GUF
name: French Guiana
also: Guyane
adj: French Guianese
people: French Guianese
capital: Cayenne

@country PYF
name: French Polynesia
also: Tahiti
adj: French Polynesian | Tahitian
people: French Polynesians | Tahitians
capital: Papeete

@country ATF
name: French Southern and Antarctic Lands
also: French Southern Territories | Kerguelen Islands

@country GAB
name: Gabon
also: Gabonese Republic
adj: Gabonese
people: Gabonese
capital: Libreville

@country GMB
name: Gambia
also: The Gambia | Republic of The Gambia
adj: Gambian
people: Gambians
capital: Banjul

@country GEO
name: Georgia
also: Sakartvelo
adj: Georgian
people: Georgians
capital: Tbilisi

@country DEU
name: Germany
also: Federal Republic of Germany | Deutschland
adj: German
people: Germans
capital: Berlin

@country GHA
name: Ghana
also: Republic of Ghana
adj: Ghanaian
people: Ghanaians
capital: Accra

@country GIB
name: Gibraltar
adj: Gibraltarian
people: Gibraltarians

@country GRC
name: Greece
also: Hellenic Republic | Hellas
adj: Greek | Hellenic
people: Greeks
capital: Athens

@country GRL
name: Greenland
also: Kalaallit Nunaat
adj: Greenlandic
people: Greenlanders
capital: Nuuk

@country GRD
name: Grenada
adj: Grenadian
people: Grenadians
capital: St. George's | Saint George's

@country GLP
name: Guadeloupe
adj: Guadeloupean
people: Guadeloupeans
capital: Basse-Terre

@country GUM
name: Guam
adj: Guamanian | Chamorro
people: Guamanians
capital: Hagåtña | Hagatna

@country GTM
name: Guatemala
also: Republic of Guatemala
adj: Guatemalan
people: Guatemalans
capital: Guatemala City

@country GGY
name: Guernsey
adj: Guernseyman
capital: St Peter Port | Saint Peter Port

@country GIN
name: Guinea
also: Republic of Guinea | Guinea-Conakry | Guinea Conakry
adj: Guinean
people: Guineans
capital: Conakry

@country GNB
name: Guinea-Bissau
also: Guinea Bissau | Republic of Guinea-Bissau
adj: Bissau-Guinean
people: Bissau-Guineans
capital: Bissau

@country GUY
name: Guyana
also: Co-operative Republic of Guyana
adj: Guyanese
people: Guyanese
capital: Georgetown

@country HTI
name: Haiti
also: Republic of Haiti
adj: Haitian
people: Haitians
capital: Port-au-Prince

@country HMD
name: Heard Island and McDonald Islands

@country VAT
name: Holy See
also: Vatican | Vatican City | Vatican City State | the Holy See
adj: Vatican | papal
capital: Vatican City

@country HND
name: Honduras
also: Republic of Honduras
adj: Honduran
people: Hondurans
capital: Tegucigalpa

@country HKG
name: Hong Kong
also: Hong Kong SAR | HKSAR
adj: Hong Kong | Hongkonger
people: Hongkongers | Hong Kongers

@country HUN
name: Hungary
adj: Hungarian | Magyar
people: Hungarians
capital: Budapest

@country ISL
name: Iceland
adj: Icelandic
people: Icelanders
capital: Reykjavík | Reykjavik

@country IND
name: India
also: Republic of India | Bharat
adj: Indian
people: Indians
capital: New Delhi

@country IDN
name: Indonesia
also: Republic of Indonesia
adj: Indonesian
people: Indonesians
capital: Jakarta | Nusantara

@country IRN
name: Iran
also: Islamic Republic of Iran | Persia
adj: Iranian | Persian
people: Iranians
capital: Tehran | Teheran

@country IRQ
name: Iraq
also: Republic of Iraq
adj: Iraqi
people: Iraqis
capital: Baghdad

@country IRL
name: Ireland
also: Republic of Ireland | Éire | Eire
adj: Irish
people: Irish | Irishmen
capital: Dublin

@country IMN
name: Isle of Man
adj: Manx

@country ISR
name: Israel
also: State of Israel
adj: Israeli
people: Israelis
capital: Jerusalem
note: Jerusalem is listed as the seat of the Israeli government for "Jerusalem said…"; its status is disputed.

@country ITA
name: Italy
also: Italian Republic
adj: Italian
people: Italians
capital: Rome

@country JAM
name: Jamaica
adj: Jamaican
people: Jamaicans
capital: Kingston

@country JPN
name: Japan
also: Nippon
adj: Japanese
people: Japanese
capital: Tokyo

@country JEY
name: Jersey
capital: Saint Helier | St Helier

@country JOR
name: Jordan
also: Hashemite Kingdom of Jordan
adj: Jordanian
people: Jordanians
capital: Amman

@country KAZ
name: Kazakhstan
also: Republic of Kazakhstan | Kazakstan
adj: Kazakh | Kazakhstani
people: Kazakhs | Kazakhstanis
capital: Astana | Nur-Sultan | Akmola

@country KEN
name: Kenya
also: Republic of Kenya
adj: Kenyan
people: Kenyans
capital: Nairobi

@country KIR
name: Kiribati
adj: I-Kiribati
people: I-Kiribati
capital: Tarawa | South Tarawa

@country PRK
name: North Korea
also: Democratic People's Republic of Korea | DPRK | D.P.R.K.
adj: North Korean
people: North Koreans
capital: Pyongyang

@country KOR
name: South Korea
also: Republic of Korea | ROK | Korea
adj: South Korean | Korean
people: South Koreans | Koreans
capital: Seoul

@country KWT
name: Kuwait
also: State of Kuwait
adj: Kuwaiti
people: Kuwaitis
capital: Kuwait City

@country KGZ
name: Kyrgyzstan
also: Kyrgyz Republic | Kirghizia | Kyrgyzia
adj: Kyrgyz | Kirghiz
people: Kyrgyz | Kyrgyzstanis
capital: Bishkek

@country LAO
name: Laos
also: Lao People's Democratic Republic | Lao PDR
adj: Lao | Laotian
people: Laotians | Lao
capital: Vientiane

@country LVA
name: Latvia
also: Republic of Latvia
adj: Latvian
people: Latvians
capital: Riga

@country LBN
name: Lebanon
also: Lebanese Republic
adj: Lebanese
people: Lebanese
capital: Beirut

@country LSO
name: Lesotho
also: Kingdom of Lesotho
adj: Basotho | Mosotho
people: Basotho
capital: Maseru

@country LBR
name: Liberia
also: Republic of Liberia
adj: Liberian
people: Liberians
capital: Monrovia

@country LBY
name: Libya
also: State of Libya | Libyan Arab Jamahiriya
adj: Libyan
people: Libyans
capital: Tripoli

@country LIE
name: Liechtenstein
also: Principality of Liechtenstein
adj: Liechtensteiner
people: Liechtensteiners
capital: Vaduz

@country LTU
name: Lithuania
also: Republic of Lithuania
adj: Lithuanian
people: Lithuanians
capital: Vilnius

@country LUX
name: Luxembourg
also: Grand Duchy of Luxembourg
adj: Luxembourgish | Luxembourg
people: Luxembourgers
capital: Luxembourg City

@country MAC
name: Macao
also: Macau | Macao SAR
adj: Macanese
people: Macanese

@country MDG
name: Madagascar
also: Republic of Madagascar
adj: Malagasy
people: Malagasy
capital: Antananarivo

@country MWI
name: Malawi
also: Republic of Malawi
adj: Malawian
people: Malawians
capital: Lilongwe

@country MYS
name: Malaysia
adj: Malaysian
people: Malaysians
capital: Kuala Lumpur | Putrajaya

@country MDV
name: Maldives
also: Republic of Maldives | the Maldives
adj: Maldivian
people: Maldivians

@country MLI
name: Mali
also: Republic of Mali
adj: Malian
people: Malians
capital: Bamako

@country MLT
name: Malta
also: Republic of Malta
adj: Maltese
people: Maltese
capital: Valletta

@country MHL
name: Marshall Islands
also: Republic of the Marshall Islands
adj: Marshallese
people: Marshallese
capital: Majuro

@country MTQ
name: Martinique
adj: Martinican
people: Martinicans
capital: Fort-de-France

@country MRT
name: Mauritania
also: Islamic Republic of Mauritania
adj: Mauritanian
people: Mauritanians
capital: Nouakchott

@country MUS
name: Mauritius
also: Republic of Mauritius
adj: Mauritian
people: Mauritians
capital: Port Louis

@country MYT
name: Mayotte
adj: Mahoran
people: Mahorans
capital: Mamoudzou

@country MEX
name: Mexico
also: United Mexican States | México
adj: Mexican
people: Mexicans
capital: Mexico City

@country FSM
name: Micronesia
also: Federated States of Micronesia
adj: Micronesian
people: Micronesians
capital: Palikir

@country MDA
name: Moldova
also: Republic of Moldova | Moldavia
adj: Moldovan
people: Moldovans
capital: Chisinau | Chișinău | Kishinev

@country MCO
name: Monaco
also: Principality of Monaco
adj: Monegasque | Monacan
people: Monegasques
capital: Monaco-Ville

@country MNG
name: Mongolia
adj: Mongolian
people: Mongolians
capital: Ulaanbaatar | Ulan Bator

@country MNE
name: Montenegro
adj: Montenegrin
people: Montenegrins
capital: Podgorica

@country MSR
name: Montserrat
adj: Montserratian
people: Montserratians
capital: Brades

@country MAR
name: Morocco
also: Kingdom of Morocco
adj: Moroccan
people: Moroccans
capital: Rabat

@country MOZ
name: Mozambique
also: Republic of Mozambique
adj: Mozambican
people: Mozambicans
capital: Maputo

@country MMR
name: Myanmar
also: Burma | Republic of the Union of Myanmar
adj: Myanmar | Burmese
people: Burmese
capital: Naypyidaw | Nay Pyi Taw | Naypyitaw

@country NAM
name: Namibia
also: Republic of Namibia
adj: Namibian
people: Namibians
capital: Windhoek

@country NRU
name: Nauru
also: Republic of Nauru
adj: Nauruan
people: Nauruans
capital: Yaren

@country NPL
name: Nepal
also: Federal Democratic Republic of Nepal
adj: Nepalese | Nepali
people: Nepalese | Nepalis
capital: Kathmandu

@country NLD
name: Netherlands
also: the Netherlands | Kingdom of the Netherlands | Holland
adj: Dutch
people: Dutch
capital: Amsterdam | The Hague

@country NCL
name: New Caledonia
also: Nouvelle-Calédonie
adj: New Caledonian
people: New Caledonians
capital: Nouméa | Noumea

@country NZL
name: New Zealand
also: Aotearoa
adj: New Zealand
people: New Zealanders | Kiwis
capital: Wellington

@country NIC
name: Nicaragua
also: Republic of Nicaragua
adj: Nicaraguan
people: Nicaraguans
capital: Managua

@country NER
name: Niger
also: Republic of Niger | Republic of the Niger
adj: Nigerien
people: Nigeriens
capital: Niamey

@country NGA
name: Nigeria
also: Federal Republic of Nigeria
adj: Nigerian
people: Nigerians
capital: Abuja

@country NIU
name: Niue
adj: Niuean
people: Niueans
capital: Alofi

@country NFK
name: Norfolk Island

@country MKD
name: North Macedonia
also: Republic of North Macedonia | Macedonia | Former Yugoslav Republic of Macedonia | FYROM
adj: North Macedonian | Macedonian
people: North Macedonians | Macedonians
capital: Skopje

@country MNP
name: Northern Mariana Islands
also: Northern Marianas
adj: Northern Mariana Islander
capital: Saipan

@country NOR
name: Norway
also: Kingdom of Norway
adj: Norwegian
people: Norwegians
capital: Oslo

@country OMN
name: Oman
also: Sultanate of Oman
adj: Omani
people: Omanis
capital: Muscat

@country PAK
name: Pakistan
also: Islamic Republic of Pakistan
adj: Pakistani
people: Pakistanis
capital: Islamabad

@country PLW
name: Palau
also: Republic of Palau
adj: Palauan
people: Palauans
capital: Ngerulmud | Melekeok

@country PSE
name: Palestine
also: State of Palestine | Palestinian territories | occupied Palestinian territories | Palestinian Territory
adj: Palestinian
people: Palestinians
capital: Ramallah
note: Ramallah is listed as the seat of the Palestinian Authority; East Jerusalem is the claimed capital.

@country PAN
name: Panama
also: Republic of Panama
adj: Panamanian
people: Panamanians
capital: Panama City

@country PNG
name: Papua New Guinea
also: PNG
adj: Papua New Guinean
people: Papua New Guineans
capital: Port Moresby

@country PRY
name: Paraguay
also: Republic of Paraguay
adj: Paraguayan
people: Paraguayans
capital: Asunción | Asuncion

@country PER
name: Peru
also: Republic of Peru
adj: Peruvian
people: Peruvians
capital: Lima

@country PHL
name: Philippines
also: the Philippines | Republic of the Philippines
adj: Philippine | Filipino
people: Filipinos | Filipinas
capital: Manila

@country PCN
name: Pitcairn Islands
also: Pitcairn
adj: Pitcairn Islander
capital: Adamstown

@country POL
name: Poland
also: Republic of Poland
adj: Polish
people: Poles
capital: Warsaw

@country PRT
name: Portugal
also: Portuguese Republic
adj: Portuguese
people: Portuguese
capital: Lisbon

@country PRI
name: Puerto Rico
also: Commonwealth of Puerto Rico
adj: Puerto Rican
people: Puerto Ricans
capital: San Juan

@country QAT
name: Qatar
also: State of Qatar
adj: Qatari
people: Qataris
capital: Doha

@country REU
name: Réunion
also: Reunion | La Réunion
adj: Réunionese | Reunionese
people: Réunionese

@country ROU
name: Romania
also: Roumania | Rumania
adj: Romanian
people: Romanians
capital: Bucharest

@country RUS
name: Russia
also: Russian Federation
adj: Russian
people: Russians
capital: Moscow

@country RWA
name: Rwanda
also: Republic of Rwanda
adj: Rwandan | Rwandese
people: Rwandans
capital: Kigali

@country BLM
name: Saint Barthélemy
also: Saint Barthelemy | St. Barts | St Barths
capital: Gustavia

@country SHN
name: Saint Helena, Ascension and Tristan da Cunha
also: Saint Helena | St Helena | Ascension Island | Tristan da Cunha
adj: Saint Helenian
people: Saint Helenians
capital: Jamestown

@country KNA
name: Saint Kitts and Nevis
also: St Kitts and Nevis | St. Kitts and Nevis | Saint Christopher and Nevis
adj: Kittitian | Nevisian
people: Kittitians | Nevisians
capital: Basseterre

@country LCA
name: Saint Lucia
also: St Lucia | St. Lucia
adj: Saint Lucian
people: Saint Lucians
capital: Castries

@country MAF
name: Saint Martin
also: Saint-Martin | St. Martin
capital: Marigot

@country SPM
name: Saint Pierre and Miquelon
also: St Pierre and Miquelon
capital: Saint-Pierre

@country VCT
name: Saint Vincent and the Grenadines
also: St Vincent and the Grenadines | St. Vincent and the Grenadines | Saint Vincent
adj: Vincentian
people: Vincentians
capital: Kingstown

@country WSM
name: Samoa
also: Independent State of Samoa | Western Samoa
adj: Samoan
people: Samoans
capital: Apia

@country SMR
name: San Marino
also: Republic of San Marino
adj: Sammarinese
people: Sammarinese
capital: City of San Marino

@country STP
name: São Tomé and Príncipe
also: Sao Tome and Principe | Sao Tome
adj: Santomean | São Toméan
people: Santomeans
capital: São Tomé | Sao Tome

@country SAU
name: Saudi Arabia
also: Kingdom of Saudi Arabia | KSA
adj: Saudi | Saudi Arabian
people: Saudis | Saudi Arabians
capital: Riyadh

@country SEN
name: Senegal
also: Republic of Senegal
adj: Senegalese
people: Senegalese
capital: Dakar

@country SRB
name: Serbia
also: Republic of Serbia
adj: Serbian | Serb
people: Serbians | Serbs
capital: Belgrade

@country SYC
name: Seychelles
also: Republic of Seychelles | the Seychelles
adj: Seychellois
people: Seychellois

@country SLE
name: Sierra Leone
also: Republic of Sierra Leone
adj: Sierra Leonean
people: Sierra Leoneans
capital: Freetown

@country SGP
name: Singapore
also: Republic of Singapore
adj: Singaporean
people: Singaporeans

@country SXM
name: Sint Maarten
capital: Philipsburg

@country SVK
name: Slovakia
also: Slovak Republic
adj: Slovak | Slovakian
people: Slovaks
capital: Bratislava

@country SVN
name: Slovenia
also: Republic of Slovenia
adj: Slovenian | Slovene
people: Slovenians | Slovenes
capital: Ljubljana

@country SLB
name: Solomon Islands
adj: Solomon Islander
people: Solomon Islanders
capital: Honiara

@country SOM
name: Somalia
also: Federal Republic of Somalia
adj: Somali | Somalian
people: Somalis
capital: Mogadishu

@country ZAF
name: South Africa
also: Republic of South Africa | RSA
adj: South African
people: South Africans
capital: Pretoria | Cape Town | Bloemfontein | Tshwane

@country SGS
name: South Georgia and the South Sandwich Islands
also: South Georgia | South Sandwich Islands

@country SSD
name: South Sudan
also: Republic of South Sudan
adj: South Sudanese
people: South Sudanese
capital: Juba

@country ESP
name: Spain
also: Kingdom of Spain | España
adj: Spanish
people: Spaniards
capital: Madrid

@country LKA
name: Sri Lanka
also: Democratic Socialist Republic of Sri Lanka | Ceylon
adj: Sri Lankan
people: Sri Lankans
capital: Colombo | Sri Jayawardenepura Kotte | Kotte

@country SDN
name: Sudan
also: Republic of the Sudan | the Sudan
adj: Sudanese
people: Sudanese
capital: Khartoum

@country SUR
name: Suriname
also: Surinam | Republic of Suriname
adj: Surinamese
people: Surinamese
capital: Paramaribo

@country SJM
name: Svalbard and Jan Mayen
also: Svalbard | Jan Mayen
capital: Longyearbyen

@country SWE
name: Sweden
also: Kingdom of Sweden
adj: Swedish
people: Swedes
capital: Stockholm

@country CHE
name: Switzerland
also: Swiss Confederation | Confoederatio Helvetica
adj: Swiss
people: Swiss
capital: Bern | Berne

@country SYR
name: Syria
also: Syrian Arab Republic
adj: Syrian
people: Syrians
capital: Damascus

@country TWN
name: Taiwan
also: Republic of China | Chinese Taipei | Formosa
adj: Taiwanese
people: Taiwanese
capital: Taipei

@country TJK
name: Tajikistan
also: Republic of Tajikistan | Tadjikistan
adj: Tajik | Tajikistani
people: Tajiks
capital: Dushanbe

@country TZA
name: Tanzania
also: United Republic of Tanzania
adj: Tanzanian
people: Tanzanians
capital: Dodoma | Dar es Salaam

@country THA
name: Thailand
also: Kingdom of Thailand | Siam
adj: Thai
people: Thais | Thai
capital: Bangkok

@country TLS
name: Timor-Leste
also: East Timor | Timor Leste | Democratic Republic of Timor-Leste
adj: Timorese | East Timorese
people: Timorese
capital: Dili

@country TGO
name: Togo
also: Togolese Republic
adj: Togolese
people: Togolese
capital: Lomé | Lome

@country TKL
name: Tokelau
adj: Tokelauan
people: Tokelauans

@country TON
name: Tonga
also: Kingdom of Tonga
adj: Tongan
people: Tongans
capital: Nuku'alofa | Nukualofa

@country TTO
name: Trinidad and Tobago
also: Trinidad | Trinidad & Tobago
adj: Trinidadian | Tobagonian
people: Trinidadians | Tobagonians
capital: Port of Spain | Port-of-Spain

@country TUN
name: Tunisia
also: Republic of Tunisia
adj: Tunisian
people: Tunisians
capital: Tunis

@country TUR
name: Türkiye
also: Turkey | Republic of Türkiye | Republic of Turkey | Turkiye
adj: Turkish
people: Turks
capital: Ankara

@country TKM
name: Turkmenistan
adj: Turkmen | Turkmenistani
people: Turkmens | Turkmen
capital: Ashgabat | Ashkhabad

@country TCA
name: Turks and Caicos Islands
also: Turks and Caicos
capital: Cockburn Town

@country TUV
name: Tuvalu
adj: Tuvaluan
people: Tuvaluans
capital: Funafuti

@country UGA
name: Uganda
also: Republic of Uganda
adj: Ugandan
people: Ugandans
capital: Kampala

@country UKR
name: Ukraine
also: the Ukraine
adj: Ukrainian
people: Ukrainians
capital: Kyiv | Kiev

@country ARE
name: United Arab Emirates
also: UAE | U.A.E. | Emirates
adj: Emirati
people: Emiratis
capital: Abu Dhabi

@country GBR
name: United Kingdom
also: UK | U.K. | Britain | Great Britain | United Kingdom of Great Britain and Northern Ireland
adj: British
people: Britons | Brits | British
capital: London

@country USA
name: United States
also: United States of America | US | U.S. | USA | U.S.A. | America
adj: American | US | U.S.
people: Americans
capital: Washington | Washington, D.C. | Washington DC

@country UMI
name: United States Minor Outlying Islands
also: Wake Island | Midway Islands | Johnston Atoll

@country URY
name: Uruguay
also: Oriental Republic of Uruguay
adj: Uruguayan
people: Uruguayans
capital: Montevideo

@country UZB
name: Uzbekistan
also: Republic of Uzbekistan
adj: Uzbek | Uzbekistani
people: Uzbeks
capital: Tashkent

@country VUT
name: Vanuatu
also: Republic of Vanuatu
adj: Ni-Vanuatu
people: Ni-Vanuatu
capital: Port Vila

@country VEN
name: Venezuela
also: Bolivarian Republic of Venezuela
adj: Venezuelan
people: Venezuelans
capital: Caracas

@country VNM
name: Vietnam
also: Viet Nam | Socialist Republic of Vietnam
adj: Vietnamese
people: Vietnamese
capital: Hanoi

@country VGB
name: British Virgin Islands
also: Virgin Islands, British
capital: Road Town

@country VIR
name: United States Virgin Islands
also: US Virgin Islands | U.S. Virgin Islands | Virgin Islands, U.S.
capital: Charlotte Amalie

@country WLF
name: Wallis and Futuna
capital: Mata-Utu

@country ESH
name: Western Sahara
also: Sahrawi Arab Democratic Republic | SADR
adj: Sahrawi | Saharawi
people: Sahrawis | Saharawis
capital: Laayoune | El Aaiún
note: Kept under its ISO code; PLOVER codes it as Morocco with the PRE sector, which a user file can do with `code: MAR`.

@country YEM
name: Yemen
also: Republic of Yemen
adj: Yemeni | Yemenite
people: Yemenis
capital: Sanaa | Sana'a | Aden

@country ZMB
name: Zambia
also: Republic of Zambia
adj: Zambian
people: Zambians
capital: Lusaka

@country ZWE
name: Zimbabwe
also: Republic of Zimbabwe | Rhodesia
adj: Zimbabwean
people: Zimbabweans
capital: Harare | Salisbury

# Kosovo has no ISO 3166 code; XKX is the user-assigned code used by the EU and the IMF.
@country XKX
name: Kosovo
also: Republic of Kosovo | Kosova
adj: Kosovar | Kosovan
people: Kosovars | Kosovans
capital: Pristina | Prishtina

# Former states, for historical text (ISO 3166-3 codes).
@country SUN
name: Soviet Union
also: USSR | U.S.S.R. | Union of Soviet Socialist Republics
adj: Soviet
people: Soviets

@country YUG
name: Yugoslavia
also: Socialist Federal Republic of Yugoslavia | Federal Republic of Yugoslavia
adj: Yugoslav | Yugoslavian
people: Yugoslavs

@country CSK
name: Czechoslovakia
adj: Czechoslovak | Czechoslovakian
people: Czechoslovaks

@country DDR
name: East Germany
also: German Democratic Republic | GDR
adj: East German
people: East Germans
capital: East Berlin
