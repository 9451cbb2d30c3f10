#!/usr/bin/env python3
"""Compile the built-in region reference for Russia into the project's own format.

Reads the public source tables described in ../shared/data/SOURCES.md (official
Rosstat figures as compiled by their publishers), adds the project's curated
facts (kind, status, titular groups, spellings), checks them, and writes
Sources/BurdenData/Reference/RussiaReferenceData.swift: three tab-separated
tables embedded as string literals, so the `warburden` binary needs no resource
files at run time.

    python3 scripts/build-russia-reference.py [--shared ../shared/data]

The output is committed; run this again only when a source or a curated fact
changes, and review the diff.
"""

import argparse
import csv
import gzip
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "Sources", "BurdenData", "Reference", "RussiaReferenceData.swift")

# Crimea and Sevastopol carry their ISO 3166-2:UA codes (occupied territory of Ukraine).
CODE_FIX = {"RU-CR": "UA-43", "RU-SEV": "UA-40"}

KIND = {
    "Republic": "republic",
    "Krai": "krai",
    "Oblast": "oblast",
    "Federal city": "federal_city",
    "Autonomous oblast": "autonomous_oblast",
    "Autonomous okrug": "autonomous_okrug",
}

FEDERAL_DISTRICT = {
    "Central": "central",
    "Northwestern": "northwestern",
    "Southern": "southern",
    "North Caucasian": "north_caucasian",
    "Volga": "volga",
    "Ural": "ural",
    "Siberian": "siberian",
    "Far Eastern": "far_eastern",
}

# Titular groups (English ethnonyms) of the national republics and the autonomous
# okrugs/oblast, as named in their constitutions or charters. Crimea is a
# "republic" in Russia's administration but has no titular nation in that sense.
TITULAR = {
    "RU-AD": "Adyghe",
    "RU-BA": "Bashkir",
    "RU-BU": "Buryat",
    "RU-AL": "Altai",
    "RU-DA": "Avar|Dargin|Kumyk|Lezgin|Lak|Tabasaran|Nogai|Rutul|Agul|Tsakhur",
    "RU-IN": "Ingush",
    "RU-KB": "Kabardian|Balkar",
    "RU-KL": "Kalmyk",
    "RU-KC": "Karachay|Cherkess",
    "RU-KR": "Karelian",
    "RU-KO": "Komi",
    "RU-ME": "Mari",
    "RU-MO": "Mordvin",
    "RU-SA": "Yakut",
    "RU-SE": "Ossetian",
    "RU-TA": "Tatar",
    "RU-TY": "Tuvan",
    "RU-UD": "Udmurt",
    "RU-KK": "Khakas",
    "RU-CE": "Chechen",
    "RU-CU": "Chuvash",
    "RU-YEV": "Jewish",
    "RU-NEN": "Nenets",
    "RU-KHM": "Khanty|Mansi",
    "RU-CHU": "Chukchi",
    "RU-YAN": "Nenets",
}

# Short Russian names as people write them, where the reference gives an adjective.
SHORT_RU = {
    "RU-KB": "Кабардино-Балкария", "RU-KC": "Карачаево-Черкесия", "RU-UD": "Удмуртия",
    "RU-CE": "Чечня", "RU-CU": "Чувашия", "RU-SA": "Якутия", "RU-KEM": "Кузбасс",
    "RU-KHM": "Югра", "RU-SE": "Северная Осетия", "RU-AL": "Горный Алтай",
}

# The four Ukrainian oblasts Russia claimed to annex in 2022: no Russian census figures.
ANNEXED = [
    # code, name_ru, name_ru_short, name_en, name_en_short, okato, aliases
    ("UA-14", "Донецкая область", "Донецкая", "Donetsk Oblast", "Donetsk", "",
     ["Донецкая Народная Республика", "ДНР", "Донецкая обл", "Donetsk People's Republic",
      "Donetsk Peoples Republic", "DPR", "DNR", "Donetskaya oblast", "Donetska oblast",
      "Donbas (Donetsk)"]),
    ("UA-09", "Луганская область", "Луганская", "Luhansk Oblast", "Luhansk", "",
     ["Луганская Народная Республика", "ЛНР", "Луганская обл", "Луганська область",
      "Luhansk People's Republic", "Lugansk People's Republic", "LPR", "LNR", "Lugansk",
      "Lugansk Oblast", "Luganskaya oblast", "Luhanska oblast"]),
    ("UA-23", "Запорожская область", "Запорожская", "Zaporizhzhia Oblast", "Zaporizhzhia", "",
     ["Запорожская обл", "Запорізька область", "Zaporozhye", "Zaporozhye Oblast",
      "Zaporizhia", "Zaporizhia Oblast", "Zaporozhskaya oblast", "Zaporizka oblast",
      "Zaporizhzhya"]),
    ("UA-65", "Херсонская область", "Херсонская", "Kherson Oblast", "Kherson", "",
     ["Херсонская обл", "Херсонська область", "Khersonskaya oblast", "Khersonska oblast"]),
]

