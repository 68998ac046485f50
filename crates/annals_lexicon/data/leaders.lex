# Office holders with dated roles: heads of state, heads of government and foreign ministers,
# plus the heads of the main international organisations and a few envoys the worked example
# needs. Written for Annals from public knowledge.
#
# @person NAME    the key is the name as news writes it; `also:` lists other spellings
# role: BASE [SECTORS] | title | from..to
#                 BASE is a country or organisation key (AZE, EU, UN…); SECTORS follow (GOV);
#                 the title is the office as written ("Minister of Foreign Affairs"); dates are
#                 YYYY-MM-DD, YYYY-MM or YYYY, either end open ("2021-08-19.." = still in office).
#
# A name is coded for the date of the article or event, not forever: Elmar Mammadyarov is
# AZEGOV, "Minister of Foreign Affairs", from 2 April 2004 to 16 July 2020, and a former
# official (AZEELI) afterwards. The title links the role to an agent, so "the Azerbaijani
# foreign minister" on 3 June 2019 is found to be him.
#
# Coverage: G20 members, the permanent members of the Security Council, the South Caucasus and
# its neighbours, Ukraine, the Middle East and the heads of the UN, EU, NATO, OSCE, AU, the Arab
# League and the ICRC, mostly from about 2008. Open-ended roles mean "in office when this file
# was last checked" (2025); where a term is known to have ended but the successor is not known
# with confidence, the term is closed and no successor is named. Earlier office holders of
# every country, to 2011, come from CountryInfo (leaders-countryinfo.lex).

# ============ Azerbaijan ============
@person Heydar Aliyev
role: AZE GOV | President | 1993-06-24..2003-10-31

@person Ilham Aliyev
also: Ilham Aliev
role: AZE GOV | Prime Minister | 2003-08-04..2003-11-04
role: AZE GOV | President | 2003-10-31..

@person Mehriban Aliyeva
role: AZE GOV | First Vice-President | 2017-02-21..

@person Artur Rasizade
role: AZE GOV | Prime Minister | 1996-07-20..2003-08-04
role: AZE GOV | Prime Minister | 2003-11-04..2018-04-21

@person Novruz Mammadov
role: AZE GOV | Prime Minister | 2018-04-21..2019-10-08

@person Ali Asadov
role: AZE GOV | Prime Minister | 2019-10-08..

@person Vilayat Guliyev
also: Vilayat Quliyev
role: AZE GOV | Minister of Foreign Affairs | 1999-10-18..2004-04-02

@person Elmar Mammadyarov
also: Elmar Mammedyarov | Elmar Mamedyarov
role: AZE GOV | Minister of Foreign Affairs | 2004-04-02..2020-07-16

@person Jeyhun Bayramov
role: AZE GOV | Minister of Foreign Affairs | 2020-07-16..

@person Zakir Hasanov
role: AZE GOV | Minister of Defence | 2013-10-22..

# ============ Armenia ============
@person Robert Kocharyan
also: Robert Kocharian
role: ARM GOV | Prime Minister | 1997-03-20..1998-04-10
role: ARM GOV | President | 1998-04-09..2008-04-09

@person Serzh Sargsyan
also: Serzh Sarkisian | Serzh Sargsian | Serge Sarkisian
role: ARM GOV | Prime Minister | 2007-04-04..2008-04-09
role: ARM GOV | President | 2008-04-09..2018-04-09
role: ARM GOV | Prime Minister | 2018-04-17..2018-04-23

@person Armen Sarkissian
also: Armen Sargsyan
role: ARM GOV | President | 2018-04-09..2022-02-01

@person Vahagn Khachaturyan
also: Vahagn Khachaturian
role: ARM GOV | President | 2022-03-13..

@person Tigran Sargsyan
role: ARM GOV | Prime Minister | 2008-04-09..2014-04-13

@person Hovik Abrahamyan
role: ARM GOV | Prime Minister | 2014-04-13..2016-09-13

@person Karen Karapetyan
role: ARM GOV | Prime Minister | 2016-09-13..2018-04-17
role: ARM GOV | Acting Prime Minister | 2018-04-23..2018-05-08

@person Nikol Pashinyan
also: Nikol Pashinian
role: ARM GOV | Prime Minister | 2018-05-08..

@person Vartan Oskanian
role: ARM GOV | Minister of Foreign Affairs | 1998-04-10..2008-04-24

@person Edward Nalbandian
also: Eduard Nalbandyan | Edward Nalbandyan
role: ARM GOV | Minister of Foreign Affairs | 2008-04-24..2018-05-12

@person Zohrab Mnatsakanyan
also: Zohrab Mnatsakanian
role: ARM GOV | Minister of Foreign Affairs | 2018-05-12..2020-11-16

@person Ara Aivazian
also: Ara Ayvazyan
role: ARM GOV | Minister of Foreign Affairs | 2020-11-18..2021-06-01

@person Ararat Mirzoyan
role: ARM GOV | Minister of Foreign Affairs | 2021-08-19..

# ============ Georgia ============
@person Mikheil Saakashvili
also: Mikhail Saakashvili
role: GEO GOV | President | 2004-01-25..2013-11-17

