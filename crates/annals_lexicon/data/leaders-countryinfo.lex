# DERIVED FILE: do not edit by hand. Regenerate with
#   annals lexicon build-countryinfo --countryinfo ../shared/data/countries/CountryInfo.120116.txt
#
# Heads of state and government (about 1960 to January 2012) and foreign ministers (January 2003
# to February 2011) from CountryInfo.120116.txt by Philip A. Schrodt and contributors (rulers.org,
# CIA World Leaders), CC BY-SA 3.0. A period ending in `?` is where the source stops, not the end
# of the term. People in leaders.lex are left out; see src/countryinfo.rs for the rules.

@person A.F.M. Ahsanuddin Chowdhury
role: BGD GOV | President | 1982-03-27..1983-12-11

@person A.N.R. Robinson
role: TTO GOV | President | 1997-03-19..2003-03-17

@person A.P.J. Abdul Kalam
role: IND GOV | President | 2002-07-25..2007-07-25

@person A.Q.M. Badruddoza Chowdhury
role: BGD GOV | President | 2001-11-14..2002-06-21

@person Abass Bonfoh
role: TGO GOV | President | 2005-02-25..2005-05-04

@person Abbas Djoussouf
role: COM GOV | Prime Minister | 1998-11-22..1999-04-30

@person Abbas El Fassi
also: Abbas Fassi
role: MAR GOV | Prime Minister | 2007-09-19..2012-01-16?

@person Abdala Bucaram Ortiz
role: ECU GOV | President | 1996-08-10..1997-02-06

@person Abdallah Bin Zayid Al Nuhayyan
role: ARE GOV | Minister of Foreign Affairs | 2006-03-01..2011-02-28?

@person Abdallah Mohamed
role: COM GOV | Prime Minister | 1976-01-07..1978-12-22

@person Abdallah Mohamed Kamil
role: DJI GOV | President of the Government Council | 1976-07-29..1977-05-18
role: DJI GOV | Prime Minister | 1978-02-05..1978-10-02

@person Abdel Elah Al Khatib
also: Abdelelah Al Khatib
role: JOR GOV | Minister of Foreign Affairs | 2006-05-01..2007-11-30

@person Abdel Rahman Swar Al-Dahab
role: SDN GOV | President | 1985-04-06..1986-05-06

@person Abdelaziz Belkhadem
role: DZA GOV | Minister of Foreign Affairs | 2003-01-01..2006-05-31
role: DZA GOV | Prime Minister | 2006-05-24..2008-06-23

@person Abdelaziz Bouteflika
role: DZA GOV | President | 1999-04-27..2012-01-16?

@person Abdelaziz Hejazi
role: EGY GOV | Prime Minister | 1974-09-25..1975-04-16

@person Abdelbaki Hermassi
role: TUN GOV | Minister for Foreign Affairs | 2004-12-01..2005-10-31

@person Abdelhamid Brahimi
role: DZA GOV | Prime Minister | 1984-01-22..1988-11-05

@person Abdellatif Filali
role: MAR GOV | Prime Minister | 1994-05-25..1998-02-04

@person Abdelmalek Benhabyles
role: DZA GOV | President | 1992-01-11..1992-01-14

@person Abdelwaheb Abdallah
role: TUN GOV | Minister of Foreign Affairs | 2005-11-01..2010-02-28

@person Abderrahmane Youssoufi
role: MAR GOV | Prime Minister | 1998-02-04..2002-10-09

@person Abdinur Ahmed Darman
role: SOM GOV | President | 2003-07-01..2012-01-16?

@person Abdiqasim Salad Hassan
role: SOM GOV | President | 2000-08-27..2004-10-14

@person Abdou Diouf
role: SEN GOV | Prime Minister | 1970-02-26..1980-12-31
role: SEN GOV | President | 1981-01-01..2000-04-01

@person Abdou Meckassoua
role: CAF GOV | Minister of Foreign Affairs | 2003-04-01..2006-07-31

@person Abdoulaye Sekou Sow
role: MLI GOV | Prime Minister | 1993-04-12..1994-02-04

@person Abdoulaye Wade
role: SEN GOV | President | 2000-04-01..2012-01-16?

@person Abdujalil Samadov
role: TJK GOV | Prime Minister | 1993-12-18..1994-12-02

@person Abdul Ati Al-Obeidi
role: LBY GOV | Secretary of the General People's_committee | 1977-03-01..1979-03-01
role: LBY GOV | Secretary of the General People's_congress | 1979-03-01..1981-01-07

@person Abdul Aziz Abdul Ghani
role: YEM GOV | Prime Minister | 1983-11-13..1990-05-22
role: YEM GOV | Prime Minister | 1994-10-06..1997-05-14

@person Abdul Aziz Al-Hakim
role: IRQ GOV | President of the Governing Council | 2003-12-01..2003-12-31

@person Abdul Karim Al Kabariti
role: JOR GOV | Prime Minister | 1996-02-04..1997-03-19

@person Abdul Karim Al-Iryani
role: YEM GOV | Prime Minister | 1998-04-29..2001-04-07

@person Abdul Majid Al-Qa'Ud
role: LBY GOV | Secretary of the General People's_committee | 1994-01-29..1997-12-29

@person Abdul Qader Bajamal
role: YEM GOV | Prime Minister | 2001-04-07..2007-04-07

@person Abdul Qadir
role: AFG GOV | Chairman of the Military Council | 1978-04-27..1978-04-30

@person Abdul Rahim Ghafoorzai
role: AFG GOV | Prime Minister | 1997-08-11..1997-08-21

@person Abdul Rahim Hatef
role: AFG GOV | President | 1992-04-16..1992-04-28

@person Abdul Rauf Al Rawabdeh
role: JOR GOV | Prime Minister | 1999-03-04..2000-06-19

@person Abdul Razzaq As-Sawsa
role: LBY GOV | Secretary of the General People's_congress | 1990-10-07..1992-11-18

@person Abdul Sabur Farid Kuhestani
role: AFG GOV | Prime Minister | 1992-07-06..1992-08-15

@person Abdul Salam Al Majali
role: JOR GOV | Prime Minister | 1993-05-29..1995-01-07
role: JOR GOV | Prime Minister | 1997-03-19..1998-08-20

@person Abdul Salam Jalloud
role: LBY GOV | Prime Minister | 1972-07-16..1977-03-01

@person Abdul Zahir
role: AFG GOV | Prime Minister | 1971-06-09..1972-12-12

@person Abdul-Halim Khaddam
role: SYR GOV | President | 2000-06-10..2000-07-17

@person Abdulaziz Kamilov
role: UZB GOV | Minister of Foreign Affairs | 2003-01-01..2003-03-31

@person Abdulkadir Muhammad Aden
role: SOM GOV | President | 1997-01-03..2012-01-16?

@person Abdulkhashim Mutalov
role: UZB GOV | Prime Minister | 1992-01-13..1995-12-21

@person Abdullah
role: SAU GOV | King | 1996-01-01..1996-02-21
role: SAU GOV | King | 2005-08-01..2012-01-16?
role: SAU GOV | Prime Minister | 2005-08-01..2012-01-16?

@person Abdullahi Yusuf Ahmed
role: SOM GOV | President | 1997-01-03..2012-01-16?
role: SOM GOV | President | 2004-10-14..2012-01-16?

@person Abdulsalami Abubakar
role: NGA GOV | Chairman of the Provisional Ruling Council | 1998-06-09..1999-05-29

@person Abdumalik Abdullajanov
role: TJK GOV | Prime Minister | 1992-09-21..1993-12-18

@person Abdur Rahman Biswas
role: BGD GOV | President | 1991-10-10..1996-10-09

@person Abdurrahman Wahid
role: IDN GOV | President | 1999-10-20..2001-07-23

@person Abdus Sattar
role: BGD GOV | President | 1981-05-30..1982-03-24

@person Abednego Ntshangase
role: SWZ GOV | Minister for Foreign Affairs and Trade | 2003-01-01..2003-04-30

@person Abel Goumba
role: CAF GOV | Prime Minister | 2003-03-23..2003-12-12

@person Abel Pacheco de La Espriella
role: CRI GOV | President | 2002-05-08..2006-05-08

@person Abilio Jose Osorio Soares
role: TLS GOV | Governor | 1992-09-18..1999-10-25

@person Abolhassan Bani-Sadr
role: IRN GOV | President | 1980-02-04..1981-06-22

@person Abou Drahamane Sangare
role: CIV GOV | Minister of Foreign Affairs | 2003-01-01..2003-02-28

@person Aboudou Soefou
role: COM GOV | Minister of Foreign Relations, Cooperation and Francophony, in charge of Comorian Living Abroad | 2005-08-01..2006-06-30

@person Abu Bakr Abdallah Al Qirbi
also: Abu Bakr Al Qirbi
role: YEM GOV | Minister of Foreign Affairs | 2003-01-01..2011-02-28?

@person Abu Bakr Al Qorbi
also: Abu Bakr Al Qurbi
role: YEM GOV | Minister of Foreign Affairs | 2003-01-01..2011-02-28?

@person Abu Sadat Mohammad Sayem
role: BGD GOV | President | 1975-11-06..1977-04-21

@person Abu Sayeed Chowdhury
role: BGD GOV | President | 1972-01-12..1973-12-24

@person Abulfez Elchibey
role: AZE GOV | President | 1992-06-16..1993-09-01

@person Abuzed Omar Dorda
role: LBY GOV | Secretary of the General People's_committee | 1990-10-07..1994-01-29

@person Adam Daniel Rotfeld
role: POL GOV | Minister of Foreign Affairs | 2005-03-01..2005-11-30

@person Adamantios Androutsopoulos
role: GRC GOV | Prime Minister | 1973-11-25..1974-07-23

@person Adelino Mano Queta
role: GIN GOV | Minister of Foreign Affairs, International Cooperation, and Diaspora | 2009-11-01..2011-02-28?

@person Aden Abdullahi Nur
role: SOM GOV | President | 1997-01-03..2012-01-16?

@person Adiato Nandigna
also: Adiato Diallo Nandigna
role: GIN GOV | Minister of Foreign Affairs, International Cooperation, and Diaspora | 2009-04-01..2009-10-31

@person Adil Carcani
role: ALB GOV | Chairman of the Council of Ministers | 1981-12-18..1991-02-22

@person Adina Bastidas
role: VEN GOV | Executive Vice-President | 2000-12-28..2002-01-13

@person Adnan Badran
role: JOR GOV | Prime Minister | 2005-04-07..2005-11-27

@person Adnan Pachachi
role: IRQ GOV | President of the Governing Council | 2004-01-01..2004-01-31

@person Adolf Ogi
role: CHE GOV | President | 2000-01-01..2000-12-31

@person Adolfas Slezevicius
role: LTU GOV | Prime Minister | 1993-03-10..1996-02-15

@person Adolfo Arnoldo Majano Ramos
role: SLV GOV | Revolutionary Junta | 1979-10-15..1980-12-07

@person Adolfo Rodriguez Saa
role: ARG GOV | President | 2001-12-23..2002-01-01

@person Adolfo Suarez Gonzalez
role: ESP GOV | Prime Minister | 1976-07-05..1981-02-25

@person Adolphe Muzito
role: COD GOV | Prime Minister | 2008-10-10..2012-01-16?

@person Adrian Nastase
role: ROU GOV | Prime Minister | 2000-12-28..2004-12-21

@person Adrian P. Winkel
role: FSM GOV | High Commissioner | 1977-07-09..1981-01-01

@person Adrien Houngbedji
role: BEN GOV | Prime Minister | 1996-04-09..1998-05-14

@person Adrien Sibomana
role: BDI GOV | Prime Minister | 1988-10-19..1993-07-10

@person Adrienne Clarkson
role: CAN GOV | Governor-General | 1999-10-07..2005-09-27

@person Affi N'Guessan
role: CIV GOV | Prime Minister | 2000-10-27..2003-02-10

@person Agathe Uwilingiyimana
role: RWA GOV | Prime Minister | 1993-07-18..1994-04-07

@person Agbeyome Kodjo
role: TGO GOV | Prime Minister | 2000-08-31..2002-06-29

@person Agha Mohammad Yahya Khan
role: PAK GOV | President | 1969-03-25..1971-12-20

@person Agnes van Ardenne
role: NLD GOV | State Secretary for Foreign Affairs "Development Cooperation" | 2003-01-01..2007-02-28

@person Agostinho Neto
role: AGO GOV | President | 1975-11-11..1979-09-10

@person Ahmad Al-Mirghani
role: SDN GOV | President | 1986-05-06..1989-06-30

@person Ahmad Allam Mi
role: TCD GOV | Minister of Foreign Affairs and African Cooperation | 2005-09-01..2008-04-30

@person Ahmad Chalabi
role: IRQ GOV | President of the Governing Council | 2003-09-01..2003-09-30

@person Ahmad Fuad Mohieddin
role: EGY GOV | Prime Minister | 1982-01-02..1984-06-05

@person Ahmad Hassan Al-Bakr
role: IRQ GOV | President | 1968-07-17..1979-07-16
role: IRQ GOV | Prime Minister | 1968-07-31..1979-07-16

@person Ahmad Hussein Khudayir Al-Samarrai
role: IRQ GOV | Prime Minister | 1993-09-05..1994-05-29

@person Ahmad Shah Ahmadzai
role: AFG GOV | Prime Minister | 1995-01-01..1996-06-26

@person Ahmad Tejan Kabbah
role: SLE GOV | President | 1996-03-29..1997-05-25
role: SLE GOV | President | 1998-03-10..2007-09-17

@person Ahmadou Ahidjo
role: CMR GOV | President | 1960-01-01..1982-11-06

@person Ahmed Abdallah
role: COM GOV | President of the Government Council | 1972-12-26..1975-07-06
role: COM GOV | President | 1975-07-06..1975-08-03
role: COM GOV | President | 1978-05-23..1978-10-03
role: COM GOV | President | 1978-10-03..1989-11-27

@person Ahmed Abdallah Sambi
role: COM GOV | President | 2006-05-26..2012-01-16?

@person Ahmed Abdou
role: COM GOV | Prime Minister | 1996-12-27..1997-09-09

@person Ahmed Abdulla
role: MDV GOV | Minister of Foreign Affairs "Acting" | 2005-06-01..2005-07-31

@person Ahmed Ali Karti
role: SDN GOV | Minister of Foreign Affairs | 2010-07-01..2010-07-31

@person Ahmed Ben Bella
role: DZA GOV | Prime Minister | 1962-09-27..1963-09-20

@person Ahmed Ben Cheikh Attoumane
role: COM GOV | Prime Minister | 1993-06-20..1994-01-02

@person Ahmed Benbitour
role: DZA GOV | Prime Minister | 1999-12-23..2000-08-27

@person Ahmed Dini Ahmed
role: DJI GOV | Prime Minister | 1977-07-12..1978-02-05

@person Ahmed Lakhrif
role: MAR GOV | Secretary of State to the Minister of Foreign Affairs and Cooperation | 2007-11-01..2009-07-31

@person Ahmed Laraki
role: MAR GOV | Prime Minister | 1969-10-06..1971-08-06

@person Ahmed Maher
role: EGY GOV | Minister of Foreign Affairs | 2003-01-01..2004-07-31

@person Ahmed Mohamed Ag Hamani
role: MLI GOV | Prime Minister | 2002-06-09..2004-04-30

@person Ahmed Nazif
also: Ahmed Mahmoud Mohamed Nazif | Ahmed Mohamed Nazif
role: EGY GOV | Prime Minister | 2004-07-14..2012-01-16?

@person Ahmed Osman
role: MAR GOV | Prime Minister | 1972-11-02..1979-03-22

@person Ahmed Ould Bouceif
role: MUS GOV | Prime Minister | 1979-04-06..1979-05-27

@person Ahmed Ouyahia
role: DZA GOV | Prime Minister | 1995-12-31..1998-12-15
role: DZA GOV | Prime Minister | 2003-05-05..2006-05-24
role: DZA GOV | Prime Minister | 2008-06-23..2012-01-16?

@person Ahmed Qureia
role: PSE GOV | Prime Minister | 2003-10-07..2005-12-15
role: PSE GOV | President | 2004-10-29..2004-11-11
role: PSE GOV | Prime Minister | 2005-12-24..2006-03-29

@person Ahmed Sekou Toure
role: GIN GOV | President | 1958-10-02..1984-03-26

@person Ahmed Shaheed
role: MDV GOV | Minister of Foreign Affairs | 2005-08-01..2007-08-31
role: MDV GOV | Minister of Foreign Affairs | 2008-12-01..2011-01-31

@person Ahmed Tidiane Souare
role: GIN GOV | Prime Minister | 2008-05-23..2012-01-16?

@person Ahmed Zaki
role: MDV GOV | Prime Minister | 1972-08-01..1975-03-06

@person Ahmet Necdet Sezer
role: TUR GOV | President | 2000-05-16..2007-08-28

@person Ahti Karjalainen
role: FIN GOV | Prime Minister | 1970-07-15..1971-10-29

@person Aichatou Daoudou
also: Aichatou Mindaoudou
role: NER GOV | Minister of Foreign Affairs, Cooperation, and African Integration | 2003-01-01..2011-02-28?

@person Aigars Kalvitis
role: LVA GOV | Prime Minister | 2004-12-02..2007-12-20

@person Aivis Ronis
role: LVA GOV | Minister of Foreign Affairs | 2010-06-01..2010-10-31

@person Akbar Mirzoyev
role: TJK GOV | Prime Minister | 1992-01-09..1992-09-21

@person Akbarsho Iskandarov
role: TJK GOV | President | 1992-09-07..1992-11-19

@person Akezhan Kazhegeldin
role: KAZ GOV | Prime Minister | 1994-10-12..1997-10-10

@person Akihito
role: JPN GOV | Emperors/empresse | 1989-01-07..2012-01-16?

@person Akil Akilov
role: TJK GOV | Prime Minister | 1999-12-20..2012-01-16?

@person Akim A. Gibril
role: SLE GOV | Chairman of the Council of State Secretaries | 1995-03-31..1996-03-29

@person Akwasi Afrifa
role: GHA GOV | President | 1969-04-02..1970-08-07

@person Akwasi Osei Adjei
also: Akwasi Asei Adjei
role: GHA GOV | Minister of Foreign Affairs | 2007-09-01..2007-12-31
role: GHA GOV | Minister of Foreign Affairs, Regional Integration, and the New Partnership for Africas Development "NEPAD" | 2008-01-01..2009-03-31

@person Al Gore
role: USA GOV | Vice-President | 1993-01-20..2001-01-20

@person Al-Baghdadi Ali Al Mahmudi
role: LBY GOV | Secretary of the General People's_committee | 2006-03-05..2012-01-16?

@person Al-Jazuli Dafalla
role: SDN GOV | Prime Minister | 1985-04-22..1986-05-06

@person Alain Juppe
role: FRA GOV | Prime Minister | 1995-05-18..1997-06-03

@person Alain Poher
role: FRA GOV | President | 1974-04-03..1974-05-27

@person Alamara Nhasse
role: GNB GOV | Prime Minister | 2001-12-09..2002-11-17

@person Alan Garcia
role: PER GOV | President | 1985-07-28..1990-07-28
role: PER GOV | President | 2006-07-28..2012-01-16?

@person Alan Hoole
role: AIA GOV | Governor | 1995-11-03..1996-12-01

@person Alan Huckle
role: AIA GOV | Governor | 2004-05-28..2006-06-02

@person Alan James Scott
role: CYM GOV | Governor | 1987-06-10..1992-01-01

@person Alan W. Shave
role: AIA GOV | Governor | 1992-08-14..1995-01-01

@person Alassane Ouattara
also: Alassane Dramane Ouattara
role: CIV GOV | Prime Minister | 1990-11-07..1993-12-11

@person Alastair Turner Baillie
role: AIA GOV | Governor | 1983-01-01..1987-01-01

@person Alben W. Barkley
role: USA GOV | Vice-President | 1949-01-20..1953-01-20

@person Albert
role: MCO GOV | Princes/princesse | 2005-03-31..2005-04-06

@person Albert Agossou
role: BEN GOV | Minister Delegate to the Minister of Foreign Affairs in Charge of African Integration and Relations of the Beninese Diaspora | 2006-05-01..2007-06-30

@person Albert Gelabert
role: AND GOV | First Syndics (from 19930504, General_syndic | 1991-02-15..1992-04-12

@person Albert Ii
role: BEL GOV | King | 1993-08-09..2012-01-16?

@person Albert Pintat Santolaria
role: AND GOV | Head of Government | 2005-05-27..2012-01-16?

@person Albert Reynolds
role: IRL GOV | Prime Minister | 1992-02-11..1994-12-15

@person Albert Zafy
role: MDG GOV | President | 1993-03-27..1996-09-05

@person Albertas Simenas
role: LTU GOV | Prime Minister | 1991-01-10..1991-01-13

@person Alberto Bustamante Belaunde
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1999-10-10..2000-07-29

@person Alberto Cecchetti
role: SMR GOV | Captain-Regent | 2001-10-01..2002-04-01

@person Alberto Demicheli
role: URY GOV | President | 1976-06-12..1976-09-01

@person Alberto Fujimori
role: PER GOV | President | 1990-07-28..2000-11-22

@person Alberto Gatmaitan Romulo
role: PHL GOV | Secretary of Foreign Affairs | 2009-02-01..2011-02-28?

@person Alberto Joaquim Chipande
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06

@person Alberto Natusch Busch
role: BOL GOV | President | 1979-11-01..1979-11-16

@person Alberto Pandolfi
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1998-08-21..1999-01-03

@person Alberto Selva
role: SMR GOV | Captain-Regent | 2007-10-01..2008-04-01

@person Albin Nyamoya
role: BDI GOV | Prime Minister | 1972-07-15..1973-06-05

@person Alcinda Abreu
role: MOZ GOV | Minister of Foreign Affairs and Cooperation | 2005-03-01..2008-03-31

@person Alejandro Agustin Lanusse
role: ARG GOV | President | 1971-03-22..1973-05-25

@person Alejandro Foxley
role: CHL GOV | Minister of Foreign Relations | 2006-05-01..2009-03-31

@person Alejandro Hamed Franco
role: PRY GOV | Minister of Foreign Affairs | 2008-09-01..2009-04-30

@person Alejandro Rodriguez de Valcarcel Y Nebreda
role: ESP GOV | Chairman of the Regency Council | 1975-11-20..1975-11-22

@person Alejandro Toledo
also: Alejandro Tudela Chopitea
role: PER GOV | President | 2001-07-28..2006-07-28

@person Aleksander Kwasniewski
role: POL GOV | President | 1995-12-23..2005-12-23

@person Aleksander Meksi
role: ALB GOV | Prime Minister | 1992-04-13..1997-03-11

@person Aleksandr Rutskoy
role: RUS GOV | President | 1993-09-22..1993-10-04

@person Aleksandras Abisala
role: LTU GOV | Prime Minister | 1992-07-21..1992-12-02

@person Aleksey Kosygin
role: RUS GOV | Chairman of the Council of People's_commissars | 1964-10-15..1980-10-23

@person Alessandro Mancini
role: SMR GOV | Captain-Regent | 2007-04-01..2007-10-01

@person Alessandro Rossi
role: SMR GOV | Captain-Regent | 2007-04-01..2007-10-01

@person Alex Scott
role: BMU GOV | Premier | 2003-07-29..2006-10-30

@person Alexander Downer
role: AUS GOV | Minister for Foreign Affairs | 2003-01-01..2007-12-31

@person Alexandr Vondra
also: Alexander Vondra
role: CZE GOV | Minister of Foreign Affairs | 2006-10-01..2009-06-30

@person Alexandre Cece Loua
role: GIN GOV | Minister of Foreign Affairs | 2009-04-01..2010-12-31

@person Alexandru Athanasiu
role: ROU GOV | Prime Minister | 1999-12-14..1999-12-22

@person Alexis Thambwe
role: COD GOV | Minister of Foreign Affairs and International Cooperation | 2008-11-01..2011-02-28?

@person Alfonso Bustamante Y Bustamante
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1993-08-28..1994-02-17

@person Alfonso Lopez Michelsen
role: COL GOV | President | 1974-08-07..1978-08-07

@person Alfonso Oiterong
role: PLW GOV | President | 1985-07-02..1985-10-25

@person Alfonso Portillo Cabrera
role: GTM GOV | President | 2000-01-14..2004-01-14

@person Alfonso de Los Heros
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1991-11-06..1992-04-06

@person Alfred Gusenbauer
role: AUT GOV | Chancellor | 2007-01-11..2008-12-02

@person Alfred Maseng
role: VUT GOV | President | 2004-04-12..2004-05-11

@person Alfred Moisiu
role: ALB GOV | President | 2002-07-24..2007-07-24

@person Alfred Sant
role: MLT GOV | Prime Minister | 1996-10-28..1998-09-06

@person Alfredo Atanasof
role: ARG GOV | Cabinet Chief | 2002-05-03..2003-05-25

@person Alfredo Cristiani
role: SLV GOV | President | 1989-06-01..1994-06-01

@person Alfredo Ernesto Poveda Burbano
role: ECU GOV | President | 1976-01-11..1979-08-10

@person Alfredo Moreno Charme
role: CHL GOV | Minister of Foreign Relations | 2010-04-01..2011-02-28?

@person Alfredo Oscar Saint Jean
role: ARG GOV | President | 1982-06-18..1982-07-01

@person Alfredo Ovando Candia
role: BOL GOV | President | 1969-09-26..1970-10-06

@person Alfredo Palacio
role: ECU GOV | President | 2005-04-20..2007-01-15

@person Alfredo Stroessner
role: PRY GOV | President | 1954-08-15..1989-02-03

@person Algirdas Brazauskas
role: LTU GOV | President | 1992-11-25..1998-02-25
role: LTU GOV | Prime Minister | 2001-07-03..2006-06-01

@person Ali Abdi Farah
role: DJI GOV | Minister of Foreign Affairs, International Cooperation, and Parliamentary Relations | 2003-01-01..2005-07-31

@person Ali Abdullah Saleh
role: YEM GOV | President | 1978-07-18..1990-05-22

@person Ali Abu Al Ragheb
role: JOR GOV | Prime Minister | 2000-06-19..2003-10-25

@person Ali Ahmad Jama Jingili
also: Ali Ahmed Jama Jangali
role: SOM GOV | Minister of Foreign Affairs and International Cooperation | 2008-05-01..2009-04-30

@person Ali Al Shami
role: LBN GOV | Minister of Foreign Affairs and Emigrants | 2009-12-01..2011-02-28?

@person Ali Aref Bourhan
role: DJI GOV | President of the Government Council | 1967-07-07..1976-07-29

@person Ali Benflis
role: DZA GOV | Prime Minister | 2000-08-27..2003-05-05

@person Ali Haroun
role: DZA GOV | High State Committee | 1992-01-14..1994-01-31

@person Ali Hassan Al-Majid
role: KWT GOV | Ruler | 1990-08-01..1990-11-01

@person Ali Hassan Mwinyi
role: TZA GOV | President | 1985-11-05..1995-11-23

@person Ali Jangeli Ahmad
role: SOM GOV | Minister of Foreign Affairs | 2009-10-01..2010-12-31

@person Ali Kafi
role: DZA GOV | High State Committee | 1992-01-14..1994-01-31

@person Ali Khalif Galaid
role: SOM GOV | Prime Minister | 2000-10-08..2001-10-28

@person Ali Lutfi
role: EGY GOV | Prime Minister | 1985-09-04..1986-11-10

@person Ali Mahdi Muhammad
role: SOM GOV | President | 1991-01-29..1997-01-03
role: SOM GOV | President | 1997-01-03..2012-01-16?

@person Ali Masimov
role: AZE GOV | Prime Minister | 1993-01-26..1993-04-28

@person Ali Mroudjae
role: COM GOV | Prime Minister | 1982-02-08..1984-12-31

@person Ali Muhammad Ghedi
role: SOM GOV | Prime Minister | 2004-11-03..2007-10-29

@person Ali Muhammad Mujawar
role: YEM GOV | Prime Minister | 2007-04-07..2012-01-16?

@person Ali Naqi Kamal Kharazi
role: IRN GOV | Minister of Foreign Affairs | 2003-01-01..2005-02-28

@person Ali Rodriguez
role: VEN GOV | Minister of Foreign Affairs | 2004-12-01..2006-08-31

@person Ali Saibou
role: NER GOV | President | 1989-12-20..1993-04-16

@person Ali Said Abdella
role: ERI GOV | Minister of Foreign Affairs | 2003-01-01..2004-08-31
role: ERI GOV | Minister of Foreign Affairs | 2004-10-01..2005-10-31

@person Ali Salim Al-Baidh
role: YEM GOV | President | 1994-05-21..1994-07-07

@person Ali Soilih
role: COM GOV | President | 1976-01-03..1978-05-13

@person Alikbek Jekshenkulov
role: KGZ GOV | Minister of Foreign Affairs | 2005-11-01..2007-04-30

@person Aliou Mahamidou
role: NER GOV | Prime Minister | 1990-03-02..1991-10-27

@person Alisher Shaikhov
role: UZB GOV | Minister of Foreign Economic Relations, Investments, and Trade | 2006-01-01..2006-07-31

@person Allan Wagner Tizon
role: PER GOV | Minister of Foreign Affairs | 2003-01-01..2003-12-31

@person Almanbet Matubraimov
role: KGZ GOV | Prime Minister | 1993-12-13..1993-12-14

@person Almazbek Atambayev
role: KGZ GOV | Prime Minister | 2007-03-29..2007-11-28

@person Alpha Oumar Konare
role: MLI GOV | President | 1992-06-08..2002-06-08

@person Alrich Nicolas
role: HTI GOV | Minister of Foreign Affairs and Worship | 2008-10-01..2009-11-30

@person Alvaro Alfredo Magana Borja
role: SLV GOV | President | 1982-05-02..1984-06-01

@person Alvaro Arzu Irigoyen
role: GTM GOV | President | 1996-01-14..2000-01-14

@person Alvaro Colom Caballeros
role: GTM GOV | President | 2008-01-14..2012-01-16?

@person Alvaro Uribe Velez
role: COL GOV | President | 2002-08-07..2012-01-16?

@person Amadou Cheiffou
role: NER GOV | Prime Minister | 1991-10-27..1993-04-17

@person Amadou Cisse
role: NER GOV | Prime Minister | 1995-02-08..1995-02-21
role: NER GOV | Prime Minister | 1996-12-21..1997-11-27

@person Amadou Lamarana Bah
role: GIN GOV | Minister of Foreign Affairs | 2008-08-01..2009-03-31

@person Amadou Toumani Toure
also: Amadou Toure
role: MLI GOV | President | 1991-03-26..1992-06-08
role: MLI GOV | President | 2002-06-08..2012-01-16?

@person Aman Mikael Andom
role: ETH GOV | Chairman of the Provisional Military Administrative Council | 1974-09-12..1974-11-17

@person Amangeldy Muraliyev
role: KGZ GOV | Prime Minister | 1999-04-12..2000-12-21

@person Amata Kabua
role: MHL GOV | President | 1979-11-17..1996-12-20

@person Amin Gemayel
role: LBN GOV | President | 1982-09-23..1988-09-22

@person Amir Abbas Hoveida
role: IRN GOV | Prime Minister | 1965-01-21..1977-08-07

@person Amos Sawyer
role: LBR GOV | Presidents># Conflicting Claim | 1990-09-09..1990-11-22
role: LBR GOV | President of the Interim Government of National Unity | 1990-11-22..1994-03-07

@person Ana Palacio
role: ESP GOV | Minister of Foreign Affairs | 2003-01-01..2004-04-30

@person Anand Panyarachun
role: THA GOV | Prime Minister | 1991-03-07..1992-04-07
role: THA GOV | Prime Minister | 1992-06-10..1992-09-23

@person Anand Satyanand
role: NZL GOV | Governor-General | 2006-08-23..2012-01-16?

@person Anatole Kanyenkiko
role: BDI GOV | Prime Minister | 1994-02-07..1995-02-22

@person Anatolijs Gorbunovs
role: LVA GOV | President | 1990-05-03..1993-07-08

@person Anatoliy Kinakh
role: UKR GOV | Prime Minister | 2001-05-29..2002-11-21

@person Anatoliy Zlenko
role: UKR GOV | Minister of Foreign Affairs | 2003-01-01..2003-08-31

@person Andranik Markaryan
also: Andranik Margaryan
role: ARM GOV | Prime Minister | 2000-05-12..2007-03-25

@person Andre Bumaya
role: RWA GOV | Minister of Foreign Affairs and Regional Cooperation | 2003-01-01..2003-01-31

@person Andre Kolingba
role: CAF GOV | President | 1981-09-01..1993-10-22

@person Andre Milongo
role: COG GOV | Prime Minister | 1991-06-08..1992-09-02

@person Andre Saint-Mleux
role: MCO GOV | Minister of State | 1972-05-24..1981-07-01

@person Andreas Fakudze
role: SWZ GOV | Prime Minister | 1993-10-25..1993-11-04

@person Andreas Khol
role: AUT GOV | President | 2004-07-06..2004-07-08

@person Andreas Papandreou
role: GRC GOV | Prime Minister | 1981-10-21..1989-07-02
role: GRC GOV | Prime Minister | 1993-10-13..1996-01-22

@person Andreas van Agt
role: NLD GOV | Prime Minister | 1977-12-19..1982-11-04

@person Andrei Sangheli
role: MDA GOV | Prime Minister | 1992-07-01..1997-01-24

@person Andrei Stratan
role: MDA GOV | Minister of Foreign Affairs | 2004-03-01..2009-12-31

@person Andres Pastrana Arango
role: COL GOV | President | 1998-08-07..2002-08-07

@person Andres Rodriguez
role: PRY GOV | President | 1989-02-03..1993-08-15

@person Andres Tarand
role: EST GOV | Prime Minister | 1994-11-08..1995-04-17

@person Andrew George
role: AIA GOV | Governor | 2006-07-10..2012-01-16?

@person Andrey Gromyko
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1985-07-02..1988-10-01

@person Andrey Iordan
role: KGZ GOV | Prime Minister | 1991-11-29..1992-02-10

@person Andrey Lukanov
role: BGR GOV | Chairman of the Council of Ministers (premiers | 1990-02-08..1990-12-20

@person Andris Berzins
role: LVA GOV | Prime Minister | 2000-05-05..2002-11-07

@person Andris Skele
role: LVA GOV | Prime Minister | 1995-12-21..1997-08-07
role: LVA GOV | Prime Minister | 1999-07-16..2000-05-05

@person Andrius Kubilius
role: LTU GOV | Prime Minister | 1999-11-03..2000-10-26

@person Andrus Ansip
role: EST GOV | Prime Minister | 2005-04-13..2012-01-16?

@person Anfinn Kallsberg
role: FRO GOV | Prime Minister | 1998-05-15..2004-02-03

@person Ange-Felix Patasse
role: CAF GOV | Prime Minister | 1976-09-04..1978-07-14
role: CAF GOV | President | 1993-10-22..2003-03-15

@person Angel Edmundo Orellana Mercado
role: HND GOV | Minister of Foreign Relations | 2008-12-01..2009-02-28

@person Angel Serafin Seriche Dougan
role: GNQ GOV | Prime Minister | 1996-04-01..2001-03-04

@person Anibal Acevedo Vila
role: PRI GOV | Governor | 2005-01-02..2012-01-16?

@person Anibal Cavaco Silva
role: PRT GOV | Prime Minister | 1985-11-06..1995-10-30

@person Anibal Enrique Quinonez
role: HND GOV | Minister of Foreign Relations "Acting" | 2003-09-01..2003-10-31

@person Anicet Georges Dologuele
role: CAF GOV | Prime Minister | 1999-02-01..2001-04-01

@person Anifah Aman
role: MYS GOV | Minister of Foreign Affairs | 2009-05-01..2011-02-28?

@person Anil Gayan
role: MUS GOV | Minister of Foreign Affairs and Regional Cooperation | 2003-01-01..2003-12-31

@person Anna Fotyga
role: POL GOV | Minister of Foreign Affairs | 2006-06-01..2007-11-30

@person Anna Lindh
role: SWE GOV | Minister for Foreign Affairs | 2003-01-01..2003-10-31

@person Anne Enger Lahnstein
role: NOR GOV | Prime Minister | 1998-08-30..1998-09-23

@person Anneli Jaatteenmaki
role: FIN GOV | Prime Minister | 2003-04-17..2003-06-24

@person Anote Tong
role: KIR GOV | President | 2003-07-10..2012-01-16?

@person Ansumane Mane
role: GNB GOV | President | 1999-05-07..1999-05-14

@person Antanas Valionis
role: LTU GOV | Minister of Foreign Affairs | 2003-01-01..2006-07-31

@person Anthony Hylton
role: JAM GOV | Minister of Foreign Affairs and Foreign Trade | 2006-04-01..2007-09-30

@person Antione Gizenga
role: COD GOV | Prime Minister | 2006-12-30..2008-10-10

@person Antoine Gambi
role: CAF GOV | Minister of Foreign Affairs, Regional Integration, and Francophonie Affairs | 2009-08-01..2011-02-28?

@person Antoine Ghonda
role: COD GOV | Minister of Foreign Affairs and International Cooperation | 2003-08-01..2004-07-31

@person Antoine Kolawole Idji
role: BEN GOV | Minister of Foreign Affairs and African Integration | 2003-01-01..2003-06-30

@person Antoine Nduwayo
role: BDI GOV | Prime Minister | 1995-02-22..1996-07-31

@person Anton Debrum
role: MHL GOV | Minister of Foreign Affairs | 2008-09-01..2009-06-30

@person Antonello Bacciocchi
role: SMR GOV | Captain-Regent | 2005-10-01..2006-04-01

@person Antonio Adriano Faria Lopes Dos Santos
role: CPV GOV | Governor | 1969-03-13..1974-01-01

@person Antonio Alva Rosa Coutinho
role: AGO GOV | High Commissioners and Governor-General | 1974-07-24..1975-01-28

@person Antonio Cafiero
role: ARG GOV | Cabinet Chief | 2001-12-31..2002-01-03

@person Antonio Carattoni
role: SMR GOV | Captain-Regent | 2006-10-01..2007-04-01

@person Antonio Guzman Fernandez
role: DOM GOV | President | 1978-08-16..1982-07-04

@person Antonio Isaac Monteiro
role: GIN GOV | Minister of Foreign Affairs, International Cooperation, and Communities | 2006-06-01..2007-07-31

@person Antonio Lazzaro Volpinari
role: SMR GOV | Captain-Regent | 2002-04-01..2002-10-01

@person Antonio Martins da Cruz
role: PRT GOV | Minister of Foreign Affairs and Portuguese Communities | 2003-01-01..2003-10-31

@person Antonio Mascarenhas Monteiro
role: CPV GOV | President | 1991-03-22..2001-03-22

@person Antonio Milososki
role: MKD GOV | Minister of Foreign Affairs | 2006-09-01..2011-02-28?

@person Antonio Monteiro
role: PRT GOV | Minister of Foreign Affairs and of the Portuguese Communities | 2004-08-01..2005-03-31

@person Antonio Parra Gil
role: ECU GOV | Minister of Foreign Relations | 2005-05-01..2005-10-31

@person Antonio Patriota
role: BRA GOV | Minister of Foreign Relations | 2011-01-01..2011-02-28?

@person Antonio Paulo Kassoma
role: AGO GOV | Prime Minister | 2008-09-30..2012-01-16?

@person Antonio Saca
role: SLV GOV | President | 2004-06-01..2012-01-16?

@person Antonio Silva Cardoso
role: AGO GOV | High Commissioners and Governor-General | 1975-01-28..1975-08-02

@person Antonio Vargas
role: ECU GOV | Council of State | 2000-01-21..2000-01-22

@person Anura Bandaranaike
role: LKA GOV | Minister of Foreign Affairs | 2005-09-01..2005-11-30

@person Anwar As-Sadat
role: EGY GOV | President | 1970-09-28..1981-10-06
role: EGY GOV | Prime Minister | 1973-03-26..1974-09-25
role: EGY GOV | Prime Minister | 1980-05-15..1981-10-06

@person Aparicio Mendez
role: URY GOV | President | 1976-09-01..1981-09-01

@person Apas Jumagulov
role: KGZ GOV | Prime Minister | 1993-12-14..1998-03-24

@person Apisai Ielemia
role: TUV GOV | Prime Minister | 2006-08-14..2012-01-16?

@person Apolo Nsibambi
also: Apollo Nsibambi
role: UGA GOV | Prime Minister | 1999-04-05..2012-01-16?

@person Aram Sarkisyan
role: ARM GOV | Prime Minister | 1999-11-03..2000-05-02

@person Ariel Sharon
role: ISR GOV | Prime Minister | 2001-03-07..2006-04-14

@person Aristides Gomes
role: GNB GOV | Prime Minister | 2005-11-02..2007-04-13

@person Aristides Pereira
role: CPV GOV | President | 1975-07-08..1991-03-22

@person Armando Calderon Sol
role: SLV GOV | President | 1994-06-01..1999-06-01

@person Armando Guebuza
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06
role: MOZ GOV | President | 2005-02-02..2012-01-16?

@person Armando Loayza Mariaca
role: BOL GOV | Minister of Foreign Relations and Worship | 2005-07-01..2006-01-31

@person Armen Darbinyan
role: ARM GOV | Prime Minister | 1998-04-10..1999-06-11

@person Armen Sarkisyan
role: ARM GOV | Prime Minister | 1996-11-04..1997-03-20

@person Arnaldo Dos Reis Araujo
role: TLS GOV | President of the Provisional Government | 1975-12-17..1976-07-17
role: TLS GOV | Governor | 1976-01-01..1978-01-01

@person Arnhim Eustace
role: VCT GOV | Prime Minister | 2000-10-27..2001-03-25

@person Arnold Koller
role: CHE GOV | President | 1997-01-01..1997-12-31

@person Arnold Piggott
also: Arnold Piggot
role: TTO GOV | Minister of Foreign Affairs | 2007-01-01..2007-12-31

@person Arnold Ruutel
role: EST GOV | Chairman of the Supreme Council | 1990-03-29..1992-10-06
role: EST GOV | President | 2001-10-08..2006-10-09

@person Arnoldo Aleman
role: NIC GOV | President | 1997-01-10..2002-01-10

@person Arpad Goncz
role: HUN GOV | President | 1990-05-02..2000-08-04

@person Arsala Rahmani
role: AFG GOV | Prime Minister | 1994-11-01..1995-01-01

@person Arthur Christopher Watson
role: AIA GOV | Commissioner | 1971-01-01..1973-12-31

@person Arthur Dion Hanna
role: BHS GOV | Governor-General | 2006-02-01..2012-01-16?

@person Arthur Robin Adair
role: BRN GOV | British Residents (from 1959, High_commissioner | 1967-01-01..1972-01-01

@person Artis Pabriks
role: LVA GOV | Minister of Foreign Affairs | 2004-08-01..2007-10-31

@person Artur Sanha
role: GNB GOV | Prime Minister | 2003-09-28..2004-05-10

@person Arturas Paulauskas
role: LTU GOV | President | 2004-04-06..2004-07-12

@person Arturo Armando Molina
role: SLV GOV | President | 1972-07-01..1977-07-01

@person Arvin Boolell
role: MUS GOV | Minister of Foreign Affairs, Regional Cooperation, and International Trade | 2009-08-01..2011-02-28?

@person Asfa Wossen
role: ETH GOV | Emperors/empresse | 1974-09-12..1975-03-21

@person Asha Rose Migiro
role: TZA GOV | Minister of Foreign Affairs and International Cooperation | 2006-03-01..2007-02-28

@person Askar Aitmatov
role: KGZ GOV | Minister of Foreign Affairs | 2003-01-01..2005-04-30

@person Askar Akayev
role: KGZ GOV | President | 1990-10-27..2005-04-11

@person Assad Shoman
role: BLZ GOV | Minister of Foreign Affairs, Cooperation, and Immigration | 2003-01-01..2003-12-31

@person Ata Teaotai
role: KIR GOV | President | 1994-05-28..1994-10-01

@person Atal Bihari Vajpayee
role: IND GOV | Prime Minister | 1996-05-16..1996-06-01
role: IND GOV | Prime Minister | 1998-03-19..2004-05-22

@person Ataur Rahman Khan
role: BGD GOV | Prime Minister | 1984-03-30..1986-07-09

@person Atef Ebeid
role: EGY GOV | Prime Minister | 1999-10-05..2004-07-14

@person Atef Sedki
role: EGY GOV | Prime Minister | 1986-11-10..1996-01-04

@person Athelstan Charles Ethelwulf Long
role: CYM GOV | Administrator | 1968-01-01..1971-01-01

@person Atli P. Dam
role: FRO GOV | Prime Minister | 1970-12-12..1981-01-05
role: FRO GOV | Prime Minister | 1985-01-10..1989-01-18
role: FRO GOV | Prime Minister | 1991-01-15..1993-01-18

@person Atzo Nicolai
role: NLD GOV | State Secretary for Foreign Affairs "European Affairs" | 2003-01-01..2007-02-28

@person Audronius Azubalis
role: LTU GOV | Minister of Foreign Affairs | 2010-04-01..2011-02-28?

@person Augusto Pinochet Ugarte
role: CHL GOV | Junta | 1973-09-11..1974-06-27
role: CHL GOV | President | 1974-06-27..1990-03-11

@person Aureliano Chaves
role: BRA GOV | President | 1981-09-23..1981-11-12
role: BRA GOV | President | 1983-07-14..1983-08-26

@person Aurelius Marie
role: DMA GOV | President | 1980-02-25..1983-12-19

@person Avraham Burg
role: ISR GOV | President | 2000-07-12..2000-08-01

@person Avtandil Jorbenadze
role: GEO GOV | Minister of State | 2001-12-21..2003-11-27

@person Ayatollah Abdolkarim
role: IRN GOV | Provisional Presidential Council | 1981-06-22..1981-08-02
role: IRN GOV | Provisional Presidential Council | 1981-08-30..1981-10-13

@person Ayatollah Mohammad Beheshti
role: IRN GOV | Provisional Presidential Council | 1981-06-22..1981-08-02

@person Ayatollah Mohammad Reza
role: IRN GOV | Provisional Presidential Council | 1981-08-30..1981-10-13

@person Ayatollah Mohammad Reza Mahdavi-Kani
role: IRN GOV | Prime Minister | 1981-09-02..1981-10-31

@person Ayatollah Ruhollah Khomeini
role: IRN GOV | Leader of the Revolution | 1979-02-05..1980-02-04

@person Ayaz Mutalibov
role: AZE GOV | President | 1990-05-18..1992-03-06
role: AZE GOV | President | 1992-05-14..1992-05-18

@person Ayouba Combo
role: COM GOV | President | 1995-09-29..1995-10-02

@person Azali Assoumani
role: COM GOV | President | 1999-04-30..2002-01-21
role: COM GOV | President | 2002-05-26..2006-05-26

@person Azim Isabekov
role: KGZ GOV | Prime Minister | 2007-01-29..2007-03-29

@person Aziz Salih Al-Numan
role: KWT GOV | Ruler | 1990-11-01..1991-02-01

@person Aziz Sedki
role: EGY GOV | Prime Minister | 1972-01-17..1973-03-26

@person Azzedine Laraki
role: MAR GOV | Prime Minister | 1986-09-30..1992-08-11

@person B.J. Habibie
role: IDN GOV | President | 1998-05-21..1999-10-20

@person Babiker Al-Nur Osman
role: SDN GOV | President | 1971-07-19..1971-07-22

@person Babrak Karmal
role: AFG GOV | President of the Revolutionary Council | 1979-12-27..1986-11-24
role: AFG GOV | Prime Minister | 1979-12-27..1981-06-11

@person Baddeley Devesi
role: SLB GOV | Governor-General | 1978-07-07..1988-07-07

@person Bailey Olter
role: FSM GOV | President | 1991-05-11..1997-05-08

@person Bakili Muluzi
role: MWI GOV | President | 1994-05-21..2004-05-24

@person Balakh Sher Mazari
role: PAK GOV | Prime Minister | 1993-04-18..1993-05-26

@person Baldwin Spencer
role: ATG GOV | Prime Minister | 2004-03-24..2012-01-16?

@person Baltazar Rebelo de Sousa
role: MOZ GOV | High Commissioners and Governor-General | 1968-07-12..1970-01-01

@person Bamir Topi
role: ALB GOV | President | 2007-07-24..2012-01-16?

@person Ban Ki Moon
role: KOR GOV | Minister of Foreign Affairs and Trade | 2004-10-01..2006-11-30

@person Banharn Silpa-Archa
role: THA GOV | Prime Minister | 1995-07-13..1996-12-01

@person Banja Tejan-Sie
role: SLE GOV | Governor-General | 1968-04-22..1971-03-31

@person Barak Sope
role: VUT GOV | Prime Minister | 1988-12-18..1988-12-19
role: VUT GOV | Prime Minister | 1999-11-25..2001-04-13

@person Barak Sope Maautamate
also: Barak Sope Maau Tamate
role: VUT GOV | Minister of Foreign Affairs | 2004-09-01..2005-04-30

@person Barend Biesheuvel
role: NLD GOV | Prime Minister | 1971-07-06..1973-05-11

@person Barkat Gourad Hamadou
role: DJI GOV | Prime Minister | 1978-10-02..2001-03-07

@person Barnabas Sibusiso Dlamini
role: SWZ GOV | Prime Minister | 1996-07-26..2003-09-29

@person Baron Vaea
role: TON GOV | Prime Minister | 1991-08-21..2000-01-03

@person Bartholomew Ulufa'Alu
role: SLB GOV | Prime Minister | 1997-08-27..2000-06-30

@person Barys Ragula
role: BLR GOV | Chairman of the Rada | 1997-01-01..2012-01-16?

@person Basappa Danappa Jatti
role: IND GOV | President | 1977-02-11..1977-07-25

@person Basdeo Panday
role: TTO GOV | Prime Minister | 1995-11-09..2001-12-24

@person Bashkim Fino
role: ALB GOV | Prime Minister | 1997-03-11..1997-07-24

@person Baudouin I
role: BEL GOV | King | 1951-07-17..1993-07-31

@person Beatriz Merino
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 2003-06-28..2003-12-15

@person Bedouma Alain Yoda
role: BFA GOV | Minister of Foreign Affairs and Regional Cooperation | 2008-10-01..2011-02-28?

@person Belaid Abdessalam
role: DZA GOV | Prime Minister | 1992-07-08..1993-08-21

@person Belisario Betancur Cuartas
role: COL GOV | President | 1982-08-07..1986-08-07

@person Bello Bouba Maigari
role: CMR GOV | Prime Minister | 1982-11-06..1983-08-22

@person Ben Jones
role: GRD GOV | Prime Minister | 1989-12-20..1990-03-16

@person Benazir Bhutto
role: PAK GOV | Prime Minister | 1988-12-02..1990-08-06
role: PAK GOV | Prime Minister | 1993-10-19..1996-11-05

@person Benedikt Grondal
role: ISL GOV | Prime Minister | 1979-10-15..1980-02-08

@person Benita Ferrero Waldner
also: Benita Maria Ferrero Waldner
role: AUT GOV | Minister for Foreign Affairs | 2003-01-01..2005-01-31

@person Benjamin Henry Sheares
role: SGP GOV | President | 1971-01-02..1981-05-12

@person Benjamin Mkapa
also: Benjamin William Mkapa
role: TZA GOV | President | 1995-11-23..2005-12-21

@person Bent Klinte
role: FRO GOV | High Commissioner | 1988-01-01..1995-01-01

@person Bernard Ayandho
role: CAF GOV | Prime Minister | 1979-09-26..1980-08-22

@person Bernard Bot
role: NLD GOV | Minister of Foreign Affairs | 2004-01-01..2007-02-28

@person Bernard Dowiyogo
role: NRU GOV | President | 1976-12-22..1978-04-19
role: NRU GOV | President | 1989-12-12..1995-11-22
role: NRU GOV | President | 1996-11-11..1996-11-26
role: NRU GOV | President | 1998-06-18..1999-04-27
role: NRU GOV | President | 2000-04-20..2001-03-30
role: NRU GOV | President | 2003-01-09..2003-01-17
role: NRU GOV | President | 2003-01-18..2003-03-10

@person Bernard Kamillius Membe
role: TZA GOV | Minister for Foreign Affairs and International Cooperation | 2007-03-01..2011-02-28?

@person Bernard Kolelas
role: COG GOV | Prime Minister | 1997-09-08..1997-10-15

@person Bernard Kouchner
role: FRA GOV | Minister of Foreign and European Affairs | 2007-06-01..2010-11-30

@person Bernard Makuza
role: RWA GOV | Prime Minister | 2000-03-08..2012-01-16?

@person Bernard St. John
role: BRB GOV | Prime Minister | 1985-03-11..1986-05-29

@person Bertie Ahern
role: IRL GOV | Prime Minister | 1997-06-26..2008-05-07

@person Besnik Mustafaj
role: ALB GOV | Minister of Foreign Affairs | 2005-10-01..2007-05-31

@person Bessarion Gugushvili
role: GEO GOV | Prime Minister | 1991-08-23..1992-01-06

@person Bharrat Jagdeo
role: GUY GOV | Prime Minister | 1999-08-09..1999-08-11
role: GUY GOV | President | 1999-08-11..2012-01-16?

@person Bhekh Bahadur Thapa
role: NPL GOV | Minister of Foreign Affairs | 2004-04-01..2004-06-30

@person Bhumibol Adulyadej
role: THA GOV | King | 1946-06-09..2012-01-16?

@person Bianrifi Tarmidi
role: COM GOV | Prime Minister | 1999-12-02..2000-11-29

@person Bikenibeu Paeniu
role: TUV GOV | Prime Minister | 1989-10-16..1993-12-10
role: TUV GOV | Prime Minister | 1996-12-24..1999-04-27

@person Bill Clinton
role: USA GOV | President | 1993-01-20..2001-01-20

@person Bill Graham
role: CAN GOV | Minister of Foreign Affairs | 2003-01-01..2003-12-31

@person Bill Hayden
role: AUS GOV | Governor-General | 1989-02-16..1996-02-16

@person Bill Skate
role: PNG GOV | Prime Minister | 1997-07-22..1999-07-14
role: PNG GOV | Governor-General | 2003-11-21..2004-05-28

@person Billie Miller
role: BRB GOV | Minister of Foreign Affairs and Foreign Trade | 2003-09-01..2008-02-29

@person Bingu Wa Mutharika
role: MWI GOV | President | 2004-05-24..2012-01-16?

@person Birendra Bir Bikram Shah Deva
role: NPL GOV | Kings (title_maharajadhiraja | 1972-01-31..2001-06-01

@person Birgit Kleis
role: FRO GOV | High Commissioner | 2001-11-01..2005-08-01

@person Bjarni Benediktsson
role: ISL GOV | Prime Minister | 1963-11-14..1970-07-10

@person Blaise Compaore
role: BFA GOV | President | 1987-10-15..2012-01-16?

@person Blas Ople
role: PHL GOV | Secretary of Foreign Affairs-Designate | 2003-01-01..2003-12-31

@person Bob Hawke
role: AUS GOV | Prime Minister | 1983-03-11..1991-12-20

@person Bokassa I
role: CAF GOV | Emperor | 1976-12-04..1979-09-20

@person Boniface Alexandre
role: HTI GOV | President | 2004-02-29..2006-05-14

@person Boris Silayev
role: KGZ GOV | Prime Minister | 1998-12-23..1998-12-25
role: KGZ GOV | Prime Minister | 1999-04-04..1999-04-12

@person Boris Trajkovski
role: MKD GOV | President | 1999-12-15..2004-02-26

@person Boris Yeltsin
role: RUS GOV | President | 1991-07-10..1999-12-31

@person Borys Tarasyuk
role: UKR GOV | Minister of Foreign Affairs | 2005-03-01..2007-02-28

@person Bouasone Bouphavanh
role: LAO GOV | Chairman of the Council of Ministers (prime_ministers | 2006-06-08..2012-01-16?

@person Boukary Adji
role: NER GOV | Prime Minister | 1996-01-30..1996-12-21

@person Boungnang Vorachith
role: LAO GOV | Chairman of the Council of Ministers (prime_ministers | 2001-03-27..2006-06-08

@person Branko Crvenkovski
role: MKD GOV | Prime Minister | 1992-08-17..1998-11-30
role: MKD GOV | Prime Minister | 2002-11-01..2004-05-12
role: MKD GOV | President | 2004-05-12..2012-01-16?

@person Brian Cowen
role: IRL GOV | Minister for Foreign Affairs | 2003-01-01..2011-02-28?
role: IRL GOV | Prime Minister | 2008-05-07..2012-01-16?

@person Brian Donnelly
role: COK GOV | High Commissioner | 2008-02-21..2012-01-16?

@person Brian G.J. Canty
role: AIA GOV | Governor | 1989-01-01..1992-01-01

@person Brian Mullooly
role: IRL GOV | Presidential Commission | 1997-09-12..1997-11-10

@person Brian Mulroney
role: CAN GOV | Prime Minister | 1984-09-17..1993-06-25

@person Bronislovas Lubys
role: LTU GOV | Prime Minister | 1992-12-02..1993-03-10

@person Bruce Dinwiddy
role: CYM GOV | Governor | 2002-05-29..2005-10-28

@person Bruce Golding
role: JAM GOV | Prime Minister | 2007-09-11..2012-01-16?

@person Bruno Kreisky
role: AUT GOV | Chancellor | 1970-04-21..1983-05-24
role: AUT GOV | President | 1974-04-24..1974-07-08

@person Bruno Rodriguez Parrilla
role: CUB GOV | Minister of Foreign Relations | 2009-04-01..2011-02-28?

@person Bruno Stagno
role: CRI GOV | Minister of Foreign Relations and Religion | 2006-06-01..2006-06-30
role: CRI GOV | Minister of Foreign Relations | 2006-07-01..2010-05-31

@person Bulent Ecevit
role: TUR GOV | Prime Minister | 1999-01-11..2002-11-18

@person Burhanuddin Rabbani
role: AFG GOV | President | 1992-06-28..1996-09-27
role: AFG GOV | President | 2001-11-13..2001-12-22

@person C.V. Devan Nair
role: SGP GOV | President | 1981-10-24..1985-03-27

@person Caabi El-Yachroutu
role: COM GOV | President | 1995-10-05..1996-01-26

@person Caetano N'Tchama
role: GNB GOV | Prime Minister | 2000-02-19..2001-03-19

@person Cai Goran Alexander Stubb
role: FIN GOV | Minister of Foreign Affairs and Nordic Cooperation | 2008-08-01..2011-02-28?

@person Calin Popescu-Tariceanu
role: ROU GOV | Prime Minister | 2004-12-29..2012-01-16?

@person Camille D'Ornano
role: DJI GOV | High Commissioner | 1976-02-09..1977-06-27

@person Camilo Augusto de Miranda Rebocho Vaz
role: AGO GOV | High Commissioners and Governor-General | 1966-10-27..1972-01-01

@person Canaan Banana
role: ZWE GOV | President | 1980-04-18..1987-12-31

@person Candido Muatetema Rivas
role: GNQ GOV | Prime Minister | 2001-03-04..2004-06-14

@person Carl Bildt
role: SWE GOV | Prime Minister | 1991-10-03..1994-10-07
role: SWE GOV | Minister of Foreign Affairs | 2006-11-01..2011-02-28?

@person Carl Xvi Gustaf
role: SWE GOV | Kings/queen | 1973-09-15..2012-01-16?

@person Carlo Azeglio Ciampi
role: ITA GOV | Prime Minister | 1993-04-29..1994-05-11
role: ITA GOV | President | 1999-05-18..2006-05-15

@person Carlos Alberto Lacoste
role: ARG GOV | President | 1981-12-11..1981-12-22

@person Carlos Alberto Pires Tiny
role: STP GOV | Minister of Foreign Affairs and Cooperation | 2008-08-01..2011-02-28?

@person Carlos Andres Perez
role: VEN GOV | President | 1989-02-02..1993-08-31

@person Carlos Arias Navarro
role: ESP GOV | Prime Minister | 1974-01-02..1976-07-01

@person Carlos Correia
role: GNB GOV | Prime Minister | 1991-12-27..1994-10-26
role: GNB GOV | Prime Minister | 1997-06-06..1998-12-03

@person Carlos Federico Ruckauf
role: ARG GOV | Minister of Foreign Relations, International Trade, and Worship | 2003-01-01..2003-05-31

@person Carlos Ferrero Costa
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 2003-12-15..2005-08-16

@person Carlos Gomes Junior
role: GNB GOV | Prime Minister | 2004-05-10..2005-11-02

@person Carlos Gustavo
role: STP GOV | Minister of Foreign Affairs and Cooperation | 2006-05-01..2008-07-31

@person Carlos Humberto Romero
role: SLV GOV | President | 1977-07-01..1979-10-15

@person Carlos Lleras Restrepo
role: COL GOV | President | 1966-08-07..1970-08-07

@person Carlos Manuel Arana Osorio
role: GTM GOV | President | 1970-07-01..1974-07-01

@person Carlos Mendoza
role: ECU GOV | Council of State | 2000-01-21..2000-01-22

@person Carlos Mesa
role: BOL GOV | President | 2003-10-17..2005-06-09

@person Carlos Roberto Flores Facusse
role: HND GOV | President | 1998-01-27..2002-01-27

@person Carlos Roberto Reina
role: HND GOV | President | 1994-01-27..1998-01-27

@person Carlos Saavedra Bruno
role: BOL GOV | Minister of Foreign Relations and Worship | 2003-01-01..2003-10-31

@person Carlos Salinas de Gortari
role: MEX GOV | President | 1988-12-01..1994-11-30

@person Carlos Saul Menem
role: ARG GOV | President | 1989-07-08..1999-12-10

@person Carlos Solorzano
role: ECU GOV | Council of State | 2000-01-21..2000-01-22

@person Carlos Torres Y Torres Lara
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1991-02-15..1991-11-06

@person Carlos Veiga
role: CPV GOV | Prime Minister | 1991-04-04..2000-10-05

@person Carmelo Mifsud Bonnici
role: MLT GOV | Prime Minister | 1984-12-22..1987-05-12

@person Carolina Barco
role: COL GOV | Minister of Foreign Affairs | 2003-01-01..2006-08-31

@person Casimir Oye Mba
role: GAB GOV | Prime Minister | 1990-05-03..1994-11-02

@person Celestin Gaombalet
role: CAF GOV | Prime Minister | 2003-12-12..2005-06-13

@person Cellou Dalein Diallo
role: GIN GOV | Prime Minister | 2004-12-09..2006-04-05

@person Celso Amorim
role: BRA GOV | Minister of Foreign Affairs | 2003-01-01..2009-03-31

@person Celso Luiz Nunes Amorim
role: BRA GOV | Minister of Foreign Relations | 2009-04-01..2010-12-31

@person Celso Torrelio Villa
role: BOL GOV | Junta of Commanders | 1981-08-04..1981-09-04
role: BOL GOV | President | 1981-09-04..1982-07-19

@person Cesar Gaviria Trujillo
role: COL GOV | President | 1990-08-07..1994-08-07

@person Cesar Mendoza Duran
role: CHL GOV | Junta | 1973-09-11..1974-06-27

@person Cesar Virata
role: PHL GOV | Prime Minister | 1981-04-08..1986-02-25

@person Cesare Antonio Gasperoni
role: SMR GOV | Captain-Regent | 2005-04-01..2005-10-01

@person Chadli Bendjedid
role: DZA GOV | President | 1979-02-09..1992-01-11

@person Chaim Herzog
role: ISR GOV | President | 1983-05-05..1993-05-13

@person Chan Sy
role: KHM GOV | Chairman of the Council of Ministers (prime_ministers | 1981-12-05..1984-12-26

@person Chandra Shekhar
role: IND GOV | Prime Minister | 1990-11-10..1991-06-21

@person Chandrika Kumaratunga
role: LKA GOV | Prime Minister | 1994-08-19..1994-11-14
role: LKA GOV | President | 1994-11-12..2005-11-19

@person Chang Chun-Hsiung
role: TWN GOV | President of the Executive Yuan (premiers | 2000-10-06..2002-02-01
role: TWN GOV | President of the Executive Yuan (premiers | 2007-05-21..2008-05-20

@person Chang Dae Whan
role: KOR GOV | Prime Minister | 2002-08-09..2002-09-10

@person Chang Po-Ya
role: TWN GOV | Governor | 2000-05-20..2002-02-04

@person Chang Sang
role: KOR GOV | Prime Minister | 2002-07-11..2002-07-31

@person Chao Shou-Po
role: TWN GOV | Governor | 1998-12-21..2000-05-20

@person Charan Singh
role: IND GOV | Prime Minister | 1979-07-28..1980-01-14

@person Charles Harry Godden
role: AIA GOV | Commissioner | 1978-01-01..1982-12-31

@person Charles Haughey
role: IRL GOV | Prime Minister | 1987-03-10..1992-02-11

@person Charles Helou
role: LBN GOV | President | 1964-09-23..1970-09-22

@person Charles Konan Banny
role: CIV GOV | Prime Minister | 2005-12-07..2007-04-04

@person Charles Murigande
role: RWA GOV | Minister of Foreign Affairs and Regional Cooperation | 2003-02-01..2009-07-31

@person Charles Peter David
role: GRD GOV | Minister of Foreign Affairs and Tourism | 2009-04-01..2009-08-31
role: GRD GOV | Minister of Foreign Affairs | 2009-09-01..2010-11-30

@person Charles Rabemananjara
role: MDG GOV | Prime Minister | 2007-01-20..2012-01-16?

@person Charles Taylor
role: LBR GOV | Presidents># Conflicting Claim | 1990-09-09..1990-11-22
role: LBR GOV | President | 1997-08-02..2003-08-11

@person Chatichai Choonhavan
role: THA GOV | Prime Minister | 1988-08-04..1991-02-23

@person Chaudhry Shujaat Hussain
also: Chaudhry Shahbaz Hussain
role: PAK GOV | Prime Minister | 2004-06-30..2004-08-28

@person Chavalit Yongchaiyudh
role: THA GOV | Prime Minister | 1996-12-01..1997-11-09

@person Chea Sim
role: KHM GOV | Chairman of the Council of State | 1992-04-06..1993-06-14

@person Cheddi Jagan
role: GUY GOV | President | 1992-10-09..1997-03-06

@person Cheikh El Avia Ould Mohamed Khouna
role: MUS GOV | Prime Minister | 1996-01-02..1997-12-18
role: MUS GOV | Prime Minister | 1998-11-16..2003-07-06

@person Cheikh Hadjibou Soumare
role: SEN GOV | Prime Minister | 2007-06-19..2012-01-16?

@person Cheikh Tidiane Gadio
role: SEN GOV | Minister of Foreign Affairs | 2003-01-01..2003-10-31
role: SEN GOV | Minister of Foreign Affairs | 2003-12-01..2010-03-31

@person Chen Shui-Bian
role: TWN GOV | President | 2000-05-20..2008-05-20

@person Chen Ta-Ching
role: TWN GOV | Governor | 1969-07-05..1972-06-06

@person Cheng Heng
role: KHM GOV | Head of State | 1970-03-18..1972-03-10

@person Chiang Ching-Kuo
role: TWN GOV | President of the Executive Yuan (premiers | 1972-05-29..1978-05-30
role: TWN GOV | President | 1978-05-20..1988-01-13

@person Chiang Kai-Shek
role: TWN GOV | President | 1950-03-01..1975-04-05

@person Chidchai Vanasatidya
role: THA GOV | Prime Minister | 2006-04-05..2006-05-23

@person Chin Iee Chong
role: KOR GOV | Prime Minister | 1983-10-15..1985-02-19

@person Chirau Mwakwere
also: Chirau Ali Mwakwere
role: KEN GOV | Minister for Foreign Affairs | 2004-08-01..2006-03-31

@person Chiu Chuang-Huan
role: TWN GOV | Governor | 1984-06-09..1990-06-16

@person Choe Song Hong
role: KOR GOV | Minister of Foreign Affairs and Trade | 2003-01-01..2003-02-28

@person Choi Kyu Hah
role: KOR GOV | Prime Minister | 1975-12-19..1979-12-06
role: KOR GOV | President | 1979-10-26..1980-08-16

@person Choi Yong Kun
role: PRK GOV | Chairman of the Presidium of the Supreme People's_assembly | 1957-09-20..1972-12-28

@person Choummaly Sayasone
role: LAO GOV | President | 2006-06-08..2012-01-16?

@person Chris Patten
role: HKG GOV | Governor | 1992-07-09..1997-06-30

@person Christian A. Kamara-Taylor
role: SLE GOV | Prime Minister | 1975-07-08..1978-06-15

@person Christian Dablanc
role: DJI GOV | High Commissioner | 1974-08-01..1976-02-09

@person Christopher Okoro Cole
role: SLE GOV | Governor-General | 1971-03-31..1971-04-19
role: SLE GOV | President | 1971-04-19..1971-04-21

@person Christos Sartzetakis
role: GRC GOV | President | 1985-03-30..1990-05-04

@person Chrystian Colombo
role: ARG GOV | Cabinet Chief | 2000-10-05..2001-12-21

@person Chuan Leekpai
role: THA GOV | Prime Minister | 1992-09-23..1995-07-13
role: THA GOV | Prime Minister | 1997-11-09..2001-02-09

@person Chultem Ulaan (Acting
role: MNG GOV | Prime Minister | 2004-08-13..2004-08-20

@person Chun Doo Hwan
role: KOR GOV | President | 1980-09-01..1988-02-25

@person Chun Yung Woo
role: KOR GOV | Senior Presidential Secretary for Foreign Affairs and Security Policy, Office of the President | 2010-11-01..2011-02-28?

@person Chung Il Kwon
role: KOR GOV | Prime Minister | 1964-05-10..1970-12-20

@person Chung Won Shik
role: KOR GOV | Prime Minister | 1991-05-24..1992-10-08

@person Clarence Augustus Seignoret
role: DMA GOV | President | 1983-12-19..1993-10-25

@person Claude Antoine Dacosta
role: COG GOV | Prime Minister | 1992-12-06..1993-06-23

@person Claudette Werleigh
role: HTI GOV | Prime Minister | 1995-11-07..1996-03-06

@person Claudio Muccioli
role: SMR GOV | Captain-Regent | 2005-10-01..2006-04-01

@person Cleopa David Msuya
role: TZA GOV | Prime Minister | 1994-12-07..1995-11-28

@person Clifford Irving
role: IMN GOV | Chairman of the Executive Council | 1977-01-01..1981-11-24

@person Colin Allan
role: SYC GOV | Governor | 1973-01-01..1976-01-01

@person Colville Young
role: BLZ GOV | Governor-General | 1993-11-17..2012-01-16?

@person Come Zoumara
role: CAF GOV | Minister of Foreign Affairs, Regional Integration, and Francophonie Affairs | 2006-10-01..2009-07-31

@person Constantin Dascalescu
role: ROU GOV | Chairman of the Council of Ministers | 1982-05-21..1989-12-22

@person Constantino Teixeira
role: GNB GOV | Prime Minister | 1978-07-07..1978-09-28

@person Corazon Aquino
role: PHL GOV | President | 1986-02-25..1992-06-30

@person Cosmo Dugal Patrick Thomas Haskard
role: FLK GOV | Governor | 1964-01-01..1970-01-01

@person Crispin Sorhaindo
role: DMA GOV | President | 1993-10-25..1998-10-05

@person Cristina Fernandez de Kirchner
role: ARG GOV | President | 2007-12-10..2012-01-16?

@person Cristino Seriche Bioko
role: GNQ GOV | Prime Minister | 1982-08-15..1992-03-04

@person Crown Prince Haakon
role: NOR GOV | King | 2003-11-25..2004-04-13
role: NOR GOV | King | 2005-03-29..2005-06-07

@person Crown Prince Harald
role: NOR GOV | King | 1990-06-01..1991-01-17

@person Cynthia Pratt
role: BHS GOV | Prime Minister | 2005-05-04..2005-06-22

@person Cyprien Ntaryamira
role: BDI GOV | President | 1994-02-05..1994-04-06

@person Cyril Romney
role: VGB GOV | Chief Minister | 1983-11-01..1986-10-01

@person Czeslaw Kiszczak
role: POL GOV | Prime Minister | 1989-08-02..1989-08-24

@person Dalia Itzik
role: ISR GOV | President | 2007-01-25..2007-07-15

@person Dame Catherine Tizard
role: NZL GOV | Governor-General | 1990-11-20..1996-03-21

@person Dame Ivy Dumont
role: BHS GOV | Governor-General | 2001-11-13..2005-11-30

@person Dame Nita Barrow
role: BRB GOV | Governor-General | 1990-06-06..1995-12-19

@person Dame Sian Elias
role: NZL GOV | Governor-General | 2001-03-22..2001-04-04
role: NZL GOV | Governor-General | 2006-08-04..2006-08-23

@person Dame Silvia Cartwright
role: NZL GOV | Governor-General | 2001-04-04..2006-08-04

@person Damiao Vaz D'Almeida
role: STP GOV | Prime Minister | 2004-09-18..2005-06-08

@person Dan M. Knudsen
role: FRO GOV | High Commissioner | 2008-01-01..2012-01-16?

@person Dan Quayle
role: USA GOV | Vice-President | 1989-01-20..1993-01-20

@person Dancia Penn
role: VGB GOV | Governor | 2006-04-10..2006-04-18

@person Daniel Arap Moi
role: KEN GOV | President | 1978-08-22..2002-12-30

@person Daniel Kablan Duncan
role: CIV GOV | Prime Minister | 1993-12-11..1999-12-24

@person Daniel Ortega
role: NIC GOV | President | 1985-01-10..1990-04-25
role: NIC GOV | President | 2007-01-10..2012-01-16?

@person Daniyal Akhmetov
role: KAZ GOV | Prime Minister | 2003-06-13..2007-01-10

@person Dante Cordova Blanco
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1995-07-28..1996-04-03

@person Daouda Malam Wanke
role: NER GOV | Chairman of the National Reconciliation Council | 1999-04-11..1999-12-22

@person Dashiyn Byambasuren
role: MNG GOV | Prime Minister | 1990-09-11..1992-07-21

@person Dato Pengiran Muhammad Yusuf Bin Abdul Rahim
role: BRN GOV | Chief Minister | 1967-01-01..1972-01-01

@person Dato' Seri Mahathir Bin Mohamad
role: MYS GOV | Prime Minister | 1981-07-16..2003-10-31

@person Datuk Hussein Bin Onn
role: MYS GOV | Prime Minister | 1976-01-15..1981-07-16

@person Datuk Seri Abdullah Ahmad Badawi
role: MYS GOV | Prime Minister | 2003-10-31..2012-01-16?

@person David Charles Ganao
role: COG GOV | Prime Minister | 1996-08-27..1997-09-08

@person David Choquehuanca Cespedes
role: BOL GOV | Minister of Foreign Relations and Worship | 2006-02-01..2011-02-28?

@person David Dacko
role: CAF GOV | President | 1979-09-20..1981-09-01

@person David E. Tatham
role: FLK GOV | Governor | 1992-08-01..1995-12-01

@person David Faiti
role: MWI GOV | Minister of Foreign Affairs and International Cooperation | 2005-03-01..2005-04-30

@person David Gibbons
role: BMU GOV | Premier | 1977-08-30..1982-01-15

@person David Jawara
role: GMB GOV | Prime Minister | 1962-06-12..1970-04-24

@person David Kpomakpor
role: LBR GOV | Chairman of the Council of State | 1994-03-07..1995-09-01

@person David Lange
role: NZL GOV | Prime Minister | 1984-07-26..1989-08-08

@person David Le Breton
role: AIA GOV | Commissioner | 1974-01-01..1977-12-31

@person David Mackilligin
role: VGB GOV | Governor | 1995-06-21..1998-01-01

@person David Nimley
role: LBR GOV | Presidents># Conflicting Claim | 1990-09-09..1990-11-22

@person David Oddsson
role: ISL GOV | Prime Minister | 1991-04-30..2004-09-15
role: ISL GOV | Minister of Foreign Affairs and External Trade | 2004-10-01..2010-04-30

@person David Osborne Hay
role: PNG GOV | Administrator | 1966-12-23..1970-01-01

@person David Padilla Arancibia
role: BOL GOV | President | 1978-11-24..1979-08-08

@person David Pearey
role: VGB GOV | Governor | 2006-04-18..2012-01-16?

@person David Robert Barwick
role: VGB GOV | Governor | 1982-01-01..1986-01-01

@person David Saul
role: BMU GOV | Premier | 1995-08-25..1997-03-27

@person David Teixeira Ferreira
role: MOZ GOV | High Commissioners and Governor-General | 1974-04-27..1974-06-11

@person David Thompson
role: BRB GOV | Prime Minister | 2008-01-16..2012-01-16?

@person David Waddington
role: BMU GOV | Governor | 1992-08-25..1997-06-04

@person Davis Katsonga
also: Davies Katsonga
role: MWI GOV | Minister of Foreign Affairs and International Cooperation | 2005-05-01..2006-06-30

@person Dean Barrow
also: Dean Oliver Barrow
role: BLZ GOV | Prime Minister | 2008-02-08..2012-01-16?

@person Delia Domingo Albert
role: PHL GOV | Secretary of Foreign Affairs | 2004-01-01..2004-08-31

@person Delwa Kassire Koumakoye
role: TCD GOV | Prime Minister | 1993-11-06..1995-04-08
role: TCD GOV | Prime Minister | 2007-02-26..2008-04-16

@person Denis Sassou-Nguesso
role: COG GOV | President | 1979-02-08..1992-08-31

@person Dennis Young
role: PNG GOV | Governor-General | 1989-12-31..1990-02-27
role: PNG GOV | Governor-General | 1991-10-04..1991-11-18

@person Denzil Douglas
role: KNA GOV | Prime Minister | 1995-07-07..2012-01-16?

@person Derek George Cudmore
role: VGB GOV | Governor | 1971-01-01..1974-01-01

@person Derek Sikua
role: SLB GOV | Prime Minister | 2007-12-20..2012-01-16?

@person Dermot Ahern
role: IRL GOV | Minister for Foreign Affairs | 2004-11-01..2008-05-31

@person Derog Gioura
role: NRU GOV | President | 2003-03-10..2003-05-29

@person Desi Bouterse
role: SUR GOV | President | 1980-08-13..1980-08-15
role: SUR GOV | President | 1982-02-04..1982-02-08

@person Desmond Hoyte
role: GUY GOV | President | 1985-08-06..1992-10-09

@person Diarra Traore
role: GIN GOV | Prime Minister | 1984-04-05..1984-12-18

@person Didier Opertti
role: URY GOV | Minister of Foreign Affairs | 2003-01-01..2005-02-28

@person Didier Ratsiraka
role: MDG GOV | President | 1997-02-09..2002-07-05

@person Dileita Mohamed Dileita
role: DJI GOV | Prime Minister | 2001-03-07..2012-01-16?

@person Dimitrios Droutsas
role: GRC GOV | Minister of Foreign Affairs | 2010-10-01..2011-02-28?

@person Dimitris Christofias
role: CYP GOV | President | 2008-02-28..2012-01-16?

@person Dimitur Popov
role: BGR GOV | Prime Minister | 1990-12-20..1991-11-08

@person Dingiri Banda Wijetunge
role: LKA GOV | Prime Minister | 1989-03-03..1993-05-07
role: LKA GOV | President | 1993-05-01..1994-11-12

@person Diogo Freitas Do Amaral
role: PRT GOV | Minister of State and Foreign Affairs | 2005-04-01..2006-07-31

@person Diosdado Cabello
role: VEN GOV | Executive Vice-President | 2002-01-13..2002-04-12
role: VEN GOV | President | 2002-04-13..2002-04-14
role: VEN GOV | Executive Vice-President | 2002-04-14..2002-05-05

@person Dipendra Bir Bikram Shah Deva
role: NPL GOV | Kings (title_maharajadhiraja | 2001-06-01..2001-06-04

@person Dipu Moni
role: BGD GOV | Minister of Foreign Affairs | 2009-02-01..2011-02-28?

@person Dismas Nsengiyaremye
role: RWA GOV | Prime Minister | 1992-04-02..1993-07-18

@person Djibril Yipene Bassolet
also: Djibrill Yipene Bassole
role: BFA GOV | Minister of Foreign Affairs and Regional Cooperation | 2007-07-01..2008-08-31

@person Djidda Moussa Outman
role: TCD GOV | Minister Delegate to the Minister of Foreign Affairs and African Integration | 2006-10-01..2010-03-31

@person Djidingar Dono Ngardoum
role: TCD GOV | Prime Minister | 1982-05-19..1982-06-19

@person Djimasta Koibla
role: TCD GOV | Prime Minister | 1995-04-08..1997-05-17

@person Do Muoi
role: VNM GOV | Chairman of the Council of Ministers | 1988-06-22..1991-08-08
role: VNM GOV | General Secretary of the Communist Party | 1991-06-27..1997-12-29

@person Dom Mintoff
role: MLT GOV | Prime Minister | 1971-06-21..1984-12-22

@person Dominique Ponchardier
role: DJI GOV | High Commissioner | 1969-02-05..1971-08-21

@person Dominique de Villepin
role: FRA GOV | Minister of Foreign Affairs | 2003-01-01..2004-03-31
role: FRA GOV | Prime Minister | 2005-05-31..2007-05-17

@person Domitien Ndayizeye
role: BDI GOV | President | 2003-04-30..2005-08-26

@person Donald Collin Cumyn Luddington
role: SLB GOV | Governor | 1973-01-01..1976-01-01

@person Donald Gelling
role: IMN GOV | Chief Minister | 1996-12-03..2001-12-04
role: IMN GOV | Chief Minister | 2004-12-14..2006-12-14

@person Donald Kalpokas
role: VUT GOV | Prime Minister | 1998-03-30..1999-11-25

@person Donald Lamont
role: FLK GOV | Governor | 1999-05-12..2002-11-23

@person Donald Tsang
role: HKG GOV | Chief Executive | 2005-03-12..2005-06-01

@person Dong Biwu
role: CHN GOV | Chairman | 1968-10-31..1972-02-24
role: CHN GOV | Chairman | 1972-02-24..1975-01-17

@person Douglas Slater
role: VCT GOV | Minister of Foreign Affairs, Foreign Trade, and Consumer Affairs | 2011-01-01..2011-02-28?

@person Driss Jettou
role: MAR GOV | Prime Minister | 2002-10-09..2007-09-19

@person Dudley Shelton Senanayake
role: LKA GOV | Prime Minister | 1965-03-27..1970-05-29

@person Dumaagiyn Sodnom
role: MNG GOV | Chairman of the Council of People's_commissars | 1984-12-12..1990-03-21

@person Dumitru Braghis
role: MDA GOV | Prime Minister | 1999-12-21..2001-04-19

@person Dwight D. Eisenhower
role: USA GOV | President | 1953-01-20..1961-01-20

@person E. Norman Crowe
role: IMN GOV | Chairman of the Executive Council | 1967-02-01..1971-01-01

@person Eamon Courtney
also: Eamon Courtenay
role: BLZ GOV | Minister of Foreign Affairs | 2006-05-01..2007-06-30

@person Earl B. Ruth
role: ASM GOV | Governor | 1975-02-06..1976-09-30

@person Eddie Fenech Adami
role: MLT GOV | Prime Minister | 1987-05-12..1996-10-28
role: MLT GOV | Prime Minister | 1998-09-06..2004-03-23
role: MLT GOV | President | 2004-04-04..2012-01-16?

@person Edem Kodjo
role: TGO GOV | Prime Minister | 1994-04-23..1996-08-20
role: TGO GOV | Prime Minister | 2005-06-09..2006-09-20

@person Edgar Gutierrez
role: GTM GOV | Minister of Foreign Relations | 2003-01-01..2004-01-31

@person Edgar Mann
role: IMN GOV | Chairman of the Executive Council | 1985-03-01..1986-12-01

@person Edgar Savisaar
role: EST GOV | Prime Minister | 1990-04-03..1992-01-30

@person Edison James
role: DMA GOV | Prime Minister | 1995-06-14..2000-02-03

@person Edith Cresson
role: FRA GOV | Prime Minister | 1991-05-15..1992-04-02

@person Edmond Haxhinasto
role: ALB GOV | Minister of Foreign Affairs | 2010-10-01..2011-02-28?

@person Edmond Leburton
role: BEL GOV | Prime Minister | 1973-01-26..1974-04-25

@person Edmund Joensen
role: FRO GOV | Prime Minister | 1994-09-15..1998-05-15

@person Edmundo Orellana Mercado
role: HND GOV | Minister of Foreign Relations | 2008-03-01..2008-11-30

@person Ednan Karabayev
also: Ednan Karabaev
role: KGZ GOV | Minister of Foreign Affairs | 2007-05-01..2009-01-31

@person Edouard Balladur
role: FRA GOV | Prime Minister | 1993-03-29..1995-05-18

@person Edouard Frank
role: CAF GOV | Prime Minister | 1991-03-15..1992-12-04

@person Edouard Gnakoye Lama
role: GIN GOV | Minister of Foreign Affairs | 2011-01-01..2011-02-28?

@person Edouard Nzambimana
role: BDI GOV | Prime Minister | 1976-11-12..1978-10-13

@person Eduard Kukan
role: SVK GOV | Minister of Foreign Affairs | 2003-01-01..2006-07-31

@person Eduard Nalbandian
role: ARM GOV | Minister of Foreign Affairs | 2008-05-01..2011-02-28?

@person Eduard Shevardnadze
role: GEO GOV | President | 1992-03-10..2003-11-23
role: GEO GOV | Prime Minister | 1993-08-06..1993-08-20

@person Eduardo Arantes E Oliveira
role: MOZ GOV | High Commissioners and Governor-General | 1970-01-01..1972-01-01

@person Eduardo Bauza
role: ARG GOV | Cabinet Chief | 1995-07-08..1996-03-28

@person Eduardo Camano
role: ARG GOV | President | 2001-12-31..2002-01-02

@person Eduardo Duhalde
role: ARG GOV | President | 2002-01-02..2003-05-25

@person Eduardo Frei Montalva
role: CHL GOV | President | 1964-11-03..1970-11-03

@person Eduardo Frei Ruiz-Tagle
role: CHL GOV | President | 1994-03-11..2000-03-11

@person Eduardo Rodriguez
role: BOL GOV | President | 2005-06-09..2006-01-22

@person Edward Akufo-Addo
role: GHA GOV | President | 1970-08-31..1972-01-13

@person Edward Babiuch
role: POL GOV | Prime Minister | 1980-02-18..1980-08-24

@person Edward Elliott Johnston
role: FSM GOV | High Commissioner | 1969-05-01..1976-07-01

@person Edward Heath
role: GBR GOV | Prime Minister | 1970-06-19..1974-03-04

@person Edward Lowassa
role: TZA GOV | Prime Minister | 2005-12-30..2008-02-09

@person Edward Natapei
role: VUT GOV | President | 1999-03-02..1999-03-24
role: VUT GOV | Prime Minister | 2001-04-13..2004-07-29

@person Edward Oliver Leblanc
role: DMA GOV | Premier | 1967-03-01..1974-07-27

@person Edward R. Schreyer
role: CAN GOV | Governor-General | 1979-01-22..1984-05-14

@person Edward Seaga
role: JAM GOV | Prime Minister | 1980-11-01..1989-02-10

@person Edward Zacca
role: JAM GOV | Governor-General | 1991-03-31..1991-08-01

@person Efrain Goldenberg Schreiber
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1994-02-17..1995-07-28

@person Efrain Rios Montt
role: GTM GOV | President | 1982-03-23..1983-08-08

@person Egon Krenz
role: DEU GOV | Chairman of the Council of State | 1989-10-24..1989-12-06

@person Ehud Barak
role: ISR GOV | Prime Minister | 1999-07-06..2001-03-07

@person Ehud Olmert
role: ISR GOV | Prime Minister | 2006-01-04..2012-01-16?

@person Einars Repse
role: LVA GOV | Prime Minister | 2002-11-07..2004-03-09

@person Eino Uusitalo
role: FIN GOV | Prime Minister | 1981-09-11..1982-02-19

@person Eisaku Sato
role: JPN GOV | Prime Minister | 1964-11-09..1972-07-06

@person Elias Hrawi
role: LBN GOV | President | 1989-11-24..1998-11-23

@person Elias Phisoana Ramaema
role: LSO GOV | Chairman of the Military Council | 1991-05-02..1993-04-02

@person Elias Sarkis
role: LBN GOV | President | 1976-09-23..1982-09-22

@person Elie Dote
role: CAF GOV | Prime Minister | 2005-06-13..2008-01-22

@person Elisabeth Domitien
role: CAF GOV | Prime Minister | 1975-01-02..1976-04-07

@person Ellen Johnson-Sirleaf
role: LBR GOV | President | 2006-01-16..2012-01-16?

@person Elliot Ohin
role: TGO GOV | Minister of State, Minister of Foreign Affairs and Cooperation | 2010-07-01..2011-02-28?

@person Elton Georges
role: VGB GOV | Governor | 2002-10-05..2002-10-14

@person Ely Ould Mohamed Vall
role: MUS GOV | Chairman of the Military Council for Justice and Democracy | 2005-08-03..2007-04-19

@person Emil Constantinescu
role: ROU GOV | President | 1996-11-29..2000-12-20

@person Emile Gumbs
role: AIA GOV | Chief Minister | 1977-02-02..1980-05-01
role: AIA GOV | Chief Minister | 1984-03-12..1994-03-18

@person Emile Jonassaint
role: HTI GOV | President | 1994-05-12..1994-10-12

@person Emile Lahoud
role: LBN GOV | President | 1998-11-24..2007-11-23

@person Emilio Eduardo Massera
role: ARG GOV | Military Junta | 1976-03-24..1976-03-29

@person Emilio Garrastazu Medici
role: BRA GOV | President | 1969-10-30..1974-03-15

@person Emmanuel Rakotovahiny
role: MDG GOV | Prime Minister | 1995-10-30..1996-05-28

@person Emomali Rakhmonov
role: TJK GOV | President | 1992-11-19..2012-01-16?

@person Endalkachew Makonnen
role: ETH GOV | Prime Minister | 1974-03-01..1974-07-22

@person Enele Sopoanga
role: TUV GOV | Minister for Foreign Affairs | 2010-11-01..2011-01-31

@person Enoch Derant Lakoue
role: CAF GOV | Prime Minister | 1993-02-26..1993-10-25

@person Enrique Bolanos
role: NIC GOV | President | 2002-01-10..2007-01-10

@person Enzo Colombini
role: SMR GOV | Captain-Regent | 2000-10-01..2001-04-01

@person Epeli Nailatikau
role: FJI GOV | Minister for Foreign Affairs and External Trade | 2007-09-01..2010-03-31

@person Ephraim Inoni
role: CMR GOV | Prime Minister | 2004-12-08..2012-01-16?

@person Erato Kozakou Marcoulli
role: CYP GOV | Minister of Foreign Affairs | 2007-08-01..2008-02-29

@person Erdal Inonu
role: TUR GOV | Prime Minister | 1993-05-16..1993-06-25

@person Eric Gairy
role: GRD GOV | Chief Minister | 1954-01-01..1956-01-01
role: GRD GOV | Chief Minister | 1958-01-01..1960-01-01
role: GRD GOV | Chief Minister | 1961-08-01..1962-06-19
role: GRD GOV | Prime Minister | 1967-08-01..1979-03-13

@person Erich Honecker
role: DEU GOV | Chairman of the Council of State | 1976-10-29..1989-10-24

@person Erkki Tuomioja
role: FIN GOV | Minister of Foreign Affairs | 2003-01-01..2007-04-30

@person Ernest Bai Koroma
role: SLE GOV | President | 2007-09-17..2012-01-16?

@person Ernest Gordon Lewis
role: FLK GOV | Governor | 1971-01-01..1975-01-01

@person Ernest Shonekan
role: NGA GOV | Prime Minister | 1993-01-04..1993-08-26
role: NGA GOV | Interim President | 1993-08-26..1993-11-17

@person Ernesto Ferreira de Macedo
role: AGO GOV | High Commissioners and Governor-General | 1975-08-02..1975-08-26

@person Ernesto Geisel
role: BRA GOV | President | 1974-03-15..1979-03-15

@person Ernesto Perez Balladares
role: PAN GOV | President | 1994-09-01..1999-09-01

@person Ernesto Samper Pizano
role: COL GOV | President | 1994-08-07..1998-08-07

@person Ernesto Zedillo
role: MEX GOV | President | 1994-12-01..2000-11-30

@person Ernst Walch
role: LIE GOV | Government Councillor for Foreign Relations | 2003-01-01..2005-04-30

@person Errol Barrow
role: BRB GOV | Prime Minister | 1986-05-29..1987-06-01

@person Erskine Sandiford
role: BRB GOV | Prime Minister | 1987-06-01..1994-09-07

@person Ertha Pascal-Trouillot
role: HTI GOV | President | 1990-03-13..1991-01-07
role: HTI GOV | President | 1991-01-07..1991-02-07

@person Esko Aho
role: FIN GOV | Prime Minister | 1991-04-26..1995-04-13

@person Estanislau Sangra Font
role: AND GOV | First Syndics (from 19930504, General_syndic | 1978-12-29..1982-01-04

@person Estanislau da Silva
role: TLS GOV | Prime Minister | 2007-05-19..2007-08-08

@person Eta Elizabeth Mtendere
role: MWI GOV | Minister of Foreign Affairs | 2009-07-01..2009-08-31

@person Etta Banda
also: Etta Elizabeth Banda
role: MWI GOV | Minister of Foreign Affairs | 2009-09-01..2011-02-28?

@person Eugen Bejinariu
role: ROU GOV | Prime Minister | 2004-12-21..2004-12-29

@person Eugene Camara
role: GIN GOV | Prime Minister | 2007-02-09..2007-03-01

@person Eugene Chien
role: TWN GOV | Minister of Foreign Affairs | 2003-01-01..2004-04-30

@person Eugene Koffi Adoboli
role: TGO GOV | Prime Minister | 1999-05-21..2000-08-31

@person Eugenia Charles
role: DMA GOV | Prime Minister | 1980-07-21..1995-06-14

@person Eugenijus Gentvilas
role: LTU GOV | Prime Minister | 2001-06-20..2001-07-03

@person Euladio D. Nicolaas
role: ABW GOV | Administrator | 1982-01-01..1983-01-01

@person Evaristo Carvalho
role: STP GOV | Prime Minister | 2001-09-26..2002-03-28

@person Evo Morales
role: BOL GOV | President | 2006-01-22..2012-01-16?

@person Ewart Brown
role: BMU GOV | Premier | 2006-10-30..2012-01-16?

@person Ezekiel Alebua
role: SLB GOV | Prime Minister | 1986-12-01..1989-03-28

@person Ezer Weizman
role: ISR GOV | President | 1993-05-13..2000-07-12

@person Ezzedine Salim
role: IRQ GOV | President of the Governing Council | 2004-05-01..2004-05-17

@person Fabian Alarcon
role: ECU GOV | President | 1997-02-06..1997-02-09
role: ECU GOV | President | 1997-02-11..1998-08-10

@person Fabio Berardi
role: SMR GOV | Captain-Regent | 2001-04-01..2001-10-01

@person Fahd
role: SAU GOV | King | 1982-06-13..2005-08-01
role: SAU GOV | Prime Minister | 1982-06-13..2005-08-01

@person Faimalaga Luka
role: TUV GOV | Prime Minister | 2001-02-24..2001-12-14
role: TUV GOV | Governor-General | 2003-09-09..2005-04-15

@person Faisal Al Fayez
role: JOR GOV | Prime Minister | 2003-10-25..2005-04-07

@person Fakhruddin Ahmed
role: BGD GOV | Prime Minister | 2007-01-12..2012-01-16?

@person Fakhruddin Ali Ahmed
role: IND GOV | President | 1974-08-24..1977-02-11

@person Fan Kuang-Chun
role: TWN GOV | Governor | 2002-02-04..2003-10-10

@person Faraj Said Bin Ghanem
role: YEM GOV | Prime Minister | 1997-05-14..1998-04-29

@person Farimang Mamadi Singhateh
role: GMB GOV | Governor-General | 1966-02-09..1970-04-24

@person Farooq Ahmed Leghari
role: PAK GOV | President | 1993-11-14..1997-12-02

@person Farouq Kasrawy
role: JOR GOV | Minister of Foreign Affairs | 2005-05-01..2006-04-30

@person Fathulla Jameel
role: MDV GOV | Minister of Foreign Affairs | 2003-01-01..2005-05-31

@person Fatima Veiga
also: Fatima Lima Veiga
role: CPV GOV | Minister of Foreign Affairs, Co-operation and Communities | 2003-01-01..2004-07-31

@person Fatos Nano
role: ALB GOV | Prime Minister | 1991-02-22..1991-06-05
role: ALB GOV | Prime Minister | 1997-07-24..1998-10-02
role: ALB GOV | Prime Minister | 2002-07-31..2005-09-11

@person Fatoumata Kaba Sidibe
also: Fatoumata Kaba Sidebe
role: GIN GOV | Minister of Foreign Affairs | 2005-09-01..2007-07-31

@person Faure Gnassingbe
role: TGO GOV | President | 2005-02-05..2005-02-25
role: TGO GOV | President | 2005-05-04..2012-01-16?

@person Fausta Simona Morganti
role: SMR GOV | Captain-Regent | 2005-04-01..2005-10-01

@person Faustin Archange Touadera
role: CAF GOV | Prime Minister | 2008-01-22..2012-01-16?

@person Faustin Twagiramungu
role: RWA GOV | Prime Minister | 1994-07-19..1995-08-31

@person Faustino Imbali
role: GNB GOV | Prime Minister | 2001-03-21..2001-12-09

@person Fawzi Salloukh
role: LBN GOV | Minister of Foreign Affairs | 2005-08-01..2009-11-30

@person Fayez Tarawneh
role: JOR GOV | Prime Minister | 1998-08-20..1999-03-04

@person Faysal
role: SAU GOV | Prime Minister | 1962-10-31..1975-03-25
role: SAU GOV | King | 1964-11-02..1975-03-25

@person Fazal Elahi Chaudhry
role: PAK GOV | President | 1973-08-14..1978-09-16

@person Fazal Haq Khaliqyar
role: AFG GOV | Prime Minister | 1990-05-08..1992-04-15

@person Fazlul Haque
role: BGD GOV | Prime Minister | 2007-01-11..2007-01-12

@person Federico Pedini Amati
role: SMR GOV | Captain-Regent | 2008-04-01..2012-01-16?

@person Federico Salas Guevara
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 2000-07-29..2000-11-25

@person Feleti Sevele
role: TON GOV | Prime Minister | 2006-02-11..2012-01-16?

@person Feliks Kulov
role: KGZ GOV | Prime Minister | 2005-08-15..2007-01-29

@person Felipe Calderon
role: MEX GOV | President | 2006-12-01..2012-01-16?

@person Felipe Gonzalez Marquez
role: ESP GOV | Prime Minister | 1982-12-02..1996-05-05

@person Felipe Perez Roque
role: CUB GOV | Minister of Foreign Relations | 2003-01-01..2009-03-31

@person Felipe Tromp
role: ABW GOV | Governor | 1986-01-01..1992-03-12

@person Felix Malloum
role: TCD GOV | President | 1975-04-15..1979-03-23
role: TCD GOV | Prime Minister | 1975-04-15..1978-08-29

@person Ferdinand E. Marcos
role: PHL GOV | President | 1965-12-30..1986-02-25
role: PHL GOV | Prime Minister | 1978-06-12..1981-04-08

@person Ferenc Gyurcsany
role: HUN GOV | Prime Minister | 2004-08-27..2012-01-16?

@person Ferenc Madl
role: HUN GOV | President | 2000-08-04..2005-08-05

@person Ferenc Somogyi
role: HUN GOV | Minister of Foreign Affairs | 2004-12-01..2006-06-30

@person Fernando Alves Aldeia
role: TLS GOV | Governor | 1972-01-01..1974-01-01

@person Fernando Araujo Perdomo
role: COL GOV | Minister of Foreign Relations | 2007-03-01..2008-08-31

@person Fernando Augusto Santos E Castro
role: AGO GOV | High Commissioners and Governor-General | 1972-10-01..1974-05-01

@person Fernando Collor de Mello
role: BRA GOV | President | 1990-03-15..1992-12-29

@person Fernando Henrique Cardoso
role: BRA GOV | President | 1995-01-01..2003-01-01

@person Fernando Jose de Franca Dias Van-Dunem
role: AGO GOV | Prime Minister | 1991-07-19..1992-12-02
role: AGO GOV | Prime Minister | 1996-06-03..1999-01-29

@person Fernando Pereira
role: STP GOV | President | 2003-07-16..2003-07-23

@person Fernando Romeo Lucas Garcia
role: GTM GOV | President | 1978-07-01..1982-03-23

@person Fernando da Piedade Dias Dos Santos
role: AGO GOV | Prime Minister | 2002-12-06..2008-09-30

@person Fernando de Araujo
role: TLS GOV | President | 2008-02-13..2008-04-17

@person Fernando de La Rua
role: ARG GOV | President | 1999-12-10..2001-12-21

@person Fernando de Santiago Y Diaz de Mendivil
role: ESP GOV | Prime Minister | 1976-07-01..1976-07-05

@person Festus Mogae
also: Festus Gontebanye Mogae
role: BWA GOV | President | 1998-04-01..2008-03-31

@person Fidel Castro
role: CUB GOV | President of the Council of Ministers | 1976-12-03..2008-02-24
role: CUB GOV | President of the Council of State | 1976-12-03..2008-02-24

@person Fidel Sanchez Hernandez
role: SLV GOV | President | 1967-07-01..1972-07-01

@person Fidel V. Ramos
role: PHL GOV | President | 1992-06-30..1998-06-30

@person Fidele Moungar
role: TCD GOV | Prime Minister | 1993-04-07..1993-11-06

@person Fikre Selassie Wogderess
role: ETH GOV | Prime Minister | 1987-09-10..1989-11-08

@person Filip Dimitrov
role: BGR GOV | Prime Minister | 1991-11-08..1992-12-30

@person Filoimea Telito
also: Filomea Telito
role: TUV GOV | Governor-General | 1978-10-01..1986-03-01
role: TUV GOV | Governor-General | 2005-04-15..2012-01-16?

@person Firuz Mustafayev
role: AZE GOV | Prime Minister | 1992-04-07..1992-05-18

@person Flavio Cotti
role: CHE GOV | President | 1998-01-01..1998-12-31

@person Florizel Glasspole
role: JAM GOV | Governor-General | 1973-06-27..1991-03-31

@person Fouad Siniora
role: LBN GOV | Prime Minister | 2005-07-19..2012-01-16?
role: LBN GOV | President | 2007-11-24..2008-05-25

@person Fradique de Menezes
also: Fradique Bandiera Melo de Menezes
role: STP GOV | President | 2001-09-03..2003-07-16
role: STP GOV | President | 2003-07-23..2012-01-16?

@person France-Albert Rene
role: SYC GOV | Prime Minister | 1976-06-29..1977-06-05
role: SYC GOV | President | 1977-06-05..2004-04-14

@person Francesc Areny Casal
role: AND GOV | First Syndics (from 19930504, General_syndic | 1997-03-10..2005-05-17

@person Francesc Cerqueda Pascuet
role: AND GOV | First Syndics (from 19930504, General_syndic | 1982-01-04..1990-01-12

@person Francesc Escude Ferrero
role: AND GOV | First Syndics (from 19930504, General_syndic | 1966-12-01..1972-12-01

@person Francesco Cossiga
role: ITA GOV | President | 1985-06-29..1992-04-28

@person Francis Billy Hilly
role: SLB GOV | Prime Minister | 1993-06-18..1994-11-07

@person Francis Edward Hovell-Thurlow-Cumming-Bruce
role: BHS GOV | Governor | 1968-11-01..1972-01-01

@person Francisco Carrion Mena
role: ECU GOV | Minister of Foreign Relations | 2005-11-01..2007-01-31

@person Francisco D. Figaroa
role: ABW GOV | Administrator | 1979-01-01..1982-01-01

@person Francisco Esteban Lainez Rivas
also: Francisco Lainez
role: SLV GOV | Minister of Foreign Relations | 2004-07-01..2008-02-29

@person Francisco Fadul
role: GNB GOV | Prime Minister | 1998-12-03..2000-02-19

@person Francisco Flores
role: SLV GOV | President | 1999-06-01..2004-06-01

@person Francisco Franco
role: ESP GOV | Head of State | 1936-10-01..1975-11-20
role: ESP GOV | Prime Minister | 1938-01-31..1973-06-08

@person Francisco L. Jossy Tromp
role: ABW GOV | Administrator | 1973-01-01..1979-01-01

@person Francisco Macias Nguema
role: GNQ GOV | President | 1968-10-12..1979-08-03

@person Francisco Mendes
role: GNB GOV | Prime Minister | 1973-09-24..1978-07-07

@person Francisco Ou
role: TWN GOV | Minister of Foreign Affairs | 2008-06-01..2010-03-31

@person Francisco Rodriguez
role: PAN GOV | President | 1989-09-01..1989-12-20

@person Francisco Xavier Do Amaral
role: TLS GOV | President | 1975-11-28..1978-09-01

@person Francisque Ravony
role: MDG GOV | Prime Minister | 1993-08-09..1995-10-30

@person Franco Frattini
role: ITA GOV | Minister of Foreign Affairs | 2003-01-01..2004-11-30
role: ITA GOV | Minister of Foreign Affairs | 2008-06-01..2011-02-28?

@person Francois Bozize
role: CAF GOV | President | 2003-03-15..2012-01-16?

@person Francois Fillon
role: FRA GOV | Prime Minister | 2007-05-17..2012-01-16?

@person Francois Lonseny Fall
role: GIN GOV | Minister of Foreign Affairs | 2003-01-01..2003-09-30
role: GIN GOV | Minister of Foreign Affairs | 2003-11-01..2005-08-31
role: GIN GOV | Prime Minister | 2004-02-23..2004-04-30

@person Francois Mitterrand
role: FRA GOV | President | 1981-05-21..1995-05-17

@person Francois Ngeze
role: BDI GOV | President | 1993-10-21..1993-10-27

@person Francois Tombalbaye
role: TCD GOV | Prime Minister | 1959-03-26..1975-04-13
role: TCD GOV | President | 1960-08-11..1975-04-13

@person Francois-Didier Gregh
role: MCO GOV | Minister of State | 1969-04-01..1972-05-24

@person Franjo Greguric
role: HRV GOV | Prime Minister | 1991-08-03..1992-09-08

@person Franjo Tudjman
role: HRV GOV | President | 1990-05-30..1999-12-10

@person Frank Barnett
role: ASM GOV | Governor | 1976-10-01..1977-05-27

@person Frank C. Mockler
role: ASM GOV | Governor | 1974-10-15..1975-02-06

@person Frank Hsieh
role: TWN GOV | President of the Executive Yuan (premiers | 2005-02-01..2006-01-25

@person Frank Savage
role: VGB GOV | Governor | 1998-07-03..2002-10-05

@person Frank Walter Steinmeier
role: DEU GOV | Minister of Foreign Affairs | 2005-12-01..2009-10-31

@person Franklin D. Roosevelt
role: USA GOV | President | 1933-03-04..1945-04-12

@person Frans Wernet
role: ABW GOV | Administrator | 1985-01-01..1985-12-31

@person Franz Jonas
role: AUT GOV | President | 1965-06-09..1974-04-24

@person Franz Vranitzky
role: AUT GOV | Chancellor | 1986-06-16..1997-01-28

@person Fred Degazon
role: DMA GOV | President | 1979-01-16..1980-02-01

@person Fred Goodwin
role: COK GOV | Queen's_representative | 2001-02-09..2012-01-16?

@person Fred Mitchell
role: BHS GOV | Minister of Foreign Affairs | 2003-01-01..2007-06-30

@person Fred Sinowatz
role: AUT GOV | Chancellor | 1983-05-24..1986-06-16

@person Fred Timakata
role: VUT GOV | President | 1989-01-30..1994-01-30

@person Fred W.K. Akuffo
role: GHA GOV | President | 1978-07-05..1979-06-04

@person Frederic de Saint-Sernin
role: AND GOV | Personal Representative of the French Coprince | 1999-05-01..2002-07-01

@person Frederick Chiluba
role: ZMB GOV | President | 1991-11-02..2002-01-02

@person Frederick Sumaye
role: TZA GOV | Prime Minister | 1995-11-28..2005-12-30

@person Frederick Willem de Klerk
role: ZAF GOV | President | 1989-08-15..1994-05-10

@person Frederik Ix
role: DNK GOV | Kings/queen | 1947-04-20..1972-01-14

@person Fredis Refunjol
role: ABW GOV | Governor | 2004-05-11..2012-01-16?

@person Fredrik Reinfeldt
role: SWE GOV | Prime Minister | 2006-10-06..2012-01-16?

@person Friedrich Ebert
role: DEU GOV | Chairman of the Council of State | 1973-08-01..1973-10-03

@person Fuad Guliyev
role: AZE GOV | Prime Minister | 1994-10-06..1996-07-20

@person Gaafar Nimeiry
role: SDN GOV | President | 1969-05-25..1971-07-19
role: SDN GOV | Prime Minister | 1969-10-28..1976-08-11
role: SDN GOV | President | 1971-07-22..1985-04-06
role: SDN GOV | Prime Minister | 1977-09-10..1985-04-06

@person Gabriel Costa
role: STP GOV | Prime Minister | 2002-03-28..2002-10-07

@person Gabriel Koyambounou
role: CAF GOV | Prime Minister | 1995-04-12..1996-06-11

@person Gagik Arutyunyan
role: ARM GOV | Prime Minister | 1991-11-22..1992-07-30

@person Galina Saidova
role: UZB GOV | Minister of Foreign Economic Relations, Investments, and Trade | 2011-01-01..2011-02-28?

@person Gamal Abdel Nasser
role: EGY GOV | President | 1954-11-14..1970-09-28
role: EGY GOV | Prime Minister | 1967-06-19..1970-09-28

@person Gamini Lakshman Peiris
also: G. L. Peiris
role: LKA GOV | Minister of External Affairs | 2010-05-01..2011-02-28?

@person Gaston Eyskens
role: BEL GOV | Prime Minister | 1968-06-17..1973-01-26

@person Gaston Thorn
role: LUX GOV | Prime Minister | 1974-06-15..1979-07-16

@person Gavril Dejeu
role: ROU GOV | Prime Minister | 1998-03-30..1998-04-17

@person Gediminas Kirkilas
role: LTU GOV | Prime Minister | 2006-07-04..2012-01-16?

@person Gediminas Vagnorius
role: LTU GOV | Prime Minister | 1991-01-13..1992-07-21
role: LTU GOV | Prime Minister | 1996-11-27..1999-05-04

@person Gehendra Bahadur Rajbhandari
role: NPL GOV | Prime Minister | 1970-04-13..1971-04-14

@person Geir H. Haarde
role: ISL GOV | Prime Minister | 2006-06-15..2012-01-16?

@person Geir Hallgrimsson
role: ISL GOV | Prime Minister | 1974-08-28..1978-09-01

@person Gela Bezhuashvili
role: GEO GOV | Minister of Foreign Affairs | 2005-11-01..2008-02-29

@person Gennady Yanayev
role: RUS GOV | President | 1991-08-19..1991-08-21

@person Geoffrey Owen Whittaker
role: AIA GOV | Governor | 1987-01-01..1989-01-01

@person Geoffrey Palmer
role: NZL GOV | Prime Minister | 1989-08-08..1990-09-04

@person George Borg Olivier
role: MLT GOV | Prime Minister | 1962-03-03..1971-06-21

@person George Brizan
role: GRD GOV | Prime Minister | 1995-02-01..1995-06-22

@person George Cadle Price
role: BLZ GOV | Prime Minister | 1961-04-07..1984-12-17
role: BLZ GOV | Prime Minister | 1989-11-07..1993-07-03

@person George Chaponda
role: MWI GOV | Minister of Foreign Affairs | 2004-07-01..2005-02-28

@person George Cosmas Adyebo
role: UGA GOV | Prime Minister | 1991-01-22..1994-11-18

@person George E.D. Clyne
role: GRD GOV | Chief Minister | 1961-03-01..1961-08-01

@person George Lepping
role: SLB GOV | Governor-General | 1988-07-07..1994-07-07

@person George Maxwell Richards
role: TTO GOV | President | 2003-03-17..2012-01-16?

@person George Mccarthy
role: CYM GOV | Governor | 2005-10-28..2005-11-23

@person George Tupou V
role: TON GOV | Kings/queen | 2006-09-11..2012-01-16?

@person George Wallace
role: LBR GOV | Minister of Foreign Affairs | 2006-04-01..2007-08-31

@person George Walter
role: ATG GOV | Premier | 1971-02-14..1976-02-01

@person George Wells
role: VUT GOV | Minister of Foreign Affairs and External Trade | 2011-02-01..2011-02-28?

@person George Yeo Yong Boon
also: George Yong Boon Yeo
role: SGP GOV | Minister for Foreign Affairs | 2004-09-01..2011-02-28?

@person Georges Pompidou
role: FRA GOV | President | 1969-06-20..1974-04-03

@person Georges Thiercy
role: DJI GOV | High Commissioner | 1971-08-21..1974-08-01

@person Georgi Atanasov
role: BGR GOV | Chairman of the Council of Ministers (premiers | 1986-03-24..1990-02-08

@person Georgi Purvanov
role: BGR GOV | President | 2002-01-22..2012-01-16?

@person Georgios Iacovou
role: CYP GOV | Minister of Foreign Affairs | 2003-03-01..2005-02-28
role: CYP GOV | Minister of Foreign Affairs | 2005-04-01..2006-06-30

@person Georgios Papadopoulos
role: GRC GOV | Prime Minister | 1967-12-13..1973-10-08
role: GRC GOV | King | 1972-03-21..1973-06-01
role: GRC GOV | President | 1973-06-01..1973-11-25

@person Georgios Rallis
role: GRC GOV | Prime Minister | 1980-05-09..1981-10-21

@person Georgios Vasiliou
role: CYP GOV | President | 1988-02-28..1993-02-28

@person Georgios Zoitakis
role: GRC GOV | King | 1967-12-13..1972-03-21

@person Gerald R. Ford
role: USA GOV | Vice-President | 1973-12-06..1974-08-09
role: USA GOV | President | 1974-08-09..1977-01-20

@person Gerald Zackios
role: MHL GOV | Minister of Foreign Affairs and Trade | 2003-01-01..2008-07-31

@person Gerard Kango Ouedraogo
role: BFA GOV | Prime Minister | 1971-02-13..1974-02-08

@person Gerard Latortue
role: HTI GOV | Prime Minister | 2004-03-12..2006-06-09

@person Gerhard Schroder
role: DEU GOV | Chancellor | 1998-10-27..2005-11-22

@person Ghazi Al-Yawer
role: IRQ GOV | President of the Governing Council | 2004-05-17..2004-05-17
role: IRQ GOV | President | 2004-06-28..2005-04-07

@person Gholam Reza Azhari
role: IRN GOV | Prime Minister | 1978-11-06..1979-01-04

@person Ghulam Ishaq Khan
role: PAK GOV | President | 1988-08-17..1993-07-18

@person Ghulam Mustafa Jatoi
role: PAK GOV | Prime Minister | 1990-08-06..1990-11-06

@person Gian Franco Terenzi
role: SMR GOV | Captain-Regent | 2000-10-01..2001-04-01
role: SMR GOV | Captain-Regent | 2006-04-01..2006-10-01

@person Gian Marco Marcucci
role: SMR GOV | Captain-Regent | 2000-04-01..2000-10-01

@person Gilbert Bawara
role: TGO GOV | Minister Delegate to the Minister of State, Minister of Foreign Affairs and African Integration | 2005-07-01..2009-02-28

@person Gino Giovagnoli
role: SMR GOV | Captain-Regent | 2001-10-01..2002-04-01

@person Giorgi Arsenishvili
role: GEO GOV | Minister of State | 2000-05-11..2001-12-21

@person Giorgio Napolitano
role: ITA GOV | President | 2006-05-15..2012-01-16?

@person Giovanni Francesco Ugolini
role: SMR GOV | Captain-Regent | 2002-04-01..2002-10-01

@person Giovanni Giannoni
role: SMR GOV | Captain-Regent | 2003-04-01..2003-10-01

@person Giovanni Lonfernini
role: SMR GOV | Captain-Regent | 2003-10-01..2004-04-01

@person Giovanni Spadolini
role: ITA GOV | President | 1992-04-28..1992-05-28

@person Girija Prasad Koirala
role: NPL GOV | Prime Minister | 1991-05-26..1994-11-30
role: NPL GOV | Prime Minister | 1998-04-15..1999-05-31
role: NPL GOV | Prime Minister | 2000-03-22..2001-07-26
role: NPL GOV | Prime Minister | 2006-04-30..2012-01-16?
role: NPL GOV | Kings (title_maharajadhiraja | 2007-01-15..2008-07-23

@person Girma Wolde-Giorgis
also: Girma Woldegiorgis
role: ETH GOV | President | 2001-10-08..2012-01-16?

@person Girts Valdis Kristovskis
role: LVA GOV | Minister of Foreign Affairs | 2010-11-01..2011-02-28?

@person Giuliano Amato
role: ITA GOV | Prime Minister | 1992-06-28..1993-04-29
role: ITA GOV | Prime Minister | 2000-04-26..2001-06-11

@person Giulio Andreotti
role: ITA GOV | Prime Minister | 1989-07-23..1992-06-28

@person Giuseppe Arzilli
role: SMR GOV | Captain-Regent | 1999-10-01..2000-04-01
role: SMR GOV | Captain-Regent | 2004-10-01..2005-04-01

@person Giuseppe Maria Morganti
role: SMR GOV | Captain-Regent | 2002-10-01..2003-04-01

@person Glafkos Kliridis
role: CYP GOV | President | 1993-02-28..2003-02-28

@person Gligorije Gogovski
role: MKD GOV | Chairman of the Executive Council | 1986-06-01..1991-01-27

@person Gloria Macapagal-Arroyo
role: PHL GOV | President | 2001-01-20..2012-01-16?

@person Gnassingbe Eyadema
role: TGO GOV | President | 1967-04-14..2005-02-05

@person Godfrey Smith
role: BLZ GOV | Minister of Foreign Affairs and National Emergency Management | 2004-12-01..2008-02-29
role: BLZ GOV | Minister of Foreign Affairs | 2006-05-01..2008-02-29

@person Goh Chok Tong
role: SGP GOV | Prime Minister | 1990-11-28..2004-08-12

@person Goh Kun
role: KOR GOV | Prime Minister | 1997-03-04..1998-03-03
role: KOR GOV | Prime Minister | 2003-02-26..2004-05-25
role: KOR GOV | President | 2004-03-12..2004-05-14

@person Golda Meir
role: ISR GOV | Prime Minister | 1969-03-17..1974-06-03

@person Gombojav Zandanshatar
also: Gombojavyn Zandanshatar
role: MNG GOV | Minister of Foreign Affairs and Trade | 2009-12-01..2011-02-28?

@person Gombojavyn Ochirbat
role: MNG GOV | General Secretary of the Central Committee of the Mprp | 1990-03-14..1990-04-13

@person Gonzalo Fernandez
also: Gonzalo Daniel Fernandez Dominguez
role: URY GOV | Minister of Foreign Affairs | 2008-04-01..2009-09-30

@person Gonzalo Sanchez de Lozada
role: BOL GOV | President | 1993-08-06..1997-08-06
role: BOL GOV | President | 2002-08-06..2003-10-17

@person Goran Persson
role: SWE GOV | Prime Minister | 1996-03-21..2006-10-06

@person Gordan Jandrokovic
role: HRV GOV | Minister of Foreign Affairs and European Integration | 2008-03-01..2011-02-28?

@person Gordon Wesley Jewkes
role: FLK GOV | Governor | 1985-10-16..1988-01-01

@person Gough Whitlam
role: AUS GOV | Prime Minister | 1972-12-05..1975-11-11

@person Goukouni Oueddei
role: TCD GOV | President | 1979-03-23..1979-04-29
role: TCD GOV | President | 1979-09-03..1982-06-07

@person Gregorio Conrado Alvarez Armelino
role: URY GOV | President | 1981-09-01..1985-02-12

@person Grigol Vashadze
role: GEO GOV | Minister of Foreign Affairs | 2009-01-01..2011-02-28?

@person Grisha Filipov
role: BGR GOV | Chairman of the Council of Ministers (premiers | 1981-06-18..1986-03-24

@person Gro Harlem Brundtland
role: NOR GOV | Prime Minister | 1990-11-03..1996-10-25

@person Gualberto Do Rosario
role: CPV GOV | Prime Minister | 2000-07-29..2001-02-01

@person Guido Vildoso Calderon
role: BOL GOV | President | 1982-07-21..1982-10-10

@person Guido de Marco
role: MLT GOV | President | 1999-04-04..2004-04-04

@person Guilherme Maria Goncalves
role: TLS GOV | Governor | 1978-01-01..1982-01-01

@person Guilherme Posser da Costa
role: STP GOV | Prime Minister | 1999-01-05..2001-09-18

@person Guillaume Soro
also: Guillaume Kigbafori Soro
role: CIV GOV | Prime Minister | 2007-04-04..2012-01-16?

@person Guillermo Augusto Perez Cadalso Arias
role: HND GOV | Minister of Foreign Relations | 2003-01-01..2003-08-31

@person Guillermo Endara
role: PAN GOV | President | 1989-12-20..1994-09-01

@person Guillermo Larco Cox
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1989-09-30..1990-07-28

@person Guillermo Rodriguez Lara
role: ECU GOV | President | 1972-02-15..1976-01-11

@person Guillermo Ungo
role: SLV GOV | Revolutionary Junta | 1979-10-17..1980-01-05

@person Gulbuddin Hekmatyar
role: AFG GOV | Prime Minister | 1993-06-17..1994-06-28
role: AFG GOV | Prime Minister | 1996-06-26..1996-09-27

@person Gunnar Thoroddsen
role: ISL GOV | Prime Minister | 1980-02-08..1983-05-26

@person Guntars Krasts
role: LVA GOV | Prime Minister | 1997-08-07..1998-11-26

@person Guntis Ulmanis
role: LVA GOV | President | 1993-07-08..1999-07-08

@person Gurbanguly Berdymukhammedov
role: TKM GOV | President | 2006-12-21..2012-01-16?

@person Gustav Heinemann
role: DEU GOV | President | 1969-07-01..1974-06-30

@person Gustavo Diaz Ordaz
role: MEX GOV | President | 1964-12-01..1970-11-30

@person Gustavo Leigh Guzman
role: CHL GOV | Junta | 1973-09-11..1974-06-27

@person Gustavo Noboa
role: ECU GOV | President | 2000-01-22..2003-01-15

@person Guy Razanamasy
role: MDG GOV | Prime Minister | 1991-08-08..1993-08-09

@person Guy Verhofstadt
role: BEL GOV | Prime Minister | 1999-07-12..2008-03-20

@person Gyanendra Bir Bikram Shah Deva
role: NPL GOV | Kings (title_maharajadhiraja | 2001-06-04..2008-05-28

@person Gyorgy Lazar
role: HUN GOV | Prime Minister | 1975-05-15..1987-06-25

@person Gyude Bryant
role: LBR GOV | Chairman of the National Transitional Government | 2003-10-14..2006-01-16

@person Gyula Horn
role: HUN GOV | Prime Minister | 1994-07-15..1998-07-06

@person H. Lavity Stoutt
role: VGB GOV | Chief Minister | 1967-04-01..1971-06-01
role: VGB GOV | Chief Minister | 1979-11-01..1983-11-01
role: VGB GOV | Chief Minister | 1986-10-01..1995-05-14

@person H.D. Deve Gowda
role: IND GOV | Prime Minister | 1996-06-01..1997-04-21

@person Habib Ben Yahia
role: TUN GOV | Minister for Foreign Affairs | 2003-01-01..2004-11-30

@person Habib Bourguiba
role: TUN GOV | President | 1957-07-25..1987-11-07

@person Habib Thiam
role: SEN GOV | Prime Minister | 1981-01-01..1983-04-03
role: SEN GOV | Prime Minister | 1991-04-08..1998-07-03

@person Hackman Owusu Agyeman
role: GHA GOV | Minister of Foreign Affairs | 2003-01-01..2007-08-31

@person Hae Phoofolo
role: LSO GOV | Prime Minister | 1994-08-17..1994-09-14

@person Hafizullah Amin
role: AFG GOV | Prime Minister | 1979-03-27..1979-12-27
role: AFG GOV | President of the Revolutionary Council | 1979-09-16..1979-12-27

@person Hage Geingob
role: NAM GOV | Prime Minister | 1990-03-21..2002-08-28

@person Haidar Abu Bakr Al-Attas
role: YEM GOV | Chairman of the Presidium of the Supreme People's_council | 1986-01-01..1990-05-22
role: YEM GOV | Prime Minister | 1990-05-22..1994-05-09
role: YEM GOV | Prime Minister | 1994-05-21..1994-07-07

@person Hailu Yimenu
role: ETH GOV | Prime Minister | 1989-11-08..1991-04-26

@person Haji Mohammad Chamkani
role: AFG GOV | President of the Revolutionary Council | 1986-11-24..1987-09-30

@person Halifa Houmadi
role: COM GOV | Prime Minister | 1994-10-14..1995-04-29

@person Halldor Asgrimsson
role: ISL GOV | Minister of Foreign Affairs | 2003-01-01..2003-11-30
role: ISL GOV | Minister of Foreign Affairs and External Trade | 2003-12-01..2004-09-30
role: ISL GOV | Prime Minister | 2004-09-15..2006-06-15

@person Ham Lini
role: VUT GOV | Prime Minister | 2004-12-11..2012-01-16?

@person Hama Amadou
role: NER GOV | Prime Minister | 1995-02-21..1996-01-27
role: NER GOV | Prime Minister | 2000-01-03..2007-06-07

@person Hamad Bin Jasim Bin Jabir Al Thani
role: QAT GOV | Minister of Foreign Affairs | 2003-01-01..2011-02-28?

@person Hamada Madi
role: COM GOV | Prime Minister | 2000-11-29..2002-04-15
role: COM GOV | President | 2002-01-21..2002-05-26

@person Hamed Karoui
role: TUN GOV | Prime Minister | 1989-09-27..1999-11-17

@person Hamilton Green
role: GUY GOV | Prime Minister | 1985-08-06..1992-10-09

@person Hammer Deroburt
role: NRU GOV | President | 1968-01-31..1976-12-22
role: NRU GOV | President | 1978-05-15..1986-09-17
role: NRU GOV | President | 1986-10-01..1986-12-12
role: NRU GOV | President | 1986-12-21..1989-08-17

@person Han Duck Soo
role: KOR GOV | Prime Minister | 2006-03-14..2006-04-19
role: KOR GOV | Prime Minister | 2007-04-02..2008-02-29

@person Han Myung Sook
role: KOR GOV | Prime Minister | 2006-04-19..2007-03-07

@person Han Seung Soo
role: KOR GOV | Prime Minister | 2008-02-29..2012-01-16?

@person Hang Thun Hak
role: KHM GOV | Prime Minister | 1972-10-15..1973-05-06

@person Hani Fawzi Al Mulki
role: JOR GOV | Minister of Foreign Affairs | 2005-02-01..2005-04-30

@person Hanna Suchocka
role: POL GOV | Prime Minister | 1992-07-08..1993-10-26

@person Hans Adam Ii
role: LIE GOV | Sovereign Prince | 1989-11-13..2012-01-16?

@person Hans Modrow
role: DEU GOV | Chairman of the Council of Ministers | 1989-11-13..1990-04-12

@person Hans Winkler
role: AUT GOV | State Secretary in the Ministry for Foreign Affairs | 2007-02-01..2008-12-31

@person Harald V
role: NOR GOV | King | 1991-01-17..2012-01-16?

@person Hari Kostov
role: MKD GOV | Prime Minister | 2004-06-02..2004-11-18

@person Harmodio Arias
role: PAN GOV | Minister of Foreign Relations | 2003-01-01..2004-09-30

@person Harold Lovell
role: ATG GOV | Minister of Foreign Affairs, Tourism, International Transportion, and Trade | 2004-04-01..2009-04-30

@person Harold Wilson
role: GBR GOV | Prime Minister | 1964-10-16..1970-06-19
role: GBR GOV | Prime Minister | 1974-03-04..1976-04-05

@person Haroun Kabadi
role: TCD GOV | Prime Minister | 2002-06-12..2003-06-24

@person Harri Holkeri
role: FIN GOV | Prime Minister | 1987-04-30..1991-04-26

@person Harriet Hall
role: FLK GOV | Governor | 2006-08-05..2006-08-28

@person Harry S. Truman
role: USA GOV | Vice-President | 1945-01-20..1945-04-12
role: USA GOV | President | 1945-04-12..1953-01-20

@person Haruo I. Remeliik
role: PLW GOV | President | 1981-01-01..1985-06-30

@person Hasan Hasanov
role: AZE GOV | Prime Minister | 1990-01-25..1992-04-07

@person Hassan
role: JOR GOV | King | 1998-07-14..1999-01-19

@person Hassan Abshir Farah
role: SOM GOV | Prime Minister | 2001-11-12..2003-12-08

@person Hassan Gouled Aptidon
role: DJI GOV | Prime Minister | 1977-05-18..1977-07-12
role: DJI GOV | President | 1977-06-27..1999-05-08

@person Hassan Ii
role: MAR GOV | King | 1961-02-26..1999-07-23

@person Hassanal Bolkiah Mu'Izzadin Waddaulah
role: BRN GOV | Sultan | 1967-10-04..2012-01-16?

@person Hastings Kamuzu Banda
role: MWI GOV | President | 1966-07-06..1994-05-21

@person Hau Pei-Tsun
role: TWN GOV | President of the Executive Yuan (premiers | 1990-05-30..1993-02-10

@person Haxhi Lleshi
role: ALB GOV | Chairman of the Presidium of the People's_assembly | 1953-08-01..1982-11-22

@person Hector Jose Campora
role: ARG GOV | President | 1973-05-25..1973-07-13

@person Hector Lacognata Zaragoza
role: PRY GOV | Minister of Foreign Affairs | 2009-05-01..2011-02-28?

@person Hector Miguel Antonio Dada Hirezi
role: SLV GOV | Revolutionary Junta | 1980-01-09..1980-03-03

@person Hector Timerman
also: Hector Marcos Timerman
role: ARG GOV | Minister of Foreign Relations, International Trade, and Worship | 2010-08-01..2011-02-28?

@person Heinz Fischer
role: AUT GOV | President | 2004-07-08..2012-01-16?

@person Helen Clark
also: Helen Elizabeth Clark
role: NZL GOV | Prime Minister | 1999-12-10..2008-11-19

@person Helen Elizabeth Clark
role: NZL GOV | Minister for Foreign Affairs | 2008-11-01..2008-12-31

@person Helena Demakova
role: LVA GOV | Minister of Foreign Affairs "Acting" | 2007-11-01..2007-11-30

@person Helmut Kohl
role: DEU GOV | Chancellor | 1982-10-01..1998-10-27

@person Helmut Schmidt
role: DEU GOV | Chancellor | 1974-05-16..1982-10-01

@person Henadz Navitski
role: BLR GOV | Prime Minister | 2001-10-01..2003-07-10

@person Hendrick R. Chin A Sen
role: SUR GOV | President | 1980-08-15..1982-02-04

@person Heng Samrin
role: KHM GOV | President of the People's_revolutionary_council | 1979-01-07..1981-06-27
role: KHM GOV | Chairman of the Council of State | 1981-06-27..1992-04-06

@person Henny Eman
role: ABW GOV | Prime Minister | 1986-01-01..1989-02-09
role: ABW GOV | Prime Minister | 1994-07-29..2001-10-30

@person Henri Konan Bedie
role: CIV GOV | President | 1993-12-07..1999-12-24

@person Henri Maidou
role: CAF GOV | Prime Minister | 1978-07-14..1979-09-26

@person Henrique Afonso da Silva Horta
role: CPV GOV | Governor | 1974-08-06..1974-09-21

@person Henrique Rosa
role: GNB GOV | President | 2003-09-28..2005-10-01

@person Henrique Soares de Melo
role: MOZ GOV | High Commissioners and Governor-General | 1974-06-11..1974-08-17

@person Henry A. Wallace
role: USA GOV | Vice-President | 1941-01-20..1945-01-20

@person Henry Odein Ajumogobia
also: Henry Odein Ajumogoboa
role: NGA GOV | Minister of Foreign Affairs | 2010-06-01..2011-02-28?

@person Henry Odin Ajumogoboa
also: Henry Odion Ajumogobia
role: NGA GOV | Minister of Foreign Affairs | 2010-06-01..2011-02-28?

@person Henry Tang
role: HKG GOV | Chief Executive | 2005-06-01..2005-06-24

@person Herard Abraham
role: HTI GOV | President | 1990-03-10..1990-03-13

@person Herbert A. Blaize
role: GRD GOV | Chief Minister | 1960-01-01..1961-03-01
role: GRD GOV | Chief Minister | 1962-09-01..1967-08-01
role: GRD GOV | Prime Minister | 1984-12-04..1989-12-19

@person Herman van Rompuy
role: BEL GOV | Prime Minister | 2008-12-31..2012-01-16?

@person Hernan Siles Zuazo
role: BOL GOV | President | 1982-10-10..1985-08-06

@person Hifikepunye Pohamba
role: NAM GOV | President | 2005-03-21..2012-01-16?

@person Hilda Bynoe
role: GRD GOV | Governor | 1968-01-01..1974-01-21

@person Hilla Limann
role: GHA GOV | President | 1979-09-24..1981-12-31

@person Hipido Hamutenya
role: NAM GOV | Minister of Foreign Affairs | 2003-01-01..2004-07-31

@person Hipolito Mejia
role: DOM GOV | President | 2000-08-16..2004-08-16

@person Hirofumi Nakasone
role: JPN GOV | Minister of Foreign Affairs | 2008-10-01..2009-09-30

@person Hirohito
role: JPN GOV | Emperors/empresse | 1926-12-25..1989-01-07

@person Hissene Habre
role: TCD GOV | Prime Minister | 1978-08-29..1979-03-23
role: TCD GOV | President | 1982-06-07..1990-12-01

@person Hojatolislam Ali Akbar Hashemi
role: IRN GOV | Provisional Presidential Council | 1981-06-22..1981-08-02

@person Hojatolislam Ali Akbar Hashemi Rafsanjani
role: IRN GOV | Provisional Presidential Council | 1981-08-30..1981-10-13
role: IRN GOV | President | 1989-08-03..1997-08-03

@person Hojatolislam Mohammad Javad Bahonar
role: IRN GOV | Prime Minister | 1981-08-04..1981-08-30

@person Hojatolislam Mohammad Khatami
role: IRN GOV | President | 1997-08-03..2005-08-03

@person Hojatolislam Sayyed Ali Khamenei
role: IRN GOV | President | 1981-10-13..1989-08-03

@person Hong Song Nam
role: PRK GOV | Chairman of the Council of Ministers | 1997-02-21..2003-09-03

@person Hor Namhong
role: KHM GOV | Minister of Foreign Affairs and International Cooperation | 2003-01-01..2011-02-28?

@person Horst Kohler
role: DEU GOV | President | 2004-07-01..2012-01-16?

@person Horst Sindermann
role: DEU GOV | Chairman of the Council of Ministers | 1973-10-03..1976-10-29

@person Hoshyar Zebari
also: Hoshyar Mahmud Zebari
role: IRQ GOV | Minister of Foreign Affairs | 2003-10-01..2011-02-28?

@person Hosni Mubarak
role: EGY GOV | Prime Minister | 1981-10-07..1982-01-02
role: EGY GOV | President | 1981-10-14..2012-01-16?

@person Hossain Mohammad Ershad
role: BGD GOV | President | 1982-03-24..1982-03-27
role: BGD GOV | President | 1983-12-11..1990-12-06

@person Houari Boumedienne
role: DZA GOV | President | 1965-06-19..1978-12-27

@person Howard Pearce
role: FLK GOV | Governor | 2002-12-03..2006-08-05

@person Hrant Bagratyan
role: ARM GOV | Prime Minister | 1991-09-26..1991-11-22
role: ARM GOV | Prime Minister | 1993-02-02..1996-11-04

@person Hrvoje Sarinic
role: HRV GOV | Prime Minister | 1992-09-08..1993-03-29

@person Hu Yaobang
role: CHN GOV | General Secretary | 1980-02-29..1987-01-16
role: CHN GOV | Chairman of the Communist Party of China | 1981-06-29..1982-09-12

@person Hua Guofeng
role: CHN GOV | Premier | 1976-02-04..1980-09-10
role: CHN GOV | Chairman of the Communist Party of China | 1976-10-07..1981-06-29

@person Huang Chih Fang
role: TWN GOV | Minister of Foreign Affairs | 2008-03-01..2008-05-31

@person Hubert H. Humphrey
role: USA GOV | Vice-President | 1965-01-20..1969-01-20

@person Hubert Hughes
role: AIA GOV | Chief Minister | 1994-03-18..2000-03-06

@person Hubert Ingraham
role: BHS GOV | Prime Minister | 1992-08-21..2002-05-03
role: BHS GOV | Prime Minister | 2007-05-04..2012-01-16?

@person Hubert Maga
role: BEN GOV | President | 1970-05-07..1972-05-07

@person Hudson Austin
role: GRD GOV | Prime Minister | 1983-10-19..1983-10-25

@person Hugh Lawson Shearer
role: JAM GOV | Prime Minister | 1967-04-11..1972-03-02

@person Hugh Watt
role: NZL GOV | Prime Minister | 1974-09-01..1974-09-06

@person Hugo Banzer Suarez
role: BOL GOV | President | 1971-08-22..1978-07-21
role: BOL GOV | President | 1997-08-06..2001-08-07

@person Hugo Chavez
role: VEN GOV | President | 1999-02-02..2002-04-12
role: VEN GOV | President | 2002-04-14..2012-01-16?

@person Hugo Roger Martinez Bonilla
role: SLV GOV | Minister of Foreign Relations | 2009-07-01..2011-02-28?

@person Humberto Schiavoni
role: ARG GOV | Cabinet Chief | 2001-12-21..2001-12-23

@person Hun Sen
role: KHM GOV | Chairman of the Council of Ministers (prime_ministers | 1985-01-14..1993-07-02

@person Husamettin Cindoruk
role: TUR GOV | President | 1993-04-17..1993-05-16

@person Hussein
role: JOR GOV | King | 1952-08-11..1999-02-07

@person Huynh Tan Phat
role: VNM GOV | President | 1975-04-30..1976-07-02

@person Hwang In Sung
role: KOR GOV | Prime Minister | 1993-02-25..1993-12-17

@person Hyppolite Raharison Ramaroson
role: MDG GOV | Minister of Foreign Affairs | 2010-09-01..2011-02-28?

@person Hyrum Rex Lee
role: ASM GOV | Governor | 1977-05-28..1978-01-03
role: ASM GOV | Governor | 1978-01-03..1985-01-03
role: ASM GOV | Governor | 1989-01-02..1993-01-03

@person Hyun Soong Jong
role: KOR GOV | Prime Minister | 1992-10-08..1993-02-25

@person Iajuddin Ahmed
role: BGD GOV | President | 2002-09-06..2012-01-16?
role: BGD GOV | Prime Minister | 2006-10-29..2007-01-11

@person Ian David Macfadyen
role: IMN GOV | Lieutenant Governor | 2000-10-25..2005-09-27

@person Ian Khama
role: BWA GOV | President | 2008-04-01..2012-01-16?

@person Ian Martin
role: TLS GOV | Administrator | 1999-10-25..1999-11-16

@person Ibrahim Al-Jaafari
role: IRQ GOV | President of the Governing Council | 2003-08-01..2003-08-31
role: IRQ GOV | Prime Minister | 2005-05-03..2006-05-20

@person Ibrahim Babangida
role: NGA GOV | Chairman of the Supreme Military Council | 1985-08-27..1993-08-26

@person Ibrahim Bare Mainassara
role: NER GOV | Chairman of the National Salvation Council | 1996-01-27..1996-08-07
role: NER GOV | President | 1996-08-07..1999-04-09

@person Ibrahim Boubacar Keita
role: MLI GOV | Prime Minister | 1994-02-04..2000-02-15

@person Ibrahim Halidi
role: COM GOV | Prime Minister | 1993-01-01..1993-05-26

@person Ibrahim Hassane Mayaki
role: NER GOV | Prime Minister | 1997-11-27..2000-01-03

@person Ibrahim Nasir
role: MDV GOV | President | 1968-11-11..1978-11-11

@person Idriss Deby
role: TCD GOV | President | 1990-12-02..2012-01-16?

@person Idrissa Seck
role: SEN GOV | Prime Minister | 2002-11-04..2004-04-21

@person Ieremia Tabai
role: KIR GOV | Chief Minister | 1978-03-01..1979-07-12
role: KIR GOV | President | 1979-07-12..1982-12-10
role: KIR GOV | President | 1983-02-18..1991-07-04

@person Ignacio Milam Tang
role: GNQ GOV | Prime Minister | 2008-07-08..2012-01-16?

@person Ignacio Walker
role: CHL GOV | Minister of Foreign Relations | 2004-11-01..2006-04-30

@person Ignatius Kutu Acheampong
role: GHA GOV | President | 1972-01-13..1978-07-05

@person Igor Chudinov
role: KGZ GOV | Prime Minister | 2007-12-24..2012-01-16?

@person Ilie Verdet
role: ROU GOV | Chairman of the Council of Ministers | 1979-03-29..1982-05-21

@person Ilinka Mitreva
role: MKD GOV | Minister of Foreign Affairs | 2003-01-01..2006-08-31

@person Ilir Meta
role: ALB GOV | Prime Minister | 1999-10-29..2002-02-22

@person Ilkka Kanerva
role: FIN GOV | Minister of Foreign Affairs and Nordic Cooperation | 2007-05-01..2008-04-30

@person Imangali Tasmagambetov
role: KAZ GOV | Prime Minister | 2002-01-28..2003-06-13

@person Imata Kabua
role: MHL GOV | President | 1997-01-14..2000-01-10

@person In Tam
role: KHM GOV | Prime Minister | 1973-05-06..1973-12-09

@person Inder Kumar Gujral
role: IND GOV | Prime Minister | 1997-04-21..1998-03-19

@person Indira Gandhi
role: IND GOV | Prime Minister | 1966-01-19..1977-03-24
role: IND GOV | Prime Minister | 1980-01-14..1984-10-31

@person Indulis Emsis
role: LVA GOV | Prime Minister | 2004-03-09..2004-12-02

@person Ingibjorg Solrun Gisladottir
role: ISL GOV | Minister of Foreign Affairs and External Trade | 2007-07-01..2009-02-28

@person Ingvar Carlsson
role: SWE GOV | Prime Minister | 1986-02-28..1991-10-03
role: SWE GOV | Prime Minister | 1994-10-07..1996-03-21

@person Inoke Kubuabola
role: FJI GOV | Minister for Foreign Affairs, Civil Aviation, and International Cooperation | 2010-04-01..2010-11-30
role: FJI GOV | Minister for Foreign Affairs and International Cooperation | 2010-12-01..2011-02-28?

@person Ioannis Alevras
role: GRC GOV | President | 1985-03-10..1985-03-29

@person Ioannis Grivas
role: GRC GOV | Prime Minister | 1989-10-11..1989-11-23

@person Ioannis Kasoulides
role: CYP GOV | Minister of Foreign Affairs | 2003-01-01..2003-02-28

@person Ion Ciubuc
role: MDA GOV | Prime Minister | 1997-01-24..1999-03-12

@person Ion Gheorghe Maurer
role: ROU GOV | Chairman of the Council of Ministers | 1961-03-21..1974-03-29

@person Ion Iliescu
role: ROU GOV | President | 2000-12-20..2004-12-20

@person Ion Sturza
role: MDA GOV | Prime Minister | 1999-03-12..1999-12-21

@person Ionatana Ionatana
role: TUV GOV | Prime Minister | 1999-04-27..2000-12-08

@person Irakli Menagharishvili
role: GEO GOV | Minister of Foreign Affairs | 2003-01-01..2003-11-30

@person Irena Degutiene
role: LTU GOV | Prime Minister | 1999-05-04..1999-05-18
role: LTU GOV | Prime Minister | 1999-10-27..1999-11-03

@person Isa Gambarov
role: AZE GOV | President | 1992-05-19..1992-06-16

@person Isabel Peron
role: ARG GOV | President | 1974-07-01..1976-03-24

@person Isaias Afewerki
role: ERI GOV | Secretary-General_of_the_provisional_government | 1991-05-29..1993-05-24
role: ERI GOV | President | 1993-05-24..2012-01-16?

@person Isaias Rodriguez
role: VEN GOV | Executive Vice-President | 2000-01-24..2000-12-28

@person Ishenbay Kadyrbekov
role: KGZ GOV | President | 2005-03-24..2005-03-25

@person Isidore Mvouba
role: COG GOV | Prime Minister | 2005-01-07..2012-01-16?

@person Iskenderbek Aidaraliyev
role: KGZ GOV | Prime Minister | 2007-11-28..2007-12-24

@person Islam Karimov
role: UZB GOV | President | 1990-03-24..2012-01-16?

@person Islamic Revolutionary Council
role: IRN GOV | Prime Minister | 1979-11-06..1980-08-12

@person Ismail Haniya
role: PSE GOV | Prime Minister | 2006-03-29..2007-06-14

@person Ismail Omar Guelleh
role: DJI GOV | President | 1999-05-08..2012-01-16?

@person Italo Luder
role: ARG GOV | President | 1975-09-13..1975-10-16

@person Itamar Franco
role: BRA GOV | President | 1992-10-02..1995-01-01

@person Ivan Gasparovic
role: SVK GOV | President | 2004-06-15..2012-01-16?

@person Ivan Graanoogst
role: SUR GOV | President | 1990-12-24..1990-12-29

@person Ivan Knotek
role: SVK GOV | Prime Minister | 1988-10-12..1989-06-22

@person Ivan Kostov
role: BGR GOV | Prime Minister | 1997-05-21..2001-07-24

@person Ivan Silayev
role: RUS GOV | Chairman of the Committee On Operative Management of the National Economy | 1991-09-06..1991-12-25

@person Ivars Godmanis
role: LVA GOV | Prime Minister | 1990-05-07..1993-08-03
role: LVA GOV | Prime Minister | 2007-12-20..2012-01-16?

@person Ivica Racan
role: HRV GOV | Prime Minister | 2000-01-27..2003-12-23

@person Ivo Sanader
role: HRV GOV | Prime Minister | 2003-12-23..2012-01-16?

@person Ivonka Survilla
role: BLR GOV | Chairman of the Rada | 1997-01-01..2012-01-16?

@person Ivy Matsepe Casaburri
role: ZAF GOV | President | 2008-09-25..2008-09-25

@person Iyad Allawi
role: IRQ GOV | President of the Governing Council | 2003-10-01..2003-10-31
role: IRQ GOV | Prime Minister | 2004-06-01..2005-05-03

@person Izatullo Khayoyev
role: TJK GOV | Prime Minister | 1991-06-25..1992-01-09

@person J. B. Dauda
role: SLE GOV | Minister of Foreign Affairs and International Cooperation | 2011-01-01..2011-01-31

@person J. Mark A. Herdman
role: VGB GOV | Governor | 1986-01-01..1991-01-01

@person J.M.G. Adams
role: BRB GOV | Prime Minister | 1976-09-08..1985-03-11

@person Jaafar Sharif-Emami
role: IRN GOV | Prime Minister | 1978-08-27..1978-11-06

@person Jaap Gijsbert de Hoop Scheffer
role: NLD GOV | Minister of Foreign Affairs | 2003-09-01..2003-12-31

@person Jaap de Hoop Scheffer
role: NLD GOV | Minister of Foreign Affairs | 2003-01-01..2003-08-31

@person Jaba Ioseliani
role: GEO GOV | President | 1992-01-06..1992-03-10

@person Jacinto Soares Veloso
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06

@person Jacob Nena
role: FSM GOV | President | 1996-11-08..1999-05-11

@person Jacobo Majluta Azar
role: DOM GOV | President | 1982-07-04..1982-08-16

@person Jacques Chaban-Delmas
role: FRA GOV | Prime Minister | 1969-06-20..1972-07-05

@person Jacques Chirac
role: FRA GOV | Prime Minister | 1974-05-27..1976-08-25
role: FRA GOV | Prime Minister | 1986-03-20..1988-05-10
role: FRA GOV | President | 1995-05-17..2007-05-16

@person Jacques Dupont
role: MCO GOV | Minister of State | 1991-02-16..1994-12-02

@person Jacques Mouradian
role: COM GOV | High Commissioner | 1969-11-01..1975-07-01

@person Jacques Santer
role: LUX GOV | Prime Minister | 1984-07-20..1995-01-20

@person Jacques Sylla
role: MDG GOV | Prime Minister | 2002-02-26..2007-01-20

@person Jacques-Edouard Alexis
role: HTI GOV | Prime Minister | 1999-03-26..2001-03-02
role: HTI GOV | Prime Minister | 2006-06-09..2012-01-16?

@person Jadallah Azzuz At-Talhi
role: LBY GOV | Secretary of the General People's_committee | 1979-03-01..1984-02-16

@person Jaime Abdul Gutierrez Avendano
role: SLV GOV | Revolutionary Junta | 1979-10-15..1982-05-02

@person Jaime Bermudez Merizalde
role: COL GOV | Minister of Foreign Relations | 2008-09-01..2010-08-31

@person Jaime Paz Zamora
role: BOL GOV | President | 1989-08-06..1993-08-06

@person Jaime Roldos Aguilera
role: ECU GOV | President | 1979-08-10..1981-05-24

@person Jakaya Kikwete
also: Jakay Mrisho Kikwete | Jakaya Mrisho Kikwete
role: TZA GOV | President | 2005-12-21..2012-01-16?

@person Jakaya Mrisho Kikwete
also: Jakay Mrisho Kikwete
role: TZA GOV | Minister of Foreign Affairs and International Cooperation | 2003-01-01..2011-02-28?

@person Jakob Gijsbert de Hoop Scheffer
role: NLD GOV | Minister of Foreign Affairs | 2003-09-01..2003-12-31

@person Jakov Lazarovski
role: MKD GOV | Secretary of the Central Committee of the Communist Party | 1986-06-01..1990-01-01

@person Jalal Talabani
role: IRQ GOV | President of the Governing Council | 2003-11-01..2003-11-30
role: IRQ GOV | President | 2005-04-07..2012-01-16?

@person Jambyn Batmonkh
role: MNG GOV | Chairman of the Council of People's_commissars | 1974-06-11..1984-12-12
role: MNG GOV | General Secretary of the Central Committee of the Mprp | 1984-08-24..1990-03-14
role: MNG GOV | Chairman of the Presidium of the State Great Khural | 1984-12-12..1990-03-21

@person James Alfred Davidson
role: VGB GOV | Governor | 1978-01-01..1981-01-01

@person James Callaghan
role: GBR GOV | Prime Minister | 1976-04-05..1979-05-04

@person James Carlisle
role: ATG GOV | Governors-General># Representing the British Monarch As Head of State | 1993-06-10..2007-07-17

@person James Michel
role: SYC GOV | President | 2004-04-14..2012-01-16?

@person James R. Mancham
role: SYC GOV | Prime Minister | 1970-11-12..1976-06-28

@person James Roland Walter Parker
role: FLK GOV | Governor | 1977-01-01..1980-01-01

@person James Ryan
role: CYM GOV | Governor | 2002-05-09..2002-05-29

@person James Soong
role: TWN GOV | Governor | 1993-03-20..1998-12-21

@person James Wapakhabulo
role: UGA GOV | Minister of Foreign Affairs | 2003-01-01..2005-01-31

@person Jamil Mahuad
role: ECU GOV | President | 1998-08-10..2000-01-21

@person Jamiruddin Sircar
role: BGD GOV | President | 2002-06-21..2002-09-06

@person Jamshed Karimov
role: TJK GOV | Prime Minister | 1994-12-02..1996-02-08

@person Jamshid Amouzegar
role: IRN GOV | Prime Minister | 1977-08-07..1978-08-27

@person Jamtsarangiyn Sambuu
role: MNG GOV | Chairman of the Presidium of the State Great Khural | 1954-07-07..1972-05-20

@person Jan Carnogursko
role: SVK GOV | Prime Minister | 1991-04-23..1992-06-24

@person Jan Eduard de Quay
role: NLD GOV | Prime Minister | 1959-05-19..1963-07-24

@person Jan Eliasson
role: SWE GOV | Minister of Foreign Affairs | 2006-05-01..2006-10-31

@person Jan Kohout
role: CZE GOV | Minister of Foreign Affairs | 2009-07-01..2010-07-31

@person Jan Krzysztof Bielecki
role: POL GOV | Prime Minister | 1991-01-04..1991-12-05

@person Jan Kubis
role: SVK GOV | Minister of Foreign Affairs | 2006-08-01..2009-01-31

@person Jan Olszewski
role: POL GOV | Prime Minister | 1991-12-06..1992-06-05

@person Jan Peder Syse
role: NOR GOV | Prime Minister | 1989-10-16..1990-11-03

@person Jan Peter Balkenende
role: NLD GOV | Prime Minister | 2002-07-22..2010-11-14

@person Jan Petersen
role: NOR GOV | Minister of Foreign Affairs | 2003-01-01..2005-10-31

@person Jan Strasky
role: CZE GOV | President | 1992-07-20..1992-12-31

@person Janet J. Mccoy
role: FSM GOV | High Commissioner | 1981-12-01..1987-07-10

@person Janet Jagan
role: GUY GOV | Prime Minister | 1997-03-17..1997-12-22
role: GUY GOV | President | 1997-12-19..1999-08-11

@person Janlavyn Narantsatsralt
role: MNG GOV | Prime Minister | 1998-12-09..1999-07-22

@person Janos Martonyi
role: HUN GOV | Minister of Foreign Affairs | 2010-07-01..2011-02-28?

@person Jaroslaw Kaczynski
role: POL GOV | Prime Minister | 2006-07-14..2007-11-16

@person Javier Perez de Cuellar
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 2000-11-25..2001-07-28

@person Javier Valle Riestra
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1998-06-04..1998-08-21

@person Jay Garner
role: IRQ GOV | Civil Administrator | 2003-04-21..2003-05-12

@person Jazep Sazhych
role: BLR GOV | Chairman of the Rada | 1982-11-01..1997-01-01

@person Jean Alingue Bawoyeu
role: TCD GOV | Prime Minister | 1991-03-04..1992-05-20

@person Jean Asselborn
role: LUX GOV | Minister of Foreign Affairs and of Immigration | 2004-09-01..2011-02-28?

@person Jean Ausseil
role: MCO GOV | Minister of State | 1985-09-16..1991-02-16

@person Jean Chretien
role: CAN GOV | Prime Minister | 1993-11-04..2003-12-12

@person Jean Claude Juncker
role: LUX GOV | Prime Minister | 1995-01-20..2012-01-16?

@person Jean Eyeghe Ndong
role: GAB GOV | Prime Minister | 2006-01-20..2012-01-16?

@person Jean Francois Ndongou
role: GAB GOV | Minister Delegate of Foreign Affairs, Cooperation, and Francophonie Affairs | 2003-01-01..2008-03-31

@person Jean Herly
role: MCO GOV | Minister of State | 1981-07-01..1985-09-16

@person Jean Kambanda
role: RWA GOV | Prime Minister | 1994-04-09..1994-07-19

@person Jean Marie Kacou Gervais
role: CIV GOV | Minister of Foreign Affairs | 2010-05-01..2011-02-28?

@person Jean Obeid
role: LBN GOV | Minister of Foreign Affairs | 2003-05-01..2004-10-31

@person Jean Paul Adam
role: SYC GOV | Minister of Foreign Affairs | 2010-07-01..2011-02-28?

@person Jean Paul Ngoupande
role: CAF GOV | Minister of Foreign Affairs | 2006-08-01..2006-09-30

@person Jean Paul Proust
role: MCO GOV | Minister of State | 2005-06-01..2012-01-16?

@person Jean Renald Clerisme
also: Jean Reynald Clerisme
role: HTI GOV | Minister of Foreign Affairs and Worship | 2006-07-01..2008-09-30

@person Jean-Baptiste Bagaza
role: BDI GOV | President | 1976-11-02..1987-09-03

@person Jean-Baptiste Ouedraogo
role: BFA GOV | President | 1982-11-08..1983-08-04

@person Jean-Bedel Bokassa
role: CAF GOV | President | 1966-01-01..1976-12-04

@person Jean-Bertrand Aristide
role: HTI GOV | President | 1991-02-07..1991-09-30
role: HTI GOV | President | 1993-06-15..1994-05-12
role: HTI GOV | President | 1994-10-12..1996-02-07
role: HTI GOV | President | 2001-02-07..2004-02-29

@person Jean-Francois Ntoutoume Emane
role: GAB GOV | Prime Minister | 1999-01-23..2006-01-20

@person Jean-Jacques Honorat
role: HTI GOV | Prime Minister | 1991-10-11..1992-06-19

@person Jean-Jacques Rasolondraibe
role: MDG GOV | Prime Minister | 2002-05-31..2002-07-05

@person Jean-Luc Dehaene
role: BEL GOV | Prime Minister | 1992-03-07..1999-07-12
role: BEL GOV | King | 1993-07-31..1993-08-09

@person Jean-Luc Mandaba
role: CAF GOV | Prime Minister | 1993-10-25..1995-04-12

@person Jean-Marie Cherestal
role: HTI GOV | Prime Minister | 2001-03-02..2002-03-15

@person Jean-Marie Leye
role: VUT GOV | President | 1994-03-02..1999-03-02

@person Jean-Pascal Delamuraz
role: CHE GOV | President | 1996-01-01..1996-12-31

@person Jean-Paul Ngoupande
also: Jean Paul Ngoupande
role: CAF GOV | Prime Minister | 1996-06-11..1997-01-30

@person Jean-Pierre Lebouder
role: CAF GOV | Prime Minister | 1980-11-12..1981-04-04

@person Jean-Pierre Raffarin
role: FRA GOV | Prime Minister | 2002-05-06..2005-05-31

@person Jean-Yves Caullet
role: AND GOV | Personal Representative of the French Coprince | 1993-09-01..1997-02-01

@person Jeanne Sauve
role: CAN GOV | Governor-General | 1984-05-14..1990-01-29

@person Jeffery Nape
role: PNG GOV | Governor-General | 2004-05-28..2004-06-29

@person Jelle Zijlstra
role: NLD GOV | Prime Minister | 1966-11-22..1967-04-05

@person Jenner Armour
role: DMA GOV | President | 1979-06-21..1980-02-25

@person Jennifer Smith
role: BMU GOV | Premier | 1998-11-10..2003-07-29

@person Jenny Shipley
role: NZL GOV | Prime Minister | 1997-12-08..1999-12-10

@person Jeno Fock
role: HUN GOV | Prime Minister | 1967-04-14..1975-05-15

@person Jeon Yun Churl
role: KOR GOV | Prime Minister | 2002-07-31..2002-08-09

@person Jeremie Bonnelame
role: SYC GOV | Minister of Foreign Affairs, Planning, and Environment | 2003-01-01..2005-04-30

@person Jeremy Moore
role: FLK GOV | Governor | 1982-06-14..1982-06-25

@person Jerry John Rawlings
role: GHA GOV | President | 1979-06-04..1979-09-24
role: GHA GOV | President | 1981-12-31..2001-01-07

@person Jerzy Buzek
role: POL GOV | Prime Minister | 1997-10-31..2001-10-19

@person Jesus Arnaldo Perez
role: VEN GOV | Minister of Foreign Affairs | 2004-08-01..2004-11-30

@person Jezdimir Bogdanski
role: MKD GOV | President of the Presidency | 1988-01-01..1990-04-28

@person Jiang Zemin
role: CHN GOV | General Secretary | 1989-06-24..2002-11-15
role: CHN GOV | President | 1993-03-27..2003-03-15

@person Jigme Dorji Wangchuk
role: BTN GOV | Kings (title_druk_gyalpo | 1952-03-24..1972-07-21

@person Jigme Khesar Namgyal Wangchuk
role: BTN GOV | Kings (title_druk_gyalpo | 2006-12-14..2012-01-16?

@person Jigme Singye Wangchuk
role: BTN GOV | Kings (title_druk_gyalpo | 1972-07-21..2006-12-14

@person Jigme Thinley
also: Jigme Y. Thinley
role: BTN GOV | Minister of Foreign Affairs | 2003-01-01..2007-08-31

@person Jim Bolger
role: NZL GOV | Prime Minister | 1990-11-02..1997-12-08

@person Jim Marurai
role: COK GOV | Prime Minister | 2004-12-14..2012-01-16?

@person Jimmy Carter
role: USA GOV | President | 1977-01-20..1981-01-20

@person Jiri Paroubek
role: CZE GOV | Prime Minister | 2005-04-25..2006-09-04

@person Jo Cals
role: NLD GOV | Prime Minister | 1965-04-14..1966-11-22

@person Joachim Yhombi-Opango
role: COG GOV | Prime Minister | 1993-06-23..1996-08-27

@person Joan Enric Vives Sicilia
role: AND GOV | Coprinces (bishops_of_urgel | 2003-05-12..2012-01-16?

@person Joan Gabriel Estany
role: AND GOV | First Syndics (from 19930504, General_syndic | 2005-05-17..2012-01-16?

@person Joan Marti Alanis
role: AND GOV | Coprinces (bishops_of_urgel | 1971-01-31..2003-05-12

@person Joannes Eidesgaard
role: FRO GOV | Prime Minister | 2004-02-03..2012-01-16?

@person Joao Baptista de Oliveira Figueired
role: BRA GOV | President | 1979-03-15..1985-03-15

@person Joao Bernardo Vieira
role: GNB GOV | Prime Minister | 1978-09-28..1980-11-14
role: GNB GOV | President | 1984-05-16..1999-05-07
role: GNB GOV | President | 2005-10-01..2012-01-16?

@person Joao Monteiro
role: GIN GOV | Minister of Foreign Affairs and International Cooperation | 2004-01-01..2004-06-30

@person Joaozinho Vieira
role: GIN GOV | Minister of Foreign Affairs and International Cooperation | 2003-01-01..2003-12-31

@person Joaquim Chissano
role: MOZ GOV | Prime Minister | 1974-09-20..1975-06-25
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06
role: MOZ GOV | President | 1986-11-06..2005-02-02

@person Joaquim Rafael Branco
also: Joachim Rafael Branco
role: STP GOV | Prime Minister | 2008-06-22..2012-01-16?

@person Joaquin Balaguer
role: DOM GOV | President | 1966-07-01..1978-08-16
role: DOM GOV | President | 1986-08-16..1996-08-16

@person Joe Clark
role: CAN GOV | Prime Minister | 1979-06-04..1980-03-03

@person Joe Natuman
role: VUT GOV | Minister of Foreign Affairs | 2009-09-01..2010-05-31
role: VUT GOV | Minister of Foreign Affairs and External Trade | 2010-06-01..2010-12-31

@person Joe Wells
role: VUT GOV | Minister of Foreign Affairs and External Trade | 2011-01-01..2011-01-31

@person Jogvan Sundstein
role: FRO GOV | Prime Minister | 1989-01-18..1991-01-15

@person Johan Ferrier
role: SUR GOV | Governor-General | 1968-08-12..1975-11-25
role: SUR GOV | President | 1975-11-25..1980-08-13

@person Johan Kraag
role: SUR GOV | President | 1990-12-29..1991-09-16

@person Johann Hafstein
role: ISL GOV | Prime Minister | 1970-07-10..1971-07-14

@person Johannes Rau
role: DEU GOV | President | 1999-07-01..2004-06-30

@person John Abizaid
role: IRQ GOV | Supreme Commander of Occupation Forces | 2003-07-07..2004-06-28

@person John Agyekum Kufuor
role: GHA GOV | President | 2001-01-07..2012-01-16?

@person John Bani
role: VUT GOV | President | 1999-03-24..2004-03-24

@person John Benjamin
role: SLE GOV | Chairman of the Council of State Secretaries | 1992-07-01..1992-11-01

@person John Bruton
role: IRL GOV | Prime Minister | 1994-12-15..1997-06-26

@person John Bryan
role: COK GOV | High Commissioner | 2005-09-06..2008-02-01

@person John Compton
role: LCA GOV | Prime Minister | 2006-12-15..2007-09-07

@person John Dalli
role: MLT GOV | Minister for Foreign Affairs and Investment Promotion | 2004-05-01..2004-07-31

@person John F. Kennedy
role: USA GOV | President | 1961-01-20..1963-11-22

@person John Giheno
role: PNG GOV | Prime Minister | 1997-03-27..1997-06-02

@person John Grey Gorton
role: AUS GOV | Prime Minister | 1968-01-10..1971-03-10

@person John Haglelgam
role: FSM GOV | President | 1987-05-11..1991-05-11

@person John Hilary Smith
role: KIR GOV | Governor | 1973-01-01..1978-01-01

@person John Howard
role: AUS GOV | Prime Minister | 1996-03-11..2007-12-03

@person John Key
also: John Phillip Key
role: NZL GOV | Prime Minister | 2008-11-19..2012-01-16?

@person John Lapli
role: SLB GOV | Governor-General | 1999-07-07..2004-07-07

@person John Major
role: GBR GOV | Prime Minister | 1990-11-28..1997-05-02

@person John Malecela
role: TZA GOV | Prime Minister | 1990-11-09..1994-12-07

@person John Morse Haydon
role: ASM GOV | Governor | 1969-08-01..1974-10-14

@person John Patteson Oti
role: SLB GOV | Minister of Foreign Affairs | 2007-07-01..2008-03-31

@person John Roland Robinson, Baron Martonmere
role: BMU GOV | Governor | 1964-01-01..1972-01-01

@person John Ross Marshall
role: NZL GOV | Prime Minister | 1972-02-07..1972-12-08

@person John Sharpe
role: BMU GOV | Premier | 1975-12-29..1977-08-30

@person John Silk
role: MHL GOV | Minister of Foreign Affairs | 2009-07-01..2011-02-28?

@person John Sutherland Thomson
role: VGB GOV | Administrator | 1967-01-01..1971-01-01

@person John Swan
role: BMU GOV | Premier | 1982-01-15..1995-08-25

@person John Turner
role: CAN GOV | Prime Minister | 1984-06-30..1984-09-17

@person John Warburton Paul
role: BHS GOV | Governor | 1972-05-14..1973-07-31

@person John William Morrison, Viscount Dunrossil
role: BMU GOV | Governor | 1983-01-01..1988-01-01

@person John Wynne Owen
role: CYM GOV | Governor | 1995-10-16..1999-01-01

@person Johnny Paul Koroma
role: SLE GOV | Head of the Armed Forces Revolutionary Council | 1997-05-25..1998-02-12

@person Joop Den Uyl
role: NLD GOV | Prime Minister | 1973-05-11..1977-12-19

@person Jordi Farras Forne
role: AND GOV | First Syndics (from 19930504, General_syndic | 1992-04-12..1994-01-19

@person Jorge Batlle
also: Jose Amorin Batlle
role: URY GOV | President | 2000-03-01..2005-03-01

@person Jorge Briz Abulara
role: GTM GOV | Minister of Foreign Affairs | 2004-02-01..2006-08-31

@person Jorge Capitanich
role: ARG GOV | Cabinet Chief | 2002-01-03..2002-05-03

@person Jorge Enrique Taiana
role: ARG GOV | Minister of Foreign Relations, International Trade, and Worship | 2008-11-01..2010-07-31

@person Jorge Ferro Ribeiro
role: MOZ GOV | High Commissioners and Governor-General | 1974-08-19..1974-09-12

@person Jorge Pacheco Areco
role: URY GOV | President | 1967-12-06..1972-03-01

@person Jorge Quiroga Ramirez
role: BOL GOV | President | 2001-08-07..2002-08-06

@person Jorge Rafael Videla
role: ARG GOV | Military Junta | 1976-03-24..1976-03-29
role: ARG GOV | President | 1976-03-29..1981-03-29

@person Jorge Rebelo
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06

@person Jorge Rodriguez
role: ARG GOV | Cabinet Chief | 1996-03-28..1999-12-10

@person Jorge Sampaio
role: PRT GOV | President | 1996-03-09..2006-03-09

@person Jorge Serrano Elias
role: GTM GOV | President | 1991-01-14..1993-06-01

@person Jorge Taiana
role: ARG GOV | Minister of Foreign Relations, International Trade, and Worship | 2005-12-01..2008-10-31

@person Jorge del Castillo
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 2006-07-28..2012-01-16?

@person Jos Ela Ebang
role: GNQ GOV | Minister Delegate of Foreign Affairs, International Cooperation, and Francophone Affairs | 2003-01-01..2004-06-30

@person Joschka Fischer
role: DEU GOV | Minister of Foreign Affairs | 2003-01-01..2005-11-30

@person Jose Antonio Garcia Belaunde
role: PER GOV | Minister of Foreign Relations | 2006-09-01..2011-02-28?

@person Jose Antonio Morales Ehrlich
role: SLV GOV | Revolutionary Junta | 1980-01-09..1982-05-02

@person Jose Antonio Moreno Ruffinelli
role: PRY GOV | Minister of Foreign Relations | 2003-01-01..2003-08-31

@person Jose Azcona Hoyo
role: HND GOV | President | 1986-01-27..1990-01-27

@person Jose Eduardo Dos Santos
role: AGO GOV | President | 1979-09-10..2012-01-16?

@person Jose Lopez Portillo
role: MEX GOV | President | 1976-12-01..1982-11-30

@person Jose Luis Rodriguez Zapatero
role: ESP GOV | Prime Minister | 2004-04-17..2012-01-16?

@person Jose Manuel Durao Barroso
role: PRT GOV | Prime Minister | 2002-04-06..2004-07-17

@person Jose Maria Aznar
role: ESP GOV | Prime Minister | 1996-05-05..2004-04-17

@person Jose Maria Figueres Olsen
role: CRI GOV | President | 1994-05-08..1998-05-08

@person Jose Maria Neves
also: Jose Maria Pereira Neves
role: CPV GOV | Prime Minister | 2001-02-01..2012-01-16?

@person Jose Maria Velasco Ibarra
role: ECU GOV | President | 1968-09-01..1972-02-15

@person Jose Napoleon Duarte
role: SLV GOV | Revolutionary Junta | 1980-03-10..1982-05-02
role: SLV GOV | President | 1980-12-22..1982-05-02
role: SLV GOV | President | 1984-06-01..1989-06-01

@person Jose Nogueira Valente Pires
role: TLS GOV | Governor | 1968-01-01..1972-01-01

@person Jose Oscar Monteiro
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06

@person Jose Ramon Avalos Navarrete
role: SLV GOV | Revolutionary Junta | 1980-01-09..1982-05-02

@person Jose Ramos Horta
role: TLS GOV | Minister for Foreign Affairs and International Cooperation | 2003-01-01..2004-10-31
role: TLS GOV | Minister for Foreign Affairs and International Cooperation | 2004-12-01..2011-02-28?

@person Jose Ramos-Horta
role: TLS GOV | Prime Minister | 2006-06-26..2007-05-19
role: TLS GOV | President | 2007-05-20..2012-01-16?

@person Jose Sarney
role: BRA GOV | President | 1985-03-15..1990-03-15

@person Jose Socrates
role: PRT GOV | Prime Minister | 2005-03-12..2012-01-16?

@person Jose Toribio Merino Castro
role: CHL GOV | Junta | 1973-09-11..1974-06-27

@person Jose Vicente Rangel
role: VEN GOV | Executive Vice-President | 2002-05-05..2007-01-08

@person Josef Klaus
role: AUT GOV | Chancellor | 1964-04-02..1970-04-21

@person Josef Tosovsko
role: CZE GOV | Prime Minister | 1997-12-17..1998-07-17

@person Josep Dalleres Codina
role: AND GOV | First Syndics (from 19930504, General_syndic | 1994-01-19..1997-03-10

@person Josep Maria Beal Benedico
role: AND GOV | First Syndics (from 19930504, General_syndic | 1990-01-12..1991-02-15

@person Josep Pintat-Solans
role: AND GOV | Head of Government | 1984-05-21..1990-01-12

@person Joseph Borg
role: MLT GOV | Minister for Foreign Affairs | 2003-01-01..2004-04-30

@person Joseph Conombo
role: BFA GOV | Prime Minister | 1978-07-07..1980-11-25

@person Joseph Dauda
also: Joseph Bandabla Dauda
role: SLE GOV | Minister of Foreign Affairs and International Cooperation | 2011-02-01..2011-02-28?

@person Joseph Deiss
role: CHE GOV | Chief, Federal Department of Foreign Affairs | 2003-01-01..2006-06-30
role: CHE GOV | President | 2004-01-01..2004-12-31

@person Joseph Estrada
role: PHL GOV | President | 1998-06-30..2001-01-20

@person Joseph J. Urusemal
role: FSM GOV | President | 2003-05-11..2007-05-11

@person Joseph Kabila Kabange
role: COD GOV | President | 2001-01-17..2012-01-16?

@person Joseph Kokou Koffigoh
role: TGO GOV | Prime Minister | 1991-08-27..1994-04-23

@person Joseph Nerette
role: HTI GOV | President | 1991-10-08..1992-06-19

@person Joseph Philippe Antonio
role: HTI GOV | Minister of Foreign Affairs | 2003-01-01..2004-03-31

@person Joseph Saidu Momoh
role: SLE GOV | President | 1985-11-28..1992-04-29

@person Joseph Warioba
role: TZA GOV | Prime Minister | 1985-11-05..1990-11-09

@person Joseph Yodoyman
role: TCD GOV | Prime Minister | 1992-05-20..1993-04-07

@person Josias Moli
role: VUT GOV | President | 2004-07-29..2004-08-16

@person Josip Manolic
role: HRV GOV | Prime Minister | 1990-08-24..1991-08-03

@person Joy Ogwu
role: NGA GOV | Minister of Foreign Affairs | 2006-09-01..2007-07-31

@person Joyce Banda
role: MWI GOV | Minister of Foreign Affairs and International Cooperation | 2006-07-01..2011-02-28?

@person Jozef Cyrankiewicz
role: POL GOV | Prime Minister | 1954-03-19..1970-12-23

@person Jozef Moravcik
role: SVK GOV | Prime Minister | 1994-03-16..1994-12-13

@person Jozef Oleksy
role: POL GOV | Prime Minister | 1995-03-06..1996-02-07

@person Jozef Pinkowski
role: POL GOV | Prime Minister | 1980-08-24..1981-02-09

@person Jozsef Antall
role: HUN GOV | Prime Minister | 1990-05-23..1993-12-12

@person Juan Carlos Hurtado Miller
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1990-07-28..1991-02-15

@person Juan Carlos I
role: ESP GOV | King | 1975-11-22..2012-01-16?

@person Juan Carlos Ongania
role: ARG GOV | President | 1966-06-29..1970-06-08

@person Juan Carlos Varela
role: PAN GOV | Minister of Foreign Affairs | 2009-08-01..2011-02-28?

@person Juan Carlos Wasmosy
role: PRY GOV | President | 1993-08-15..1998-08-15

@person Juan Ignacio Siles del Valle
role: BOL GOV | Minister of Foreign Affairs and Worship | 2003-11-01..2005-06-30

@person Juan Jose Torres Gonzales
role: BOL GOV | President | 1970-10-07..1971-08-21

@person Juan Maria Bordaberry
role: URY GOV | President | 1972-03-01..1976-06-12

@person Juan Pereda Asbun
role: BOL GOV | President | 1978-07-21..1978-11-24

@person Juan Peron
role: ARG GOV | President | 1973-10-12..1974-07-01

@person Juhan Parts
role: EST GOV | Prime Minister | 2003-04-10..2005-04-13

@person Jules Leger
role: CAN GOV | Governor-General | 1974-01-14..1979-01-22

@person Jules Wijdenbosch
role: SUR GOV | President | 1996-09-15..2000-08-12

@person Juli Minoves Itriquell
role: AND GOV | Minister of Foreign Affairs | 2004-05-01..2005-06-30

@person Juli Minoves Triquell
role: AND GOV | Minister of Foreign Affairs | 2003-01-01..2004-04-30

@person Julia Reig-Ribo
role: AND GOV | First Syndics (from 19930504, General_syndic | 1972-12-01..1978-12-29

@person Julian Hunte
role: LCA GOV | Minister for External Affairs, International Trade, and Civil Aviation | 2003-01-01..2004-11-30

@person Julio Cesar Mendez Montenegro
role: GTM GOV | President | 1966-07-01..1970-07-01

@person Julio Cesar Turbay Ayala
role: COL GOV | President | 1978-08-07..1982-08-07

@person Julio Maria Sanguinetti Coirolo
role: URY GOV | President | 1985-03-01..1990-03-01
role: URY GOV | President | 1995-03-01..2000-03-01

@person Julius Maada Bio
role: SLE GOV | Chairman of the Council of State Secretaries | 1993-07-05..1995-03-31
role: SLE GOV | Head of State | 1996-01-17..1996-03-29

@person Jumabek Ibraimov
role: KGZ GOV | Prime Minister | 1998-12-25..1999-04-04

@person Junichiro Koizumi
role: JPN GOV | Prime Minister | 2001-04-26..2006-09-26

@person Junius Richard Jayewardene
role: LKA GOV | Prime Minister | 1977-07-23..1978-02-06
role: LKA GOV | President | 1978-02-04..1989-01-02

@person Justin Ahomadegbe
role: BEN GOV | President | 1972-05-07..1972-10-26

@person Justin Metsing Lekhanya
role: LSO GOV | Chairman of the Military Council | 1986-01-24..1991-05-02

@person Juvenal Habyarimana
role: RWA GOV | President | 1973-07-05..1994-04-06

@person K. D. Knight
role: JAM GOV | Minister of Foreign Affairs and Foreign Trade | 2003-01-01..2006-03-31

@person K. Natwar Singh
role: IND GOV | Minister of External Affairs | 2004-06-01..2006-10-31

@person K.R. Narayanan
role: IND GOV | President | 1997-07-25..2002-07-25

@person Kabele Camara
also: Kabine Komara
role: GIN GOV | Minister of Foreign Affairs, Cooperation, African Integration, and Guineans Abroad | 2007-08-01..2008-07-31

@person Kabinga Mpande
also: Kabinga Pande
role: ZMB GOV | Minister of Foreign Affairs | 2007-09-01..2011-02-28?

@person Kadre Desire Ouedraogo
role: BFA GOV | Prime Minister | 1996-02-06..2000-11-07

@person Kadreddin Aslonov
role: TJK GOV | President | 1991-08-31..1991-09-23

@person Kadyrbek Sarbaev
role: KGZ GOV | Minister of Foreign Affairs | 2009-02-01..2010-07-31

@person Kakuei Tanaka
role: JPN GOV | Prime Minister | 1972-07-06..1974-12-09

@person Kalevi Sorsa
role: FIN GOV | Prime Minister | 1972-09-04..1975-06-13
role: FIN GOV | Prime Minister | 1977-05-15..1979-05-26
role: FIN GOV | Prime Minister | 1982-02-19..1987-04-30

@person Kaliopate Tavola
role: FJI GOV | Minister for Foreign Affairs and External Trade | 2003-01-01..2007-08-31

@person Kalkot Mataskelekele
also: Kalkot Matas Kelekele
role: VUT GOV | President | 2004-08-16..2012-01-16?

@person Kalombo Mwansa
role: ZMB GOV | Minister of Foreign Affairs | 2003-01-01..2005-08-31

@person Kalonzo Musyoka
role: KEN GOV | Minister for Foreign Affairs | 2003-01-01..2003-05-31
role: KEN GOV | Minister for Foreign Affairs | 2003-07-01..2004-03-31
role: KEN GOV | Minister for Foreign Affairs | 2004-05-01..2004-07-31

@person Kamal Ganzouri
role: EGY GOV | Prime Minister | 1996-01-04..1999-10-05

@person Kamal Hassan Ali
role: EGY GOV | Prime Minister | 1984-07-17..1985-09-04

@person Kamal Kharazi
role: IRN GOV | Minister of Foreign Affairs | 2003-01-01..2005-02-28

@person Kamel Morjane
role: TUN GOV | Minister of Foreign Affairs | 2010-03-01..2011-02-28?

@person Kamuta Latasi
role: TUV GOV | Prime Minister | 1993-12-10..1996-12-24

@person Kanat Saudabayev
role: KAZ GOV | Minister of Foreign Affairs | 2009-10-01..2011-02-28?

@person Kang Song San
role: PRK GOV | Chairman of the Council of Ministers | 1984-01-27..1986-12-29
role: PRK GOV | Chairman of the Council of Ministers | 1992-12-11..1997-02-21

@person Kang Young Hoon
role: KOR GOV | Prime Minister | 1988-12-05..1990-12-27

@person Kantathi Suphamongkhon
role: THA GOV | Minister of Foreign Affairs | 2005-04-01..2005-05-31

@person Karel Schwarzenberg
role: CZE GOV | Minister of Foreign Affairs | 2007-02-01..2009-06-30

@person Karel de Gucht
role: BEL GOV | Minister of Foreign Affairs | 2004-08-01..2009-07-31

@person Karim Masimov
role: KAZ GOV | Prime Minister | 2007-01-10..2012-01-16?

@person Karl Carstens
role: DEU GOV | President | 1979-07-01..1984-06-30

@person Karl Hood
role: GRD GOV | Minister of Foreign Affairs, Environment, and International Trade | 2010-12-01..2011-02-28?

@person Karolos Papoulias
role: GRC GOV | President | 2005-03-12..2012-01-16?

@person Karoly Grosz
role: HUN GOV | Prime Minister | 1987-06-25..1988-11-23

@person Kasdi Merbah
role: DZA GOV | Prime Minister | 1988-11-05..1989-09-09

@person Kasit Phirom
also: Kasit Piromya
role: THA GOV | Minister of Foreign Affairs | 2009-01-01..2011-02-28?

@person Kaspar Villiger
role: CHE GOV | President | 2002-01-01..2002-12-31

@person Kastriot Islami
role: ALB GOV | President | 1992-04-03..1992-04-06

@person Kasymzhomart Tokayev
role: KAZ GOV | Prime Minister | 1999-10-01..2002-01-28
role: KAZ GOV | Minister of Foreign Affairs | 2003-01-01..2007-01-31

@person Katsuya Okada
role: JPN GOV | Minister of Foreign Affairs | 2009-10-01..2010-09-30

@person Kaysone Phomvihane
role: LAO GOV | Chairman of the Council of Ministers (prime_ministers | 1975-12-08..1991-08-15
role: LAO GOV | President | 1991-08-15..1992-11-21

@person Kazi Zafar Ahmed
role: BGD GOV | Prime Minister | 1989-08-12..1990-12-06

@person Kazimiera Prunskiene
role: LTU GOV | Prime Minister | 1990-03-17..1991-01-10

@person Kazimierz Marcinkiewicz
role: POL GOV | Prime Minister | 2005-10-31..2006-07-14

@person Keheliya Rambukwella
also: Kehelilya Rambukwella
role: LKA GOV | Minister of Foreign Employment Promotion and Welfare | 2007-03-01..2010-04-30

@person Keijo Liinamaa
role: FIN GOV | Prime Minister | 1975-06-13..1975-11-30

@person Keith Jacka Holyoake
role: NZL GOV | Prime Minister | 1960-11-26..1972-02-07

@person Keith Mitchell
role: GRD GOV | Prime Minister | 1995-06-22..2008-07-09

@person Keizo Obuchi
role: JPN GOV | Prime Minister | 1998-07-30..2000-04-05

@person Kenas Aroi
role: NRU GOV | President | 1989-08-17..1989-12-12

@person Kennan Adeang
role: NRU GOV | President | 1986-09-17..1986-10-01
role: NRU GOV | President | 1986-12-12..1986-12-21
role: NRU GOV | President | 1996-11-26..1996-12-19

@person Kenneth Hall
role: JAM GOV | Governor-General | 2006-02-15..2012-01-16?

@person Kenneth Kaunda
role: ZMB GOV | President | 1964-10-24..1991-11-02

@person Kenneth Roy Crook
role: CYM GOV | Governor | 1971-01-01..1974-01-01

@person Kenny Anthony
role: LCA GOV | Prime Minister | 1997-05-24..2006-12-15

@person Kessai H. Note
role: MHL GOV | President | 2000-01-10..2008-01-07

@person Kevin Rudd
role: AUS GOV | Prime Minister | 2007-12-03..2012-01-16?
role: AUS GOV | Minister for Foreign Affairs | 2010-10-01..2011-02-28?

@person Kgalema Motlanthe
role: ZAF GOV | President | 2008-09-25..2009-05-09

@person Khaled Nezzar
role: DZA GOV | High State Committee | 1992-01-14..1994-01-31

@person Khaleda Zia
role: BGD GOV | Prime Minister | 1991-03-20..1996-03-30
role: BGD GOV | Prime Minister | 2001-10-10..2006-10-29

@person Khalid
role: SAU GOV | King | 1975-03-25..1982-06-13
role: SAU GOV | Prime Minister | 1975-03-29..1982-06-13

@person Khalid Bin Ahmad Al Khalifa
also: Khalid Bin Ahmad Bin Muhammad Al Khalifa
role: BHR GOV | Minister of Foreign Affairs | 2005-11-01..2011-02-28?

@person Khamtai Siphandon
also: Khamtai Siphadon
role: LAO GOV | Chairman of the Council of Ministers (prime_ministers | 1991-08-15..1998-02-24
role: LAO GOV | President | 1998-02-24..2006-06-08

@person Khandakar Mushtaq Ahmed
role: BGD GOV | President | 1975-08-15..1975-11-06

@person Khandu Wangchuk
role: BTN GOV | Minister of Foreign Affairs | 2003-08-01..2007-08-31

@person Khantathi Suphamongkon
role: THA GOV | Minister of Foreign Affairs | 2005-06-01..2006-10-31

@person Khieu Samphan
role: KHM GOV | Prime Minister | 1976-04-04..1976-05-13
role: KHM GOV | Chairman of the State Presidium | 1976-04-11..1979-01-07

@person Khin Nyunt
role: MMR GOV | Prime Minister | 2003-08-25..2004-10-19

@person Khosrov Arutyunyan
role: ARM GOV | Prime Minister | 1992-07-30..1993-02-02

@person Kiichi Miyazawa
role: JPN GOV | Prime Minister | 1991-11-06..1993-08-09

@person Kim Campbell
role: CAN GOV | Prime Minister | 1993-06-25..1993-11-04

@person Kim Chung Yul
role: KOR GOV | Prime Minister | 1987-07-14..1988-02-25

@person Kim Dae Jung
role: KOR GOV | President | 1998-02-25..2003-02-25

@person Kim Il
role: PRK GOV | Chairman of the Council of Ministers | 1972-12-28..1976-04-29

@person Kim Il Sung
role: PRK GOV | Chairman of the Council of Ministers | 1948-09-09..1972-12-28
role: PRK GOV | President | 1972-12-28..1994-07-08

@person Kim Jong Pil
role: KOR GOV | Prime Minister | 1971-06-04..1975-12-19
role: KOR GOV | Prime Minister | 1998-03-03..2000-01-13

@person Kim Sang Hyup
role: KOR GOV | Prime Minister | 1982-06-25..1983-10-14

@person Kim Suk Soo
role: KOR GOV | Prime Minister | 2002-09-10..2003-02-26

@person Kim Sung Hwan
role: KOR GOV | Senior Presidential Secretary for Foreign Affairs and Security Policy, Office of the President | 2008-08-01..2010-10-31
role: KOR GOV | Minister of Foreign Affairs and Trade | 2010-11-01..2011-02-28?

@person Kim Yong Il
role: PRK GOV | Chairman of the Council of Ministers | 2007-04-11..2012-01-16?

@person Kim Yong Nam
role: PRK GOV | Chairman of the Presidium of the Supreme People's_assembly | 1998-09-05..2012-01-16?

@person Kim Young Sam
role: KOR GOV | President | 1993-02-25..1998-02-25

@person Kintu Musoke
role: UGA GOV | Prime Minister | 1994-11-18..1999-04-05

@person Kinza Clodumar
role: NRU GOV | President | 1997-02-12..1998-06-18

@person Kiro Gligorov
role: MKD GOV | President | 1991-01-27..1999-11-19

@person Kirti Nidhi Bista
role: NPL GOV | Prime Minister | 1969-04-07..1970-04-13
role: NPL GOV | Prime Minister | 1971-04-14..1973-07-16
role: NPL GOV | Prime Minister | 1977-09-12..1979-05-30

@person Kjell Eugenio Laugerud Garcia
role: GTM GOV | President | 1974-07-01..1978-07-01

@person Kjell Magne Bondevik
role: NOR GOV | Prime Minister | 1997-10-17..2000-03-17
role: NOR GOV | Prime Minister | 2001-10-19..2005-10-17

@person Knowlson Gift
role: TTO GOV | Minister of Foreign Affairs | 2003-01-01..2006-12-31

@person Koffi Sama
role: TGO GOV | Prime Minister | 2002-06-29..2005-06-09

@person Kofi Busia
role: GHA GOV | Prime Minister | 1969-09-03..1972-01-13

@person Kofi Esaw
role: TGO GOV | Minister of Foreign Affairs and Regional Integration | 2009-03-01..2010-06-30

@person Kokou Biossey Tozoun
also: Kokou Tozoun
role: TGO GOV | Minister of Foreign Affairs and Cooperation | 2003-08-01..2005-06-30

@person Kolao Talake
role: TUV GOV | Minister for Foreign Affairs | 2003-01-01..2004-09-30

@person Koloa Talake
role: TUV GOV | Prime Minister | 2001-12-14..2002-08-02

@person Komlan Mally
role: TGO GOV | Prime Minister | 2007-12-06..2012-01-16?

@person Konstandinos Karamanlis
role: GRC GOV | Prime Minister | 1974-12-14..1974-12-18
role: GRC GOV | Prime Minister | 1980-05-15..1985-03-10
role: GRC GOV | Prime Minister | 1990-05-04..1995-03-10

@person Konstandinos Simitis
role: GRC GOV | Prime Minister | 1996-01-22..2004-03-10

@person Konstandinos Stephanopoulos
role: GRC GOV | Prime Minister | 1995-03-10..2005-03-12

@person Konstantin Chernenko
role: RUS GOV | General Secretary of the Communist Party | 1984-02-13..1985-03-10
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1984-04-11..1985-03-10

@person Konstantin Hryshchenko
also: Kostyantyn Gryshchenko
role: UKR GOV | Minister of Foreign Affairs | 2010-04-01..2011-02-28?

@person Konstantinos Ii
role: GRC GOV | King | 1964-03-06..1973-06-01

@person Konstantinos Karamanlis
role: GRC GOV | Prime Minister | 1974-07-23..1980-05-09
role: GRC GOV | President | 1974-12-14..1974-12-18
role: GRC GOV | President | 1980-05-15..1985-03-10
role: GRC GOV | President | 1990-05-04..1995-03-10

@person Konstantinos Mitsotakis
role: GRC GOV | Prime Minister | 1990-04-11..1993-10-13

@person Konstantinos Tsatsos
role: GRC GOV | President | 1975-06-20..1980-05-14

@person Kostas Karamanlis
role: GRC GOV | Prime Minister | 2004-03-10..2012-01-16?

@person Kostas Simitis
role: GRC GOV | Prime Minister | 1996-01-22..2004-03-10

@person Kostis Stephanopoulos
role: GRC GOV | President | 1995-03-10..2005-03-12

@person Kriangsak Chomanan
role: THA GOV | Prime Minister | 1977-11-12..1980-03-03

@person Krishna Prasad Bhattarai
role: NPL GOV | Prime Minister | 1990-04-19..1991-05-26
role: NPL GOV | Prime Minister | 1999-05-31..2000-03-22

@person Kristian Djurhuus
role: FRO GOV | Prime Minister | 1968-11-19..1970-12-12

@person Kristiina Ojuland
role: EST GOV | Minister of Foreign Affairs | 2003-01-01..2005-02-28

@person Kristjan Eldjarn
role: ISL GOV | President | 1968-08-01..1980-07-31

@person Kubanychbek Jumaliyev
role: KGZ GOV | Prime Minister | 1998-03-24..1998-12-23

@person Kukoi Samba Sanyang
role: GMB GOV | President | 1981-07-30..1981-08-05

@person Kukrit Pramoj
role: THA GOV | Prime Minister | 1975-03-14..1976-04-20

@person Kumba Iala
role: GNB GOV | President | 2000-02-17..2003-09-14

@person Kunio Lemari
role: MHL GOV | President | 1996-12-20..1997-01-14

@person Kuniwo Nakamura
role: PLW GOV | President | 1993-01-01..2001-01-01

@person Kurmanbek Bakiyev
also: Kurmanbek Bakiev
role: KGZ GOV | Prime Minister | 2000-12-21..2002-05-22
role: KGZ GOV | President | 2005-03-25..2012-01-16?
role: KGZ GOV | Prime Minister | 2005-03-25..2005-08-15

@person Kurt Meyer
role: COK GOV | High Commissioner | 2001-07-06..2005-08-29

@person Kurt Tibbetts
role: CYM GOV | Leader of Government Business (official_post_from 20030630 | 2000-11-21..2001-11-08
role: CYM GOV | Leader of Government Business (official_post_from 20030630 | 2005-05-18..2012-01-16?

@person Kurt Waldheim
role: AUT GOV | President | 1986-07-08..1992-07-08

@person Kwassi Klutse
role: TGO GOV | Prime Minister | 1996-08-20..1999-05-21

@person Kwon O Kyu
role: KOR GOV | Prime Minister | 2007-03-07..2007-04-02

@person L.F. Ramdat Misier
role: SUR GOV | President | 1982-02-08..1988-01-25

@person Lado Gurgenidze
also: Vladimir Gurgenidze
role: GEO GOV | Prime Minister | 2007-11-22..2012-01-16?

@person Lagitupu Tuilimu
role: TUV GOV | Prime Minister | 2000-12-08..2001-02-24

@person Lagumot Harris
role: NRU GOV | President | 1978-04-19..1978-05-15
role: NRU GOV | President | 1995-11-22..1996-11-11

@person Laila Freivalds
role: SWE GOV | Minister for Foreign Affairs | 2003-11-01..2006-03-31

@person Lakshman Kadirgamar
role: LKA GOV | Minister of Foreign Affairs | 2004-06-01..2005-08-31

@person Lam Akol Ajawin
role: SDN GOV | Minister of Foreign Affairs | 2005-11-01..2007-12-31

@person Lamberto Dini
role: ITA GOV | Prime Minister | 1995-01-17..1996-05-18

@person Lamine Sidime
role: GIN GOV | Prime Minister | 1999-03-08..2004-02-23

@person Lansana Conte
role: GIN GOV | President | 1984-04-03..2012-01-16?

@person Lansana Kouyate
role: GIN GOV | Prime Minister | 2007-03-01..2008-05-23

@person Lassana Traore
role: MLI GOV | Minister of Foreign Affairs and Malians Abroad | 2003-01-01..2004-07-31

@person Laszlo Kovacs
role: HUN GOV | Minister of Foreign Affairs | 2003-01-01..2004-11-30

@person Laszlo Solyom
role: HUN GOV | President | 2005-08-05..2012-01-16?

@person Latifa Akherbach
role: MAR GOV | Secretary of State to the Minister of Foreign Affairs and Cooperation | 2007-11-01..2009-07-31

@person Latifur Rahman
role: BGD GOV | Prime Minister | 2001-07-15..2001-10-10

@person Laurent Desire Kabila
role: COD GOV | President | 1997-05-17..2001-01-18

@person Laurent Gbagbo
role: CIV GOV | President | 2000-10-26..2012-01-16?

@person Laurie Chan
role: SLB GOV | Minister of Foreign Affairs | 2004-01-01..2007-05-31

@person Laurynas Mindaugas Stankevicius
role: LTU GOV | Prime Minister | 1996-02-15..1996-11-27

@person Lavaka Ata Ulukalala
role: TON GOV | Minister of Foreign Affairs | 2003-01-01..2006-08-31

@person Lawrence Cannon
role: CAN GOV | Minister of Foreign Affairs | 2008-11-01..2011-02-28?

@person Lawrence Gonzi
role: MLT GOV | Prime Minister | 2004-03-23..2012-01-16?

@person Lawrence Murray Greig
role: COK GOV | Queen's_representative | 2000-11-14..2001-02-09

@person Lazarus Salii
role: PLW GOV | President | 1985-10-25..1988-08-20

@person Le Duan
role: VNM GOV | First Secretary | 1960-09-10..1976-12-20
role: VNM GOV | General Secretary of the Communist Party | 1976-12-20..1986-07-10

@person Le Duc Anh
role: VNM GOV | President | 1992-09-23..1997-09-24

@person Le Kha Phieu
role: VNM GOV | General Secretary of the Communist Party | 1997-12-29..2001-04-22

@person Lech Kaczynski
role: POL GOV | President | 2005-12-23..2012-01-16?

@person Lech Walesa
role: POL GOV | President | 1990-12-22..1995-12-23

@person Lee Hae Chan
role: KOR GOV | Prime Minister | 2004-06-30..2006-03-14

@person Lee Han Dong
role: KOR GOV | Prime Minister | 2000-05-22..2002-07-11

@person Lee Han Key
role: KOR GOV | Prime Minister | 1987-05-26..1987-07-14

@person Lee Hoi Chang
role: KOR GOV | Prime Minister | 1993-12-17..1994-04-22

@person Lee Hong Koo
role: KOR GOV | Prime Minister | 1994-12-17..1995-12-18

@person Lee Hsien Loong
role: SGP GOV | Prime Minister | 2004-08-12..2012-01-16?

@person Lee Huan
role: TWN GOV | President of the Executive Yuan (premiers | 1989-05-21..1990-05-30

@person Lee Hun Jai
role: KOR GOV | Prime Minister | 2000-05-19..2000-05-22
role: KOR GOV | Prime Minister | 2004-05-25..2004-06-30

@person Lee Hyun Jae
role: KOR GOV | Prime Minister | 1988-02-25..1988-12-05

@person Lee Kuan Yew
role: SGP GOV | Prime Minister | 1959-06-05..1990-11-28

@person Lee Myung Bak
role: KOR GOV | President | 2008-02-25..2012-01-16?

@person Lee Soo Sung
role: KOR GOV | Prime Minister | 1995-12-18..1997-03-04

@person Lee Teng-Hui
role: TWN GOV | Governor | 1981-12-05..1984-05-20
role: TWN GOV | President | 1988-01-13..2000-05-20

@person Lee Yung Duk
role: KOR GOV | Prime Minister | 1994-04-29..1994-12-17

@person Leif Groth
role: FRO GOV | High Commissioner | 1972-01-01..1981-01-01

@person Lene Espersen
role: DNK GOV | Minister of Foreign Affairs | 2010-03-01..2011-02-28?

@person Lennart Meri
role: EST GOV | President | 1992-10-06..2001-10-08

@person Leo A. Falcam
role: FSM GOV | President | 1999-05-11..2003-05-11

@person Leo Tindemans
role: BEL GOV | Prime Minister | 1974-04-25..1978-10-20

@person Leo de Gale
role: GRD GOV | Governor | 1974-01-24..1974-02-07
role: GRD GOV | Governor-General | 1974-02-07..1978-10-04

@person Leon Febres Cordero Rivadeneira
role: ECU GOV | President | 1984-08-10..1988-08-10

@person Leon Mebiame
role: GAB GOV | Prime Minister | 1975-04-16..1990-05-03

@person Leonard She Okitundu
role: COD GOV | Minister of Foreign Affairs and International Cooperation | 2003-01-01..2003-07-31

@person Leonardo Simao
role: MOZ GOV | Minister of Foreign Affairs and Cooperation | 2003-01-01..2005-02-28

@person Leonel Cardoso
role: AGO GOV | High Commissioners and Governor-General | 1975-08-26..1975-11-10

@person Leonel Fernandez
role: DOM GOV | President | 1996-08-16..2000-08-16
role: DOM GOV | President | 2004-08-16..2012-01-16?

@person Leonid Brezhnev
role: RUS GOV | General Secretary of the Communist Party | 1964-10-14..1982-11-10
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1977-06-16..1982-11-10

@person Leonid Kravchuk
role: UKR GOV | President | 1991-12-05..1994-07-19

@person Leonid Kuchma
role: UKR GOV | Prime Minister | 1992-10-13..1993-09-22
role: UKR GOV | President | 1994-07-19..2005-01-23

@person Leonidas Rosa Bautista
role: HND GOV | Minister of Foreign Relations | 2003-11-01..2005-07-31

@person Leopold Gnininvi
role: TGO GOV | Minister of Foreign Affairs and Regional Integration | 2008-09-01..2009-02-28

@person Leopold Sedar Senghor
role: SEN GOV | President | 1960-09-06..1980-12-31

@person Leopoldo Calvo-Sotelo Y Bustelo
role: ESP GOV | Prime Minister | 1981-02-25..1982-12-02

@person Leopoldo Galtieri
role: ARG GOV | President | 1981-12-22..1982-06-18

@person Leslie Wilson Johnson
role: PNG GOV | Administrator | 1970-01-01..1973-01-01
role: PNG GOV | High Commissioner | 1973-01-01..1974-03-01

@person Lester Bird
role: ATG GOV | Prime Minister | 1994-03-09..2004-03-24

@person Leszek Miller
role: POL GOV | Prime Minister | 2001-10-19..2004-05-02

@person Letsie Iii
role: LSO GOV | King | 1990-11-12..1995-01-25
role: LSO GOV | King | 1996-02-07..2012-01-16?

@person Levon Ter-Petrosyan
role: ARM GOV | Chairman of the Supreme Council, President | 1990-08-04..1998-02-03

@person Levy Mwanawasa
also: Levy Patrick Mwanawasa
role: ZMB GOV | President | 2002-01-02..2012-01-16?

@person Lho Shin Yong
role: KOR GOV | Prime Minister | 1985-02-19..1987-05-26

@person Li Gun Mo
role: PRK GOV | Chairman of the Council of Ministers | 1986-12-29..1988-12-12

@person Li Jong Ok
role: PRK GOV | Chairman of the Council of Ministers | 1977-12-16..1984-01-27

@person Li Peng
role: CHN GOV | Premier | 1987-11-24..1998-03-17

@person Li Xiannian
role: CHN GOV | President | 1983-06-18..1988-04-08

@person Li Zhaoxing
role: CHN GOV | Minister of Foreign Affairs | 2003-05-01..2007-05-31

@person Liam Hamilton
role: IRL GOV | Presidential Commission | 1997-09-12..1997-11-10

@person Liam T. Cosgrave
role: IRL GOV | Presidential Commission | 1997-09-12..1997-11-10

@person Liamine Zroual
role: DZA GOV | President | 1994-01-31..1999-04-27

@person Lien Chan
role: TWN GOV | Governor | 1990-06-16..1993-02-25
role: TWN GOV | President of the Executive Yuan (premiers | 1993-02-10..1997-09-01

@person Lilian Patel
role: MWI GOV | Minister of Foreign Affairs and International Cooperation | 2003-01-01..2004-06-30

@person Lim Jock Seng
role: BRN GOV | Minister of Foreign Affairs II | 2005-08-01..2005-10-31
role: BRN GOV | Minister of Foreign Affairs and Trade II_ | 2005-11-01..2011-02-28?

@person Lin Kuang-Hua
role: TWN GOV | Governor | 2003-10-10..2006-01-25

@person Lin Si-Yao
role: TWN GOV | Governor | 2007-12-21..2008-05-20

@person Lin Yang-Kang
role: TWN GOV | Governor | 1978-06-12..1981-12-05

@person Lionel Jospin
role: FRA GOV | Prime Minister | 1997-06-03..2002-05-06

@person Litokwa Tomeing
role: MHL GOV | President | 2008-01-07..2012-01-16?

@person Liu Chao-Shiuan
role: TWN GOV | President of the Executive Yuan (premiers | 2008-05-20..2012-01-16?

@person Ljubco Georgievski
role: MKD GOV | Prime Minister | 1998-11-30..2002-11-01

@person Ljupco Jordanovski
role: MKD GOV | President | 2004-02-26..2004-05-12

@person Lokendra Bahadur Chand
role: NPL GOV | Prime Minister | 1983-07-12..1986-03-21
role: NPL GOV | Prime Minister | 1990-04-06..1990-04-19
role: NPL GOV | Prime Minister | 1997-03-12..1997-10-07
role: NPL GOV | Prime Minister | 2002-10-11..2003-06-05

@person Lol Mahamat Choua
role: TCD GOV | President | 1979-04-29..1979-09-03

@person Lon Nol
role: KHM GOV | Prime Minister | 1969-08-14..1972-03-11
role: KHM GOV | Head of State | 1972-03-10..1972-03-14
role: KHM GOV | President | 1972-03-14..1975-04-12

@person Long Boret
role: KHM GOV | Prime Minister | 1973-12-26..1975-04-17

@person Lopo Do Nascimento
role: AGO GOV | Prime Minister | 1975-11-11..1978-12-09

@person Loris Francini
role: SMR GOV | Captain-Regent | 2006-04-01..2006-10-01

@person Lothar de Maiziere
role: DEU GOV | Chairman of the Council of Ministers | 1990-04-12..1990-10-02

@person Louis Beel
role: NLD GOV | Prime Minister | 1946-07-03..1948-08-07
role: NLD GOV | Prime Minister | 1958-12-22..1959-05-19

@person Louis Lansana Beavogui
role: GIN GOV | Prime Minister | 1972-04-26..1984-04-03
role: GIN GOV | President | 1984-03-27..1984-04-03

@person Louis Michel
role: BEL GOV | Minister of Foreign Affairs | 2003-01-01..2004-07-31

@person Louis Sylvain Goma
role: COG GOV | Prime Minister | 1991-01-08..1991-06-08

@person Louise Lake-Tack
role: ATG GOV | Governors-General># Representing the British Monarch As Head of State | 2007-07-17..2012-01-16?

@person Louise Mushikiwabo
role: RWA GOV | Minister of Foreign Affairs and Regional Cooperation | 2010-01-01..2011-02-28?

@person Luc Ayang
role: CMR GOV | Prime Minister | 1983-08-22..1984-01-25

@person Lucio Gutierrez
role: ECU GOV | President | 2003-01-15..2005-04-20

@person Ludwig Scotty
role: NRU GOV | President | 2003-05-29..2003-08-08
role: NRU GOV | Minister of Foreign Affairs | 2003-07-01..2003-08-31
role: NRU GOV | President | 2004-06-22..2007-12-19

@person Luigi Lonfernini
role: SMR GOV | Captain-Regent | 2001-04-01..2001-10-01

@person Luis Adolfo Siles Salinas
role: BOL GOV | President | 1969-04-27..1969-09-26

@person Luis Alberto Lacalle
role: URY GOV | President | 1990-03-01..1995-03-01

@person Luis Amado
role: PRT GOV | Minister of State and Foreign Affairs | 2006-08-01..2009-08-31

@person Luis Angel Gonzalez Macchi
role: PRY GOV | President | 1999-03-28..2003-08-15

@person Luis Carrero Blanco
role: ESP GOV | Prime Minister | 1973-06-08..1973-12-20

@person Luis Echeverria Alvarez
role: MEX GOV | President | 1970-12-01..1976-11-30

@person Luis Ernesto Derbez Bautista
role: MEX GOV | Secretary of Foreign Relations | 2003-01-01..2006-11-30

@person Luis Filipe Marques Amado
role: PRT GOV | Minister for Foreign Affairs | 2009-09-01..2011-02-28?

@person Luis Garcia Meza Tejada
role: BOL GOV | President | 1980-07-18..1981-08-04

@person Luis Leonardo Almagro Lemes
role: URY GOV | Minister of Foreign Affairs | 2010-04-01..2011-02-28?

@person Luis Lusquinos
role: ARG GOV | Cabinet Chief | 2001-12-23..2001-12-31

@person Luis Solari
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 2002-07-12..2003-06-28

@person Luisa Diogo
also: Luisa Dias Diogo
role: MOZ GOV | Prime Minister | 2004-02-17..2012-01-16?

@person Lulzim Basha
role: ALB GOV | Minister of Foreign Affairs | 2007-06-01..2011-02-28?

@person Lutfo Dlamini
role: SWZ GOV | Minister of Foreign Affairs | 2009-08-01..2010-10-31

@person Lutfo Ephraim Shiyinsimbi Dlamini
role: SWZ GOV | Minister of Foreign Affairs and International Cooperation | 2010-11-01..2011-02-28?

@person Luvsangiin Erdenechuluun
role: MNG GOV | Minister of Foreign Affairs | 2003-01-01..2005-04-30

@person Lydia Gueiler Tejada
role: BOL GOV | President | 1979-11-17..1980-07-18

@person Lygia Kraag Keteldijk
role: SUR GOV | Minister of Foreign Affairs | 2005-09-01..2010-08-31

@person Lynden O. Pindling
role: BHS GOV | Prime Minister | 1969-01-01..1992-08-21

@person Lyndon B. Johnson
role: USA GOV | Vice-President | 1961-01-20..1963-11-22
role: USA GOV | President | 1963-11-22..1969-01-20

@person Lyonpo Jigmi Thinley
role: BTN GOV | Prime Minister | 1998-07-20..1999-07-09
role: BTN GOV | Prime Minister | 2003-08-30..2004-08-18
role: BTN GOV | Prime Minister | 2008-04-09..2012-01-16?

@person Lyonpo Khandu Wangchuk
role: BTN GOV | Prime Minister | 2001-08-08..2002-08-14
role: BTN GOV | Prime Minister | 2006-09-07..2007-07-31

@person Lyonpo Kinzang Dorji
role: BTN GOV | Prime Minister | 2002-08-14..2003-08-30
role: BTN GOV | Prime Minister | 2007-07-31..2008-04-09

@person Lyonpo Sangay Ngedup
role: BTN GOV | Prime Minister | 1999-07-09..2000-07-20
role: BTN GOV | Prime Minister | 2005-09-05..2006-09-07

@person Lyonpo Yeshey Zimba
role: BTN GOV | Prime Minister | 2000-07-20..2001-08-08
role: BTN GOV | Prime Minister | 2004-08-18..2005-09-05

@person Lyuben Berov
role: BGR GOV | Prime Minister | 1992-12-30..1994-10-17

@person M. Morshed Khan
role: BGD GOV | Minister of Foreign Affairs | 2003-01-01..2007-02-28

@person Ma Ying-Jeou
role: TWN GOV | President | 2008-05-20..2012-01-16?

@person Maaouya Ould Sid'Ahmed Taya
role: MUS GOV | Prime Minister | 1981-04-25..1984-03-08
role: MUS GOV | Head of State | 1984-12-12..1992-04-18
role: MUS GOV | Prime Minister | 1984-12-12..1992-04-18
role: MUS GOV | President | 1992-04-18..2005-08-03

@person Maati Bouabid
role: MAR GOV | Prime Minister | 1979-03-22..1983-11-30

@person Maatia Toafa
role: TUV GOV | Prime Minister | 2004-08-27..2006-08-14

@person Mabili David Dlamini
role: SWZ GOV | Minister for Foreign Affairs and Trade | 2004-01-01..2006-06-30

@person Macky Sall
role: SEN GOV | Prime Minister | 2004-04-21..2007-06-19

@person Mahamadou Issoufou
role: NER GOV | Prime Minister | 1993-04-17..1994-09-28

@person Mahamane Ousmane
role: NER GOV | President | 1993-04-16..1996-01-27

@person Mahamat Saleh Annadif
role: TCD GOV | Minister of Foreign Affairs and Cooperation | 2003-01-01..2003-07-31

@person Mahamoud Ali Youssouf
role: DJI GOV | Minister of Foreign Affairs, International Cooperation, and Parliamentary Relations | 2006-06-01..2011-02-28?

@person Mahdavi-Kani
role: IRN GOV | Provisional Presidential Council | 1981-08-30..1981-10-13

@person Mahendra Bir Bikram Shah Deva
role: NPL GOV | Kings (title_maharajadhiraja | 1955-03-14..1972-01-31

@person Mahinda Rajapakse
role: LKA GOV | Prime Minister | 2004-04-06..2005-11-21
role: LKA GOV | President | 2005-11-19..2012-01-16?

@person Mahmoud Fawzi
role: EGY GOV | Prime Minister | 1970-10-21..1972-01-17

@person Mahmoud Zuabi
role: SYR GOV | Prime Minister | 1987-11-01..2000-03-13

@person Mahmud Sulayman Al-Maghribi
role: LBY GOV | Prime Minister | 1969-09-08..1970-01-16

@person Malcolm Fraser
role: AUS GOV | Prime Minister | 1975-11-11..1983-03-11

@person Malietoa Tanumafili Ii
role: WSM GOV | Head of State | 1963-04-05..2007-05-11

@person Malimba Masheke
role: ZMB GOV | Prime Minister | 1989-03-15..1991-08-31

@person Mamadou Bamba
role: CIV GOV | Minister of Foreign Affairs | 2003-03-01..2006-05-31

@person Mamadou Dembele
role: MLI GOV | Prime Minister | 1986-06-06..1988-06-06

@person Mamadou Lamine Loum
role: SEN GOV | Prime Minister | 1998-07-03..2000-04-05

@person Mamadou Tandja
role: NER GOV | President | 1999-12-22..2012-01-16?

@person Mamady Conde
role: GIN GOV | Minister of Foreign Affairs | 2006-11-01..2007-07-31

@person Mamdouh Salem
role: EGY GOV | Prime Minister | 1975-04-16..1978-10-02

@person Mame Madior Boye
role: SEN GOV | Prime Minister | 2001-03-03..2002-11-04

@person Man Mohan Adhikari
role: NPL GOV | Prime Minister | 1994-11-30..1995-09-12
role: NPL GOV | Prime Minister | 1995-09-12..1997-03-12
role: NPL GOV | Prime Minister | 2001-07-26..2002-10-04
role: NPL GOV | Prime Minister | 2004-06-03..2005-02-01

@person Manasseh Sogavare
role: SLB GOV | Prime Minister | 2000-06-30..2001-12-17
role: SLB GOV | Prime Minister | 2006-05-04..2007-12-20

@person Mande Sidibe
role: MLI GOV | Prime Minister | 2000-02-15..2002-03-18

@person Manea Manescu
role: ROU GOV | Chairman of the Council of Ministers | 1974-03-29..1979-03-29

@person Manfred Gerlach
role: DEU GOV | Chairman of the Council of State | 1989-12-06..1990-04-05

@person Manny Mori
also: Emanuel Mori
role: FSM GOV | President | 2007-05-11..2012-01-16?

@person Manuchehr Motaki
role: IRN GOV | Minister of Foreign Affairs | 2005-09-01..2010-12-31

@person Manuel Esquivel
role: BLZ GOV | Prime Minister | 1984-12-17..1989-11-07
role: BLZ GOV | Prime Minister | 1993-07-03..1998-08-28

@person Manuel Noriega
role: PAN GOV | Chief of Government | 1989-12-15..1989-12-20

@person Manuel Pimentel Pereira Dos Santos
role: MOZ GOV | High Commissioners and Governor-General | 1972-01-01..1974-04-27

@person Manuel Rodriguez Cuadros
role: PER GOV | Minister of Foreign Affairs | 2004-01-01..2005-08-31

@person Manuel Saturnino da Costa
role: GNB GOV | Prime Minister | 1994-10-26..1997-06-06

@person Manuel Zelaya
role: HND GOV | President | 2006-01-27..2012-01-16?

@person Mao Zedong
role: CHN GOV | Chairman of the Communist Party of China | 1935-01-08..1976-09-09

@person Marat Tazhin
role: KAZ GOV | Minister of Foreign Affairs | 2007-02-01..2009-09-30

@person Marc Bazin
role: HTI GOV | President | 1992-06-19..1993-06-15
role: HTI GOV | Prime Minister | 1992-06-19..1993-08-30

@person Marc Forne Molne
role: AND GOV | Head of Government | 1994-12-07..2005-05-27

@person Marc Ravalomanana
role: MDG GOV | President | 2002-02-22..2012-01-16?

@person Marcel Beti Marace
role: CAF GOV | Minister of Foreign Affairs and Francophonie | 2003-01-01..2003-03-31

@person Marcel Ranjeva
role: MDG GOV | Minister of Foreign Affairs | 2003-01-01..2003-12-31
role: MDG GOV | Minister of Foreign Affairs | 2004-02-01..2009-05-31

@person Marcelino Dos Santos
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06

@person Marco Hausiku
role: NAM GOV | Minister of Foreign Affairs | 2004-08-01..2011-02-28?

@person Marco Vinicio Cerezo Arevalo
role: GTM GOV | President | 1986-01-14..1991-01-14

@person Marcolino Moco
role: AGO GOV | Prime Minister | 1992-12-02..1996-06-03

@person Marcus Stephen
role: NRU GOV | President | 2007-12-19..2012-01-16?

@person Marek Belka
role: POL GOV | Prime Minister | 1997-10-17..1997-10-31
role: POL GOV | Prime Minister | 2004-05-02..2005-10-31

@person Margaret Thatcher
role: GBR GOV | Prime Minister | 1979-05-04..1990-11-28

@person Margrethe Ii
role: DNK GOV | Kings/queen | 1972-01-14..2012-01-16?

@person Mari Alkatiri
role: TLS GOV | Chief Minister | 2001-09-20..2002-05-20
role: TLS GOV | Prime Minister | 2002-05-20..2006-06-26

@person Maria Angela Holguin Cuellar
role: COL GOV | Minister of Foreign Relations | 2010-09-01..2011-02-28?

@person Maria Consuelo Araujo Castro
role: COL GOV | Minister of Foreign Relations | 2006-09-01..2007-02-28

@person Maria Das Neves
role: STP GOV | Prime Minister | 2002-10-07..2003-07-16
role: STP GOV | Prime Minister | 2003-07-23..2004-09-18

@person Maria Do Carmo Silveira
role: STP GOV | Prime Minister | 2005-06-08..2006-04-21

@person Maria Domenica Michelotti
role: SMR GOV | Captain-Regent | 2000-04-01..2000-10-01

@person Maria Eugenia Brizuela de Avila
role: SLV GOV | Minister of Foreign Relations | 2003-01-01..2004-04-30
role: SLV GOV | Minister of Foreign Relations | 2004-06-01..2004-06-30

@person Maria Fernanda Espinosa
role: ECU GOV | Minister of Foreign Relations | 2007-02-01..2007-03-31

@person Maria Soledad Alvear Valenzuela
role: CHL GOV | Minister of Foreign Relations | 2003-01-01..2004-10-31

@person Maria Teresa Gouveia
role: PRT GOV | Minister of Foreign Affairs and Portuguese Communities | 2003-11-01..2004-07-31

@person Maria da Conceicao Nobre Cabral
role: GIN GOV | Minister of Foreign Affairs, International Cooperation, and Diaspora | 2007-08-01..2009-03-31

@person Mariam Alaji Diallo
also: Mariam Aladji Boni Diallo
role: BEN GOV | Minister of Foreign Affairs | 2006-05-01..2007-06-30

@person Marian Lupu
role: MDA GOV | President | 2010-12-30..2012-01-16?

@person Mariano de Araujo Matsinhe
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06

@person Marich Man Singh Shrestha
role: NPL GOV | Prime Minister | 1986-06-15..1990-04-06

@person Marie Levens
role: SUR GOV | Minister of Foreign Affairs | 2003-01-01..2005-08-31

@person Marie Michele Rey
role: HTI GOV | Minister of Foreign Affairs and Worship | 2009-12-01..2011-02-28?

@person Marino Bollini
role: SMR GOV | Captain-Regent | 1999-10-01..2000-04-01

@person Marino Riccardi
role: SMR GOV | Captain-Regent | 2004-04-01..2004-10-01

@person Mario Antonio Andino
role: SLV GOV | Revolutionary Junta | 1979-10-17..1980-01-05

@person Mario Benjamin Menendez
role: FLK GOV | Governor | 1982-04-03..1982-06-14

@person Mario Canahuati
role: HND GOV | Minister of Foreign Relations | 2010-02-01..2010-04-30

@person Mario Fortin
role: HND GOV | Minister of Foreign Relations | 2005-08-01..2006-02-28

@person Mario Frick
role: LIE GOV | Head of Government | 1993-12-15..2001-04-05

@person Mario Lemos Pires
role: TLS GOV | Governor | 1974-11-18..1975-08-26

@person Mario Miguel Canahuati
role: HND GOV | Minister of Foreign Relations | 2010-05-01..2011-02-28?

@person Mario Pires
role: GNB GOV | Prime Minister | 2002-11-17..2003-09-14

@person Mario Viegas Carrascalao
role: TLS GOV | Governor | 1983-09-18..1992-09-18

@person Mario da Graca Machungo
role: MOZ GOV | Prime Minister | 1986-07-17..1994-12-16
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06

@person Maris Gailis
role: LVA GOV | Prime Minister | 1994-09-15..1995-12-21

@person Maris Riekstins
role: LVA GOV | Minister of Foreign Affairs | 2007-12-01..2010-05-31

@person Marisol Argueta de Barillas
role: SLV GOV | Minister of Foreign Relations | 2008-03-01..2009-06-30

@person Marita Petersen
role: FRO GOV | Prime Minister | 1993-01-18..1994-09-15

@person Mark Capes
role: AIA GOV | Governor | 2004-04-29..2004-05-28
role: AIA GOV | Governor | 2006-06-02..2006-07-10

@person Mark Chen
also: Masa Chang
role: TWN GOV | Minister of Foreign Affairs | 2004-05-01..2008-02-29

@person Mark Eyskens
role: BEL GOV | Prime Minister | 1981-04-06..1981-12-17

@person Marouf Al Bakhit
role: JOR GOV | Prime Minister | 2005-11-27..2007-11-25

@person Mart Laar
role: EST GOV | Prime Minister | 1992-10-21..1994-11-08
role: EST GOV | Prime Minister | 1999-03-25..2002-01-28

@person Mart Siimann
role: EST GOV | Prime Minister | 1997-03-17..1999-03-25

@person Marta Lomas Morales
role: CUB GOV | Minister of Foreign Investment and Economic Cooperation | 2003-01-01..2008-12-31

@person Martial Celestin
role: HTI GOV | Prime Minister | 1988-02-09..1988-06-20

@person Martin Torrijos
role: PAN GOV | President | 2004-09-01..2012-01-16?

@person Martin Ziguele
role: CAF GOV | Prime Minister | 2001-04-01..2003-03-15

@person Martinho Ndafa Cabi
role: GNB GOV | Prime Minister | 2007-04-13..2012-01-16?

@person Martti Ahtisaari
role: FIN GOV | President | 1994-03-01..2000-03-01

@person Martti Miettunen
role: FIN GOV | Prime Minister | 1975-11-30..1977-05-15

@person Marwan Muasher
role: JOR GOV | Minister of Foreign Affairs | 2003-01-01..2005-04-30

@person Mary Mcaleese
role: IRL GOV | President | 1997-11-11..2012-01-16?

@person Mary Robinson
role: IRL GOV | President | 1990-12-03..1997-09-12

@person Masahiko Komura
role: JPN GOV | Minister of Foreign Affairs | 2007-11-01..2008-09-30

@person Masayoshi Ito
role: JPN GOV | Prime Minister | 1980-06-12..1980-07-17

@person Masayoshi Ohira
role: JPN GOV | Prime Minister | 1978-12-07..1980-06-12

@person Mashiur Rahman
role: BGD GOV | Prime Minister | 1978-06-29..1979-03-12

@person Massimo D'Alema
role: ITA GOV | Prime Minister | 1998-10-21..2000-04-26

@person Massoud Barzani
role: IRQ GOV | President of the Governing Council | 2004-04-01..2004-04-30

@person Mata'Afa Mulinu'U Ii
role: WSM GOV | Prime Minister | 1959-10-01..1970-02-25
role: WSM GOV | Prime Minister | 1973-03-01..1975-05-20

@person Mateus Meira Rita
role: STP GOV | Minister of Foreign Affairs and Cooperation | 2003-01-01..2005-08-31

@person Mathieu Kerekou
role: BEN GOV | President | 1996-04-04..2006-04-06

@person Matti Vanhanen
also: Matti Taneli Vanhanen
role: FIN GOV | Prime Minister | 2000-03-01..2012-01-16?

@person Matyas Szuros
role: HUN GOV | President | 1989-10-23..1990-05-02

@person Maumoon Abdul Gayoom
role: MDV GOV | President | 1978-11-11..2012-01-16?

@person Maung Maung
role: MMR GOV | President | 1988-08-19..1988-09-18

@person Maung Maung Kha
role: MMR GOV | Prime Minister | 1977-03-29..1988-07-26

@person Mauno Koivisto
role: FIN GOV | Prime Minister | 1979-05-26..1982-01-27
role: FIN GOV | President | 1982-01-27..1994-03-01

@person Maurice Bishop
role: GRD GOV | Prime Minister | 1979-03-13..1983-10-19

@person Mauro Chiaruzzi
role: SMR GOV | Captain-Regent | 2002-10-01..2003-04-01

@person Mawlawi Abdul Kabir
role: AFG GOV | Head of the Supreme Council | 2001-04-16..2001-11-13

@person Maxime Bernier
role: CAN GOV | Minister of Foreign Affairs | 2007-09-01..2008-05-31

@person Maxime Carlot Korman
role: VUT GOV | Prime Minister | 1996-02-23..1996-09-30

@person Maxime Jacques Marcel Verhagen
role: NLD GOV | Minister of Foreign Affairs | 2010-05-01..2010-11-30

@person Maxime Verhagen
role: NLD GOV | Minister of Foreign Affairs | 2007-03-01..2010-04-30

@person Maxine Pamela Ometa Mcclean
role: BRB GOV | Minister of Foreign Affairs and Foreign Trade | 2010-09-01..2011-02-28?

@person Mckeeva Bush
role: CYM GOV | Leader of Government Business (official_post_from 20030630 | 2001-11-08..2005-05-18

@person Medetbek Kerimkulov
role: KGZ GOV | Prime Minister | 2005-06-20..2005-07-10

@person Meechai Ruchupan
role: THA GOV | Prime Minister | 1992-05-24..1992-06-10

@person Megawati Sukarnoputri
role: IDN GOV | President | 2001-07-23..2004-10-20

@person Mehdi Bazargan
role: IRN GOV | Prime Minister | 1979-02-05..1979-11-06

@person Mehmet Shehu
role: ALB GOV | Chairman of the Council of Ministers | 1954-07-20..1981-12-18

@person Melchior Ndadaye
role: BDI GOV | President | 1993-07-10..1993-10-21

@person Meles Zenawi
role: ETH GOV | President | 1991-05-28..1995-08-22
role: ETH GOV | Prime Minister | 1995-08-23..2012-01-16?

@person Menachem Begin
role: ISR GOV | Prime Minister | 1977-06-21..1983-10-10

@person Mendsaikhany Enkhsaikhan
role: MNG GOV | Prime Minister | 1996-07-19..1998-04-23

@person Mengistu Haile Mariam
role: ETH GOV | Chairman of the Provisional Military Administrative Council | 1974-11-17..1974-11-28
role: ETH GOV | Chairman of the Provisional Military Administrative Council | 1977-02-11..1987-09-10
role: ETH GOV | President | 1987-09-10..1991-05-21

@person Meritxell Mateu
role: AND GOV | Minister of Foreign Affairs | 2007-06-01..2009-06-30

@person Mesut Yilmaz
role: TUR GOV | Prime Minister | 1991-06-23..1991-11-20
role: TUR GOV | Prime Minister | 1996-03-06..1996-06-28
role: TUR GOV | Prime Minister | 1997-06-30..1999-01-11

@person Mian Khursheed Mehmood Kasuri
also: Mian Khurshid Mahmood Kasuri
role: PAK GOV | Minister for Foreign Affairs | 2003-01-01..2007-12-31

@person Michael Edward John Gore
role: CYM GOV | Governor | 1992-09-14..1995-01-01

@person Michael Frendo
role: MLT GOV | Minister for Foreign Affairs | 2004-08-01..2008-03-31

@person Michael Jeffery
role: AUS GOV | Governor-General | 2003-08-11..2012-01-16?

@person Michael Kerruish
role: IMN GOV | Lieutenant Governor | 2005-09-27..2005-10-17

@person Michael Manley
role: JAM GOV | Prime Minister | 1972-03-02..1980-11-01
role: JAM GOV | Prime Minister | 1989-02-10..1992-03-30

@person Michael Somare
also: Michael Thomas Somare
role: PNG GOV | Chief Minister | 1972-04-27..1975-09-16
role: PNG GOV | Prime Minister | 1975-09-16..1980-03-11
role: PNG GOV | Prime Minister | 1982-08-02..1985-11-21
role: PNG GOV | Prime Minister | 2002-08-05..2012-01-16?

@person Michaelle Jean
role: CAN GOV | Governor-General | 2005-09-27..2012-01-16?

@person Michail Stasinopoulos
role: GRC GOV | President | 1974-12-18..1975-06-20

@person Michal Kovac
role: SVK GOV | President | 1993-03-02..1998-03-02

@person Micheal Martin
role: IRL GOV | Minister for Foreign Affairs | 2008-06-01..2011-02-28?

@person Michel Gbezera-Bria
role: CAF GOV | Prime Minister | 1997-01-30..1999-02-01

@person Michel Leveque
role: MCO GOV | Minister of State | 1997-02-03..2000-01-01

@person Michel Micombero
role: BDI GOV | President | 1966-11-28..1976-11-01

@person Michel Rocard
role: FRA GOV | Prime Minister | 1988-05-10..1991-05-15

@person Michel Suleiman
role: LBN GOV | President | 2008-05-25..2012-01-16?

@person Michele Alliot Marie
role: FRA GOV | Minister of Foreign and European Affairs | 2010-12-01..2011-02-28?

@person Micheline Calmy Rey
role: CHE GOV | Chief, Federal Department of Foreign Affairs | 2003-06-01..2011-02-28?

@person Micheline Calmy-Rey
role: CHE GOV | President | 2007-01-01..2007-12-31

@person Michelle Bachelet
role: CHL GOV | President | 2006-03-11..2012-01-16?

@person Mieczyslaw Rakowski
role: POL GOV | Prime Minister | 1988-09-27..1989-08-02

@person Mifta Al-Usta Umar
role: LBY GOV | Secretary of the General People's_congress | 1984-02-15..1990-10-07

@person Miguel Abia Biteo Borico
role: GNQ GOV | Prime Minister | 2004-06-14..2006-08-14

@person Miguel Angel Moratinos
role: ESP GOV | Minister of Foreign Affairs and Cooperation | 2004-05-01..2010-10-31

@person Miguel Angel Rodriguez Echeverria
role: CRI GOV | President | 1998-05-08..2002-05-08

@person Miguel Trovoada
role: STP GOV | President | 1995-08-21..2001-09-03

@person Miguel de La Madrid
role: MEX GOV | President | 1982-12-01..1988-11-30

@person Mihai Ghimpu
role: MDA GOV | President | 2009-09-11..2010-12-28

@person Mikael Imru
role: ETH GOV | Prime Minister | 1974-08-03..1974-09-12

@person Mikalay Abramchyk
role: BLR GOV | Chairman of the Rada | 1943-03-06..1970-05-29

@person Mike Browne
role: VCT GOV | Minister of Foreign Affairs | 2005-06-01..2006-03-31

@person Mike Moore
also: Michael Kenneth Moore
role: NZL GOV | Prime Minister | 1990-09-04..1990-11-02

@person Mikhail Chyhir
role: BLR GOV | Prime Minister | 1994-07-21..1996-11-18

@person Mikhail Fradkov
role: RUS GOV | Prime Minister | 2004-03-05..2007-09-14

@person Mikhail Gorbachev
role: RUS GOV | General Secretary of the Communist Party | 1985-03-11..1991-08-24
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1988-10-01..1989-05-25
role: RUS GOV | Chairman of the Supreme Soviet | 1989-05-25..1990-03-15
role: RUS GOV | President | 1990-03-15..1991-12-25

@person Mikhail Kasyanov
role: RUS GOV | Prime Minister | 2000-05-07..2004-02-24

@person Mikhail Khvostov
role: BLR GOV | Minister of Foreign Affairs | 2003-01-01..2003-02-28

@person Mikio Aoki
role: JPN GOV | Prime Minister | 2000-04-03..2000-04-05

@person Miklos Nemeth
role: HUN GOV | Prime Minister | 1988-11-23..1990-05-23

@person Mikulas Dzurinda
role: SVK GOV | President | 1998-10-30..1999-06-15
role: SVK GOV | Prime Minister | 1998-10-30..2006-07-04
role: SVK GOV | Minister of Foreign Affairs | 2010-08-01..2011-02-28?

@person Milan Cic
role: SVK GOV | Prime Minister | 1989-12-12..1990-06-27

@person Miles Walker
role: IMN GOV | Chief Minister | 1986-12-01..1996-12-03

@person Milos Zeman
role: CZE GOV | Prime Minister | 1998-07-17..2002-07-12

@person Milton Jimenez Puerto
role: HND GOV | Minister of Foreign Relations | 2006-03-01..2008-02-29

@person Minita Gordon
role: BLZ GOV | Governor-General | 1981-09-21..1993-11-17

@person Miomir Zuzul
role: HRV GOV | Minister of Foreign Affairs | 2004-02-01..2005-02-28

@person Mir Hossein Moussavi
role: IRN GOV | Prime Minister | 1981-10-31..1989-08-03

@person Mir Zafarullah Khan Jamali
role: PAK GOV | Prime Minister | 2002-11-23..2004-06-30

@person Miraj Khalid
role: PAK GOV | Prime Minister | 1996-11-05..1997-02-17

@person Mircea Druc
role: MDA GOV | Prime Minister | 1990-05-26..1991-05-28

@person Mircea Snegur
role: MDA GOV | President | 1990-09-03..1997-01-15

@person Mirek Topolanek
role: CZE GOV | Prime Minister | 2006-09-04..2012-01-16?

@person Mireya Moscoso
role: PAN GOV | President | 1999-09-01..2004-09-01

@person Mirko Tomassoni
role: SMR GOV | Captain-Regent | 2007-10-01..2008-04-01

@person Miroslav Lajcak
role: SVK GOV | Minister of Foreign Affairs | 2009-02-01..2010-07-31

@person Misael Pastrana Borrero
role: COL GOV | President | 1970-08-07..1974-08-07

@person Miyeegombo Enkhbold
also: Miegombyn Enkhbold | Miyegombo Enkhbold
role: MNG GOV | Prime Minister | 2006-01-25..2007-11-22

@person Mizanur Rahman Chowdhury
role: BGD GOV | Prime Minister | 1986-07-09..1988-03-27

@person Mizengo Pinda
also: Mizengo Kayanza Peter Pinda
role: TZA GOV | Prime Minister | 2008-02-09..2012-01-16?

@person Moana Carcasses
also: Moana Kakases
role: VUT GOV | Minister of Foreign Affairs | 2003-12-01..2004-08-31

@person Moctar Ouane
role: MLI GOV | Minister of Foreign Affairs | 2004-08-01..2011-02-28?

@person Modibo Keita
role: MLI GOV | Prime Minister | 2002-03-18..2002-06-09

@person Modibo Sidibe
role: MLI GOV | Prime Minister | 2007-09-28..2012-01-16?

@person Moeen Qureshi
role: PAK GOV | Prime Minister | 1993-07-18..1993-10-19

@person Mogens Wahl
role: FRO GOV | High Commissioner | 1961-01-01..1972-01-01

@person Mohamed Abdou Madi
role: COM GOV | Prime Minister | 1994-01-02..1994-10-14

@person Mohamed Abdulahi Omar
role: SOM GOV | Minister of Foreign Affairs | 2009-05-01..2009-07-31

@person Mohamed Abdullahi Omaar
also: Mohamed Abdullahi Omar
role: SOM GOV | Minister of Foreign Affairs | 2009-08-01..2009-09-30

@person Mohamed Ahmed
role: COM GOV | President | 1978-05-23..1978-10-03

@person Mohamed Ameur
role: MAR GOV | Minister Delegate to the Minister of Foreign Affairs and Cooperation in Charge of Moroccan Expatriate Affairs | 2007-11-01..2011-02-28?

@person Mohamed Ben Ahmed Abdelghan
role: DZA GOV | Prime Minister | 1979-03-08..1984-01-22

@person Mohamed Benaissa
role: MAR GOV | Minister for Foreign Affairs and Cooperation | 2003-01-01..2007-10-31

@person Mohamed Bolkiah
role: BRN GOV | Minister of Foreign Affairs | 2003-01-01..2005-10-31
role: BRN GOV | Minister of Foreign Affairs and Trade | 2005-11-01..2011-02-28?

@person Mohamed Boudiaf
role: DZA GOV | High State Committee | 1992-01-14..1994-01-31

@person Mohamed Ghannouchi
role: TUN GOV | Prime Minister | 1999-11-17..2012-01-16?

@person Mohamed Karim Lamrani
role: MAR GOV | Prime Minister | 1971-08-06..1972-11-02
role: MAR GOV | Prime Minister | 1983-11-30..1986-09-30
role: MAR GOV | Prime Minister | 1992-08-11..1994-05-25

@person Mohamed Khouna Ould Haidalla
role: MUS GOV | Prime Minister | 1979-05-31..1980-12-12
role: MUS GOV | Head of State | 1980-01-04..1984-12-12
role: MUS GOV | Prime Minister | 1984-03-08..1984-12-12

@person Mohamed Lemine Ould Guig
role: MUS GOV | Prime Minister | 1997-12-18..1998-11-16

@person Mohamed Mahmoud Ould Louly
role: MUS GOV | Head of State | 1979-06-03..1980-01-04

@person Mohamed Omer
role: ERI GOV | Minister of Foreign Affairs "Acting" | 2005-12-01..2007-04-30

@person Mohamed Ould Abdel Aziz
role: MUS GOV | Chairman of the High Council of State | 2008-08-06..2012-01-16?

@person Mohamed Taki Abdoulkarim
role: COM GOV | Prime Minister | 1992-01-07..1992-07-15
role: COM GOV | President | 1995-10-02..1995-10-05
role: COM GOV | President | 1996-03-25..1998-11-06

@person Mohammad Ali Raja'I
role: IRN GOV | Prime Minister | 1980-08-12..1981-08-04
role: IRN GOV | Provisional Presidential Council | 1981-06-22..1981-08-02
role: IRN GOV | President | 1981-08-02..1981-08-30

@person Mohammad Habibur Rahman
role: BGD GOV | Prime Minister | 1996-03-30..1996-06-23

@person Mohammad Hassan Sharq
role: AFG GOV | Prime Minister | 1988-05-26..1989-02-21

@person Mohammad Khan Junejo
role: PAK GOV | Prime Minister | 1985-03-24..1988-05-29

@person Mohammad Mansoor Ali
role: BGD GOV | Prime Minister | 1975-01-26..1975-08-15

@person Mohammad Mohammadullah
role: BGD GOV | President | 1973-12-26..1975-01-25

@person Mohammad Musa Shafiq
role: AFG GOV | Prime Minister | 1972-12-12..1973-07-17

@person Mohammad Najibullah
role: AFG GOV | President of the Revolutionary Council | 1987-09-30..1987-11-30
role: AFG GOV | President | 1987-11-30..1992-04-16

@person Mohammad Nur Ahmad Etemadi
role: AFG GOV | Prime Minister | 1967-11-01..1971-06-09

@person Mohammad Rafiq Tarar
role: PAK GOV | President | 1998-01-01..2001-06-20

@person Mohammad Reza Pahlavi
role: IRN GOV | Shah | 1941-09-16..1979-02-05

@person Mohammad Zahir Shah
role: AFG GOV | King | 1933-11-08..1973-07-17

@person Mohammad Zia-Ul-Haq
role: PAK GOV | Prime Minister | 1977-07-05..1985-03-24
role: PAK GOV | President | 1978-09-16..1988-08-17
role: PAK GOV | Prime Minister | 1988-06-09..1988-08-17

@person Mohammadmian Soomro
role: PAK GOV | Prime Minister | 2007-11-16..2008-03-25

@person Mohammed Ali Ahmed Karti
role: SDN GOV | Minister of Foreign Affairs | 2010-08-01..2011-02-28?

@person Mohammed Mumuni
also: Muhammed Mumuni
role: GHA GOV | Minister of Foreign Affairs and Regional Integration | 2009-04-01..2011-02-28?

@person Mohammed Ouzzine
role: MAR GOV | Secretary of State to the Minister of Foreign Affairs and Cooperation | 2009-08-01..2011-02-28?

@person Mohsen Abdul Hamid
role: IRQ GOV | President of the Governing Council | 2004-02-01..2004-02-29

@person Mokdad Sifi
role: DZA GOV | Prime Minister | 1994-04-11..1995-12-31

@person Moktar Ould Daddah
role: MUS GOV | President | 1960-11-28..1978-07-10

@person Momodu Koroma
role: SLE GOV | Minister of Foreign Affairs and International Cooperation | 2003-01-01..2007-10-31

@person Mompat Imerahfe
role: BWA GOV | Minister of Foreign Affairs | 2003-12-01..2003-12-31

@person Mompati Merafhe
also: Mompati Merahfe
role: BWA GOV | Minister of Foreign Affairs | 2003-01-01..2003-11-30
role: BWA GOV | Minister of Foreign Affairs | 2004-01-01..2011-02-28?

@person Monica Dacon
role: VCT GOV | Governor-General | 2001-01-01..2002-09-02

@person Monie Captan
role: LBR GOV | Minister of Foreign Affairs | 2003-01-01..2003-10-31

@person Morarji Desai
role: IND GOV | Prime Minister | 1977-03-24..1979-07-28

@person Morihiro Hosokawa
role: JPN GOV | Prime Minister | 1993-08-09..1994-04-25

@person Moritz Leuenberger
role: CHE GOV | President | 2006-01-01..2006-12-31

@person Moses Blah
role: LBR GOV | President | 2003-08-11..2003-10-14

@person Moses Mathedele Dlamini
role: SWZ GOV | Minister for Foreign Affairs and Trade | 2006-07-01..2009-07-31

@person Moses Pitakaka
role: SLB GOV | Governor-General | 1994-07-07..1999-07-07

@person Moses Wetangula
role: KEN GOV | Minister for Foreign Affairs | 2008-03-01..2011-02-28?

@person Moshe Katsav
role: ISR GOV | President | 2000-08-01..2007-07-01

@person Moshoeshoe Ii
role: LSO GOV | King | 1995-01-25..1996-01-15

@person Moudud Ahmed
role: BGD GOV | Prime Minister | 1988-03-27..1989-08-12

@person Mouloud Hamrouche
role: DZA GOV | Prime Minister | 1989-09-09..1991-06-05

@person Moussa Okanla
role: BEN GOV | Minister of Foreign Affairs, African Integration, Francophonie, and Beninese Diaspora | 2007-07-01..2008-11-30

@person Moussa Traore
role: MLI GOV | President | 1968-11-19..1991-03-26

@person Moussavi-Ardabili
role: IRN GOV | Provisional Presidential Council | 1981-06-22..1981-08-02
role: IRN GOV | Provisional Presidential Council | 1981-08-30..1981-10-13

@person Moustapha Niasse
role: SEN GOV | Prime Minister | 1983-04-03..1983-04-29
role: SEN GOV | Prime Minister | 2000-04-05..2001-03-03

@person Mswati Iii
role: SWZ GOV | King | 1986-04-25..2012-01-16?

@person Muammar Al-Qaddafi
role: LBY GOV | Chairman of the Revolutionary Command Council | 1969-09-08..1979-03-01
role: LBY GOV | Secretary of the General People's_congress | 1977-03-01..1979-03-01

@person Mubarak Abdallah Al-Shamikh
role: LBY GOV | Secretary of the General People's_committee | 2000-03-01..2003-06-14

@person Mudar Badran
role: JOR GOV | Prime Minister | 1989-12-04..1991-06-19

@person Muftah Muhammad Kaiba
role: LBY GOV | Secretary of the General People's_congress | 2008-03-03..2012-01-16?

@person Mugur Isarescu
role: ROU GOV | Prime Minister | 1999-12-22..2000-12-28

@person Muhammad Abdi Yusuf
role: SOM GOV | Prime Minister | 2003-12-08..2004-11-03

@person Muhammad Ahmad Al-Mangoush
role: LBY GOV | Secretary of the General People's_committee | 1997-12-29..2000-03-01

@person Muhammad Ali Samatar
role: SOM GOV | Prime Minister | 1987-02-01..1990-09-03

@person Muhammad Az-Zaruq Rajab
role: LBY GOV | Secretary of the General People's_congress | 1981-01-07..1984-02-15
role: LBY GOV | Secretary of the General People's_committee | 1984-02-16..1986-03-03

@person Muhammad Bahr Al-Uloum
role: IRQ GOV | President of the Governing Council | 2003-07-13..2003-07-31
role: IRQ GOV | President of the Governing Council | 2004-03-01..2004-03-31

@person Muhammad Hamza Al-Zubaydi
role: IRQ GOV | Prime Minister | 1991-09-16..1993-09-05

@person Muhammad Hawadle Madar
role: SOM GOV | Prime Minister | 1990-09-03..1991-01-24

@person Muhammad Mustafa Mero
role: SYR GOV | Prime Minister | 2000-03-13..2003-09-10

@person Muhammad Naji Al-Otari
role: SYR GOV | Prime Minister | 2003-09-10..2012-01-16?

@person Muhammad Said Al-Attar
role: YEM GOV | Prime Minister | 1994-05-09..1994-10-06

@person Muhammad Siad Barre
role: SOM GOV | President | 1969-10-21..1991-01-27

@person Muhammad Vi
role: MAR GOV | King | 1999-07-23..2012-01-16?

@person Mujibur Rahman
role: BGD GOV | President | 1971-04-11..1972-01-12
role: BGD GOV | Prime Minister | 1972-01-13..1975-01-26
role: BGD GOV | President | 1975-01-25..1975-08-15

@person Mullah Mohammad Rabbani
role: AFG GOV | Head of the Supreme Council | 1996-09-27..2001-04-16

@person Mundia Sikatana
role: ZMB GOV | Minister of Foreign Affairs | 2006-11-01..2007-08-31

@person Murlidhar Madun Dulloo
role: MUS GOV | Minister of Foreign Affairs, International Trade, and Cooperation | 2005-09-01..2008-07-31

@person Murman Omanidze
role: GEO GOV | Prime Minister | 1991-08-18..1991-08-23

@person Murray Mccully
also: Murray Stuart Mccully
role: NZL GOV | Minister for Foreign Affairs | 2009-01-01..2011-02-28?

@person Mustafa Khalil
role: EGY GOV | Prime Minister | 1978-10-02..1980-05-15

@person Mustafa Ould Salek
role: MUS GOV | Head of State | 1978-07-10..1979-06-03

@person Mwai Kibaki
role: KEN GOV | President | 2002-12-30..2012-01-16?

@person Myechyslau Hryb
role: BLR GOV | Chairman of the Supreme Soviet | 1994-01-28..1994-07-20

@person Mykola Azarov
role: UKR GOV | Prime Minister | 2004-12-07..2004-12-28
role: UKR GOV | Prime Minister | 2005-01-05..2005-01-24

@person N'Garta Tombalbaye
role: TCD GOV | Prime Minister | 1959-03-26..1975-04-13
role: TCD GOV | President | 1960-08-11..1975-04-13

@person N. Sanjiva Reddy
role: IND GOV | President | 1977-07-25..1982-07-25

@person Nabil Shaath
role: PSE GOV | Prime Minister | 2005-12-15..2005-12-24

@person Naboua Ratieta
role: KIR GOV | Chief Minister | 1974-05-01..1978-03-01

@person Nader Dahabi
also: Nader Al Dahabi | Nader Dhahabi | Nadir Al Dahabi
role: JOR GOV | Prime Minister | 2007-11-25..2012-01-16?

@person Nagendra Prasad Rijal
role: NPL GOV | Prime Minister | 1973-07-16..1975-12-01
role: NPL GOV | Prime Minister | 1986-03-21..1986-06-15

@person Nagoum Yamassoum
role: TCD GOV | Prime Minister | 1999-12-13..2002-06-12
role: TCD GOV | Minister of Foreign Affairs and Cooperation | 2003-08-01..2005-08-31

@person Nahas Angula
role: NAM GOV | Prime Minister | 2005-03-21..2012-01-16?

@person Naji Sabri Ahmad Al Hadithi
role: IRQ GOV | Minister of Foreign Affairs | 2003-01-01..2003-04-30

@person Nam Duck Woo
role: KOR GOV | Prime Minister | 1980-09-02..1982-01-04

@person Nambaryn Enkhbayar
role: MNG GOV | Prime Minister | 2000-07-26..2004-08-13
role: MNG GOV | President | 2005-06-24..2012-01-16?

@person Narendra Bikram Shah
role: NPL GOV | Minister of Foreign Affairs | 2003-01-01..2003-08-31

@person Nasirdin Isanov
role: KGZ GOV | Prime Minister | 1991-01-21..1991-11-29

@person Nasser Judeh
role: JOR GOV | Minister of Foreign Affairs | 2009-03-01..2011-02-28?

@person Nassour Guelendouksia Ouaido
role: TCD GOV | Prime Minister | 1997-05-17..1999-12-13

@person Nathaniel Waena
role: SLB GOV | Governor-General | 2004-07-07..2012-01-16?

@person Natsagiyn Bagabandi
role: MNG GOV | President | 1997-06-20..2005-06-24

@person Ne Win
role: MMR GOV | President | 1962-03-02..1981-11-09
role: MMR GOV | Prime Minister | 1962-03-02..1974-03-04

@person Necmettin Erbakan
role: TUR GOV | Prime Minister | 1996-06-28..1997-06-30

@person Negasso Gidada
role: ETH GOV | President | 1995-08-22..2001-10-08

@person Nelson A. Rockefeller
role: USA GOV | Vice-President | 1974-12-19..1977-01-20

@person Nelson Mandela
role: ZAF GOV | President | 1994-05-10..1999-06-16

@person Nelson Oduber
role: ABW GOV | Prime Minister | 1989-02-09..1994-07-29
role: ABW GOV | Prime Minister | 2001-10-30..2012-01-16?

@person Nemesi Marques Oste
role: AND GOV | Personal Representative of the Episcopal Coprince | 1993-01-01..2012-01-16?

@person Nestor Kirchner
role: ARG GOV | President | 2003-05-25..2007-12-10

@person Neville Arthur Irwin French
role: FLK GOV | Governor | 1975-01-01..1977-01-01

@person Ngiratkel Etpison
role: PLW GOV | President | 1989-01-01..1993-01-01

@person Nguyen Ba Can
role: VNM GOV | Prime Minister | 1975-04-04..1975-04-24

@person Nguyen Dy Nien
role: VNM GOV | Minister of Foreign Affairs | 2003-01-01..2006-06-30

@person Nguyen Huu Tho
role: VNM GOV | President | 1980-03-30..1981-07-04

@person Nguyen Minh Triet
role: VNM GOV | President | 2006-06-27..2012-01-16?

@person Nguyen Tan Dung
role: VNM GOV | Prime Minister | 2006-06-27..2012-01-16?

@person Nguyen van Linh
role: VNM GOV | General Secretary of the Communist Party | 1986-12-18..1991-06-27

@person Nguyen van Thieu
role: VNM GOV | President | 1965-06-14..1975-04-21

@person Nhek Bun Chhay
role: KHM GOV | King | 2004-07-13..2004-07-22

@person Nicanor Duarte Frutos
role: PRY GOV | President | 2003-08-15..2012-01-16?

@person Nicephore Soglo
role: BEN GOV | Prime Minister | 1990-03-12..1991-04-04
role: BEN GOV | President | 1991-04-04..1996-04-04

@person Nicholas Brathwaite
role: GRD GOV | Prime Minister | 1983-12-09..1984-12-04
role: GRD GOV | Prime Minister | 1990-03-16..1995-02-01

@person Nicholas Liverpool
also: Nicholas J. O. Liverpool
role: DMA GOV | President | 2003-10-02..2012-01-16?

@person Nicolae Dudau
role: MDA GOV | Minister of Foreign Affairs | 2003-01-01..2004-02-29

@person Nicolae Vacaroiu
role: ROU GOV | Prime Minister | 1992-11-04..1996-12-12
role: ROU GOV | President | 2007-04-20..2007-05-23

@person Nicolas Maduro Moros
role: VEN GOV | Minister of Foreign Affairs | 2006-09-01..2011-02-28?

@person Nicolas Schmit
role: LUX GOV | Minister Delegate for Foreign Affairs and Immigration | 2005-01-01..2009-07-31

@person Nicolau Dos Reis Lobato
role: TLS GOV | President | 1978-09-01..1978-12-31

@person Niels Bentsen
role: FRO GOV | High Commissioner | 1981-01-01..1988-01-01

@person Nii Amaa Ollennu
role: GHA GOV | President | 1970-08-07..1970-08-31

@person Nikica Valentic
role: HRV GOV | Prime Minister | 1993-03-29..1995-11-04

@person Niko Lekishvili
role: GEO GOV | Minister of State | 1995-12-08..1998-08-07

@person Nikola Gruevski
role: MKD GOV | Prime Minister | 2006-08-27..2012-01-16?

@person Nikola Kljusev
role: MKD GOV | Prime Minister | 1991-01-27..1992-08-17

@person Nikolay Mladenov
role: BGR GOV | Minister of Foreign Affairs | 2010-02-01..2011-02-28?

@person Nikolay Podgorny
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1965-12-09..1977-06-16

@person Nikolay Ryzhkov
role: RUS GOV | Chairman of the Council of People's_commissars | 1985-09-27..1991-01-14

@person Nikolay Tanayev
role: KGZ GOV | Prime Minister | 2002-05-22..2005-03-25

@person Nikolay Tikhonov
role: RUS GOV | Chairman of the Council of People's_commissars | 1980-10-23..1985-09-27

@person Nikolay Todorov (Acting
role: BGR GOV | President | 1990-07-17..1990-08-01

@person Nina Pacari
role: ECU GOV | Minister of Foreign Relations | 2003-01-01..2003-08-31

@person Nino Burjanadze
role: GEO GOV | President | 2003-11-23..2004-01-25
role: GEO GOV | President | 2007-11-25..2008-01-20

@person Nit Phibunsongkhram
also: Nit Phibunsongkram
role: THA GOV | Minister of Foreign Affairs | 2006-11-01..2008-02-29

@person Nkosazana Cladlamini Zuma
role: ZAF GOV | Minister of Foreign Affairs | 2003-01-01..2004-05-31

@person Nkosazana Clarice Dlamini Zuma
also: Nkosazana Dlamini Zuma
role: ZAF GOV | Minister of Foreign Affairs | 2004-06-01..2011-02-28?

@person Noboru Takeshita
role: JPN GOV | Prime Minister | 1987-11-06..1989-06-02

@person Nobutaka Machimura
role: JPN GOV | Minister of Foreign Affairs | 2004-10-01..2005-11-30
role: JPN GOV | Minister of Foreign Affairs | 2007-09-01..2008-09-30

@person Noer Hassan Wirajuda
also: Noer Hasan Wirajuda
role: IDN GOV | Minister of Foreign Affairs | 2003-01-01..2009-10-31

@person Nollen Leni
role: SLB GOV | Minister of Foreign Affairs | 2003-01-01..2003-11-30

@person Nong Duc Manh
role: VNM GOV | General Secretary of the Communist Party | 2001-04-22..2012-01-16?

@person Noppadon Pattama
role: THA GOV | Minister of Foreign Affairs | 2008-03-01..2008-07-31

@person Norbert Likulia Bolongo
role: COD GOV | Prime Minister | 1997-04-09..1997-05-16

@person Norbert Ratsirahonana
role: MDG GOV | Prime Minister | 1996-05-28..1997-02-21
role: MDG GOV | President | 1996-09-05..1997-02-09

@person Norman Caldera
role: NIC GOV | Minister of Foreign Affairs | 2003-01-01..2007-01-31

@person Norman Eric Kirk
role: NZL GOV | Prime Minister | 1972-12-08..1974-08-31

@person Norodom Sihamoni
role: KHM GOV | King | 2004-10-14..2012-01-16?

@person Norodom Sihanouk
role: KHM GOV | King | 1993-09-24..2004-10-06

@person Nouhak Phoumsavan
role: LAO GOV | President | 1992-11-25..1998-02-24

@person Nourdine Bourhane
role: COM GOV | Prime Minister | 1997-12-07..1998-05-30

@person Ntsu Mokhehle
role: LSO GOV | Prime Minister | 1993-04-02..1994-08-17
role: LSO GOV | Prime Minister | 1994-09-14..1998-05-29

@person Nur Hassan Hussein
role: SOM GOV | Prime Minister | 2007-11-24..2012-01-16?

@person Nur Mohammad Taraki
role: AFG GOV | President of the Revolutionary Council | 1978-04-30..1979-09-16
role: AFG GOV | Prime Minister | 1978-05-01..1979-03-27

@person Nuri Al-Maliki
role: IRQ GOV | Prime Minister | 2006-05-20..2012-01-16?

@person Nurlan Balgimbayev
role: KAZ GOV | Prime Minister | 1997-10-10..1999-10-01

@person Nurul Amin
role: PAK GOV | Prime Minister | 1971-12-07..1971-12-20

@person Ny Hasina Andriamanjato
role: MDG GOV | Minister of Foreign Affairs | 2009-06-01..2010-02-28

@person Nyam-Osoryn Tuyaa
role: MNG GOV | Prime Minister | 1999-07-22..1999-07-30

@person Nyamyn Jagvaral
role: MNG GOV | Chairman of the Presidium of the State Great Khural | 1984-08-23..1984-12-12

@person Nyan Win
role: MMR GOV | Minister of Foreign Affairs | 2004-10-01..2005-02-28
role: MMR GOV | Minister of Foreign Affairs | 2005-04-01..2011-02-28?

@person Nymaa Enkhbold
role: MNG GOV | Minister of Foreign Affairs | 2006-03-01..2008-10-31

@person Obed Dlamini
role: SWZ GOV | Prime Minister | 1989-07-12..1993-10-25

@person Octavio Lepage
role: VEN GOV | President | 1993-05-21..1993-06-05

@person Odion Ajumogobia
role: NGA GOV | Minister of Foreign Affairs | 2010-05-01..2010-05-31

@person Ojo Madueke
also: Ojo Maduekwe
role: NGA GOV | Minister of Foreign Affairs | 2007-08-01..2010-04-30

@person Olafur Johannesson
role: ISL GOV | Prime Minister | 1971-07-14..1974-08-28
role: ISL GOV | Prime Minister | 1978-09-01..1979-10-15

@person Olafur Ragnar Grimsson
role: ISL GOV | President | 1996-08-01..2012-01-16?

@person Olav V
role: NOR GOV | King | 1957-09-21..1991-01-17

@person Oldemiro Baloi
also: Oldemiro Julio Baloi
role: MOZ GOV | Minister of Foreign Affairs and Cooperation | 2008-04-01..2011-02-28?

@person Oleg Lobov
role: RUS GOV | Prime Minister | 1991-09-26..1991-11-06

@person Olindo Koolman
role: ABW GOV | Governor | 1992-03-12..2004-05-11

@person Oliver Seraphine
role: DMA GOV | Prime Minister | 1979-06-21..1980-07-21

@person Olu Adeniji
role: NGA GOV | Minister of Foreign Affairs | 2003-08-01..2007-07-31

@person Olubanke Akerele
role: LBR GOV | Minister of Foreign Affairs | 2007-09-01..2010-12-31

@person Olusegun Obasanjo
role: NGA GOV | President | 1999-05-29..2007-05-29

@person Omar Bongo
role: GAB GOV | President | 1967-11-28..2012-01-16?

@person Omar Hassan Ahmad Al-Bashir
role: SDN GOV | President | 1989-06-30..2012-01-16?

@person Omar Karami
role: LBN GOV | Prime Minister | 1990-12-24..1992-05-13
role: LBN GOV | Prime Minister | 2004-10-21..2005-04-19

@person Omar Torrijos Herrera
role: PAN GOV | Chief of Government | 1972-10-11..1978-10-11

@person Ong Teng Cheong
role: SGP GOV | President | 1993-09-01..1999-09-01

@person Onneyn Tahi
role: VUT GOV | President | 1989-01-12..1989-01-30

@person Orlando Ramon Agosti
role: ARG GOV | Military Junta | 1976-03-24..1976-03-29

@person Orlando Smith
role: VGB GOV | Chief Minister | 2003-06-17..2007-08-23

@person Orville Turnquest
role: BHS GOV | Governor-General | 1995-01-03..2001-11-13

@person Osborne Riviere
role: DMA GOV | Minister of Foreign Affairs | 2003-01-01..2004-01-31
role: DMA GOV | Prime Minister | 2004-01-06..2004-01-08
role: DMA GOV | Minister of Foreign Affairs, Trade, and Marketing | 2004-02-01..2005-05-31

@person Osbourne Fleming
role: AIA GOV | Chief Minister | 2000-03-06..2012-01-16?

@person Oscar Arias Sanchez
role: CRI GOV | President | 1986-05-08..1990-05-08
role: CRI GOV | President | 2006-05-08..2012-01-16?

@person Oscar Berger Perdomo
role: GTM GOV | President | 2004-01-14..2008-01-14

@person Oscar Humberto Mejia Victores
role: GTM GOV | President | 1983-08-08..1986-01-14

@person Oscar Luigi Scalfaro
role: ITA GOV | President | 1992-05-28..1999-05-15

@person Oscar Maurtua de Romana
also: Oscar Maurtua Romana
role: PER GOV | Minister of Foreign Affairs | 2005-09-01..2006-08-31

@person Oscar Pammo Rodriguez
role: BOL GOV | Junta of Commanders | 1981-08-04..1981-09-04

@person Oscar Ribas Reig
role: AND GOV | Head of Government | 1982-01-08..1984-05-21
role: AND GOV | Head of Government | 1990-01-12..1994-12-07

@person Oscar Siegfried Henriquez
role: ABW GOV | Administrator | 1964-01-01..1973-01-01

@person Oscar de La Puente Raygada
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1992-04-06..1993-08-28

@person Osman Hassan Ali "Ato"
role: SOM GOV | President | 1997-01-03..2012-01-16?

@person Osman Jama Ali (Acting
role: SOM GOV | Prime Minister | 2001-10-28..2001-11-12

@person Osvaldo Hurtado Larrea
role: ECU GOV | President | 1981-05-24..1984-08-10

@person Otar Patsatsia
role: GEO GOV | Prime Minister | 1993-08-20..1995-10-05

@person Otkir Sultonov
role: UZB GOV | Prime Minister | 1995-12-21..2003-12-11

@person Otmar Hasler
role: LIE GOV | Head of Government | 2001-04-05..2012-01-16?

@person Otto Stich
role: CHE GOV | President | 1994-01-01..1994-12-31

@person Ousmane Issoufi Maiga
role: MLI GOV | Prime Minister | 2004-04-30..2007-09-28

@person Ovidio Manuel Barbosa Pequeno
role: STP GOV | Minister of Foreign Affairs and Cooperation | 2005-09-01..2006-04-30

@person Owen Arthur
role: BRB GOV | Prime Minister | 1994-09-07..2008-01-16

@person P.J. Patterson
role: JAM GOV | Prime Minister | 1992-03-30..2006-03-30

@person P.V. Narasimha Rao
role: IND GOV | Prime Minister | 1991-06-21..1996-05-16

@person Paavo Lipponen
role: FIN GOV | Prime Minister | 1995-04-13..2003-04-17

@person Paek Nam Sun
role: PRK GOV | Minister of Foreign Affairs | 2003-01-01..2007-01-31

@person Paias Wingti
role: PNG GOV | Prime Minister | 1985-11-21..1988-07-04
role: PNG GOV | Prime Minister | 1992-07-17..1994-08-30

@person Paik Too Chin
role: KOR GOV | Prime Minister | 1970-12-20..1971-06-04

@person Pak Pong Ju
role: PRK GOV | Chairman of the Council of Ministers | 2003-09-03..2007-04-11

@person Pak Song Chol
role: PRK GOV | Chairman of the Council of Ministers | 1976-04-29..1977-12-16

@person Pak Ui Chun
role: PRK GOV | Minister of Foreign Affairs | 2007-06-01..2011-02-28?

@person Pakalitha Mosisili
role: LSO GOV | Prime Minister | 1998-05-29..2012-01-16?

@person Pamela Gordon
role: BMU GOV | Premier | 1997-03-27..1998-11-10

@person Pan Ki Mun
role: KOR GOV | Minister of Foreign Affairs and Trade | 2004-02-01..2004-09-30

@person Panakh Huseynov
role: AZE GOV | Prime Minister | 1993-04-28..1993-06-07

@person Pandeli Majko
role: ALB GOV | Prime Minister | 1998-10-02..1999-10-29
role: ALB GOV | Prime Minister | 2002-02-22..2002-07-31

@person Paolo Bollini
role: SMR GOV | Captain-Regent | 2004-04-01..2004-10-01

@person Paramanga Ernest Yonli
also: Paramango Ernest Yonli
role: BFA GOV | Prime Minister | 2000-11-07..2007-06-04

@person Park Choong Hoon
role: KOR GOV | Prime Minister | 1980-05-22..1980-09-02
role: KOR GOV | President | 1980-08-16..1980-09-01

@person Park Chung Hee
role: KOR GOV | President | 1962-03-24..1979-10-26

@person Park Tae Joon
role: KOR GOV | Prime Minister | 2000-01-13..2000-05-19

@person Pascal Couchepin
role: CHE GOV | President | 1996-01-01..1996-12-31
role: CHE GOV | President | 2008-01-01..2012-01-16?

@person Pascal Lissouba
role: COG GOV | President | 1992-08-31..1997-10-15

@person Pascal Rakotomavo
role: MDG GOV | Prime Minister | 1997-02-21..1998-07-23

@person Pascal Yoadimnadji
role: TCD GOV | Prime Minister | 2005-02-03..2007-02-23

@person Pascal-Firmin Ndimira
role: BDI GOV | Prime Minister | 1996-07-31..1998-06-12

@person Pascoal Mocumbi
also: Pascoal Manuel Mocumbi
role: MOZ GOV | Prime Minister | 1994-12-16..2004-02-17

@person Pasteur Bizimungu
role: RWA GOV | President | 1994-07-19..2000-03-23

@person Patrice Trovoada
role: STP GOV | Prime Minister | 2008-02-14..2008-06-22

@person Patricia Espinosa Cantellano
role: MEX GOV | Secretary of Foreign Relations | 2006-12-01..2011-02-28?

@person Patricia Isabel Rodas Baca
role: HND GOV | Minister of Foreign Relations | 2009-03-01..2010-01-31

@person Patricio Aylwin Azocar
role: CHL GOV | President | 1990-03-11..1994-03-11

@person Patricio Zuquilanda
role: ECU GOV | Minister of Foreign Relations | 2003-09-01..2005-04-30

@person Patrick J. Hillery
role: IRL GOV | President | 1976-12-03..1990-12-02

@person Patrick Leclercq
role: MCO GOV | Minister of State | 2000-01-01..2005-06-01

@person Patrick Manning
role: TTO GOV | Prime Minister | 2001-12-24..2012-01-16?

@person Patrick Pillay
also: Patrick Georges Pillay
role: SYC GOV | Minister of Foreign Affairs | 2005-05-01..2010-06-30

@person Patrick R. John
role: DMA GOV | Premier | 1974-07-27..1978-11-03
role: DMA GOV | Prime Minister | 1978-11-03..1979-06-21

@person Patteson Oti
role: SLB GOV | Minister of Foreign Affairs | 2007-06-01..2007-06-30

@person Paul Adderley
role: BHS GOV | Governor-General | 2005-12-01..2006-02-01

@person Paul Biya
role: CMR GOV | Prime Minister | 1975-06-30..1982-11-06
role: CMR GOV | President | 1982-11-06..2012-01-16?

@person Paul Bremer
role: IRQ GOV | Civil Administrator | 2003-05-12..2004-06-28

@person Paul Dijoud
role: MCO GOV | Minister of State | 1994-12-02..1997-02-03

@person Paul Keating
role: AUS GOV | Prime Minister | 1991-12-20..1996-03-11

@person Paul Martin
role: CAN GOV | Prime Minister | 2003-12-12..2006-02-06

@person Paul Scoon
role: GRD GOV | Governor-General | 1978-10-04..1992-08-06

@person Paul Shabangu
role: SWZ GOV | Prime Minister | 2003-09-29..2003-11-26

@person Paul Vanden Boeynants
role: BEL GOV | Prime Minister | 1978-10-20..1979-04-03

@person Paul-Emile de Souza
role: BEN GOV | President | 1969-12-13..1970-05-07

@person Paula Gopee Scoon
role: TTO GOV | Minister of Foreign Affairs | 2008-01-01..2010-06-30

@person Pauli Ellefsen
role: FRO GOV | Prime Minister | 1981-01-05..1985-01-10

@person Paulin Obame-Nguema
role: GAB GOV | Prime Minister | 1994-11-02..1999-01-23

@person Pavlo Lazarenko
role: UKR GOV | Prime Minister | 1996-05-28..1997-07-02

@person Pavol Hrivnak
role: SVK GOV | Prime Minister | 1989-06-22..1989-12-12

@person Pearlette Louisy
role: LCA GOV | Governor-General | 1997-09-17..2012-01-16?

@person Pedro Alberto Jose Gnavi
role: ARG GOV | President | 1970-06-08..1970-06-18

@person Pedro Bislip
role: ABW GOV | Administrator | 1983-01-01..1985-10-04

@person Pedro Carmona Estanga
role: VEN GOV | President | 2002-04-12..2002-04-13

@person Pedro Pablo Kuczynski
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 2005-08-16..2006-07-28

@person Pedro Pires
also: Pedro Verona Rodrigues Pires
role: CPV GOV | Prime Minister | 1975-07-08..1991-04-04
role: CPV GOV | President | 2001-03-22..2012-01-16?

@person Pedro Rossello
role: PRI GOV | Governor | 1993-01-02..2001-01-02

@person Pedro Santana Lopes
role: PRT GOV | Prime Minister | 2004-07-17..2005-03-12

@person Pedro Vaz Ramela
role: URY GOV | Minister of Foreign Affairs | 2009-10-01..2010-03-31

@person Pehin Orang Kaya Laila Wijaya Dato Haji Abdul Aziz Umar
role: BRN GOV | Chief Minister | 1981-09-01..1983-12-31

@person Pen Sovan
role: KHM GOV | Chairman of the Council of Ministers (prime_ministers | 1981-06-27..1981-12-05

@person Pengiran Dipa Negara Laila Diraja Pengiran Abdul Mumin
role: BRN GOV | Chief Minister | 1972-01-01..1981-09-01

@person Per Stig Moller
role: DNK GOV | Minister for Foreign Affairs | 2003-01-01..2004-08-31
role: DNK GOV | Minister of Foreign Affairs | 2004-10-01..2011-02-28?

@person Percy Radcliffe
role: IMN GOV | Chairman of the Executive Council | 1971-01-01..1977-01-01
role: IMN GOV | Chairman of the Executive Council | 1981-11-24..1985-03-01

@person Perry Christie
role: BHS GOV | Prime Minister | 2002-05-03..2007-05-04

@person Pervez Musharraf
role: PAK GOV | Prime Minister | 1999-10-14..2002-11-23
role: PAK GOV | President | 2001-06-20..2012-01-16?

@person Petar Gosev
role: MKD GOV | Secretary of the Central Committee of the Communist Party | 1990-01-01..2012-01-16?

@person Peter Alfred Penfold
role: VGB GOV | Governor | 1991-10-14..1995-06-21

@person Peter Balazs
role: HUN GOV | Minister of Foreign Affairs | 2009-05-01..2010-06-30

@person Peter Boross
role: HUN GOV | Prime Minister | 1993-12-12..1994-07-15

@person Peter Colotka
role: SVK GOV | Prime Minister | 1969-05-04..1988-10-12

@person Peter David
role: GRD GOV | Minister of Foreign Affairs and Tourism | 2008-08-01..2009-03-31

@person Peter Donovan Mcentee
role: BLZ GOV | Governor | 1976-06-01..1980-01-01

@person Peter Gautrey
role: BRN GOV | British Residents (from 1959, High_commissioner | 1972-01-01..1975-01-01

@person Peter Hollingworth
role: AUS GOV | Governor-General | 2001-06-29..2003-05-28

@person Peter Johnstone
role: AIA GOV | Governor | 2000-02-04..2004-04-29

@person Peter Kenilorea
role: SLB GOV | Chief Minister | 1976-07-14..1978-07-07
role: SLB GOV | Prime Minister | 1978-07-07..1981-08-31
role: SLB GOV | Prime Minister | 1984-11-19..1986-12-01

@person Peter Kent
role: CAN GOV | Minister of State "Foreign Affairs, Americas" | 2008-12-01..2011-01-31

@person Peter Lloyd
role: CYM GOV | Governor | 1982-01-01..1987-01-01

@person Peter Mackay
role: CAN GOV | Minister of Foreign Affairs | 2006-03-01..2008-10-31

@person Peter Mafany Musonge
role: CMR GOV | Prime Minister | 1996-09-19..2004-12-08

@person Peter Medgyessy
role: HUN GOV | Prime Minister | 2002-05-27..2004-09-29

@person Peter Smith
role: CYM GOV | Governor | 1999-05-05..2002-05-09

@person Peter Tali Coleman
role: ASM GOV | Governor | 1985-01-03..1989-01-02
role: ASM GOV | Governor | 1993-01-03..1997-01-03

@person Peter Tali Coleman (Acting
role: FSM GOV | High Commissioner | 1976-07-01..1977-07-09

@person Petr Pithart
role: CZE GOV | Prime Minister | 1990-02-06..1992-07-02

@person Petras Vaitiekunas
role: LTU GOV | Minister of Foreign Affairs | 2006-08-01..2008-12-31

@person Petre Roman
role: ROU GOV | Prime Minister | 1989-12-26..1991-10-01

@person Petros Molyviatis
role: GRC GOV | Minister of Foreign Affairs | 2004-04-01..2006-02-28

@person Petru Lucinschi
role: MDA GOV | President | 1997-01-15..2001-04-07

@person Petrus Compton
role: LCA GOV | Minister for External Affairs, International Trade, and Civil Aviation | 2004-12-01..2007-02-28

@person Petur Mladenov
role: BGR GOV | Chairman of the State Council | 1989-11-17..1990-04-03
role: BGR GOV | President | 1990-04-03..1990-07-06

@person Petur Stoyanov
role: BGR GOV | President | 1997-01-22..2002-01-22

@person Phaidon Ghizikis
role: GRC GOV | President | 1973-11-25..1974-12-14

@person Pham Hung
role: VNM GOV | Chairman of the Council of Ministers | 1987-06-18..1988-03-10

@person Pham van Dong
role: VNM GOV | Prime Minister | 1955-09-20..1976-07-02
role: VNM GOV | Chairman of the Council of Ministers | 1976-07-02..1987-06-18

@person Phan van Khai
role: VNM GOV | Prime Minister | 1997-09-25..2006-06-27

@person Philip Goff
role: NZL GOV | Minister of Foreign Affairs and Trade | 2003-01-01..2006-11-30

@person Philippe Douste Blazy
role: FRA GOV | Minister of Foreign Affairs | 2005-07-01..2007-05-31

@person Philippe Massoni
role: AND GOV | Personal Representative of the French Coprince | 2002-07-01..2012-01-16?

@person Phoumi Vongvichit
role: LAO GOV | President | 1986-10-31..1991-08-15

@person Pier Marino Menicucci
role: SMR GOV | Captain-Regent | 2003-04-01..2003-10-01

@person Pierre Beregovoy
role: FRA GOV | Prime Minister | 1992-04-02..1993-03-29

@person Pierre Buyoya
role: BDI GOV | President | 1987-09-03..1993-07-10
role: BDI GOV | President | 1996-07-25..2003-04-30

@person Pierre Charles
role: DMA GOV | Prime Minister | 2000-10-01..2004-01-06

@person Pierre Elliott Trudeau
role: CAN GOV | Prime Minister | 1968-04-20..1979-06-04
role: CAN GOV | Prime Minister | 1980-03-03..1984-06-30

@person Pierre Mauroy
role: FRA GOV | Prime Minister | 1981-05-21..1984-07-17

@person Pierre Messmer
role: FRA GOV | Prime Minister | 1972-07-05..1974-05-27

@person Pierre Moussa
role: COG GOV | Prime Minister | 1990-12-03..1991-01-08

@person Pierre Nkurunziza
also: Pierre Nkurunziz
role: BDI GOV | President | 2005-08-26..2012-01-16?

@person Pierre Pettigrew
role: CAN GOV | Minister of Foreign Affairs | 2004-08-01..2006-02-28

@person Pierre Werner
role: LUX GOV | Prime Minister | 1959-03-02..1974-06-15
role: LUX GOV | Prime Minister | 1979-07-16..1984-07-20

@person Pierre de Bousquet de Florian
role: AND GOV | Personal Representative of the French Coprince | 1997-02-01..1999-05-01

@person Pierre-Celestin Rwigema
role: RWA GOV | Prime Minister | 1995-08-31..2000-03-08

@person Piet de Jong
role: NLD GOV | Prime Minister | 1967-04-05..1971-07-06

@person Pieter Willem Botha
role: ZAF GOV | Prime Minister | 1978-09-28..1983-09-14

@person Piotr Jaroszewicz
role: POL GOV | Prime Minister | 1970-12-23..1980-02-18

@person Pjeter Arbnori
role: ALB GOV | President | 1992-04-06..1992-04-09

@person Pol Pot
role: KHM GOV | Prime Minister | 1976-05-13..1979-01-07

@person Portia Simpson Miller
role: JAM GOV | Prime Minister | 2006-03-30..2007-09-11

@person Poul Nyrup Rasmussen
role: DNK GOV | Prime Minister | 1993-01-25..2001-11-27

@person Poul Schluter
role: DNK GOV | Prime Minister | 1982-09-10..1993-01-25

@person Pranab Mukherjee
role: IND GOV | Minister of External Affairs | 2006-11-01..2011-02-28?

@person Pratibha Patil
also: Pratibha Devisingh Patil
role: IND GOV | President | 2007-07-25..2012-01-16?

@person Prem Tinsulanonda
role: THA GOV | Prime Minister | 1980-03-03..1988-08-04

@person Prince 'Ulukalala Lavaka Ata
role: TON GOV | Prime Minister | 2000-01-03..2006-02-11

@person Prince Alois
role: LIE GOV | Sovereign Prince | 2004-08-15..2012-01-16?

@person Prince Fatafehi Tu'Ipelehake
role: TON GOV | Prime Minister | 1965-12-16..1991-08-21

@person Prince Jameson Mbilini Dlamini
role: SWZ GOV | Prime Minister | 1993-11-04..1996-05-08

@person Prince Johnson
role: LBR GOV | Presidents># Conflicting Claim | 1990-09-09..1990-11-22

@person Prince Juan Carlos
role: ESP GOV | Head of State | 1975-10-30..1975-11-20

@person Prince Norodom Ranariddh
role: KHM GOV | Coequal Prime Minister | 1993-07-02..1993-09-21
role: KHM GOV | First Prime Minister | 1993-09-21..1997-07-06

@person Prince Norodom Sihanouk
role: KHM GOV | Head of State | 1960-06-20..1970-03-18
role: KHM GOV | Head of State | 1975-04-17..1976-04-11
role: KHM GOV | Chairman of the Supreme National Council | 1991-11-20..1993-06-14
role: KHM GOV | Head of State | 1993-06-14..2004-10-06

@person Prince Souphanouvong
role: LAO GOV | President | 1975-12-03..1991-08-15

@person Prince Souvanna Phouma
role: LAO GOV | Prime Minister | 1962-06-23..1975-12-02

@person Prosper Avril
role: HTI GOV | President | 1988-09-17..1990-03-10

@person Punsalmaagiyn Ochirbat
role: MNG GOV | Chairman of the Presidium of the State Great Khural | 1990-03-21..1990-09-03
role: MNG GOV | President | 1990-09-03..1997-06-20

@person Puntsagiyn Jasray
role: MNG GOV | Prime Minister | 1992-07-21..1996-07-19

@person Qabus Ibn Sa`id
role: OMN GOV | Sultan | 1970-07-23..2012-01-16?
role: OMN GOV | Prime Minister | 1972-01-02..2012-01-16?

@person Queen 'Mamohato
role: LSO GOV | King | 1990-03-10..1990-11-12
role: LSO GOV | King | 1996-01-15..1996-02-07

@person Quett Masire
role: BWA GOV | President | 1980-07-13..1998-03-31

@person Rabah Bitat
role: DZA GOV | President | 1978-12-27..1979-02-09

@person Rabbie Namaliu
role: PNG GOV | Prime Minister | 1988-07-04..1992-07-17
role: PNG GOV | Minister for Foreign Affairs and Trade | 2003-01-01..2004-11-30
role: PNG GOV | Minister for Foreign Affairs | 2004-12-01..2007-08-31

@person Radmila Sekerinska
role: MKD GOV | Prime Minister | 2004-05-12..2004-06-02
role: MKD GOV | Prime Minister | 2004-11-18..2004-12-17

@person Radu Vasile
role: ROU GOV | Prime Minister | 1998-04-17..1999-12-14

@person Rafael Addiego Bruno
role: URY GOV | President | 1985-02-12..1985-03-01

@person Rafael Angel Calderon Fournier
role: CRI GOV | President | 1990-05-08..1994-05-08

@person Rafael Bielsa
role: ARG GOV | Minister of Foreign Relations, International Trade, and Worship | 2003-06-01..2005-11-30

@person Rafael Caldera
role: VEN GOV | President | 1994-02-02..1999-02-02

@person Rafael Correa
role: ECU GOV | President | 2007-01-15..2012-01-16?

@person Rafael Hernandez Colon
role: PRI GOV | Governor | 1985-01-02..1993-01-02

@person Rafael Leonardo Callejas
role: HND GOV | President | 1990-01-27..1994-01-27

@person Rafael Paasio
role: FIN GOV | Prime Minister | 1972-02-23..1972-09-04

@person Rafiq Hariri
role: LBN GOV | Prime Minister | 1992-10-31..1998-12-02
role: LBN GOV | Prime Minister | 2000-10-23..2004-10-21

@person Rafsanjani
role: IRN GOV | Provisional Presidential Council | 1981-06-22..1981-08-02

@person Rahim Huseynov
role: AZE GOV | Prime Minister | 1992-05-18..1993-01-26

@person Raila Odinga
also: Raila Amolo Odinga
role: KEN GOV | Prime Minister | 2008-04-17..2012-01-16?

@person Rainier Iii
role: MCO GOV | Princes/princesse | 1949-05-09..2005-04-06

@person Rais Bin Yatim
also: Rais Yatim
role: MYS GOV | Minister of Foreign Affairs | 2008-04-01..2009-04-30

@person Rajiv Gandhi
role: IND GOV | Prime Minister | 1984-10-31..1989-12-02

@person Rakhmon Nabiyev
role: TJK GOV | President | 1991-12-02..1992-09-07

@person Ralph Everard Gonsalves
role: VCT GOV | Prime Minister | 2001-03-29..2012-01-16?

@person Ralph Gonsalves
also: Ralph E. Gonsalves
role: VCT GOV | Prime Minister | 2001-03-29..2012-01-16?

@person Ralph O'Neal
role: VGB GOV | Chief Minister | 1995-05-15..2003-06-17
role: VGB GOV | Premier | 2007-08-23..2012-01-16?

@person Ram Baran Yadav
also: Ram Chandra Raya Yadav
role: NPL GOV | President | 2008-07-23..2012-01-16?

@person Ramaswamy Venkataraman
role: IND GOV | President | 1987-07-25..1992-07-25

@person Ramesh Nath Pandey
role: NPL GOV | Minister of Foreign Affairs | 2005-03-01..2006-05-31

@person Ramiro de Leon Carpio
role: GTM GOV | President | 1993-06-06..1996-01-14

@person Ramiz Alia
role: ALB GOV | Chairman of the Presidium of the People's_assembly | 1982-11-22..1991-04-30
role: ALB GOV | President | 1991-04-30..1992-04-03

@person Ramon Carrizalez
role: VEN GOV | Executive Vice-President | 2008-01-06..2012-01-16?

@person Ramon Hnatyshyn
role: CAN GOV | Governor-General | 1990-01-29..1995-02-08

@person Ramon Jose Velasquez
role: VEN GOV | President | 1993-06-05..1994-02-02

@person Ramon Malla Call
role: AND GOV | Coprinces (bishops_of_urgel | 1969-06-19..1971-01-31

@person Ramon Puerta
role: ARG GOV | President | 2001-12-21..2001-12-23

@person Ramsewak Shankar
role: SUR GOV | President | 1988-01-25..1990-12-24

@person Ranasinghe Premadasa
role: LKA GOV | Prime Minister | 1978-02-06..1989-03-03
role: LKA GOV | President | 1989-01-02..1993-05-01

@person Rangin Dadfar Spanta
role: AFG GOV | Minister of Foreign Affairs | 2006-06-01..2010-01-31

@person Ranil Wickremesinghe
also: Ranil Wickremasinghe
role: LKA GOV | Prime Minister | 1993-05-07..1994-08-19
role: LKA GOV | Prime Minister | 2001-12-09..2004-04-06

@person Raoul Cedras
role: HTI GOV | President | 1991-10-01..1991-10-08

@person Raphael Tuju
role: KEN GOV | Minister for Foreign Affairs | 2006-04-01..2008-02-29

@person Rashid As-Solh
role: LBN GOV | Prime Minister | 1992-05-13..1992-10-31

@person Rashid Bakr
role: SDN GOV | Prime Minister | 1976-08-11..1977-09-10

@person Rashid Bin Abdallah Al Nuaymi
role: ARE GOV | Minister of Foreign Affairs | 2003-01-01..2006-02-28

@person Rashid Meredov
also: Rasit Meredow
role: TKM GOV | Minister of Foreign Affairs | 2003-01-01..2011-02-28?

@person Ratnasiri Wickremanayake
role: LKA GOV | Prime Minister | 2000-08-10..2001-12-09
role: LKA GOV | Prime Minister | 2005-11-21..2012-01-16?

@person Ratu Josefa Iloilo
role: FJI GOV | President | 2000-07-18..2001-03-15

@person Ratu Kamisese Mara
role: FJI GOV | Chief Minister | 1967-09-01..1970-10-10

@person Ratu Sir George Cakobau
role: FJI GOV | Governor-General | 1973-01-13..1983-02-12

@person Ratu Sir Kamisese Mara
role: FJI GOV | President | 1993-12-16..2000-05-29

@person Ratu Sir Penaia Ganilau
role: FJI GOV | Governor-General | 1983-02-12..1987-10-06
role: FJI GOV | President | 1987-12-05..1993-12-15

@person Rauhi Fattouh
role: PSE GOV | President | 2004-11-11..2005-01-15

@person Raul Alberto Lastiri
role: ARG GOV | President | 1973-07-13..1973-10-12

@person Raul Alfonsin
role: ARG GOV | President | 1983-12-10..1989-07-08

@person Raul Castro
role: CUB GOV | President of the Council of Ministers | 2006-07-31..2012-01-16?
role: CUB GOV | President of the Council of State | 2006-07-31..2012-01-16?

@person Raul Cubas Grau
role: PRY GOV | President | 1998-08-15..1999-03-28

@person Raymond Barre
role: FRA GOV | Prime Minister | 1976-08-25..1981-05-21

@person Raymond Ramazani Baya
role: COD GOV | Minister of Foreign Affairs and International Cooperation | 2004-08-01..2007-01-31

@person Redha Malek
role: DZA GOV | High State Committee | 1992-01-14..1994-01-31
role: DZA GOV | Prime Minister | 1993-08-21..1994-04-11

@person Reginald James Wallace
role: KIR GOV | Governor | 1978-01-01..1979-07-12

@person Reginald Palmer
role: GRD GOV | Governor-General | 1992-08-06..1996-08-09

@person Rein Lang
role: EST GOV | Minister of Foreign Affairs | 2005-03-01..2005-04-30

@person Reinaldo Gargano
role: URY GOV | Minister of Foreign Affairs | 2005-03-01..2008-03-31

@person Remy R. Zaandam
role: ABW GOV | Administrator | 1982-01-01..2012-01-16?

@person Rene Castro Salazar
role: CRI GOV | Minister of Foreign Relations | 2010-06-01..2011-02-28?

@person Rene Felber
role: CHE GOV | President | 1992-01-01..1992-12-31

@person Rene Harris
role: NRU GOV | President | 1999-04-27..2000-04-20
role: NRU GOV | President | 2001-03-30..2003-01-09
role: NRU GOV | President | 2003-01-17..2003-01-18
role: NRU GOV | President | 2003-08-08..2004-06-22

@person Rene Moawad
role: LBN GOV | President | 1989-11-05..1989-11-22

@person Rene Preval
role: HTI GOV | Prime Minister | 1991-02-13..1991-10-11
role: HTI GOV | President | 1996-02-07..2001-02-07
role: HTI GOV | President | 2006-05-14..2012-01-16?

@person Reneta Indzhova
role: BGR GOV | Prime Minister | 1994-10-17..1995-01-25

@person Reuben K. Uatioa
role: KIR GOV | Leader of Government Business | 1971-04-01..1974-05-01

@person Rex Hunt
role: FLK GOV | Governor | 1980-01-01..1982-04-02
role: FLK GOV | Governor | 1982-06-25..1985-10-16

@person Rexhep Meidani
role: ALB GOV | President | 1997-07-24..2002-07-24

@person Reynaldo Bignone
role: ARG GOV | President | 1982-07-01..1983-12-10

@person Ricardo Lagos Escobar
role: CHL GOV | President | 2000-03-11..2006-03-11

@person Ricardo Maduro
role: HND GOV | President | 2002-01-27..2006-01-27

@person Ricardo Mangue Obama Nfubea
role: GNQ GOV | Prime Minister | 2006-08-14..2008-07-08

@person Richard Cheney
role: USA GOV | Vice-President | 2001-01-20..2009-01-20

@person Richard Corkill
role: IMN GOV | Chief Minister | 2001-12-04..2004-12-14

@person Richard M. Nixon
role: USA GOV | Vice-President | 1953-01-21..1961-01-20
role: USA GOV | President | 1969-01-20..1974-08-09

@person Richard Ralph
role: FLK GOV | Governor | 1996-01-08..1999-01-01

@person Richard von Weizsacker
role: DEU GOV | President | 1984-07-01..1994-06-30

@person Rihards Piks
role: LVA GOV | Minister of Foreign Affairs | 2004-04-01..2004-07-31

@person Rinchinnyamyn Amarjargal
role: MNG GOV | Prime Minister | 1999-07-30..2000-07-26

@person Ro Jai Bong
role: KOR GOV | Prime Minister | 1990-12-27..1991-05-24

@person Rob Moore-Jones
role: COK GOV | High Commissioner | 1998-07-01..2001-07-01

@person Robert David Muldoon
role: NZL GOV | Prime Minister | 1975-12-12..1984-07-26

@person Robert Fico
role: SVK GOV | Prime Minister | 2006-07-04..2012-01-16?

@person Robert Guei
role: CIV GOV | President | 1999-12-25..2000-10-25

@person Robert Harris
role: AIA GOV | Governor | 1996-12-01..2000-01-27

@person Robert Malval
role: HTI GOV | Prime Minister | 1993-08-30..1994-11-08

@person Robert Mugabe
also: Robert Gabriel Mugabe
role: ZWE GOV | Prime Minister | 1980-04-18..1987-12-31
role: ZWE GOV | President | 1987-12-31..2012-01-16?

@person Robert Woonton
role: COK GOV | Prime Minister | 2002-02-11..2004-12-11
role: COK GOV | Minister of Foreign Affairs | 2003-01-01..2008-08-31

@person Roberto Danino
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 2001-07-28..2002-07-12

@person Roberto Eduardo Viola
role: ARG GOV | President | 1981-03-29..1981-12-11

@person Roberto Giorgetti
role: SMR GOV | Captain-Regent | 2006-10-01..2007-04-01

@person Roberto Marcelo Levingston
role: ARG GOV | President | 1970-06-18..1971-03-22

@person Roberto Raschi
role: SMR GOV | Captain-Regent | 2004-10-01..2005-04-01

@person Roberto Tovar Faja
role: CRI GOV | Minister of Foreign Relations and Religion | 2003-01-01..2004-11-30
role: CRI GOV | Minister of Foreign Relations and Religion | 2005-01-01..2006-05-31

@person Roch Marc Christian Kabore
role: BFA GOV | Prime Minister | 1994-03-22..1996-02-06

@person Rodolfo Terragno
role: ARG GOV | Cabinet Chief | 1999-12-10..2000-10-05

@person Rodolphe Adada
role: COG GOV | Minister of Foreign Affairs and Cooperation | 2003-01-01..2007-06-30

@person Rodrigo Borja Cevallos
role: ECU GOV | President | 1988-08-10..1992-08-10

@person Rogatien Biaou
role: BEN GOV | Minister of Foreign Affairs and African Integration | 2003-07-01..2006-04-30

@person Roger Abiut
role: VUT GOV | President | 2004-05-11..2004-07-29

@person Roger Cousins
role: AIA GOV | Governor | 2000-01-27..2000-02-04

@person Roh Moo Hyun
role: KOR GOV | President | 2003-02-25..2008-02-25

@person Roh Tae Woo
role: KOR GOV | President | 1988-02-25..1993-02-25

@person Rohitha Bogollagama
also: Rohita Bogollagama
role: LKA GOV | Minister of Foreign Affairs | 2007-03-01..2010-04-30

@person Roland Kpotsra
also: Roland Yao Kpotsra
role: TGO GOV | Minister of Foreign Affairs and Cooperation | 2003-01-01..2003-09-30

@person Roland Michener
role: CAN GOV | Governor-General | 1967-04-17..1974-01-14

@person Rolandas Paksas
role: LTU GOV | Prime Minister | 1999-05-18..1999-10-27
role: LTU GOV | Prime Minister | 2000-10-26..2001-06-20
role: LTU GOV | President | 2003-02-26..2004-04-06

@person Roman Herzog
role: DEU GOV | President | 1994-07-01..1999-06-30

@person Roman Mayorga Quiros
role: SLV GOV | Revolutionary Junta | 1979-10-17..1980-01-05

@person Romano Prodi
role: ITA GOV | Prime Minister | 2006-05-17..2008-05-08

@person Romeo Leblanc
role: CAN GOV | Governor-General | 1995-02-08..1999-10-07

@person Ronald Reagan
role: USA GOV | President | 1981-01-20..1989-01-20

@person Ronald Venetiaan
also: Runaldo Ronald Venetiaan
role: SUR GOV | President | 1991-09-16..1996-09-15
role: SUR GOV | President | 2000-08-12..2012-01-16?

@person Ronald Webster
role: AIA GOV | Chief Minister | 1976-02-10..1977-02-02
role: AIA GOV | Chief Minister | 1980-05-01..1984-03-12

@person Roosevelt Skerrit
also: Roosevelt Skeritt
role: DMA GOV | Prime Minister | 2004-01-08..2012-01-16?

@person Rosa Zafferani
role: SMR GOV | Captain-Regent | 2008-04-01..2012-01-16?

@person Rosalia Arteaga Serrano
role: ECU GOV | President | 1997-02-09..1997-02-11

@person Rosemary Kobusingye Museminali
also: Rosemary Kobusingye Museminari
role: RWA GOV | Minister of State, Ministry of Foreign Affairs and Cooperation, in Charge of Cooperation | 2005-09-01..2009-12-31

@person Rosie Douglas
role: DMA GOV | Prime Minister | 2000-02-03..2000-10-01

@person Rosny Smarth
role: HTI GOV | Prime Minister | 1996-03-06..1997-10-20

@person Rota Onorio
role: KIR GOV | President | 1982-12-10..1983-02-18

@person Roy Fanourakis
role: SWZ GOV | Minister for Foreign Affairs and Trade | 2003-05-01..2003-12-31

@person Roza Otunbayeva
also: Roza Otunbaeva
role: KGZ GOV | Minister of Foreign Affairs | 2005-05-01..2005-10-31

@person Ruben Ramirez Lezcano
role: PRY GOV | Minister of Foreign Affairs | 2006-09-01..2008-08-31

@person Rudolf Kirchschlager
role: AUT GOV | President | 1974-07-08..1986-07-08

@person Rudolf Schuster
role: SVK GOV | President | 1999-06-15..2004-06-15

@person Rudolph Insanally
role: GUY GOV | Minister Office of the President "Foreign Minister" | 2003-01-01..2008-04-30

@person Rueben Kun
role: NRU GOV | President | 1996-12-19..1997-02-12

@person Rumiana Zheleva
role: BGR GOV | Minister of Foreign Affairs | 2009-09-01..2010-01-31

@person Rupiah Banda
role: ZMB GOV | President | 2008-06-29..2012-01-16?

@person Ruslan Kazakbaev
role: KGZ GOV | Minister of Foreign Affairs | 2010-08-01..2011-02-28?

@person Russ Jarvis
role: FLK GOV | Governor | 2002-11-23..2002-12-03

@person Rustam Azimov
role: UZB GOV | Minister of Foreign Economic Relations, Investments, and Trade | 2005-08-01..2005-12-31

@person Ruth Dreifuss
role: CHE GOV | President | 1999-01-01..1999-12-31

@person Ruth Perry
role: LBR GOV | Chairman of the Council of State | 1996-09-03..1997-08-02

@person Ruud Lubbers
role: NLD GOV | Prime Minister | 1982-11-04..1994-08-22

@person Ryutaro Hashimoto
role: JPN GOV | Prime Minister | 1996-01-11..1998-07-30

@person S. M. Krishna
role: IND GOV | Minister of External Affairs | 2009-08-01..2009-08-31

@person S.R. Nathan
role: SGP GOV | President | 1999-09-01..2012-01-16?

@person Sa-Ngad Chaloryu
role: THA GOV | Prime Minister | 1976-10-06..1980-11-23

@person Saadun Hammadi
role: IRQ GOV | Prime Minister | 1991-03-23..1991-09-13

@person Sabine Bergmann-Pohl
role: DEU GOV | Chairman of the Council of State | 1990-04-05..1990-10-02

@person Saddam Hussein
role: IRQ GOV | President | 1979-07-16..2003-04-09
role: IRQ GOV | Prime Minister | 1994-05-29..2003-04-09

@person Sadiq Al-Mahdi
role: SDN GOV | Prime Minister | 1986-05-06..1989-06-30

@person Sadou Hayatou
role: CMR GOV | Prime Minister | 1991-04-26..1992-04-09

@person Sahana Pradhan
role: NPL GOV | Minister of Foreign Affairs | 2007-05-01..2008-08-31

@person Said Ali Kemal
role: COM GOV | President | 1995-10-02..1995-10-05
role: COM GOV | President | 1996-03-25..1998-11-06

@person Said Ali Mohamed
role: COM GOV | Prime Minister | 1993-05-26..1993-06-19

@person Said Atthoumani
role: COM GOV | President | 1978-05-13..1978-05-23

@person Said Ibrahim Ben Ali
role: COM GOV | President of the Government Council | 1970-04-02..1972-06-16

@person Said Mohamed Cheikh
role: COM GOV | President of the Government Council | 1962-01-01..1970-03-16

@person Said Mohamed Djohar
role: COM GOV | President | 1989-11-27..1995-09-29
role: COM GOV | President | 1996-01-26..1996-03-25

@person Said Mohamed Jaffar
role: COM GOV | President of the Government Council | 1972-06-16..1972-12-26
role: COM GOV | President | 1975-08-03..1976-01-03

@person Said Musa
role: BLZ GOV | Prime Minister | 1998-08-28..2008-02-08

@person Sak Sutsakhan
role: KHM GOV | President | 1975-04-12..1975-04-17

@person Salah Al Din Al Bashir
also: Salah Al Bashir
role: JOR GOV | Minister of Foreign Affairs | 2007-12-01..2009-02-28

@person Salah Eddin Bashir
also: Salaleddin Al Bashir
role: JOR GOV | Minister of Foreign Affairs | 2007-12-01..2009-02-28

@person Salah Eddine Ahmed Bokassa
role: CAF GOV | President | 1966-01-01..1976-12-04

@person Salam Fayyad
role: PSE GOV | Prime Minister | 2007-06-17..2012-01-16?

@person Sali Berisha
role: ALB GOV | President | 1992-04-09..1997-07-24
role: ALB GOV | Prime Minister | 2005-09-11..2012-01-16?

@person Salim Aliyow Ibrow
role: SOM GOV | Prime Minister | 2007-10-29..2007-11-24

@person Salim Ben Ali
role: COM GOV | Prime Minister | 1978-12-22..1982-02-08

@person Salim Hoss
role: LBN GOV | Prime Minister | 1987-06-01..1990-12-24
role: LBN GOV | President | 1989-11-22..1989-11-24
role: LBN GOV | Prime Minister | 1998-12-02..2000-10-23

@person Salomon Tandeng Muna
role: CMR GOV | Prime Minister of West Cameroon | 1968-01-11..1972-06-02

@person Salva Kiir Mayardit
role: SSD GOV | President | 2011-07-09..2012-01-16?

@person Salvador Allende
role: CHL GOV | President | 1970-11-03..1973-09-11

@person Salvador Jorge Blanco
role: DOM GOV | President | 1982-08-16..1986-08-16

@person Salvador Laurel
role: PHL GOV | Prime Minister | 1986-02-25..1986-03-25

@person Sam Abal
role: PNG GOV | Minister for Foreign Affairs, Trade, and Immigration | 2007-10-01..2010-04-30

@person Sam Hinds
role: GUY GOV | Prime Minister | 1992-10-09..1997-03-17
role: GUY GOV | President | 1997-03-06..1997-12-19
role: GUY GOV | Prime Minister | 1997-12-22..1999-08-09
role: GUY GOV | Prime Minister | 1999-08-11..2012-01-16?

@person Sam Kuteesa
also: Sam Kutesa
role: UGA GOV | Minister of Foreign Affairs | 2005-02-01..2011-02-28?

@person Sam Nujoma
role: NAM GOV | President | 1990-03-21..2005-03-21

@person Samak Sundaravej
role: THA GOV | Prime Minister | 2008-01-29..2012-01-16?

@person Samdech Chea Sim
role: KHM GOV | King | 1993-10-06..1994-04-08
role: KHM GOV | King | 1994-05-18..1995-01-04
role: KHM GOV | King | 2004-04-10..2004-07-13
role: KHM GOV | King | 2004-07-22..2004-10-20

@person Samdech Hun Sen
role: KHM GOV | Second Prime Minister | 1993-09-21..1998-11-30
role: KHM GOV | Prime Minister | 1998-11-30..2012-01-16?

@person Samdech Penn Nouth
role: KHM GOV | Prime Minister | 1975-04-17..1976-04-04

@person Samora Machel
role: MOZ GOV | President | 1975-06-25..1986-10-19

@person Samson Kisekka
role: UGA GOV | Prime Minister | 1986-01-30..1991-01-22

@person Samuel Santos Lopez
role: NIC GOV | Minister of Foreign Affairs | 2007-02-01..2011-02-28?

@person Samuel Schmid
role: CHE GOV | President | 2005-01-01..2005-12-31

@person Samuel Tei Abal
role: PNG GOV | Minister for Foreign Affairs, Trade, and Immigration | 2010-05-01..2010-12-31

@person San Yu
role: MMR GOV | President | 1981-11-09..1988-07-25

@person Sandra Kalniete
role: LVA GOV | Minister of Foreign Affairs | 2003-01-01..2004-03-31

@person Sangoule Lamizana
role: BFA GOV | President | 1966-01-04..1980-11-25
role: BFA GOV | Prime Minister | 1974-02-08..1978-07-07

@person Sani Abacha
role: NGA GOV | Chairman of the Provisional Ruling Council | 1993-11-17..1998-06-08

@person Sanj Bayar
also: Sanjaa Bayar
role: MNG GOV | Prime Minister | 2007-11-22..2012-01-16?

@person Sanjaasuren Oyun
role: MNG GOV | Minister of Foreign Affairs | 2008-01-01..2008-10-31

@person Santiago Nsobeya Efuman
role: GNQ GOV | Minister of Foreign Affairs, International Cooperation, and Francophone Affairs | 2003-01-01..2004-06-30

@person Sanya Thammasak
role: THA GOV | Prime Minister | 1973-10-14..1975-02-26

@person Saparmurat Niyazov
role: TKM GOV | President | 1990-11-02..2006-12-21

@person Sardar Mohammad Daud Khan
role: AFG GOV | President | 1973-07-17..1978-04-27

@person Saud Al Faysal Bin Abd Al Aziz Al Saud
role: SAU GOV | Minister of Foreign Affairs | 2003-01-01..2011-02-28?

@person Saufatu Sopoanga
role: TUV GOV | Prime Minister | 2002-08-02..2004-08-27

@person Saukham Khoy
role: KHM GOV | President | 1975-04-01..1975-04-12

@person Savang Vatthana
role: LAO GOV | King | 1959-10-30..1975-12-02

@person Savo Klimovski
role: MKD GOV | President | 1999-11-19..1999-12-15

@person Saw Maung
role: MMR GOV | Chairman of the State Law and Order Restoration Council | 1988-09-18..1992-04-23
role: MMR GOV | Prime Minister | 1988-09-21..1992-04-23

@person Saye Zerbo
role: BFA GOV | President | 1980-11-25..1982-11-07
role: BFA GOV | Prime Minister | 1980-11-25..1982-11-07

@person Sayyed Jalaleddin Tehrani
role: IRN GOV | Shah | 1979-01-16..1979-01-22

@person Seamus Pattison
role: IRL GOV | Presidential Commission | 1997-09-12..1997-11-10

@person Sebastiao Marcos Mabote
role: MOZ GOV | Political Bureau of the Central Committee of Frelimo | 1986-10-19..1986-11-06

@person Sein Lwin
role: MMR GOV | President | 1988-07-25..1988-08-12

@person Sein Win
role: MMR GOV | Prime Minister | 1974-03-04..1977-03-29

@person Seni Pramoj
role: THA GOV | Prime Minister | 1975-02-26..1975-03-14
role: THA GOV | Prime Minister | 1976-04-20..1976-10-06

@person Serge Vohor
role: VUT GOV | Prime Minister | 2004-07-29..2004-12-11

@person Sergei Martynov
role: BLR GOV | Minister of Foreign Affairs | 2003-03-01..2006-05-31

@person Sergey Kiriyenko
role: RUS GOV | Prime Minister | 1998-03-23..1998-08-23

@person Sergey Martynov
role: BLR GOV | Minister of Foreign Affairs | 2006-06-01..2011-02-28?

@person Sergey Stanishev
also: Sergei Stanishev
role: BGR GOV | Prime Minister | 2005-08-16..2012-01-16?

@person Sergey Stepashin
role: RUS GOV | Prime Minister | 1999-05-12..1999-08-09

@person Sergey Tereshchenko
role: KAZ GOV | Prime Minister | 1991-10-14..1994-10-12

@person Sergio Massa
role: ARG GOV | Cabinet Chief | 2008-07-24..2012-01-16?

@person Sergio Vieira de Mello
role: TLS GOV | Administrator | 1999-11-16..2002-05-19

@person Serzh Sarkisyan
role: ARM GOV | Presidents, Prime_minister | 2008-04-09..2012-01-16?

@person Seydou Diarra
role: CIV GOV | Prime Minister | 2000-05-18..2000-10-27
role: CIV GOV | Prime Minister | 2003-02-10..2005-12-07

@person Seyni Oumarou
role: NER GOV | Prime Minister | 2007-06-07..2012-01-16?

@person Seyoum Mesfin
role: ETH GOV | Minister of Foreign Affairs | 2003-01-01..2004-04-30
role: ETH GOV | Minister of Foreign Affairs | 2004-06-01..2010-10-31

@person Sghair Ould M'Bareck
role: MUS GOV | Prime Minister | 2003-07-06..2005-08-07

@person Shah Azizur Rahman
role: BGD GOV | Prime Minister | 1979-04-15..1982-03-24

@person Shahabuddin Ahmed
role: BGD GOV | President | 1990-12-06..1991-10-10
role: BGD GOV | President | 1996-10-09..2001-11-14

@person Shahpur Bakhtiar
role: IRN GOV | Prime Minister | 1979-01-04..1979-02-05

@person Shankar Dayal Sharma
role: IND GOV | President | 1992-07-25..1997-07-25

@person Sharavyn Gungaadorj
role: MNG GOV | Chairman of the Council of People's_commissars | 1990-03-21..1990-09-11

@person Sharif Sheikh Ahmed
role: SOM GOV | President | 2006-06-05..2006-06-29
role: SOM GOV | Prime Minister | 2006-06-29..2006-12-28

@person Sharif Zaid Ibn Shaker
role: JOR GOV | Prime Minister | 1991-11-21..1993-05-29
role: JOR GOV | Prime Minister | 1995-01-07..1996-02-04

@person Shaukat Aziz
role: PAK GOV | Prime Minister | 2004-08-28..2007-11-16

@person Sheikh Abdullah Ibn Khalifah Al Thani
role: QAT GOV | Prime Minister | 1996-10-29..2007-04-03

@person Sheikh Hamad Ibn Jassim Ibn Jabr Al Thani
role: QAT GOV | Prime Minister | 2007-04-03..2012-01-16?

@person Sheikh Hamad Ibn Khalifah Al Thani
role: QAT GOV | Emir | 1995-06-27..2012-01-16?
role: QAT GOV | Prime Minister | 1995-06-27..1996-10-29

@person Sheikh Hamad Ibn `Isa Al Khalifah
role: BHR GOV | Emir | 1999-03-06..2002-02-14
role: BHR GOV | King | 2002-02-14..2012-01-16?

@person Sheikh Hasina Wajed
role: BGD GOV | Prime Minister | 1996-06-23..2001-07-15

@person Sheikh Hassan Dahir Aweys
role: SOM GOV | President | 2006-06-29..2006-12-28

@person Sheikh Jabir Al Ahmad Al Jabir Al Sabah
role: KWT GOV | Ruler | 1977-12-31..2006-01-15

@person Sheikh Khalifa Ibn Zaid Al Nahayan
role: ARE GOV | President | 2004-11-03..2012-01-16?

@person Sheikh Khalifah Ibn Hamad Al Thani
role: QAT GOV | Prime Minister | 1970-05-29..1995-06-27
role: QAT GOV | Emir | 1972-02-22..1995-06-27

@person Sheikh Khalifah Ibn Sulman Al Khalifah
role: BHR GOV | Prime Minister | 1970-01-19..2012-01-16?

@person Sheikh Maktum Ibn Rashid Al Maktum
role: ARE GOV | Prime Minister | 1971-12-09..1979-04-25
role: ARE GOV | Prime Minister | 1990-11-20..2006-01-04

@person Sheikh Muhammad Ibn Rashid Al Maktum
role: ARE GOV | Prime Minister | 2006-01-05..2012-01-16?

@person Sheikh Nasser Muhammad Al Ahmad Al Sabah
role: KWT GOV | Prime Minister | 2006-02-07..2012-01-16?

@person Sheikh Rashid Ibn Said Al Maktum
role: ARE GOV | Prime Minister | 1979-04-25..1990-10-07

@person Sheikh Saad Al Abdullah Al Salim Al Sabah
role: KWT GOV | Prime Minister | 1978-02-08..2003-07-13
role: KWT GOV | Ruler | 2006-01-15..2006-01-24

@person Sheikh Sabah Al Ahmad Al Jabir Al Sabah
role: KWT GOV | Prime Minister | 2003-07-13..2006-02-07
role: KWT GOV | Ruler | 2006-01-29..2012-01-16?

@person Sheikh Zaid Ibn Sultan Al Nahayan
role: ARE GOV | President | 1971-12-02..2004-11-02

@person Sheikh `Isa Ibn Sulman Al Khalifah
role: BHR GOV | Rulers (hakim | 1961-11-02..1971-08-16
role: BHR GOV | Emir | 1971-08-16..1999-03-06

@person Shieh Tung-Min
role: TWN GOV | Governor | 1972-06-06..1978-05-20

@person Shimon Peres
role: ISR GOV | Prime Minister | 1977-04-22..1977-06-21
role: ISR GOV | Prime Minister | 1984-09-14..1986-10-20
role: ISR GOV | Prime Minister | 1995-11-04..1996-06-18
role: ISR GOV | President | 2007-07-15..2012-01-16?

@person Shin Hyon Hwak
role: KOR GOV | Prime Minister | 1979-12-12..1980-05-22

@person Shin Kak Soo
role: KOR GOV | Minister of Foreign Affairs and Trade "Acting" | 2010-10-01..2010-10-31

@person Showa-Tenno
role: JPN GOV | Emperors/empresse | 1926-12-25..1989-01-07

@person Shukri Ghanem
role: LBY GOV | Secretary of the General People's_committee | 2003-06-14..2006-03-05

@person Shunmugam Jayakumar
role: SGP GOV | Minister of Foreign Affairs | 2003-01-01..2011-02-28?

@person Siaka Stevens
role: SLE GOV | Prime Minister | 1968-04-26..1971-04-21
role: SLE GOV | President | 1971-04-21..1985-11-28

@person Sibghatullah Mojadedi
role: AFG GOV | President | 1992-04-28..1992-06-28

@person Sid Ahmed Ghozali
role: DZA GOV | Prime Minister | 1991-06-05..1992-07-08

@person Sid Ahmed Ould Bneijara
role: MUS GOV | Prime Minister | 1980-12-12..1981-04-25

@person Sidi Mohamed Ould Boubacar
role: MUS GOV | Prime Minister | 1992-04-18..1996-01-02
role: MUS GOV | Prime Minister | 2005-08-07..2007-04-20

@person Sidi Mohamed Ould Cheikh Abdallahi
role: MUS GOV | President | 2007-04-19..2008-08-06

@person Sidya Toure
role: GIN GOV | Prime Minister | 1996-07-09..1999-03-08

@person Siim Kallas
role: EST GOV | Prime Minister | 2002-01-28..2003-04-10

@person Sila Maria Calderon
role: PRI GOV | Governor | 2001-01-02..2005-01-02

@person Silas Atopare
role: PNG GOV | Governor-General | 1997-11-20..2003-11-20

@person Silvestre Siale Bileka
role: GNQ GOV | Prime Minister | 1992-03-04..1996-04-01

@person Silvino Silverio Marques
role: AGO GOV | High Commissioners and Governor-General | 1974-06-15..1974-07-24

@person Silvio Berlusconi
role: ITA GOV | Prime Minister | 1994-05-11..1995-01-17
role: ITA GOV | Prime Minister | 2001-06-11..2006-05-17
role: ITA GOV | Prime Minister | 2008-05-08..2012-01-16?

@person Simbarashe Mumbengegwi
role: ZWE GOV | Minister of Foreign Affairs | 2005-05-01..2011-02-28?

@person Simeon Sakskoburggotski
role: BGR GOV | Prime Minister | 2001-07-24..2005-08-16

@person Simon Achidi Achu
role: CMR GOV | Prime Minister | 1992-04-09..1996-09-19

@person Simon Narcisse Bozanga
role: CAF GOV | Prime Minister | 1981-04-04..1981-09-01

@person Simon Pierre Tchoungui
role: CMR GOV | Prime Minister of East Cameroon | 1965-11-20..1972-06-02

@person Sir Allan Kemakeza
role: SLB GOV | Prime Minister | 2001-12-17..2006-04-20

@person Sir Arleigh Winston Scott
role: BRB GOV | Governor-General | 1967-05-18..1976-08-09

@person Sir Arthur Porritt
role: NZL GOV | Governor-General | 1967-12-01..1972-09-07

@person Sir Bruce Greatbatch
role: SYC GOV | Governor | 1969-01-01..1973-01-01

@person Sir Charles James Antrobus
role: VCT GOV | Governor-General | 1996-06-01..2002-06-03

@person Sir Clement Athelston Arrindell
role: KNA GOV | Governor_general | 1983-01-01..1995-12-31

@person Sir Clifford Darling
role: BHS GOV | Governor-General | 1992-01-02..1995-01-02

@person Sir Clifford Husbands
role: BRB GOV | Governor-General | 1996-06-01..2012-01-16?

@person Sir Cuthbert Montraville Sebastian
role: KNA GOV | Governor_general | 1996-01-01..2012-01-16?

@person Sir Cuthbert Sebastian
role: KNA GOV | Governor-General | 1996-01-01..2012-01-16?

@person Sir Daniel Williams
role: GRD GOV | Governor-General | 1996-08-09..2012-01-16?

@person Sir David Akers-Jones
role: HKG GOV | Governor | 1986-12-04..1987-04-09

@person Sir David Stuart Beattie
role: NZL GOV | Governor-General | 1980-11-06..1985-11-22

@person Sir David Trench
role: HKG GOV | Governor | 1964-04-14..1971-10-01

@person Sir David Wilson
role: HKG GOV | Governor | 1987-04-09..1992-07-09

@person Sir Dawda Jawara
role: GMB GOV | President | 1970-04-24..1994-07-22

@person Sir Deighton Lisle Ward
role: BRB GOV | Governor-General | 1976-11-17..1984-01-09

@person Sir Denis Blundell
role: NZL GOV | Governor-General | 1972-09-27..1977-10-05

@person Sir Denys Williams
role: BRB GOV | Governor-General | 1995-12-19..1996-06-01

@person Sir Desmond Langley
role: BMU GOV | Governor | 1988-10-01..1992-08-25

@person Sir Edward Richards
role: BMU GOV | Government Leader | 1971-12-29..1973-04-18
role: BMU GOV | Premier | 1973-04-18..1975-12-29

@person Sir Edward Youde
role: HKG GOV | Governor | 1982-05-20..1986-12-04

@person Sir Edwin Leather
role: BMU GOV | Governor | 1973-07-16..1977-01-01

@person Sir Frederick Nathaniel Ballantyne
role: VCT GOV | Governor-General | 2002-09-02..2012-01-16?

@person Sir Gerald Cash
role: BHS GOV | Governor-General | 1979-01-22..1988-06-25

@person Sir Guy Green
role: AUS GOV | Governor-General | 2003-05-15..2003-08-11

@person Sir Hassanal Bolkiah Mu'Izzadin Waddaulah
role: BRN GOV | Prime Minister | 1984-01-01..2012-01-16?

@person Sir Henry Taylor
role: BHS GOV | Governor-General | 1988-06-26..1992-01-01

@person Sir Henry Tucker
role: BMU GOV | Government Leader | 1968-06-10..1971-12-29

@person Sir Howard Cooke
role: JAM GOV | Governor-General | 1991-08-01..2006-02-15

@person Sir Hugh Selby Norman-Walker
role: HKG GOV | Governor | 1971-10-01..1971-11-19

@person Sir Hugh Springer
role: BRB GOV | Governor-General | 1984-02-24..1990-06-06

@person Sir Ignatius Kilage
role: PNG GOV | Governor-General | 1989-03-01..1989-12-31

@person Sir James Fitz Allen Mitchell
role: VCT GOV | Prime Minister | 1984-07-30..2000-10-27

@person Sir James Patrick Ivan Hennessy
role: BLZ GOV | Governor | 1980-01-01..1981-09-21

@person Sir James R. Mancham
role: SYC GOV | President | 1976-06-29..1977-06-05

@person Sir John Guise
role: PNG GOV | Governor-General | 1975-09-16..1977-03-01

@person Sir John Osbaldiston Field
role: KIR GOV | Resident Commissioner | 1970-01-01..1971-01-01
role: KIR GOV | Governor | 1972-01-01..1973-01-01

@person Sir John Robert Kerr
role: AUS GOV | Governor-General | 1974-07-11..1977-12-08

@person Sir John Vereker
role: BMU GOV | Governor | 2002-04-11..2007-10-12

@person Sir John Warburton Paul
role: BLZ GOV | Governor | 1966-07-11..1972-01-01

@person Sir Julius Chan
role: PNG GOV | Prime Minister | 1980-03-11..1982-08-02
role: PNG GOV | Prime Minister | 1994-08-30..1997-03-27
role: PNG GOV | Prime Minister | 1997-06-02..1997-07-22

@person Sir Keith Jacka Holyoake
role: NZL GOV | Governor-General | 1977-10-26..1980-10-25

@person Sir Kingsford Dibela
role: PNG GOV | Governor-General | 1983-03-01..1989-03-01

@person Sir Laurence Jones
role: IMN GOV | Lieutenant Governor | 1990-01-01..1995-01-01

@person Sir Louis Cools-Lartigue
role: DMA GOV | Governor | 1968-01-01..1978-11-03
role: DMA GOV | President | 1978-11-03..1979-01-16

@person Sir Mekere Morauta
role: PNG GOV | Prime Minister | 1999-07-14..2002-08-05

@person Sir Michael David Irving Gass
role: SLB GOV | High Commissioners for the Western Pacific | 1969-03-06..1973-01-01

@person Sir Michael Hardie Boys
role: NZL GOV | Governor-General | 1996-03-21..2001-03-21

@person Sir Milo Butler
role: BHS GOV | Governor-General | 1973-08-01..1979-01-22

@person Sir Murray Maclehose
role: HKG GOV | Governor | 1971-11-19..1982-04-01

@person Sir Ninian Martin Stephen
role: AUS GOV | Governor-General | 1982-07-29..1989-02-16

@person Sir Paul Haddacks
role: IMN GOV | Lieutenant Governor | 2005-10-17..2012-01-16?

@person Sir Paul Hasluck
role: AUS GOV | Governor-General | 1969-04-30..1974-07-11

@person Sir Paul Reeves
role: NZL GOV | Governor-General | 1985-11-22..1990-11-20

@person Sir Paulias Matane
role: PNG GOV | Governor-General | 2004-06-29..2012-01-16?

@person Sir Peter Ramsbotham
role: BMU GOV | Governor | 1977-01-01..1980-01-01

@person Sir Philip Haddon-Cave
role: HKG GOV | Governor | 1982-04-01..1982-05-20

@person Sir Richard Gozney
role: BMU GOV | Governor | 2007-12-12..2012-01-16?

@person Sir Richard Neil Posnett
role: BLZ GOV | Governor | 1972-01-26..1976-01-01

@person Sir Richard Sharples
role: BMU GOV | Governor | 1972-10-01..1973-03-10

@person Sir Richard Wild
role: NZL GOV | Governor-General | 1972-09-07..1972-09-27
role: NZL GOV | Governor-General | 1977-10-05..1977-10-26

@person Sir Robert Sidney Foster
role: FJI GOV | Governor | 1968-12-01..1970-10-10
role: FJI GOV | Governor-General | 1970-10-10..1973-01-13

@person Sir Ronald Davidson
role: NZL GOV | Governor-General | 1980-10-25..1980-11-06

@person Sir Serei Eri
role: PNG GOV | Governor-General | 1990-02-27..1991-10-04

@person Sir Seretse Khama
role: BWA GOV | President | 1966-09-30..1980-07-13

@person Sir Timothy Daunt
role: IMN GOV | Lieutenant Governor | 1995-10-27..2000-09-01

@person Sir Toaripi Lauti
role: TUV GOV | Governor-General | 1990-10-01..1993-12-01

@person Sir Tomasi Puapua
role: TUV GOV | Governor-General | 1998-06-26..2003-09-09

@person Sir Tore Lokoloko
role: PNG GOV | Governor-General | 1977-03-01..1983-03-01

@person Sir Tupua Leupena
role: TUV GOV | Governor-General | 1986-03-01..1990-10-01

@person Sir Wilfred E. Jacobs
role: ATG GOV | Governors-General># Representing the British Monarch As Head of State | 1981-11-01..1993-06-10

@person Sir William Deane
role: AUS GOV | Governor-General | 1996-02-16..2001-06-29

@person Sir William Douglas
role: BRB GOV | Governor-General | 1976-08-09..1976-11-17
role: BRB GOV | Governor-General | 1984-01-10..1984-02-24

@person Sir Zelman Cowen
role: AUS GOV | Governor-General | 1977-12-08..1982-07-29

@person Sirimavo Bandaranaike
role: LKA GOV | Prime Minister | 1970-05-29..1977-07-23
role: LKA GOV | Prime Minister | 1994-11-14..2000-08-10

@person Sisavath Keobounphanh
role: LAO GOV | Chairman of the Council of Ministers (prime_ministers | 1998-02-24..2001-03-27

@person Sishayi Nxumalo
role: SWZ GOV | Prime Minister | 1996-05-08..1996-07-26

@person Sisowath Sirik Matak
role: KHM GOV | Prime Minister | 1972-03-11..1972-03-18

@person Sitiveni Rabuka
role: FJI GOV | Head of the Interim Military Government | 1987-10-07..1987-12-05

@person Sixto Duran Ballen
role: ECU GOV | President | 1992-08-10..1996-08-10

@person Smail Hamdani
role: DZA GOV | Prime Minister | 1998-12-15..1999-12-23

@person Smarck Michel
role: HTI GOV | Prime Minister | 1994-11-08..1995-11-07

@person Snyder Rini
role: SLB GOV | Prime Minister | 2006-04-20..2006-05-04

@person Soares Sambu
role: GIN GOV | Minister of Foreign Affairs and International Cooperation | 2004-07-01..2006-05-31

@person Sodiq Safayev
also: Sodiq Safoyev
role: UZB GOV | Minister of Foreign Affairs | 2003-04-01..2005-02-28

@person Soe Win
role: MMR GOV | Prime Minister | 2004-10-19..2007-10-12

@person Soeng Chamraeun
role: KHM GOV | State Secretary of Foreign Affairs and International Cooperation | 2003-01-01..2004-11-30

@person Solomon Anthony James Musa
role: SLE GOV | Chairman of the Council of State Secretaries | 1992-11-01..1993-07-05

@person Solomon Mamaloni
role: SLB GOV | Chief Minister | 1974-08-28..1976-07-14
role: SLB GOV | Prime Minister | 1981-08-31..1984-11-19
role: SLB GOV | Prime Minister | 1989-03-28..1993-06-18
role: SLB GOV | Prime Minister | 1994-11-07..1997-08-27

@person Solomon Passy
also: Solomon Pasi
role: BGR GOV | Minister of Foreign Affairs | 2003-01-01..2005-08-31

@person Somanahalli Mallaiah Krishna
role: IND GOV | Minister of External Affairs | 2009-09-01..2011-02-28?

@person Son Ngoc Thanh
role: KHM GOV | Prime Minister | 1972-03-18..1972-10-15

@person Song Min Soon
role: KOR GOV | Minister of Foreign Affairs and Trade | 2007-01-01..2008-03-31

@person Song Qingling
role: CHN GOV | Chairman | 1968-10-31..1972-02-24

@person Sonomyn Luvsan
role: MNG GOV | Chairman of the Presidium of the State Great Khural | 1972-06-29..1974-06-11

@person Sonthi Boonyaratkalin
role: THA GOV | Prime Minister | 2006-09-19..2006-10-01

@person Soren Christensen
role: FRO GOV | High Commissioner | 2005-08-01..2008-01-01

@person Sorie Ibrahim Koroma
role: SLE GOV | Prime Minister | 1971-04-21..1975-07-08

@person Sosuke Uno
role: JPN GOV | Prime Minister | 1989-06-02..1989-08-09

@person Souley Abdoulaye
role: NER GOV | Prime Minister | 1994-09-28..1995-02-08

@person Soumana Sacko
role: MLI GOV | Prime Minister | 1991-04-02..1992-06-09

@person Spiro T. Agnew
role: USA GOV | Vice-President | 1969-01-20..1973-10-10

@person Spyros Markezinis
role: GRC GOV | Prime Minister | 1973-10-08..1973-11-25

@person Stan Mudenge
role: ZWE GOV | Minister of Foreign Affairs | 2003-01-01..2004-02-29

@person Stanislau Shushkevich
role: BLR GOV | Chairman of the Supreme Soviet | 1991-09-18..1994-01-26

@person Stanislaus Mudenge
role: ZWE GOV | Minister of Foreign Affairs | 2004-03-01..2005-04-30

@person Stanislav Gross
role: CZE GOV | Prime Minister | 2004-07-26..2005-04-25

@person Stanko Todorov
role: BGR GOV | Chairman of the Council of Ministers (premiers | 1971-07-09..1981-06-18

@person Stanko Todorov (Acting
role: BGR GOV | President | 1990-07-06..1990-07-17

@person Stefan Meller
role: POL GOV | Minister of Foreign Affairs | 2005-12-01..2006-05-31

@person Stefan Sofiyanski
role: BGR GOV | Prime Minister | 1997-02-12..1997-05-21

@person Steingrimur Hermannsson
role: ISL GOV | Prime Minister | 1983-05-26..1987-07-08
role: ISL GOV | Prime Minister | 1988-09-28..1991-04-30

@person Stephane Maurice Bongho-Nouarra
role: COG GOV | Prime Minister | 1992-09-02..1992-12-06

@person Stephen Francis Smith
role: AUS GOV | Minister for Foreign Affairs | 2008-01-01..2010-09-30

@person Stephenson
role: LCA GOV | Minister for Finance, External Affairs, Home Affairs, and National Security | 2007-10-01..2008-06-30

@person Stephenson King
role: LCA GOV | Prime Minister | 2007-05-01..2012-01-16?

@person Stipe Mesic
also: Stjepan Mesic
role: HRV GOV | Prime Minister | 1990-05-30..1990-08-24
role: HRV GOV | President | 2000-02-18..2012-01-16?

@person Stojan Andov
role: MKD GOV | President | 1995-10-04..1995-11-17

@person Stuart Jack
role: CYM GOV | Governor | 2005-11-23..2012-01-16?

@person Su Tseng-Chang
role: TWN GOV | President of the Executive Yuan (premiers | 2006-01-25..2007-05-21

@person Suchinda Kraprayoon
role: THA GOV | Prime Minister | 1992-04-07..1992-05-24

@person Sufi Abu Taleb
role: EGY GOV | President | 1981-10-06..1981-10-14

@person Suharto
role: IDN GOV | President | 1967-03-12..1998-05-21

@person Sujata Koirala
role: NPL GOV | Minister of Foreign Affairs | 2009-07-01..2011-02-28?

@person Sukhgaatar Batbold
also: Sukhbaatar Batbold
role: MNG GOV | Minister of Foreign Relations | 2008-11-01..2009-04-30
role: MNG GOV | Minister of Foreign Affairs and Trade | 2009-05-01..2009-11-30

@person Sule Lamido
role: NGA GOV | Minister of Foreign Affairs | 2003-01-01..2003-07-31

@person Suleiman Franjieh
also: Sulayman Franjiyah | Suleiman Franjiyeh | Suleiman Tony Franjiyeh
role: LBN GOV | President | 1970-09-23..1976-09-22

@person Suleyman Demirel
role: TUR GOV | Prime Minister | 1991-11-20..1993-05-16
role: TUR GOV | President | 1993-05-16..2000-05-16

@person Sultan Ali Keshtmand
role: AFG GOV | Prime Minister | 1981-06-11..1988-05-26
role: AFG GOV | Prime Minister | 1989-02-21..1990-05-08

@person Sun Yun-Suan
role: TWN GOV | President of the Executive Yuan (premiers | 1978-05-30..1984-05-20

@person Sunthorn Kongsompong
role: THA GOV | Prime Minister | 1991-02-23..1991-03-07

@person Surakiat Sathianthai
role: THA GOV | Minister of Foreign Affairs | 2003-01-01..2006-10-31

@person Surayud Chulanont
role: THA GOV | Prime Minister | 2006-10-01..2008-01-29

@person Suret Huseynov
role: AZE GOV | Prime Minister | 1993-06-27..1994-10-06

@person Surujrattan Rambachan
role: TTO GOV | Minister of Foreign Affairs | 2010-07-01..2011-02-28?

@person Surya Bahadur Thapa
role: NPL GOV | Prime Minister | 1979-05-30..1983-07-12
role: NPL GOV | Prime Minister | 1997-10-07..1998-04-15
role: NPL GOV | Prime Minister | 2003-06-05..2004-06-03

@person Susilo Bambang Yudhoyono
role: IDN GOV | President | 2004-10-20..2012-01-16?

@person Syarhey Linh
role: BLR GOV | Prime Minister | 1996-11-18..2000-02-18

@person Syarhey Sidorski
role: BLR GOV | Prime Minister | 2003-07-10..2012-01-16?

@person Syed Hamid Bin Syed Jaafar Albar
role: MYS GOV | Minister of Foreign Affairs | 2003-01-01..2008-03-31

@person Syed Nazrul Islam
role: BGD GOV | President | 1971-04-11..1972-01-10

@person Syed Sirajuddin Ibni Al-Marhum Syed Putra Jamalullail
role: MYS GOV | Paramount Ruler | 2001-12-13..2006-12-12

@person Sylvestre Nsanzimana
role: RWA GOV | Prime Minister | 1991-10-12..1992-04-02

@person Sylvestre Ntibantunganya
role: BDI GOV | President | 1994-04-06..1996-07-25

@person Sylvie Kinigi
role: BDI GOV | Prime Minister | 1993-07-10..1994-02-07
role: BDI GOV | President | 1993-10-27..1994-02-05

@person Tabare Vazquez
role: URY GOV | President | 2005-03-01..2012-01-16?

@person Tadeusz Mazowiecki
role: POL GOV | Prime Minister | 1989-08-24..1991-01-04

@person Tadjidine Ben Said Massounde
role: COM GOV | Prime Minister | 1995-04-29..1996-03-27
role: COM GOV | Prime Minister | 1996-03-27..1996-12-27
role: COM GOV | President | 1998-11-06..1999-04-30

@person Tafari Benti
role: ETH GOV | Chairman of the Provisional Military Administrative Council | 1974-11-28..1977-02-03

@person Taher Al Masri
role: JOR GOV | Prime Minister | 1991-06-19..1991-11-21

@person Tajuddin Ahmed
role: BGD GOV | Prime Minister | 1971-04-11..1972-01-13

@person Takeo Fukuda
role: JPN GOV | Prime Minister | 1976-12-24..1978-12-07

@person Takeo Miki
role: JPN GOV | Prime Minister | 1974-12-09..1976-12-24

@person Talbak Nazarov
role: TJK GOV | Minister of Foreign Affairs | 2003-01-01..2006-12-31

@person Tamrat Layne
role: ETH GOV | Prime Minister | 1991-06-06..1995-08-22

@person Tang Fei
role: TWN GOV | President of the Executive Yuan (premiers | 2000-05-20..2000-10-06

@person Tang Jiaxuan
role: CHN GOV | Minister of Foreign Affairs | 2003-01-01..2008-03-31

@person Tansu Ciller
role: TUR GOV | Prime Minister | 1993-06-25..1996-03-06

@person Tantely Andrianarivo
role: MDG GOV | Prime Minister | 1998-07-23..2002-05-31

@person Tariq Ibn Taimur
role: OMN GOV | Prime Minister | 1970-08-14..1972-01-02

@person Tarja Halonen
role: FIN GOV | President | 2000-03-01..2012-01-16?

@person Taro Aso
role: JPN GOV | Minister of Foreign Affairs | 2005-12-01..2007-08-31

@person Tasos Yiannitsis
role: GRC GOV | Minister of Foreign Affairs "Alternate" | 2003-01-01..2004-03-31

@person Tassos Papadopoulos
role: CYP GOV | President | 2003-02-28..2008-02-28

@person Tauese P. Sunia
role: ASM GOV | Governor | 1997-01-03..2003-03-26

@person Taufa'Ahau Tupou Iv
role: TON GOV | Kings/queen | 1965-12-16..2006-09-11

@person Teatao Teannaki
role: KIR GOV | President | 1991-07-04..1994-05-24

@person Teburoro Tito
role: KIR GOV | President | 1994-10-01..2003-03-28
role: KIR GOV | Minister of Foreign Affairs | 2003-01-01..2003-05-31

@person Tedjini Haddam
role: DZA GOV | High State Committee | 1992-01-14..1994-01-31

@person Tedo Japaridze
role: GEO GOV | Minister of Foreign Affairs | 2004-01-01..2004-07-31

@person Tej Bunnag
role: THA GOV | Minister of Foreign Affairs | 2008-08-01..2008-09-30

@person Tekiree Tamuera
role: KIR GOV | President | 1994-05-24..1994-05-28

@person Tengiz Kitovani
role: GEO GOV | President | 1992-01-06..1992-03-10

@person Tengiz Sigua
role: GEO GOV | Prime Minister | 1990-11-15..1991-08-18
role: GEO GOV | Prime Minister | 1992-01-06..1993-08-06

@person Teodoro Obiang Nguema Mbasogo
role: GNQ GOV | President | 1979-08-03..2012-01-16?

@person Terepai Maoate
role: COK GOV | Prime Minister | 1999-11-18..2002-02-11

@person Tertius Zongo
role: BFA GOV | Prime Minister | 2007-06-04..2012-01-16?

@person Tesfaye Dinka
role: ETH GOV | Prime Minister | 1991-04-26..1991-06-06

@person Tesfaye Gebre Kidan
role: ETH GOV | President | 1991-05-21..1991-05-28

@person Teuvo Aura
role: FIN GOV | Prime Minister | 1970-05-14..1970-07-15
role: FIN GOV | Prime Minister | 1971-10-29..1972-02-23

@person Thabo Mbeki
role: ZAF GOV | President | 1999-06-16..2008-09-24

@person Thaksin Shinawatra
role: THA GOV | Prime Minister | 2001-02-09..2006-09-19

@person Than Shwe
role: MMR GOV | Chairman of the State Law and Order Restoration Council | 1992-04-23..1997-11-15
role: MMR GOV | Prime Minister | 1992-04-24..2003-08-25
role: MMR GOV | Chairman of the State Peace and Development Council | 1997-11-15..2012-01-16?

@person Thanin Kraivichien
role: THA GOV | Prime Minister | 1976-10-08..1977-10-20

@person Thanom Kittikachorn
role: THA GOV | Prime Minister | 1963-12-09..1973-10-14

@person Thein Sein
role: MMR GOV | Prime Minister | 2007-04-01..2012-01-16?

@person Themba Dlamini
role: SWZ GOV | Prime Minister | 2003-11-26..2012-01-16?

@person Theo-Ben Gurirab
role: NAM GOV | Prime Minister | 2002-08-28..2005-03-21

@person Theodor Stolojan
role: ROU GOV | Prime Minister | 1991-10-01..1992-11-04

@person Theodora Bakoyianni
also: Theodora Bakoyannis
role: GRC GOV | Minister of Foreign Affairs | 2006-03-01..2009-10-31

@person Theodore Sindikubwabo
role: RWA GOV | President | 1994-04-09..1994-07-19

@person Thomas C. Jefferson
role: CYM GOV | Leader of Government Business (official_post_from 20030630 | 1992-11-01..1994-01-01

@person Thomas H. Layng
role: TUV GOV | Commissioner | 1975-10-01..1978-10-01

@person Thomas Kingston Critchley
role: PNG GOV | High Commissioner | 1974-03-01..1975-09-16

@person Thomas Klestil
role: AUT GOV | President | 1992-07-08..2004-07-06

@person Thomas Remengesau
role: PLW GOV | President | 1985-06-30..1985-07-02
role: PLW GOV | President | 1988-08-20..1989-01-01

@person Thomas Russell
role: CYM GOV | Governor | 1974-01-01..1981-01-01

@person Thomas Sankara
role: BFA GOV | Prime Minister | 1983-01-10..1983-05-17
role: BFA GOV | President | 1983-08-04..1987-10-15

@person Thomas William Cain
role: IMN GOV | Lieutenant Governor | 2000-09-01..2000-10-25

@person Thomas Yaya Nimley
role: LBR GOV | Minister of Foreign Affairs | 2003-11-01..2006-03-31

@person Thorbjorn Jagland
role: NOR GOV | Prime Minister | 1996-10-25..1997-10-17

@person Thorold Masefield
role: BMU GOV | Governor | 1997-06-04..2001-11-27

@person Thorsteinn Palsson
role: ISL GOV | Prime Minister | 1987-07-08..1988-09-28

@person Tigran Sarkisyan
role: ARM GOV | Prime Minister | 2008-04-09..2012-01-16?

@person Tiit Vahi
role: EST GOV | Prime Minister | 1995-04-17..1997-03-17

@person Tillman Thomas
role: GRD GOV | Prime Minister | 2008-07-09..2012-01-16?

@person Tim Gurney
role: BMU GOV | Governor | 2001-11-27..2002-04-11

@person Timothee Malendoma
role: CAF GOV | Prime Minister | 1992-12-04..1993-02-26

@person Tion Otang
role: KIR GOV | President | 2003-03-28..2003-07-10

@person Toalipi Lauti
role: TUV GOV | Chief Minister | 1975-10-02..1978-10-01
role: TUV GOV | Prime Minister | 1978-10-01..1981-09-08

@person Todor Zhivkov
role: BGR GOV | Chairman of the Council of Ministers (premiers | 1962-11-27..1971-07-09
role: BGR GOV | Chairman of the State Council | 1971-07-07..1989-11-17

@person Tofilau Eti Alesana
role: WSM GOV | Prime Minister | 1982-12-31..1985-12-30
role: WSM GOV | Prime Minister | 1988-04-08..1998-11-23

@person Toga Mcintosh
also: Toga G. Mcintosh
role: LBR GOV | Minister of Foreign Affairs "Acting" | 2011-01-01..2011-02-28?

@person Togiola Tulafono
role: ASM GOV | Governor | 2003-03-26..2012-01-16?

@person Tom Macan
role: VGB GOV | Governor | 2002-10-14..2006-04-10

@person Tomasi Puapua
role: TUV GOV | Prime Minister | 1981-09-08..1989-10-16

@person Tome Vera Cruz
role: STP GOV | Prime Minister | 2006-04-21..2008-02-14

@person Tomiichi Murayama
role: JPN GOV | Prime Minister | 1994-06-29..1996-01-11

@person Tommy Franks
role: IRQ GOV | Supreme Commander of Occupation Forces | 2003-04-09..2003-07-07

@person Tommy Remengesau
role: PLW GOV | President | 2001-01-01..2012-01-16?

@person Tomu Sione
role: TUV GOV | Governor-General | 1993-12-01..1994-06-21

@person Ton Duc Thang
role: VNM GOV | President | 1969-09-03..1976-07-02
role: VNM GOV | President | 1976-07-02..1980-03-30

@person Tonino Picula
role: HRV GOV | Minister of Foreign Affairs | 2003-01-01..2004-01-31

@person Tony Blair
role: GBR GOV | Prime Minister | 1997-05-02..2007-06-27

@person Tony Brown
role: IMN GOV | Chief Minister | 2006-12-14..2012-01-16?

@person Tony Debrum
role: MHL GOV | Minister of Foreign Affairs | 2008-08-01..2008-08-31
role: MHL GOV | Minister of Foreign Affairs | 2008-09-01..2009-06-30

@person Toomas Hendrik Ilves
role: EST GOV | President | 2006-10-09..2012-01-16?

@person Torcuato Fernandez-Miranda
role: ESP GOV | Prime Minister | 1973-12-20..1974-01-02

@person Toshiki Kaifu
role: JPN GOV | Prime Minister | 1989-08-09..1991-11-06

@person Tosiwo Nakayama
role: FSM GOV | President | 1979-05-11..1987-05-11

@person Traian Basescu
role: ROU GOV | President | 2004-12-20..2012-01-16?

@person Tran Duc Luong
role: VNM GOV | President | 1997-09-24..2006-06-27

@person Tran Thien Khiem
role: VNM GOV | Prime Minister | 1969-09-01..1975-04-04

@person Tran van Huong
role: VNM GOV | President | 1975-04-21..1975-04-28

@person Trinidad Jimenez Garcia Herrera
role: ESP GOV | Minister of Foreign Affairs and Cooperation | 2010-11-01..2011-02-28?

@person Truman Bodden
role: CYM GOV | Leader of Government Business (official_post_from 20030630 | 1994-01-01..2000-11-21

@person Truong Chinh
role: VNM GOV | Chairman of the State Council | 1981-07-04..1987-06-18
role: VNM GOV | General Secretary of the Communist Party | 1986-07-14..1986-12-18

@person Tsagaanlamyn Dugersuren
role: MNG GOV | Chairman of the Presidium of the State Great Khural | 1972-05-20..1972-06-29

@person Tsai Hsung-Hsiung
role: TWN GOV | Governor | 2008-05-20..2012-01-16?

@person Tsakhiagiyn Elbegdorj
also: Tsakhia Elbegdorj | Tsakhiagiyn Elbedorj
role: MNG GOV | Prime Minister | 2004-08-20..2006-01-25

@person Tsakhiagiyn Elbegdorj (1St Time
role: MNG GOV | Prime Minister | 1998-04-23..1998-12-09

@person Tsehafi Taezaz Aklilu Habte-Wold
role: ETH GOV | Prime Minister | 1961-04-17..1974-03-01

@person Tsend Munh Orgil
also: Tsend Munhk Orgil
role: MNG GOV | Minister of Foreign Affairs | 2005-05-01..2006-02-28

@person Tsutomu Hata
role: JPN GOV | Prime Minister | 1994-04-25..1994-06-29

@person Tuanku Abdul Halim Muadzam Shah Ibni Al-Marhum Sultan Badishah
role: MYS GOV | Paramount Ruler | 1970-09-21..1975-09-20

@person Tuanku Ahmad Shah Al-Mustain Billah Ibni Al-Marhum Sultan Abu Bakar Riayatuddin Al-Muadzam Shah
role: MYS GOV | Paramount Ruler | 1979-03-29..1984-04-25

@person Tuanku Azlan Muhibuddin Shah Ibni Al-Marhum Sultan Yusuf Izzuddin Shah Ghafarullahu-Lah
role: MYS GOV | Paramount Ruler | 1989-04-26..1994-04-25

@person Tuanku Ismail Nasiruddin Shah Ibni Al-Marhum Sultan Zainal Abidin Muadzam Shah
role: MYS GOV | Paramount Ruler | 1965-09-21..1970-09-20

@person Tuanku Jaafar Ibni Al-Marhum Yamtuan Abdul Rahman
role: MYS GOV | Paramount Ruler | 1994-04-26..1999-04-25

@person Tuanku Mahmud Iskandar Ibni Al-Marhum Sultan Ismail
role: MYS GOV | Paramount Ruler | 1984-04-26..1989-04-25

@person Tuanku Mizan Zainal Abidin Ibni Al-Marhum Sultan Mahmud
role: MYS GOV | Paramount Ruler | 2001-11-21..2001-12-13
role: MYS GOV | Paramount Ruler | 2006-12-13..2012-01-16?

@person Tuanku Salahuddin Abdul Aziz Shah Ibni Al-Marhum Sultan Hisamuddin Alam Shah
role: MYS GOV | Paramount Ruler | 1999-04-26..2001-11-21

@person Tuanku Yahya Petra Ibni Al-Marhum Sultan Ibrahim
role: MYS GOV | Paramount Ruler | 1975-09-21..1979-03-29

@person Tuiatua Tupua Tamasese Efi
role: WSM GOV | Council of Deputies | 2007-05-11..2007-06-20
role: WSM GOV | Head of State | 2007-06-20..2012-01-16?

@person Tuilaepa Sailele Malielegaoi
role: WSM GOV | Prime Minister | 1998-11-23..2012-01-16?

@person Tuimaleali'Ifano Va'Aletoa Sualauvi Ii
role: WSM GOV | Council of Deputies | 2007-05-11..2007-06-20

@person Tuivakano
role: TON GOV | Minister of Foreign Affairs | 2011-02-01..2011-02-28?

@person Tulaga Manuella
role: TUV GOV | Governor-General | 1994-06-21..1998-06-26

@person Tulsi Giri
role: NPL GOV | Prime Minister | 1975-12-01..1977-09-12

@person Tun Abdul Razak Bin Hussein
role: MYS GOV | Prime Minister | 1970-09-22..1976-01-14

@person Tun Tin
role: MMR GOV | Prime Minister | 1988-07-26..1988-09-18

@person Tung Chee-Hwa
role: HKG GOV | Chief Executive | 1997-07-01..2005-03-12

@person Tunku Abdul Rahman Putra Alhaj
role: MYS GOV | Prime Minister | 1959-08-21..1970-09-22

@person Tupua Tamasese Lealofi Iv
role: WSM GOV | Prime Minister | 1970-02-25..1973-03-01
role: WSM GOV | Prime Minister | 1975-05-21..1976-03-24

@person Tupuola Taisi Tufuga Efi
role: WSM GOV | Prime Minister | 1976-03-24..1982-04-13
role: WSM GOV | Prime Minister | 1982-09-18..1982-12-31

@person Turgut Ozal
role: TUR GOV | President | 1989-11-09..1993-04-17

@person Tursunbek Chyngyshev
role: KGZ GOV | Prime Minister | 1992-02-10..1993-12-13

@person Tyronne Fernando
role: LKA GOV | Minister of Foreign Affairs | 2003-01-01..2004-05-31

@person Tzannis Tzannetakis
role: GRC GOV | Prime Minister | 1989-07-02..1989-10-11

@person Uch Kim An
role: KHM GOV | State Secretary of Foreign Affairs and International Cooperation | 2003-01-01..2004-11-30

@person Ugyen Tshering
role: BTN GOV | Minister of Foreign Affairs | 2008-05-01..2011-02-28?

@person Uladzimir Yarmoshyn
role: BLR GOV | Prime Minister | 2000-02-18..2001-10-01

@person Umar Arteh Ghalib
role: SOM GOV | Prime Minister | 1991-01-24..1993-01-01

@person Umar Mustafa Al-Muntasir
role: LBY GOV | Secretary of the General People's_committee | 1987-03-01..1990-10-07

@person Umaru Musa Yar'Adua
role: NGA GOV | President | 2007-05-29..2012-01-16?

@person Ung Huot
role: KHM GOV | First Prime Minister | 1997-07-16..1998-11-30

@person Upendra Yadav
role: NPL GOV | Minister of Foreign Affairs | 2008-09-01..2009-06-30

@person Urho Kekkonen
role: FIN GOV | President | 1956-03-01..1982-01-27

@person Uri Rosenthal
role: NLD GOV | Minister of Foreign Affairs | 2010-11-01..2010-11-30
role: NLD GOV | Minister of Foreign Affairs | 2011-01-01..2011-02-28?

@person Uriel Rosenthal
role: NLD GOV | Minister of Foreign Affairs | 2011-01-01..2011-02-28?

@person Urmas Paet
role: EST GOV | Minister of Foreign Affairs | 2005-05-01..2011-02-28?

@person Ursula Plassnik
role: AUT GOV | Minister for Foreign Affairs | 2005-02-01..2008-12-31

@person Uta Sevele Feleti Vaka
role: TON GOV | Minister of Foreign Affairs "Acting" | 2010-06-01..2011-01-31

@person Utoni Nujoma
role: NAM GOV | Minister of Foreign Affairs | 2010-04-01..2011-02-28?

@person Va'Ai Kolone
role: WSM GOV | Prime Minister | 1982-04-13..1982-09-18
role: WSM GOV | Prime Minister | 1985-12-30..1988-04-08

@person Vaclav Havel
role: CZE GOV | President | 1989-12-29..1992-07-20
role: CZE GOV | President | 1993-02-02..2003-02-02

@person Vaclav Klaus
role: CZE GOV | Prime Minister | 1992-07-02..1997-12-17
role: CZE GOV | President | 2003-03-07..2012-01-16?

@person Vaira Vike-Freiberga
role: LVA GOV | President | 1999-07-08..2007-07-08

@person Valdas Adamkus
role: LTU GOV | President | 2004-07-12..2012-01-16?

@person Valdemar Jens Andersen
role: KIR GOV | Resident Commissioner | 1962-05-01..1970-01-01

@person Valdis Birkavs
role: LVA GOV | Prime Minister | 1993-08-03..1994-09-15

@person Valdis Zatlers
role: LVA GOV | President | 2007-07-08..2012-01-16?

@person Valentin Paniagua
role: PER GOV | President | 2000-11-22..2001-07-28

@person Valentin Pavlov
role: RUS GOV | Prime Minister | 1991-01-14..1991-08-22

@person Valentine Strasser
role: SLE GOV | Head of State | 1992-05-01..1996-01-16

@person Valentyn Symonenko
role: UKR GOV | Prime Minister | 1992-10-02..1992-10-13

@person Valeria Ciavatta
role: SMR GOV | Captain-Regent | 2003-10-01..2004-04-01

@person Valeriu Muravschi
role: MDA GOV | Prime Minister | 1991-05-28..1992-07-01

@person Valeriy Pustovoitenko
role: UKR GOV | Prime Minister | 1997-07-16..1999-12-22

@person Valery Giscard D'Estaing
role: FRA GOV | President | 1974-05-27..1981-05-21

@person Varahagiri Venkata Giri
role: IND GOV | President | 1969-08-24..1974-08-24

@person Vasile Tarlev
role: MDA GOV | Prime Minister | 2001-04-19..2008-03-31

@person Vasily Kuznetsov
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1982-11-10..1983-06-16
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1984-02-09..1984-04-11
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1985-03-10..1985-07-02

@person Vasyl Durdynets
role: UKR GOV | Prime Minister | 1997-06-19..1997-07-16

@person Vazgen Manukyan
role: ARM GOV | Prime Minister | 1990-08-13..1991-09-26

@person Vazgen Sarkisyan
role: ARM GOV | Prime Minister | 1999-06-11..1999-10-27

@person Vazha Lortkipanidze
role: GEO GOV | Minister of State | 1998-08-07..2000-05-11

@person Vere Cornwall Bird
role: ATG GOV | Premier | 1967-02-27..1971-02-14
role: ATG GOV | Premier | 1976-02-01..1981-11-01
role: ATG GOV | Prime Minister | 1981-11-01..1994-03-09

@person Verissimo Correia Seabra
role: GNB GOV | President | 2003-09-14..2003-09-28

@person Vernon Shaw
role: DMA GOV | President | 1998-10-06..2003-10-01

@person Vibeke Larsen
role: FRO GOV | High Commissioner | 1995-01-01..2001-11-01

@person Vicente Almeida D'Eca
role: CPV GOV | Governor | 1974-09-21..1975-07-05

@person Vicente Fox Quesada
role: MEX GOV | President | 2000-12-01..2006-11-30

@person Victor Borges
role: CPV GOV | Minister of Foreign Affairs, Cooperation, and Communities | 2004-08-01..2008-07-31

@person Victor Ciorbea
role: ROU GOV | Prime Minister | 1996-12-12..1998-03-30

@person Victor Joy Way
role: PER GOV | Prime Ministers (presidents_of_the_council_of_minister | 1999-01-03..1999-10-10

@person Victor Marijnen
role: NLD GOV | Prime Minister | 1963-07-24..1965-04-14

@person Victor Paz Estenssoro
role: BOL GOV | President | 1985-08-06..1989-08-06

@person Victor Ramahatra
role: MDG GOV | Prime Minister | 1988-02-12..1991-08-08

@person Victor Saude Maria
role: GNB GOV | Prime Minister | 1982-05-14..1984-03-10

@person Vigdis Finnbogadottir
role: ISL GOV | President | 1980-08-01..1996-07-31

@person Vikentsiy Zhuk-Hryshkyevich
role: BLR GOV | Chairman of the Rada | 1970-05-01..1982-11-01

@person Viktor Chernomyrdin
role: RUS GOV | Prime Minister | 1992-12-14..1998-03-23
role: RUS GOV | Prime Minister | 1998-08-23..1998-09-11

@person Viktor Khristenko
role: RUS GOV | Prime Minister | 2004-02-24..2004-03-05

@person Viktor Klima
role: AUT GOV | Chancellor | 1997-01-28..2000-02-04

@person Viktor Yushchenko
role: UKR GOV | Prime Minister | 1999-12-22..2001-05-29
role: UKR GOV | President | 2005-01-23..2012-01-16?

@person Viktor Zubkov
role: RUS GOV | Prime Minister | 2007-09-14..2008-05-08

@person Vilis Kristopans
role: LVA GOV | Prime Minister | 1998-11-26..1999-07-16

@person Vilson Ahmeti
role: ALB GOV | Prime Minister | 1991-12-10..1992-04-13

@person Vince Henderson
role: DMA GOV | Minister of Foreign Affairs, Immigration, and Labor | 2008-12-01..2010-01-31

@person Vincent Siew
role: TWN GOV | President of the Executive Yuan (premiers | 1997-09-01..2000-05-20

@person Violeta Barrios de Chamorro
role: NIC GOV | President | 1990-04-25..1997-01-10

@person Virgilio Barco Vargas
role: COL GOV | President | 1986-08-07..1990-08-07

@person Vishwanath Pratap Singh
role: IND GOV | Prime Minister | 1989-12-02..1990-11-10

@person Vitalie Pirlog
role: MDA GOV | Prime Minister | 2009-09-14..2009-09-25

@person Vitaliy Masol
role: UKR GOV | Prime Minister | 1994-06-16..1995-03-01

@person Vitold Fokin
role: UKR GOV | Prime Minister | 1990-10-23..1992-10-02

@person Vitor Crespo
role: MOZ GOV | High Commissioners and Governor-General | 1974-09-12..1975-06-25

@person Vlad Filat
role: MDA GOV | Prime Minister | 2009-09-25..2012-01-16?
role: MDA GOV | President | 2010-12-28..2010-12-30

@person Vladimir Ivashko
role: RUS GOV | General Secretary of the Communist Party | 1991-08-24..1991-08-29

@person Vladimir Meciar
role: SVK GOV | Prime Minister | 1990-06-27..1991-04-23
role: SVK GOV | Prime Minister | 1992-06-24..1994-03-16
role: SVK GOV | President | 1993-01-01..1993-03-02
role: SVK GOV | Prime Minister | 1994-12-13..1998-10-30
role: SVK GOV | President | 1998-03-02..1998-10-30

@person Vladimir Mitkov
role: MKD GOV | President of the Presidency | 1990-04-28..1991-01-27

@person Vladimir Norov
role: UZB GOV | Minister of Foreign Affairs | 2006-08-01..2010-12-31

@person Vladimir Spidla
role: CZE GOV | Prime Minister | 2002-07-12..2004-07-26
role: CZE GOV | President | 2003-02-02..2003-03-07

@person Vladimir Voronin
role: MDA GOV | President | 2001-04-07..2009-09-11

@person Vlado Buckovski
role: MKD GOV | Prime Minister | 2004-12-17..2006-08-27

@person Vlatko Pavletic
role: HRV GOV | President | 1999-11-26..2000-02-02

@person Vo Chi Cong
role: VNM GOV | Chairman of the State Council | 1987-06-18..1992-09-22

@person Vo van Kiet
role: VNM GOV | Chairman of the Council of Ministers | 1988-03-10..1988-06-22
role: VNM GOV | Chairman of the Council of Ministers | 1991-08-08..1992-09-24
role: VNM GOV | Prime Minister | 1992-09-24..1997-09-25

@person Volodymyr Khandohiy
role: UKR GOV | Minister of Foreign Affairs "Acting" | 2009-03-01..2009-11-30

@person Volodymyr Ohryzko
role: UKR GOV | Minister of Foreign Affairs "Acting" | 2007-03-01..2007-03-31
role: UKR GOV | Minister of Foreign Affairs | 2008-01-01..2009-02-28

@person Voreqe Bainimarama
role: FJI GOV | Head of the Interim Military Government | 2000-05-29..2000-07-18
role: FJI GOV | President | 2006-12-05..2007-01-04

@person Vu van Mau
role: VNM GOV | Prime Minister | 1975-04-28..1975-04-30

@person Vyachaslau Kebich
role: BLR GOV | Chairman of the Council of Ministers | 1990-04-07..1994-07-21

@person Vyachaslau Kuznyatsou
role: BLR GOV | Chairman of the Supreme Soviet | 1994-01-26..1994-01-28

@person Vytautas Landsbergis
role: LTU GOV | President | 1990-03-11..1992-11-25

@person Waldemar Pawlak
role: POL GOV | Prime Minister | 1992-06-05..1992-07-08
role: POL GOV | Prime Minister | 1993-10-26..1995-03-06

@person Waldo Bernal Pereira
role: BOL GOV | Junta of Commanders | 1981-08-04..1981-09-04

@person Walid Mualem
role: SYR GOV | Minister of Foreign Affairs | 2006-03-01..2011-02-28?

@person Wallace Edward Rowling
role: NZL GOV | Prime Minister | 1974-09-06..1975-12-12

@person Walter F. Mondale
role: USA GOV | Vice-President | 1977-01-20..1981-01-20

@person Walter Guevara Arze
role: BOL GOV | President | 1979-08-08..1979-11-01

@person Walter Lini
role: VUT GOV | Prime Minister | 1980-07-30..1991-09-06

@person Walter Scheel
role: DEU GOV | Chancellor | 1974-05-07..1974-05-16
role: DEU GOV | President | 1974-07-01..1979-06-30

@person Walter Ulbricht
role: DEU GOV | Chairman of the Council of State | 1960-09-12..1973-08-01

@person Walter Wilkinson Wallace
role: VGB GOV | Governor | 1974-07-01..1978-10-01

@person Wasim Sajjad
role: PAK GOV | President | 1993-07-18..1993-11-14
role: PAK GOV | President | 1997-12-02..1998-01-01

@person Wee Chong Jin
role: SGP GOV | President | 1985-03-27..1985-03-29

@person Wee Kim Wee
role: SGP GOV | President | 1985-09-03..1993-09-01

@person Werner Faymann
role: AUT GOV | Chancellor | 2008-12-02..2012-01-16?

@person Wilfried Martens
role: BEL GOV | Prime Minister | 1979-04-03..1981-04-06
role: BEL GOV | Prime Minister | 1981-12-17..1992-03-07
role: BEL GOV | King | 1990-04-04..1990-04-05

@person Wilkie Rasmussen
role: COK GOV | Minister of Foreign Affairs and Immigration | 2008-09-01..2010-03-31

@person Willard Wheatley
role: VGB GOV | Chief Minister | 1971-06-01..1979-11-01

@person Willem Drees
role: NLD GOV | Prime Minister | 1948-08-07..1958-12-22

@person Willem Schermerhorn
role: NLD GOV | Prime Minister | 1945-06-24..1946-07-03

@person Willi Stoph
role: DEU GOV | Chairman of the Council of Ministers | 1964-09-24..1973-10-03
role: DEU GOV | Chairman of the Council of State | 1973-10-03..1976-10-29
role: DEU GOV | Chairman of the Council of Ministers | 1976-10-29..1989-11-13

@person William Gopallawa
role: LKA GOV | Governor-General | 1962-03-02..1972-05-22
role: LKA GOV | President | 1972-05-22..1978-02-04

@person William Graham
role: CAN GOV | Minister of Foreign Affairs | 2004-01-01..2004-07-31

@person William H. Fullerton
role: FLK GOV | Governor | 1988-01-01..1992-01-01

@person William Haomae
also: William Nii Haomae
role: SLB GOV | Minister of Foreign Affairs | 2008-04-01..2009-08-31
role: SLB GOV | Minister of Foreign Affairs, External Trade, and Immigration | 2009-09-01..2010-09-30

@person William Mcmahon
role: AUS GOV | Prime Minister | 1971-03-10..1972-12-05

@person Willoughby Harry Thompson
role: AIA GOV | Commissioner | 1969-01-01..1970-12-31

@person Willy Brandt
role: DEU GOV | Chancellor | 1969-10-21..1974-05-07

@person Wilton Sankawulo
role: LBR GOV | Chairman of the Council of State | 1995-09-01..1996-09-03

@person Wim Kok
role: NLD GOV | Prime Minister | 1994-08-22..2002-07-22

@person Win Aung
role: MMR GOV | Minister of Foreign Affairs | 2003-01-01..2004-09-30

@person Winston Lackin
role: SUR GOV | Minister of Foreign Affairs and Development Cooperation | 2010-09-01..2011-02-28?

@person Wiwa Korowi
role: PNG GOV | Governor-General | 1991-11-18..1997-11-20

@person Wlodzimierz Cimoszewicz
role: POL GOV | Prime Minister | 1996-02-07..1997-10-17
role: POL GOV | Minister of Foreign Affairs | 2003-01-01..2005-02-28

@person Wojciech Jaruzelski
role: POL GOV | Prime Minister | 1981-02-09..1985-11-06
role: POL GOV | President | 1989-07-19..1990-12-22

@person Wolfgang Schussel
role: AUT GOV | Chancellor | 2000-02-04..2007-01-11

@person Xanana Gusmao
role: TLS GOV | Prime Minister | 2002-05-20..2007-05-20
role: TLS GOV | Prime Minister | 2007-08-08..2012-01-16?

@person Xavier Espot Miro
role: AND GOV | Minister of Foreign Affairs and Institutional Relations | 2009-07-01..2011-02-28?

@person Xenophon Zolotas
role: GRC GOV | Prime Minister | 1989-11-23..1990-04-11

@person Yagub Mamedov
role: AZE GOV | President | 1992-03-06..1992-05-14

@person Yahya Jammeh
role: GMB GOV | President | 1994-07-22..2012-01-16?

@person Yahya Ould Ahmed El Waghef
role: MUS GOV | Prime Minister | 2008-05-06..2008-08-06

@person Yakhyo Azimov
role: TJK GOV | Prime Minister | 1996-02-08..1999-12-20

@person Yang Chin Tien
also: Timothy Yang
role: TWN GOV | Minister of Foreign Affairs | 2010-04-01..2011-02-28?

@person Yang Shangkun
role: CHN GOV | President | 1988-04-08..1993-03-27

@person Yasar Yakis
role: TUR GOV | Minister of Foreign Affairs | 2003-01-01..2003-02-28

@person Yashwant Sinha
role: IND GOV | Minister of External Affairs | 2003-01-01..2004-05-31

@person Yasin Said Numan
role: YEM GOV | Prime Minister | 1986-02-08..1990-05-22

@person Yasir Arafat
role: PSE GOV | President | 1994-07-05..2004-11-11

@person Yasuhiro Nakasone
role: JPN GOV | Prime Minister | 1982-11-26..1987-11-06

@person Yasuo Fukuda
role: JPN GOV | Prime Minister | 2007-09-26..2012-01-16?

@person Yawovi Agboyibo
role: TGO GOV | Prime Minister | 2006-09-20..2007-12-06

@person Yayah Kanu
role: SLE GOV | Chairman of the National Provisional Defense Council | 1992-04-29..2012-01-16?

@person Yayi Boni
role: BEN GOV | President | 2006-04-06..2012-01-16?

@person Ye Jianying
role: CHN GOV | Chairman of the Permanent Standing Committee of the National People's_congress | 1978-03-05..1983-06-18

@person Yegor Gaidar
role: RUS GOV | Prime Minister | 1992-06-15..1992-12-14

@person Yen Chia-Kan
role: TWN GOV | President of the Executive Yuan (premiers | 1963-12-15..1972-05-29
role: TWN GOV | President | 1975-04-05..1978-05-20

@person Yeoh Ghim Seng
role: SGP GOV | President | 1970-11-23..1971-01-02
role: SGP GOV | President | 1981-05-12..1981-10-24
role: SGP GOV | President | 1985-03-29..1985-09-03

@person Yeoryios Papandreou
role: GRC GOV | Minister of Foreign Affairs | 2003-01-01..2004-03-31
role: GRC GOV | Minister of Foreign Affairs | 2009-11-01..2010-09-30

@person Yevgeny Primakov
role: RUS GOV | Prime Minister | 1998-09-11..1999-05-12

@person Yevhen Marchuk
role: UKR GOV | Prime Minister | 1995-03-01..1996-05-28

@person Yildirim Akbulut
role: TUR GOV | Prime Minister | 1989-11-09..1991-06-23

@person Yiorgos Lillikas
role: CYP GOV | Minister of Foreign Affairs | 2006-07-01..2007-07-31

@person Yitzhak Rabin
role: ISR GOV | Prime Minister | 1974-06-03..1977-04-22
role: ISR GOV | Prime Minister | 1992-07-13..1995-11-04

@person Yitzhak Shamir
role: ISR GOV | Prime Minister | 1983-10-10..1984-09-14
role: ISR GOV | Prime Minister | 1986-10-20..1992-07-13

@person Ylli Bufi
role: ALB GOV | Prime Minister | 1991-06-05..1991-12-10

@person Yon Hyong Muk
role: PRK GOV | Chairman of the Council of Ministers | 1988-12-12..1992-12-11

@person Yoo Chang Soon
role: KOR GOV | Prime Minister | 1982-01-04..1982-06-25

@person Yoriko Kawaguchi
role: JPN GOV | Minister of Foreign Affairs | 2003-01-01..2004-09-30

@person Yoshiro Mori
role: JPN GOV | Prime Minister | 2000-04-05..2001-04-26

@person Younoussi Toure
role: MLI GOV | Prime Minister | 1992-06-09..1993-04-12

@person Yousaf Raza Gilani
role: PAK GOV | Prime Minister | 2008-03-25..2012-01-16?

@person Youssouf Bakayoko
role: CIV GOV | Minister of Foreign Affairs | 2006-06-01..2010-04-30

@person Youssouf Ouedraogo
role: BFA GOV | Prime Minister | 1992-06-16..1994-03-22
role: BFA GOV | Minister of Foreign Affairs | 2003-01-01..2007-06-30

@person Youssouf Saleh Abbas
also: Youssof Saleh Abbas
role: TCD GOV | Prime Minister | 2008-04-16..2012-01-16?

@person Yu Kuo-Hwa
role: TWN GOV | President of the Executive Yuan (premiers | 1984-05-20..1989-05-21

@person Yu Myung Hwan
role: KOR GOV | Minister of Foreign Affairs and Trade | 2008-04-01..2010-09-30

@person Yu Shyi-Kun
role: TWN GOV | President of the Executive Yuan (premiers | 2002-02-01..2005-02-01

@person Yukhym Zvyahilsky
role: UKR GOV | Prime Minister | 1993-09-22..1994-06-16

@person Yuliya Tymoshenko
role: UKR GOV | Prime Minister | 2005-01-24..2005-09-08
role: UKR GOV | Prime Minister | 2007-12-18..2012-01-16?

@person Yumjaagiyn Tsedenbal
role: MNG GOV | Chairman of the Council of People's_commissars | 1952-05-28..1974-06-11
role: MNG GOV | General Secretary of the Central Committee of the Mprp | 1958-11-22..1984-08-24
role: MNG GOV | Chairman of the Presidium of the State Great Khural | 1974-06-11..1984-08-23

@person Yun Yong Kwan
role: KOR GOV | Minister of Foreign Affairs and Trade | 2003-03-01..2004-01-31

@person Yuriy Yekhanurov
role: UKR GOV | Prime Minister | 2005-09-08..2006-08-04

@person Yury Andropov
role: RUS GOV | General Secretary of the Communist Party | 1982-11-12..1984-02-09
role: RUS GOV | Chairman of the Presidium of the Supreme Soviet | 1983-06-16..1984-02-09

@person Yussuf Hassan Ibrahim
role: SOM GOV | Minister of Foreign Affairs | 2003-01-01..2006-03-31

@person Yusuf Bin Alawi Bin Abdallah
role: OMN GOV | Minister Responsible for Foreign Affairs | 2003-01-01..2011-02-28?

@person Yusuf Bin Ishak
role: SGP GOV | President | 1959-12-01..1970-11-23

@person Yves Leterme
role: BEL GOV | Prime Minister | 2008-03-20..2008-12-19
role: BEL GOV | Minister of Foreign Affairs | 2009-08-01..2011-02-28?

@person Yvon Neptune
role: HTI GOV | Prime Minister | 2002-03-15..2004-03-12

@person Yvon Simeon
role: HTI GOV | Minister of Foreign Affairs | 2004-04-01..2005-02-28

@person Zacarias da Costa
also: Zacarias Albano da Costa
role: TLS GOV | Minister for Foreign Affairs | 2007-09-01..2011-02-28?

@person Zail Singh
role: IND GOV | President | 1982-07-25..1987-07-25

@person Zainab Hawa Bangura
role: SLE GOV | Minister of Foreign Affairs and International Cooperation | 2007-11-01..2010-12-31

@person Zalmay Rassoul
role: AFG GOV | Minister of Foreign Affairs | 2010-02-01..2011-02-28?

@person Zarifou Ayeva
role: TGO GOV | Minister of Foreign Affairs and African Integration | 2005-07-01..2008-08-31

@person Zbigniew Messner
role: POL GOV | Prime Minister | 1985-11-06..1988-09-27

@person Zeine Ould Zeidane
role: MUS GOV | Prime Minister | 2007-04-20..2008-05-06

@person Zenko Suzuki
role: JPN GOV | Prime Minister | 1980-07-17..1982-11-26

@person Zentani Muhammad Az-Zentani
role: LBY GOV | Secretary of the General People's_congress | 1992-11-18..2008-03-03

@person Zhan Videnov
role: BGR GOV | Prime Minister | 1995-01-25..1997-02-12

@person Zhao Ziyang
role: CHN GOV | Premier | 1980-09-10..1987-11-24
role: CHN GOV | General Secretary | 1987-01-16..1989-06-24

@person Zhelyu Zhelev
role: BGR GOV | President | 1990-08-01..1997-01-22

@person Zhou Enlai
role: CHN GOV | Premier | 1949-10-01..1976-01-08

@person Zhu Rongji
role: CHN GOV | Premier | 1998-03-17..2003-03-16

@person Zhu de
role: CHN GOV | Chairman of the Permanent Standing Committee of the National People's_congress | 1975-01-17..1976-07-06

@person Ziaur Rahman
role: BGD GOV | President | 1977-04-21..1981-05-30

@person Zigmantas Balcytis
role: LTU GOV | Prime Minister | 2006-06-01..2006-07-04

@person Zinaida Greceanii
role: MDA GOV | Prime Minister | 2008-03-31..2009-09-14

@person Zine El Abidine Ben Ali
also: Zine Ben Ali
role: TUN GOV | President | 1987-11-07..2012-01-16?

@person Zlatko Matesa
role: HRV GOV | Prime Minister | 1995-11-04..2000-01-27

@person Zlatko Tomcic
role: HRV GOV | President | 2000-02-02..2000-02-18

@person Zulfikar Ali Bhutto
role: PAK GOV | President | 1971-12-20..1973-08-13
role: PAK GOV | Prime Minister | 1973-08-14..1977-07-05

@person Zurab Nogaideli
role: GEO GOV | Prime Minister | 2005-02-17..2007-11-22

@person Zurab Zhvania
role: GEO GOV | Minister of State | 2003-11-27..2004-02-17
role: GEO GOV | Prime Minister | 2004-02-17..2005-02-03

@person Zviad Gamsakhurdia
role: GEO GOV | President | 1990-11-14..1992-01-06