# Spellings taken from the public tables that name something else (a city, a
# historical province, a neighbour) or are junk; they are left out of the aliases.
EXCLUDED_ALIASES = {
    "Respublika", "Kazan", "Kazanskaya G.", "Yakutsk", "Yekaterinburg", "Stalingrad",
    "Gor'kiy", "Gorky", "Kuybyshev", "Molotov", "Chkalov", "Kalinin", "Yekaterinodar",
    "Oirot", "Olonets", "Olonetskaya G.", "Sankt-Peterburgskaya G.", "Tobol'sk",
    "Tobol'skaya G.", "Simbirsk", "Simbirskaya G.", "Vyatka", "Vyatskaya G.", "Yeniseisk",
    "Yeniseyskaya G.", "Maga Buryatdan", "Cossacks of the Black Sea",
    "Province of the Don Cossacks", "Provinz des Donischen Heeres", "Voyska Donskovo",
    "Küsten-Gebiet", "Den jødiske autonome oblasten", "Yahudi", "Primorsk",
    "Sankt-Peterburg gorsovet", "Kabard", "Mari", "Udmurt", "Bashkir", "Buryat",
    "Kalmyk", "Chuvash", "Ingush", "Khakass", "Komi A.S.S.R.", "Mordov", "Chukot",
    "Yevrey", "Evrey",
    # GADM's variants of Moscow Oblast are names of the city of Moscow.
    "Moskva", "Mosca", "Moscou", "Moskau", "Moskova",
    # "Altai"/"Altay" alone may mean the republic or the krai: ambiguous on purpose.
    "Altai", "Altay",
}