@person Giorgi Margvelashvili
role: GEO GOV | President | 2013-11-17..2018-12-16

@person Salome Zourabichvili
also: Salome Zurabishvili
role: GEO GOV | President | 2018-12-16..2024-12-29

@person Mikheil Kavelashvili
role: GEO GOV | President | 2024-12-29..

@person Irakli Garibashvili
also: Irakli Gharibashvili
role: GEO GOV | Prime Minister | 2013-11-20..2015-12-30
role: GEO GOV | Prime Minister | 2021-02-22..2024-02-08

@person Giorgi Kvirikashvili
role: GEO GOV | Prime Minister | 2015-12-30..2018-06-20

@person Mamuka Bakhtadze
role: GEO GOV | Prime Minister | 2018-06-20..2019-09-08

@person Giorgi Gakharia
role: GEO GOV | Prime Minister | 2019-09-08..2021-02-18

@person Irakli Kobakhidze
role: GEO GOV | Prime Minister | 2024-02-08..

@person David Zalkaliani
role: GEO GOV | Minister of Foreign Affairs | 2018-06-21..2022-03-04

# ============ Russia ============
@person Vladimir Putin
also: Vladimir Vladimirovich Putin
role: RUS GOV | President | 2000-05-07..2008-05-07
role: RUS GOV | Prime Minister | 2008-05-08..2012-05-07
role: RUS GOV | President | 2012-05-07..

@person Dmitry Medvedev
also: Dmitri Medvedev
role: RUS GOV | President | 2008-05-07..2012-05-07
role: RUS GOV | Prime Minister | 2012-05-08..2020-01-16
role: RUS GOV | Deputy Chairman of the Security Council | 2020-01-16..

@person Mikhail Mishustin
role: RUS GOV | Prime Minister | 2020-01-16..

@person Sergey Lavrov
also: Sergei Lavrov
role: RUS GOV | Minister of Foreign Affairs | 2004-03-09..

@person Sergei Shoigu
also: Sergey Shoygu | Sergei Shoygu
role: RUS GOV | Minister of Defence | 2012-11-06..2024-05-12
role: RUS GOV | Secretary of the Security Council | 2024-05-12..

@person Andrei Belousov
also: Andrey Belousov
role: RUS GOV | Minister of Defence | 2024-05-14..

@person Maria Zakharova
role: RUS GOV | Spokeswoman of the Ministry of Foreign Affairs | 2015-08-10..

@person Dmitry Peskov
also: Dmitri Peskov
role: RUS GOV | Kremlin spokesman | 2012-05-22..

# ============ Ukraine ============
@person Viktor Yanukovych
role: UKR GOV | President | 2010-02-25..2014-02-22

@person Petro Poroshenko
role: UKR GOV | President | 2014-06-07..2019-05-20

@person Volodymyr Zelensky
also: Volodymyr Zelenskyy | Volodymyr Zelenskiy | Vladimir Zelensky
role: UKR GOV | President | 2019-05-20..

@person Arseniy Yatsenyuk
role: UKR GOV | Prime Minister | 2014-02-27..2016-04-14

@person Volodymyr Groysman
role: UKR GOV | Prime Minister | 2016-04-14..2019-08-29

@person Oleksiy Honcharuk
role: UKR GOV | Prime Minister | 2019-08-29..2020-03-04

@person Denys Shmyhal
role: UKR GOV | Prime Minister | 2020-03-04..2025-07-17

@person Yulia Svyrydenko
role: UKR GOV | Prime Minister | 2025-07-17..

@person Pavlo Klimkin
role: UKR GOV | Minister of Foreign Affairs | 2014-06-19..2019-08-29

@person Vadym Prystaiko
role: UKR GOV | Minister of Foreign Affairs | 2019-08-29..2020-03-04

@person Dmytro Kuleba
role: UKR GOV | Minister of Foreign Affairs | 2020-03-04..2024-09-04

@person Andrii Sybiha
also: Andriy Sybiha
role: UKR GOV | Minister of Foreign Affairs | 2024-09-05..

# ============ Türkiye ============
@person Recep Tayyip Erdoğan
also: Recep Tayyip Erdogan | Tayyip Erdogan | Tayyip Erdoğan
role: TUR GOV | Prime Minister | 2003-03-14..2014-08-28
role: TUR GOV | President | 2014-08-28..

@person Abdullah Gül
also: Abdullah Gul
role: TUR GOV | President | 2007-08-28..2014-08-28

@person Ahmet Davutoğlu
also: Ahmet Davutoglu
role: TUR GOV | Minister of Foreign Affairs | 2009-05-01..2014-08-29
role: TUR GOV | Prime Minister | 2014-08-28..2016-05-24

@person Binali Yıldırım
also: Binali Yildirim
role: TUR GOV | Prime Minister | 2016-05-24..2018-07-09

@person Mevlüt Çavuşoğlu
also: Mevlut Cavusoglu
role: TUR GOV | Minister of Foreign Affairs | 2014-08-29..2015-08-28
role: TUR GOV | Minister of Foreign Affairs | 2015-11-24..2023-06-04

@person Hakan Fidan
role: TUR GOV | Minister of Foreign Affairs | 2023-06-04..

# ============ Iran ============
@person Ali Khamenei
also: Ayatollah Ali Khamenei | Ayatollah Khamenei
role: IRN GOV | Supreme Leader | 1989-06-04..

@person Mahmoud Ahmadinejad
role: IRN GOV | President | 2005-08-03..2013-08-03

@person Hassan Rouhani
also: Hassan Rohani
role: IRN GOV | President | 2013-08-03..2021-08-03

@person Ebrahim Raisi
role: IRN GOV | President | 2021-08-03..2024-05-19

@person Masoud Pezeshkian
role: IRN GOV | President | 2024-07-28..

@person Mohammad Javad Zarif
also: Javad Zarif
role: IRN GOV | Minister of Foreign Affairs | 2013-08-15..2021-08-25

@person Hossein Amir-Abdollahian
also: Hossein Amirabdollahian
role: IRN GOV | Minister of Foreign Affairs | 2021-08-25..2024-05-19

@person Abbas Araghchi
role: IRN GOV | Minister of Foreign Affairs | 2024-08-21..

# ============ United States ============
@person George W. Bush
also: George Bush | George W Bush
role: USA GOV | President | 2001-01-20..2009-01-20

@person Barack Obama
role: USA GOV | President | 2009-01-20..2017-01-20

@person Donald Trump
also: Donald J. Trump
role: USA GOV | President | 2017-01-20..2021-01-20
role: USA GOV | President | 2025-01-20..

@person Joe Biden
also: Joseph Biden | Joseph R. Biden
role: USA GOV | Vice President | 2009-01-20..2017-01-20
role: USA GOV | President | 2021-01-20..2025-01-20

@person Mike Pence
role: USA GOV | Vice President | 2017-01-20..2021-01-20

@person Kamala Harris
role: USA GOV | Vice President | 2021-01-20..2025-01-20

@person JD Vance
also: J.D. Vance
role: USA GOV | Vice President | 2025-01-20..

@person Condoleezza Rice
role: USA GOV | Secretary of State | 2005-01-26..2009-01-20

@person Hillary Clinton
also: Hillary Rodham Clinton
role: USA GOV | Secretary of State | 2009-01-21..2013-02-01

@person John Kerry
role: USA GOV | Secretary of State | 2013-02-01..2017-01-20

@person Rex Tillerson
role: USA GOV | Secretary of State | 2017-02-01..2018-03-31

@person Mike Pompeo
role: USA GOV | Secretary of State | 2018-04-26..2021-01-20

@person Antony Blinken
also: Tony Blinken
role: USA GOV | Secretary of State | 2021-01-26..2025-01-20

@person Marco Rubio
role: USA GOV | Secretary of State | 2025-01-21..

@person Lloyd Austin
role: USA GOV | Secretary of Defense | 2021-01-22..2025-01-20

@person Pete Hegseth
role: USA GOV | Secretary of Defense | 2025-01-25..

# ============ United Kingdom ============
@person Elizabeth II
also: Queen Elizabeth II | Queen Elizabeth
role: GBR GOV | Queen | 1952-02-06..2022-09-08

@person Charles III
also: King Charles III | King Charles
role: GBR GOV | King | 2022-09-08..

@person Gordon Brown
role: GBR GOV | Prime Minister | 2007-06-27..2010-05-11

@person David Cameron
role: GBR GOV | Prime Minister | 2010-05-11..2016-07-13
role: GBR GOV | Foreign Secretary | 2023-11-13..2024-07-05

@person Theresa May
role: GBR GOV | Prime Minister | 2016-07-13..2019-07-24

@person Boris Johnson
role: GBR GOV | Foreign Secretary | 2016-07-13..2018-07-09
role: GBR GOV | Prime Minister | 2019-07-24..2022-09-06

@person Liz Truss
role: GBR GOV | Foreign Secretary | 2021-09-15..2022-09-06
role: GBR GOV | Prime Minister | 2022-09-06..2022-10-25

@person Rishi Sunak
role: GBR GOV | Prime Minister | 2022-10-25..2024-07-05

@person Keir Starmer
role: GBR GOV | Prime Minister | 2024-07-05..

@person William Hague
role: GBR GOV | Foreign Secretary | 2010-05-12..2014-07-14

@person Philip Hammond
role: GBR GOV | Foreign Secretary | 2014-07-15..2016-07-13

@person Jeremy Hunt
role: GBR GOV | Foreign Secretary | 2018-07-09..2019-07-24

@person Dominic Raab
role: GBR GOV | Foreign Secretary | 2019-07-24..2021-09-15

@person James Cleverly
role: GBR GOV | Foreign Secretary | 2022-09-06..2023-11-13

@person David Lammy
role: GBR GOV | Foreign Secretary | 2024-07-05..2025-09-05

@person Yvette Cooper
role: GBR GOV | Foreign Secretary | 2025-09-05..

# ============ France ============
@person Nicolas Sarkozy
role: FRA GOV | President | 2007-05-16..2012-05-15