# Curated spellings people and agencies write (official short forms, the names of
# the Mediazona/BBC list, abbreviations, Latin transliterations).
EXTRA_ALIASES = {
    "RU-MOW": ["Москва", "г. Москва", "город Москва", "Москва город федерального значения",
               "Moscow", "Moscow city", "City of Moscow", "Moskva", "Moskau", "Moscou", "Mosca",
               "Moskva gorod"],
    "RU-SPE": ["Санкт-Петербург", "С.-Петербург", "Петербург", "СПб", "Питер", "г. Санкт-Петербург",
               "Saint Petersburg", "Saint-Petersburg", "St Petersburg", "St. Petersburg",
               "Sankt-Peterburg", "Petersburg"],
    "RU-MOS": ["Московская область", "Подмосковье", "Мособласть", "Moscow Oblast", "Moscow Region",
               "Moscow oblast", "Moskovskaya oblast", "Moskovskaya"],
    "RU-LEN": ["Ленобласть", "Leningrad Region", "Leningrad Oblast"],
    "RU-KHM": ["ХМАО", "ХМАО-Югра", "ХМАО — Югра", "Югра", "Ханты-Мансийский АО",
               "Ханты-Мансийский автономный округ", "Ханты-Мансийский АО - Югра",
               "KhMAO", "Yugra", "Ugra", "Khanty-Mansi Autonomous Okrug – Yugra",
               "Khanty-Mansiysky Autonomous Okrug", "Khanty-Mansiyskiy avtonomnyy okrug - Yugra"],
    "RU-YAN": ["ЯНАО", "Ямало-Ненецкий АО", "Ямал", "YaNAO", "Yamal",
               "Yamalo-Nenets Autonomous Okrug", "Yamalo-Nenetskiy avtonomnyy okrug"],
    "RU-NEN": ["НАО", "Ненецкий АО", "Nenets Autonomous Okrug", "Nenetskiy avtonomnyy okrug"],
    "RU-CHU": ["Чукотка", "Чукотский АО", "ЧАО", "Chukotka Autonomous Okrug",
               "Chukotskiy avtonomnyy okrug"],
    "RU-YEV": ["Еврейская АО", "ЕАО", "Еврейская автономная область", "Yevreyskaya",
               "Jewish Autonomous Oblast", "Jewish Autonomous Region", "Evreyskaya",
               "Yevreyskaya avtonomnaya oblast", "Evreyskaya avtonomnaya oblast"],
    "RU-KEM": ["Кузбасс", "Кемеровская область", "Кемеровская область - Кузбасс",
               "Kuzbass", "Kemerovo Oblast - Kuzbass", "Kemerovo Oblast"],
    "RU-SA": ["Якутия", "Саха", "Республика Саха", "Саха (Якутия)", "Yakutia", "Sakha",
              "Sakha Republic", "Sakha (Yakutia)", "Respublika Sakha (Yakutiya)", "Yakutiya"],
    "RU-SE": ["Северная Осетия", "Северная Осетия - Алания", "Северная Осетия-Алания",
              "Осетия", "РСО-Алания", "Алания", "North Ossetia", "North Ossetia-Alania",
              "North Ossetia–Alania", "Severnaya Osetiya"],
    "RU-KB": ["Кабардино-Балкария", "КБР", "Kabardino-Balkaria", "Kabardino-Balkar Republic",
              "Kabardino-Balkarskaya Respublika"],
    "RU-KC": ["Карачаево-Черкесия", "КЧР", "Карачаево-Черкесская Республика",
              "Karachay-Cherkessia", "Karachay-Cherkess Republic",
              "Karachayevo-Cherkesskaya Respublika"],
    "RU-CU": ["Чувашия", "Чувашская Республика - Чувашия", "Chuvashia", "Chuvash Republic",
              "Chuvashiya"],
    "RU-UD": ["Удмуртия", "Udmurtia", "Udmurt Republic", "Udmurtskaya Respublika"],
    "RU-BA": ["Башкирия", "Башкортостан", "Bashkiria", "Bashkortostan"],
    "RU-TA": ["Татария", "Татарстан", "Татарстан республика", "Республика Татарстан (Татарстан)",
              "Tatarstan", "Respublika Tatarstan"],
    "RU-TY": ["Тыва", "Тува", "Республика Тува", "Tuva", "Tyva", "Tuva Republic"],
    "RU-AL": ["Республика Алтай", "Горный Алтай", "Altai Republic", "Republic of Altai",
              "Altay Republic", "Gorno-Altai", "Respublika Altay"],
    "RU-ALT": ["Алтайский край", "Altai Krai", "Altay Krai", "Altai Territory", "Altayskiy kray",
               "Altaiskii krai"],
    "RU-CE": ["Чечня", "Чеченская Республика", "Chechnya", "Chechen Republic", "Chechnia",
              "Chechenskaya Respublika"],
    "RU-IN": ["Ингушетия", "Ingushetia"],
    "RU-DA": ["Дагестан", "Dagestan"],
    "RU-KL": ["Калмыкия", "Kalmykia"],
    "RU-KR": ["Карелия", "Karelia"],
    "RU-KO": ["Коми", "Komi"],
    "RU-ME": ["Марий Эл", "Mari El", "Mariy El", "Mari-El"],
    "RU-MO": ["Мордовия", "Mordovia"],
    "RU-KK": ["Хакасия", "Khakassia", "Khakasia"],
    "RU-AD": ["Адыгея", "Adygea", "Adygeya"],
    "RU-BU": ["Бурятия", "Buryatia", "Buryatiya"],
    "RU-PRI": ["Приморье", "Primorsky", "Primorsky Krai", "Primorye", "Primorskiy kray"],
    "RU-ZAB": ["Забайкалье", "Zabaykalsky", "Zabaykalsky Krai", "Zabaykalskiy kray",
               "Zabaikalsky Krai", "Trans-Baikal Krai", "Transbaikalia"],
    "RU-STA": ["Ставрополье", "Stavropol", "Stavropol Krai", "Stavropol Territory"],
    "RU-KDA": ["Кубань", "Krasnodar", "Krasnodar Krai", "Krasnodar Territory", "Kuban"],
    "RU-KYA": ["Красноярье", "Krasnoyarsk Krai", "Krasnoyarsk Territory"],
    "RU-KHA": ["Khabarovsk Krai", "Khabarovsk Territory"],
    "RU-KAM": ["Камчатка", "Kamchatka", "Kamchatka Krai", "Kamchatka Territory"],
    "RU-PER": ["Прикамье", "Perm", "Perm Krai", "Perm Territory", "Permskiy kray"],
    "RU-NIZ": ["Нижегородская обл.", "Nizhny Novgorod", "Nizhny Novgorod Oblast",
               "Nizhniy Novgorod", "Nizhegorodskaya oblast"],
    "RU-ORL": ["Oryol", "Orel", "Oryol Oblast", "Orel Oblast", "Orlovskaya oblast"],
    "RU-SVE": ["Sverdlovsk", "Sverdlovsk Oblast"],
    "RU-ORE": ["Оренбуржье"],
    "RU-ARK": ["Архангельская область без АО", "Архангельская область без автономного округа",
               "Архангельская область (кроме Ненецкого автономного округа)",
               "Архангельская область без Ненецкого АО"],
    "RU-TYU": ["Тюменская область без АО", "Тюменская область без автономных округов",
               "Тюменская область (кроме Ханты-Мансийского автономного округа-Югры и "
               "Ямало-Ненецкого автономного округа)", "Тюменская область без ХМАО и ЯНАО"],
    "UA-43": ["Крым", "Республика Крым", "Crimea", "Republic of Crimea",
              "Autonomous Republic of Crimea", "Автономная Республика Крым", "АР Крым",
              "Respublika Krym", "Krym"],
    "UA-40": ["Севастополь", "г. Севастополь", "Sevastopol", "Sevastopol City",
              "City of Sevastopol", "Sebastopol"],
}

# Aggregates: the country, the federal districts, and the two composite oblasts that
# Rosstat reports with their autonomous okrugs. Code, kind, English name, Russian
# name, federal district, members (composites only), spellings.
AGGREGATES = [
    ("RU", "country", "Russian Federation", "Российская Федерация", "", "",
     ["Россия", "РФ", "Russia", "Rossiyskaya Federatsiya", "Всего по России", "Итого по РФ"]),
    ("FD-CENTRAL", "federal_district", "Central Federal District", "Центральный федеральный округ",
     "central", "", ["ЦФО", "Центральный ФО", "CFD"]),
    ("FD-NORTHWESTERN", "federal_district", "Northwestern Federal District",
     "Северо-Западный федеральный округ", "northwestern", "",
     ["СЗФО", "Северо-Западный ФО", "North-Western Federal District", "NWFD"]),
    ("FD-SOUTHERN", "federal_district", "Southern Federal District", "Южный федеральный округ",
     "southern", "", ["ЮФО", "Южный ФО", "SFD"]),
    ("FD-NORTH-CAUCASIAN", "federal_district", "North Caucasian Federal District",
     "Северо-Кавказский федеральный округ", "north_caucasian", "",
     ["СКФО", "Северо-Кавказский ФО", "NCFD", "North Caucasus Federal District"]),
    ("FD-VOLGA", "federal_district", "Volga Federal District", "Приволжский федеральный округ",
     "volga", "", ["ПФО", "Приволжский ФО", "Privolzhsky Federal District", "VFD"]),
    ("FD-URAL", "federal_district", "Ural Federal District", "Уральский федеральный округ",
     "ural", "", ["УрФО", "Уральский ФО", "Urals Federal District", "UFD"]),
    ("FD-SIBERIAN", "federal_district", "Siberian Federal District", "Сибирский федеральный округ",
     "siberian", "", ["СФО", "Сибирский ФО", "SibFD"]),
    ("FD-FAR-EASTERN", "federal_district", "Far Eastern Federal District",
     "Дальневосточный федеральный округ", "far_eastern", "", ["ДФО", "ДВФО", "Дальневосточный ФО", "FEFD", "Far East Federal District"]),
    ("RU-ARK+NEN", "composite", "Arkhangelsk Oblast including Nenets Autonomous Okrug",
     "Архангельская область (включая Ненецкий автономный округ)", "northwestern", "RU-ARK|RU-NEN",
     ["Архангельская область включая Ненецкий АО", "Архангельская область с Ненецким АО",
      "Архангельская область, включая НАО"]),
    ("RU-TYU+KHM+YAN", "composite",
     "Tyumen Oblast including Khanty-Mansi and Yamalo-Nenets Autonomous Okrugs",
     "Тюменская область (включая Ханты-Мансийский автономный округ - Югру и Ямало-Ненецкий автономный округ)",
     "ural", "RU-TYU|RU-KHM|RU-YAN",
     ["Тюменская область включая автономные округа", "Тюменская область с АО",
      "Тюменская область, включая ХМАО и ЯНАО"]),
]