@person François Hollande
also: Francois Hollande
role: FRA GOV | President | 2012-05-15..2017-05-14

@person Emmanuel Macron
role: FRA GOV | President | 2017-05-14..

@person Édouard Philippe
also: Edouard Philippe
role: FRA GOV | Prime Minister | 2017-05-15..2020-07-03

@person Jean Castex
role: FRA GOV | Prime Minister | 2020-07-03..2022-05-16

@person Élisabeth Borne
also: Elisabeth Borne
role: FRA GOV | Prime Minister | 2022-05-16..2024-01-09

@person Gabriel Attal
role: FRA GOV | Prime Minister | 2024-01-09..2024-09-05

@person Michel Barnier
role: FRA GOV | Prime Minister | 2024-09-05..2024-12-13

@person François Bayrou
also: Francois Bayrou
role: FRA GOV | Prime Minister | 2024-12-13..2025-09-09

@person Sébastien Lecornu
also: Sebastien Lecornu
role: FRA GOV | Prime Minister | 2025-09-09..

@person Laurent Fabius
role: FRA GOV | Minister of Foreign Affairs | 2012-05-16..2016-02-11

@person Jean-Marc Ayrault
role: FRA GOV | Prime Minister | 2012-05-15..2014-03-31
role: FRA GOV | Minister of Foreign Affairs | 2016-02-11..2017-05-17

@person Jean-Yves Le Drian
role: FRA GOV | Minister of Foreign Affairs | 2017-05-17..2022-05-20

@person Catherine Colonna
role: FRA GOV | Minister of Foreign Affairs | 2022-05-20..2024-01-11

@person Stéphane Séjourné
also: Stephane Sejourne
role: FRA GOV | Minister of Foreign Affairs | 2024-01-11..2024-09-21

@person Jean-Noël Barrot
also: Jean-Noel Barrot
role: FRA GOV | Minister of Foreign Affairs | 2024-09-21..

# ============ Germany ============
@person Angela Merkel
role: DEU GOV | Chancellor | 2005-11-22..2021-12-08

@person Olaf Scholz
role: DEU GOV | Chancellor | 2021-12-08..2025-05-06

@person Friedrich Merz
role: DEU GOV | Chancellor | 2025-05-06..

@person Frank-Walter Steinmeier
role: DEU GOV | Minister of Foreign Affairs | 2013-12-17..2017-01-27
role: DEU GOV | President | 2017-03-19..

@person Guido Westerwelle
role: DEU GOV | Minister of Foreign Affairs | 2009-10-28..2013-12-17

@person Sigmar Gabriel
role: DEU GOV | Minister of Foreign Affairs | 2017-01-27..2018-03-14

@person Heiko Maas
role: DEU GOV | Minister of Foreign Affairs | 2018-03-14..2021-12-08

@person Annalena Baerbock
role: DEU GOV | Minister of Foreign Affairs | 2021-12-08..2025-05-06

@person Johann Wadephul
role: DEU GOV | Minister of Foreign Affairs | 2025-05-06..

# ============ China ============
@person Hu Jintao
role: CHN GOV | President | 2003-03-15..2013-03-14

@person Xi Jinping
role: CHN GOV | President | 2013-03-14..

@person Wen Jiabao
role: CHN GOV | Premier | 2003-03-16..2013-03-15

@person Li Keqiang
role: CHN GOV | Premier | 2013-03-15..2023-03-11

@person Li Qiang
role: CHN GOV | Premier | 2023-03-11..

@person Yang Jiechi
role: CHN GOV | Minister of Foreign Affairs | 2007-04-27..2013-03-16

@person Wang Yi
role: CHN GOV | Minister of Foreign Affairs | 2013-03-16..2022-12-30
role: CHN GOV | Minister of Foreign Affairs | 2023-07-25..

@person Qin Gang
role: CHN GOV | Minister of Foreign Affairs | 2022-12-30..2023-07-25

# ============ Israel and Palestine ============
@person Benjamin Netanyahu
also: Binyamin Netanyahu
role: ISR GOV | Prime Minister | 1996-06-18..1999-07-06
role: ISR GOV | Prime Minister | 2009-03-31..2021-06-13
role: ISR GOV | Prime Minister | 2022-12-29..

@person Naftali Bennett
role: ISR GOV | Prime Minister | 2021-06-13..2022-06-30

@person Yair Lapid
role: ISR GOV | Minister of Foreign Affairs | 2021-06-13..2022-12-29
role: ISR GOV | Prime Minister | 2022-07-01..2022-12-29

@person Reuven Rivlin
role: ISR GOV | President | 2014-07-24..2021-07-07

@person Isaac Herzog
role: ISR GOV | President | 2021-07-07..

@person Gabi Ashkenazi
role: ISR GOV | Minister of Foreign Affairs | 2020-05-17..2021-06-13

@person Eli Cohen
role: ISR GOV | Minister of Foreign Affairs | 2022-12-29..2024-01-01

@person Israel Katz
role: ISR GOV | Minister of Foreign Affairs | 2019-02-17..2020-05-17
role: ISR GOV | Minister of Foreign Affairs | 2024-01-01..2024-11-05
role: ISR GOV | Minister of Defence | 2024-11-07..

@person Gideon Sa'ar
also: Gideon Saar
role: ISR GOV | Minister of Foreign Affairs | 2024-11-05..

@person Yoav Gallant
role: ISR GOV | Minister of Defence | 2022-12-29..2024-11-05

@person Mahmoud Abbas
also: Abu Mazen
role: PSE GOV | President | 2005-01-15..

@person Riyad al-Maliki
also: Riad Malki | Riyad al-Malki
role: PSE GOV | Minister of Foreign Affairs | 2007-05..2024-03-31

# ============ Arab states ============
@person Salman bin Abdulaziz
also: King Salman | Salman bin Abdulaziz Al Saud
role: SAU GOV | King | 2015-01-23..

@person Mohammed bin Salman
also: MBS | Mohammad bin Salman
role: SAU GOV | Crown Prince | 2017-06-21..
role: SAU GOV | Prime Minister | 2022-09-27..

@person Adel al-Jubeir
role: SAU GOV | Minister of Foreign Affairs | 2015-04-29..2018-12-27

@person Faisal bin Farhan
also: Prince Faisal bin Farhan | Faisal bin Farhan Al Saud
role: SAU GOV | Minister of Foreign Affairs | 2019-10-23..

@person Abdel Fattah el-Sisi
also: Abdel Fattah al-Sisi | Abdel-Fattah el-Sissi | Abdel Fattah El Sisi
role: EGY GOV | President | 2014-06-08..

@person Mostafa Madbouly
role: EGY GOV | Prime Minister | 2018-06-07..

@person Sameh Shoukry
role: EGY GOV | Minister of Foreign Affairs | 2014-06-17..2024-07-03

@person Badr Abdelatty
role: EGY GOV | Minister of Foreign Affairs | 2024-07-03..

@person Bashar al-Assad
also: Bashar Assad | Bashar al Assad
role: SYR GOV | President | 2000-07-17..2024-12-08

@person Ahmed al-Sharaa
also: Ahmad al-Sharaa | Abu Mohammed al-Jolani | Abu Mohammad al-Julani
role: HTS | Leader of Hayat Tahrir al-Sham | 2017-01-28..2025-01-29
role: SYR GOV | President | 2025-01-29..

@person Walid Muallem
also: Walid al-Moallem | Walid al-Muallem
role: SYR GOV | Minister of Foreign Affairs | 2006-02-11..2020-11-16

@person Faisal Mekdad
role: SYR GOV | Minister of Foreign Affairs | 2020-11-22..2024-12-08

@person Asaad al-Shaibani
also: Asaad Hassan al-Shaibani
role: SYR GOV | Minister of Foreign Affairs | 2024-12-21..

@person Mohammed Shia al-Sudani
role: IRQ GOV | Prime Minister | 2022-10-27..

@person Mustafa al-Kadhimi
role: IRQ GOV | Prime Minister | 2020-05-07..2022-10-27

@person Fuad Hussein
role: IRQ GOV | Minister of Foreign Affairs | 2020-06-06..

@person Abdullah II
also: King Abdullah II | King Abdullah of Jordan
role: JOR GOV | King | 1999-02-07..

@person Ayman Safadi
role: JOR GOV | Minister of Foreign Affairs | 2017-01-15..

@person Tamim bin Hamad Al Thani
also: Sheikh Tamim bin Hamad Al Thani | Tamim bin Hamad
role: QAT GOV | Emir | 2013-06-25..

@person Mohamed bin Zayed
also: Mohammed bin Zayed | Mohamed bin Zayed Al Nahyan
role: ARE GOV | President | 2022-05-14..

@person Abdullah bin Zayed
also: Abdullah bin Zayed Al Nahyan
role: ARE GOV | Minister of Foreign Affairs | 2006-02-09..

@person Michel Aoun
role: LBN GOV | President | 2016-10-31..2022-10-30

@person Joseph Aoun
role: LBN GOV | President | 2025-01-09..

@person Najib Mikati
role: LBN GOV | Prime Minister | 2021-09-10..2025-02-08

@person Nawaf Salam
role: LBN GOV | Prime Minister | 2025-02-08..

# ============ Asia ============
@person Narendra Modi
role: IND GOV | Prime Minister | 2014-05-26..

@person Manmohan Singh
role: IND GOV | Prime Minister | 2004-05-22..2014-05-26

@person Sushma Swaraj
role: IND GOV | Minister of External Affairs | 2014-05-26..2019-05-30

@person Subrahmanyam Jaishankar
also: S. Jaishankar | S Jaishankar
role: IND GOV | Minister of External Affairs | 2019-05-30..

@person Droupadi Murmu
role: IND GOV | President | 2022-07-25..

@person Imran Khan
role: PAK GOV | Prime Minister | 2018-08-18..2022-04-10

@person Shehbaz Sharif
also: Shahbaz Sharif
role: PAK GOV | Prime Minister | 2022-04-11..2023-08-14
role: PAK GOV | Prime Minister | 2024-03-04..