# Spellings that mean more than one unit: resolving them is an error naming the candidates.
AMBIGUOUS = [
    ("Алтай", ["RU-AL", "RU-ALT"]), ("Altai", ["RU-AL", "RU-ALT"]), ("Altay", ["RU-AL", "RU-ALT"]),
    ("Московский регион", ["RU-MOW", "RU-MOS"]), ("Столичный регион", ["RU-MOW", "RU-MOS"]),
    ("Донбасс", ["UA-14", "UA-09"]), ("Donbas", ["UA-14", "UA-09"]), ("Donbass", ["UA-14", "UA-09"]),
    ("ЛДНР", ["UA-14", "UA-09"]), ("ДНР и ЛНР", ["UA-14", "UA-09"]),
]

# In Rosstat's statistical tables these plain names are the composites: the oblast
# with its autonomous okrugs, while the «без АО» rows are the oblast proper.
ROSSTAT_COMPOSITE_NAMES = [
    ("Архангельская область", "RU-ARK+NEN"),
    ("Тюменская область", "RU-TYU+KHM+YAN"),
]

# The figures: column name, label, unit, year, primary source, where we read it.
COLUMNS = [
    ("men_16_61_2021", "Men aged 16–61 (working age), 2021 census", "persons", "2021",
     "Rosstat, All-Russian Population Census 2020 (reference date 1 Oct 2021), final results, "
     "table 2: men of working age (16–61)",
     "https://rosstat.gov.ru/vpn_popul",
     "as compiled in abessudnov/ruCasualtiesPublic census2021_nMen16-615.csv (29aa86c8); "
     "the denominator of Bessudnov (2023)"),
    ("men_2021", "Men, all ages, 2021 census", "persons", "2021",
     "Rosstat, All-Russian Population Census 2020 (reference date 1 Oct 2021), final results, table 2",
     "https://rosstat.gov.ru/vpn_popul", ""),
    ("population_2021", "Population, 2021 census", "persons", "2021",
     "Rosstat, All-Russian Population Census 2020 (reference date 1 Oct 2021), final results, table 2",
     "https://rosstat.gov.ru/vpn_popul", ""),
    ("urban_population_2021", "Urban population, 2021 census", "persons", "2021",
     "Rosstat, All-Russian Population Census 2020 (reference date 1 Oct 2021), final results, table 2",
     "https://rosstat.gov.ru/vpn_popul", ""),
    ("urban_share_2021", "Urban share of the population, 2021 census", "percent", "2021",
     "Rosstat, All-Russian Population Census 2020 (reference date 1 Oct 2021), final results, table 2",
     "https://rosstat.gov.ru/vpn_popul", "100 × urban / total, rounded to 2 decimals"),
    ("population_avg_2021", "Average annual population, 2021", "persons", "2021",
     "Rosstat, average annual resident population (EMISS / fedstat.ru)",
     "https://fedstat.ru/indicator/31556",
     "as exported in lomska/russian-budget-tracker (7f535ed2); Arkhangelsk and Tyumen "
     "without their autonomous okrugs"),
    ("below_subsistence_pct_2020",
     "Population with money income below the subsistence minimum, 2020", "percent", "2020",
     "Rosstat, Regions of Russia: socio-economic indicators",
     "https://rosstat.gov.ru/folder/210/document/13204",
     "percBelowSubsistence of Bessudnov (2023), regionCharacteristics.csv (29aa86c8)"),
    ("unemployment_pct_2020", "Unemployment rate (ILO definition), 2020", "percent", "2020",
     "Rosstat, Labour Force Survey; Regions of Russia: socio-economic indicators",
     "https://rosstat.gov.ru/folder/210/document/13204",
     "unemploymentRate of Bessudnov (2023), regionCharacteristics.csv (29aa86c8)"),
    ("mean_income_2020", "Mean per-capita money income, 2020", "RUB per month", "2020",
     "Rosstat, Regions of Russia: socio-economic indicators",
     "https://rosstat.gov.ru/folder/210/document/13204",
     "meanIncome of Bessudnov (2023), regionCharacteristics.csv (29aa86c8)"),
    ("subsistence_level_2020", "Subsistence minimum per capita, Q4 2020", "RUB per month", "2020",
     "Rosstat, Regions of Russia: socio-economic indicators",
     "https://rosstat.gov.ru/folder/210/document/13204",
     "subsistenceLevel of Bessudnov (2023), regionCharacteristics.csv (29aa86c8)"),
    ("russian_share_men_2010",
     "Ethnic Russians among men who stated an ethnicity, 2010 census", "percent", "2010",
     "Rosstat, All-Russian Population Census 2010, ethnicity by sex and region",
     "https://rosstat.gov.ru/free_doc/new_site/perepis2010/croc/perepis_itogi1612.htm",
     "percRus of Bessudnov (2023), census_2010_ethn.csv (29aa86c8); no 2010 census in Crimea "
     "and Sevastopol"),
    ("non_russian_share_men_2010",
     "Men who stated an ethnicity other than Russian, 2010 census (100 − russian_share_men_2010)", "percent", "2010",
     "Rosstat, All-Russian Population Census 2010, ethnicity by sex and region",
     "https://rosstat.gov.ru/free_doc/new_site/perepis2010/croc/perepis_itogi1612.htm",
     "percentNonRus of Bessudnov (2023): 100 − percRus, computed here"),
    ("area_km2", "Area", "km²", "2020",
     "Rosstat, Regions of Russia: territory of the federal subjects",
     "https://rosstat.gov.ru/folder/210/document/13204",
     "as compiled in ThienFakeVN/countries_dictionary (7895fd3c)"),
    ("men_urban_16_61_2021", "Urban men aged 16–61 (working age), 2021 census", "persons", "2021",
     "Rosstat, All-Russian Population Census 2020 (reference date 1 Oct 2021), final results, "
     "table 2: urban men of working age (16–61)",
     "https://rosstat.gov.ru/vpn_popul",
     "as transcribed from the Rosstat workbook of census table 2 in StepanKropachev/rus-education "
     "(77e536a1); Moscow and St Petersburg are wholly urban"),
    ("men_rural_16_61_2021", "Rural men aged 16–61 (working age), 2021 census", "persons", "2021",
     "Rosstat, All-Russian Population Census 2020 (reference date 1 Oct 2021), final results, "
     "table 2: men of working age (16–61) less urban men of working age",
     "https://rosstat.gov.ru/vpn_popul",
     "men_16_61_2021 − men_urban_16_61_2021, computed here"),
    ("men_4_50_2010", "Men aged 4–50, 2010 census (aged 15–61 in 2021)", "persons", "2010",
     "Rosstat, All-Russian Population Census 2010, ethnicity by sex, age and region",
     "https://rosstat.gov.ru/free_doc/new_site/perepis2010/croc/perepis_itogi1612.htm",
     "nMen_4_50 of Bessudnov (2023), census_2010_ethn.csv (29aa86c8); no 2010 census in Crimea and Sevastopol"),
    ("men_ethnicity_stated_4_50_2010", "Men aged 4–50 who stated an ethnicity, 2010 census", "persons", "2010",
     "Rosstat, All-Russian Population Census 2010, ethnicity by sex, age and region",
     "https://rosstat.gov.ru/free_doc/new_site/perepis2010/croc/perepis_itogi1612.htm",
     "nMen_ethn_nonmissing_4_50 of Bessudnov (2023), census_2010_ethn.csv (29aa86c8)"),
    ("russian_men_4_50_2010", "Ethnic Russian men aged 4–50, 2010 census", "persons", "2010",
     "Rosstat, All-Russian Population Census 2010, ethnicity by sex, age and region",
     "https://rosstat.gov.ru/free_doc/new_site/perepis2010/croc/perepis_itogi1612.htm",
     "nRusMen_4_50 of Bessudnov (2023), census_2010_ethn.csv (29aa86c8)"),
]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def number(text):
    text = (text or "").strip()
    if text == "":
        return ""
    value = float(text)
    if value == int(value):
        return str(int(value))
    return repr(value)