@person Nawaz Sharif
role: PAK GOV | Prime Minister | 2013-06-05..2017-07-28

@person Asif Ali Zardari
role: PAK GOV | President | 2008-09-09..2013-09-09
role: PAK GOV | President | 2024-03-10..

@person Arif Alvi
role: PAK GOV | President | 2018-09-09..2024-03-10

@person Shah Mahmood Qureshi
role: PAK GOV | Minister of Foreign Affairs | 2018-08-20..2022-04-10

@person Bilawal Bhutto Zardari
role: PAK GOV | Minister of Foreign Affairs | 2022-04-27..2023-08-10

@person Ishaq Dar
role: PAK GOV | Minister of Foreign Affairs | 2024-03-11..

@person Hamid Karzai
role: AFG GOV | President | 2001-12-22..2014-09-29

@person Ashraf Ghani
role: AFG GOV | President | 2014-09-29..2021-08-15

@person Hibatullah Akhundzada
also: Haibatullah Akhundzada
role: TAL | Taliban leader | 2016-05-25..2021-08-15
role: AFG GOV | Supreme Leader | 2021-08-15..

@person Amir Khan Muttaqi
role: AFG GOV | Minister of Foreign Affairs | 2021-09-07..

@person Shinzo Abe
role: JPN GOV | Prime Minister | 2006-09-26..2007-09-26
role: JPN GOV | Prime Minister | 2012-12-26..2020-09-16

@person Yoshihide Suga
role: JPN GOV | Prime Minister | 2020-09-16..2021-10-04

@person Fumio Kishida
role: JPN GOV | Minister of Foreign Affairs | 2012-12-26..2017-08-03
role: JPN GOV | Prime Minister | 2021-10-04..2024-10-01

@person Shigeru Ishiba
role: JPN GOV | Prime Minister | 2024-10-01..2025-10-21

@person Taro Kono
role: JPN GOV | Minister of Foreign Affairs | 2017-08-03..2019-09-11

@person Yoshimasa Hayashi
role: JPN GOV | Minister of Foreign Affairs | 2021-11-10..2023-09-13

@person Yoko Kamikawa
role: JPN GOV | Minister of Foreign Affairs | 2023-09-13..2024-10-01

@person Takeshi Iwaya
role: JPN GOV | Minister of Foreign Affairs | 2024-10-01..2025-10-21

@person Moon Jae-in
role: KOR GOV | President | 2017-05-10..2022-05-10

@person Yoon Suk Yeol
also: Yoon Suk-yeol
role: KOR GOV | President | 2022-05-10..2025-04-04

@person Lee Jae-myung
role: KOR GOV | President | 2025-06-04..

@person Park Jin
role: KOR GOV | Minister of Foreign Affairs | 2022-05-12..2024-01-10

@person Kim Jong Un
also: Kim Jong-un
role: PRK GOV | Supreme Leader | 2011-12-17..

@person Choe Son Hui
also: Choe Son-hui
role: PRK GOV | Minister of Foreign Affairs | 2022-06-11..

@person Kassym-Jomart Tokayev
role: KAZ GOV | President | 2019-03-20..

@person Nursultan Nazarbayev
role: KAZ GOV | President | 1990-04-24..2019-03-20

@person Shavkat Mirziyoyev
role: UZB GOV | President | 2016-09-08..

@person Emomali Rahmon
role: TJK GOV | President | 1994-11-16..

@person Sadyr Japarov
also: Sadyr Zhaparov
role: KGZ GOV | President | 2021-01-28..

# ============ Europe ============
@person Alexander Lukashenko
also: Aleksandr Lukashenko | Alyaksandr Lukashenka
role: BLR GOV | President | 1994-07-20..

@person Vladimir Makei
role: BLR GOV | Minister of Foreign Affairs | 2012-08-20..2022-11-26

@person Maia Sandu
role: MDA GOV | President | 2020-12-24..

@person Aleksandar Vučić
also: Aleksandar Vucic
role: SRB GOV | Prime Minister | 2014-04-27..2017-05-31
role: SRB GOV | President | 2017-05-31..

@person Viktor Orbán
also: Viktor Orban
role: HUN GOV | Prime Minister | 2010-05-29..

@person Péter Szijjártó
also: Peter Szijjarto
role: HUN GOV | Minister of Foreign Affairs | 2014-09-23..

@person Andrzej Duda
role: POL GOV | President | 2015-08-06..2025-08-06

@person Karol Nawrocki
role: POL GOV | President | 2025-08-06..

@person Mateusz Morawiecki
role: POL GOV | Prime Minister | 2017-12-11..2023-12-13

@person Donald Tusk
role: EU | President of the European Council | 2014-12-01..2019-11-30
role: POL GOV | Prime Minister | 2007-11-16..2014-09-22
role: POL GOV | Prime Minister | 2023-12-13..

@person Radosław Sikorski
also: Radoslaw Sikorski
role: POL GOV | Minister of Foreign Affairs | 2007-11-16..2014-09-22
role: POL GOV | Minister of Foreign Affairs | 2023-12-13..

@person Giorgia Meloni
role: ITA GOV | Prime Minister | 2022-10-22..

@person Mario Draghi
role: ITA GOV | Prime Minister | 2021-02-13..2022-10-22

@person Giuseppe Conte
role: ITA GOV | Prime Minister | 2018-06-01..2021-02-13

@person Sergio Mattarella
role: ITA GOV | President | 2015-02-03..

@person Antonio Tajani
role: ITA GOV | Minister of Foreign Affairs | 2022-10-22..

@person Luigi Di Maio
role: ITA GOV | Minister of Foreign Affairs | 2019-09-05..2022-10-22

@person Pedro Sánchez
also: Pedro Sanchez
role: ESP GOV | Prime Minister | 2018-06-02..

@person José Manuel Albares
also: Jose Manuel Albares
role: ESP GOV | Minister of Foreign Affairs | 2021-07-12..

@person Mark Rutte
role: NLD GOV | Prime Minister | 2010-10-14..2024-07-02
role: NATO | Secretary General | 2024-10-01..

@person Dick Schoof
role: NLD GOV | Prime Minister | 2024-07-02..

@person Kyriakos Mitsotakis
role: GRC GOV | Prime Minister | 2019-07-08..

@person Alexander Stubb
role: FIN GOV | President | 2024-03-01..

@person Sauli Niinistö
also: Sauli Niinisto
role: FIN GOV | President | 2012-03-01..2024-03-01

@person Ulf Kristersson
role: SWE GOV | Prime Minister | 2022-10-18..

@person Jonas Gahr Støre
also: Jonas Gahr Store
role: NOR GOV | Prime Minister | 2021-10-14..

@person Pope Francis
also: Jorge Mario Bergoglio
role: VAT GOV | Pope | 2013-03-13..2025-04-21

@person Leo XIV
also: Pope Leo XIV | Robert Francis Prevost | Robert Prevost
role: VAT GOV | Pope | 2025-05-08..

# ============ Americas ============
@person Stephen Harper
role: CAN GOV | Prime Minister | 2006-02-06..2015-11-04

@person Justin Trudeau
role: CAN GOV | Prime Minister | 2015-11-04..2025-03-14

@person Mark Carney
role: CAN GOV | Prime Minister | 2025-03-14..

@person Mélanie Joly
also: Melanie Joly
role: CAN GOV | Minister of Foreign Affairs | 2021-10-26..2025-05-13

@person Anita Anand
role: CAN GOV | Minister of Foreign Affairs | 2025-05-13..

@person Chrystia Freeland
role: CAN GOV | Minister of Foreign Affairs | 2017-01-10..2019-11-20

@person Luiz Inácio Lula da Silva
also: Lula da Silva | Luiz Inacio Lula da Silva | Lula
role: BRA GOV | President | 2003-01-01..2010-12-31
role: BRA GOV | President | 2023-01-01..

@person Dilma Rousseff
role: BRA GOV | President | 2011-01-01..2016-08-31

@person Michel Temer
role: BRA GOV | President | 2016-08-31..2018-12-31

@person Jair Bolsonaro
role: BRA GOV | President | 2019-01-01..2022-12-31

@person Mauro Vieira
role: BRA GOV | Minister of Foreign Affairs | 2015-01-01..2016-05-12
role: BRA GOV | Minister of Foreign Affairs | 2023-01-01..

@person Javier Milei
role: ARG GOV | President | 2023-12-10..

@person Alberto Fernández
also: Alberto Fernandez
role: ARG GOV | President | 2019-12-10..2023-12-10

@person Mauricio Macri
role: ARG GOV | President | 2015-12-10..2019-12-10

@person Andrés Manuel López Obrador
also: Andres Manuel Lopez Obrador | AMLO | Lopez Obrador
role: MEX GOV | President | 2018-12-01..2024-09-30

@person Claudia Sheinbaum
role: MEX GOV | President | 2024-10-01..

@person Nicolás Maduro
also: Nicolas Maduro
role: VEN GOV | President | 2013-03-05..

@person Gustavo Petro
role: COL GOV | President | 2022-08-07..

@person Iván Duque
also: Ivan Duque
role: COL GOV | President | 2018-08-07..2022-08-07

# ============ Africa and Oceania ============
@person Cyril Ramaphosa
role: ZAF GOV | President | 2018-02-15..

@person Jacob Zuma
role: ZAF GOV | President | 2009-05-09..2018-02-14

@person Bola Tinubu
also: Bola Ahmed Tinubu
role: NGA GOV | President | 2023-05-29..

@person Muhammadu Buhari
role: NGA GOV | President | 2015-05-29..2023-05-29

@person William Ruto
role: KEN GOV | President | 2022-09-13..

@person Uhuru Kenyatta
role: KEN GOV | President | 2013-04-09..2022-09-13

@person Abiy Ahmed
also: Abiy Ahmed Ali
role: ETH GOV | Prime Minister | 2018-04-02..

@person Abdel Fattah al-Burhan
also: Abdel-Fattah Burhan | Abdel Fattah Burhan
role: SDN GOV | Chairman of the Sovereignty Council | 2019-08-21..