def clean(cell):
    assert "\t" not in cell and "\n" not in cell, cell
    return cell


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "data"))
    args = parser.parse_args()
    d = args.shared

    ref = read_csv(os.path.join(d, "regions", "ru_subjects_reference.csv"))
    census = {r["iso_3166_2"]: r for r in read_csv(os.path.join(d, "regions", "census2021_population_urban.csv"))}
    regnames = read_csv(os.path.join(d, "ru-casualties-2023-04", "regNames.csv"))
    chars = {r["regNameISO"]: r for r in read_csv(os.path.join(d, "ru-casualties-2023-04", "regionCharacteristics.csv"))}
    men = {r["regNameISO"]: r for r in read_csv(os.path.join(d, "ru-casualties-2023-04", "census2021_nMen16-615.csv"))}
    ethn = {r["regNameISO"]: r for r in read_csv(os.path.join(d, "ru-casualties-2023-04", "census_2010_ethn.csv"))}
    hflabs = {r["iso_code"]: r for r in read_csv(os.path.join(d, "regions", "region.csv"))}
    lomska = read_csv(os.path.join(d, "covariates", "rosstat_regional_2011_2021_long.csv"))
    with gzip.open(os.path.join(d, "ru-mortality", "deaths-by-age-gender-region-year-1990-2022.csv.gz"), "rt", encoding="utf-8") as f:
        rosstat_names = sorted({row["Region"] for row in csv.DictReader(f)})

    # Bessudnov's English short names, keyed by his short ISO code (his regNames.csv
    # swaps the UA codes of Crimea and Sevastopol; the census file has them right).
    short_en = {r["regNameISO"]: r["regNameEng"] for r in men.values()}

    region_rows, alias_rows = [], []
    aliases = {}

    def add_alias(code, text):
        text = " ".join((text or "").split())
        if not text or text in EXCLUDED_ALIASES and code not in ("RU-MOW",):
            return
        aliases.setdefault(code, [])
        if text not in aliases[code]:
            aliases[code].append(text)

    for r in ref:
        code = CODE_FIX.get(r["iso_3166_2"], r["iso_3166_2"])
        iso_short = r["iso_short"] if code.startswith("RU-") else code
        c = census[r["iso_3166_2"]]
        m = men[iso_short]
        ch = chars[iso_short]
        assert m["nMen16_615_2021"] == r["men_16_61_5_census2021"] == c["men_working_age_2021_census"], code
        assert 0 <= int(c["men_urban_working_age_2021_census"]) <= int(c["men_working_age_2021_census"]), code
        e = ethn.get(iso_short)
        if e:
            assert 0 < int(e["nRusMen_4_50"]) <= int(e["nMen_ethn_nonmissing_4_50"]) <= int(e["nMen_4_50"]), code
        kind = KIND[r["type_en"]]
        national = kind == "republic" and code.startswith("RU-")
        status = "subject" if code.startswith("RU-") else "occupied_ukraine_2014"
        titular = TITULAR.get(code, "")
        hf = hflabs.get(r["iso_3166_2_official"], {})
        region_rows.append([
            code, c["name_ru"], SHORT_RU.get(code, r["name_ru_short"]), r["name_en"],
            short_en[iso_short], FEDERAL_DISTRICT[r["federal_district_en"]], kind, status,
            "true" if national else "false", titular, r["okato"], r["oktmo"],
            number(m["nMen16_615_2021"]), number(c["men_2021_census"]),
            number(c["population_2021_census"]), number(c["urban_population_2021_census"]),
            number(c["urban_share_pct"]), number(r["pop_avg_2021_rosstat"]),
            number(ch["percBelowSubsistence"]), number(ch["unemploymentRate"]),
            number(ch["meanIncome"]), number(ch["subsistenceLevel"]),
            number(e["percRus"]) if e else "", repr(100 - float(e["percRus"])) if e else "", number(r["area_km2"]),
            number(c["men_urban_working_age_2021_census"]),
            str(int(c["men_working_age_2021_census"]) - int(c["men_urban_working_age_2021_census"])),
            number(e["nMen_4_50"]) if e else "", number(e["nMen_ethn_nonmissing_4_50"]) if e else "",
            number(e["nRusMen_4_50"]) if e else "",
        ])
        for text in [r["name_ru"], r["name_ru_short"], r["name_ru_with_type_hflabs"], r["name_en"],
                     short_en[iso_short], c["name_ru"], c["name_ru_in_source"], r["alt_geojson_name_latin"],
                     hf.get("name_with_type", ""), hf.get("geoname_name", ""), code, "RU-" + r["iso_short"]
                     if code.startswith("RU-") else code]:
            add_alias(code, text)
        for text in r["name_en_alternatives"].split("|"):
            add_alias(code, text)
        for text in EXTRA_ALIASES.get(code, []):
            add_alias(code, text)

    for code, name_ru, short_ru, name_en, short, okato, extra in ANNEXED:
        region_rows.append([code, name_ru, short_ru, name_en, short, "", "oblast", "annexed_ukraine_2022",
                            "false", "", okato, ""] + [""] * len(COLUMNS))
        for text in [name_ru, short_ru, name_en, short, code] + extra:
            add_alias(code, text)

    # Names as Rosstat and the lomska export write them.
    by_ru = {row[1]: row[0] for row in region_rows}
    for row in lomska:
        code = CODE_FIX.get(row["iso_3166_2"], row["iso_3166_2"])
        if code != "RU":
            add_alias(code, row["name_ru"])
            add_alias(code, row["name_en_lomska"])
    rosstat_special = {
        "Архангельская область без АО": "RU-ARK", "Тюменская область без АО": "RU-TYU",
        "Ямало-Hенецкий АО": "RU-YAN", "Российская Федерация": "RU",
    }
    for name in rosstat_names:
        if name in rosstat_special:
            continue
        code = by_ru.get(name)
        if code:
            add_alias(code, name)
        else:
            # Rosstat's short forms (Якутия, Северная Осетия, Ханты-Мансийский АО, ...)
            # are covered by the curated spellings; check that here.
            known = any(name in a for a in aliases.values())
            if not known:
                sys.exit(f"Rosstat region not covered by any alias: {name}")

    for code, _, name_en, name_ru, _, _, texts in AGGREGATES:
        for text in [code, name_en, name_ru] + texts:
            add_alias(code, text)

    ambiguous_texts = {a for a, _ in AMBIGUOUS}
    for code in aliases:
        aliases[code] = [a for a in aliases[code] if a not in ambiguous_texts]

    # Every alias names one unit only.
    owner = {}
    for code, texts in aliases.items():
        for text in texts:
            if text in owner and owner[text] != code:
                sys.exit(f"alias {text!r} names both {owner[text]} and {code}")
            owner[text] = code
    for code, texts in aliases.items():
        for text in texts:
            alias_rows.append([code, clean(text)])

    assert len(region_rows) == 89, len(region_rows)
    assert len({row[0] for row in region_rows}) == 89

    region_header = ["code", "name_ru", "name_ru_short", "name_en", "name_en_short", "federal_district",
                     "kind", "status", "national_republic", "titular_groups", "okato", "oktmo"] + [c[0] for c in COLUMNS]
    column_header = ["column", "label", "unit", "year", "source", "url", "note"]
    aggregate_header = ["code", "kind", "name_en", "name_ru", "federal_district", "members"]

    def table(header, rows):
        return "\n".join("\t".join(clean(str(x)) for x in row) for row in [header] + rows)

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/build-russia-reference.py from the public tables listed in\n")
        f.write("// docs/DATA.md. Do not edit by hand: change the script or its sources and run it again.\n\n")
        f.write("enum RussiaReferenceData {\n")
        for name, header, rows, doc in [
            ("regions", region_header, region_rows, "One row per unit: 83 federal subjects, Crimea and Sevastopol, four oblasts annexed in 2022."),
            ("columns", column_header, [list(c) for c in COLUMNS], "The numeric columns of `regions`: label, unit, year and primary source."),
            ("aggregates", aggregate_header, [list(a[:6]) for a in AGGREGATES],
             "Units above the regions: the country, its federal districts, and composite oblasts."),
            ("aliases", ["code", "alias"], alias_rows, "Known spellings of each unit and aggregate, one per row."),
            ("ambiguous", ["codes", "alias"], [["|".join(c), a] for a, c in AMBIGUOUS],
             "Spellings that mean several units; resolving one is an error that names them."),
            ("rosstatAliases", ["code", "alias"], [[c, a] for a, c in ROSSTAT_COMPOSITE_NAMES],
             "Spellings that mean a composite in Rosstat's statistical tables (they win there)."),
        ]:
            f.write(f"    /// {doc}\n")
            f.write(f"    static let {name} = #\"\"\"\n{table(header, rows)}\n\"\"\"#\n\n")
        f.write("}\n")
    print(f"wrote {os.path.relpath(OUT, REPO)}: {len(region_rows)} units, {len(COLUMNS)} figure columns, "
          f"{len(alias_rows)} spellings")


if __name__ == "__main__":
    main()