@person Mohamed Hamdan Dagalo
also: Hemedti | Mohamed Hamdan Dagalo Hemedti
role: RSF | Commander of the Rapid Support Forces | 2013-08..
role: SDN GOV | Deputy Chairman of the Sovereignty Council | 2019-08-21..2023-05-19

@person Félix Tshisekedi
also: Felix Tshisekedi
role: COD GOV | President | 2019-01-24..

@person Joseph Kabila
role: COD GOV | President | 2001-01-26..2019-01-24

@person Paul Kagame
role: RWA GOV | President | 2000-04-22..

@person Yoweri Museveni
role: UGA GOV | President | 1986-01-29..

@person Anthony Albanese
role: AUS GOV | Prime Minister | 2022-05-23..

@person Scott Morrison
role: AUS GOV | Prime Minister | 2018-08-24..2022-05-23

@person Penny Wong
role: AUS GOV | Minister of Foreign Affairs | 2022-05-23..

# ============ International organisations ============
@person Ban Ki-moon
role: UN | Secretary-General | 2007-01-01..2016-12-31

@person António Guterres
also: Antonio Guterres
role: UN | Secretary-General | 2017-01-01..

@person Catherine Ashton
role: EU | High Representative for Foreign Affairs and Security Policy | 2009-12-01..2014-10-31

@person Federica Mogherini
role: EU | High Representative for Foreign Affairs and Security Policy | 2014-11-01..2019-11-30

@person Josep Borrell
role: EU | High Representative for Foreign Affairs and Security Policy | 2019-12-01..2024-11-30

@person Kaja Kallas
role: EST GOV | Prime Minister | 2021-01-26..2024-07-23
role: EU | High Representative for Foreign Affairs and Security Policy | 2024-12-01..

@person José Manuel Barroso
also: Jose Manuel Barroso
role: EU | President of the European Commission | 2004-11-22..2014-10-31

@person Jean-Claude Juncker
role: EU | President of the European Commission | 2014-11-01..2019-11-30

@person Ursula von der Leyen
role: EU | President of the European Commission | 2019-12-01..

@person Herman Van Rompuy
role: EU | President of the European Council | 2009-12-01..2014-11-30

@person Charles Michel
role: BEL GOV | Prime Minister | 2014-10-11..2019-10-27
role: EU | President of the European Council | 2019-12-01..2024-11-30

@person António Costa
also: Antonio Costa
role: PRT GOV | Prime Minister | 2015-11-26..2024-04-02
role: EU | President of the European Council | 2024-12-01..

@person Peter Semneby
role: EU | EU Special Representative for the South Caucasus | 2006-03-01..2011-08-31

@person Philippe Lefort
role: EU | EU Special Representative for the South Caucasus and the crisis in Georgia | 2011-09-01..2014-06-30

@person Herbert Salber
role: EU | EU Special Representative for the South Caucasus and the crisis in Georgia | 2014-07-01..2017-10-31

@person Toivo Klaar
role: EU | EU Special Representative for the South Caucasus and the crisis in Georgia | 2017-11-01..2025-06-30?
note: Klaar's mandate was renewed several times; this file confirms it to mid-2025 only, so later he is coded as the EU without a role.

@person Anders Fogh Rasmussen
role: DNK GOV | Prime Minister | 2001-11-27..2009-04-05
role: NATO | Secretary General | 2009-08-01..2014-09-30

@person Jens Stoltenberg
role: NOR GOV | Prime Minister | 2005-10-17..2013-10-16
role: NATO | Secretary General | 2014-10-01..2024-09-30

@person Thomas Greminger
role: OSCE | Secretary General | 2017-07-18..2020-07-18

@person Helga Schmid
role: OSCE | Secretary General | 2020-12-04..2024-12-03

@person Feridun Sinirlioğlu
also: Feridun Sinirlioglu
role: TUR GOV | Minister of Foreign Affairs | 2015-08-28..2015-11-24
role: OSCE | Secretary General | 2024-12-04..

@person Moussa Faki Mahamat
also: Moussa Faki
role: AU | Chairperson of the African Union Commission | 2017-03-14..2025-02-15

@person Mahmoud Ali Youssouf
role: AU | Chairperson of the African Union Commission | 2025-02-15..

@person Ahmed Aboul Gheit
role: LAS | Secretary-General | 2016-07-01..

@person Peter Maurer
role: ICRC | President | 2012-07-01..2022-09-30

@person Mirjana Spoljaric Egger
also: Mirjana Spoljaric
role: ICRC | President | 2022-10-01..

@person Volker Türk
also: Volker Turk
role: OHCHR | High Commissioner for Human Rights | 2022-10-17..

@person Rafael Grossi
also: Rafael Mariano Grossi
role: IAEA | Director General | 2019-12-03..

@person Tedros Adhanom Ghebreyesus
also: Tedros Adhanom
role: WHO | Director-General | 2017-07-01..

@person Karim Khan
also: Karim A. A. Khan
role: ICC | Prosecutor | 2021-06-16..
