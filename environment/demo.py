"""Demo environment topics, in Polish with English translations.

Every fact comes from /work/shared/data (flagship_facts.md and the register CSVs) and each topic
names its sources. Where a sentence draws a conclusion from those facts (for example that a
local plant type is a genetic resource), the fact it rests on is stated next to it.
"""

from korzenie.demo import child_page, english, home_page, polish
from korzenie.translation import translate

from .bilingual import Bullets, Rich, T
from .bilingual import polish as to_polish
from .models import EnvironmentIndexPage, EnvironmentTopicPage, TopicKind

INDEX = {
    "title": T("Przyroda i środowisko", "Nature and the environment"),
    "slug": T("przyroda-i-srodowisko", "nature-and-environment"),
    "summary": T(
        "Siedliska i praktyki, od których zależą produkty regionalne: górskie hale, stawy, "
        "wrzosowiska, lasy jodłowe i stare sady.",
        "The habitats and practices that regional products depend on: mountain pastures, "
        "ponds, heathlands, fir forests and old orchards.",
    ),
    "intro": Rich(
        T(
            "Oscypek nie powstanie bez owiec na górskich halach, karp zatorski bez stawów "
            "ziemnych, a miód wrzosowy bez kwitnących wrzosowisk. Każdy temat pokazuje, "
            "dlaczego przyroda ma znaczenie dla produktu, co jej zagraża, jakie praktyki ją "
            "chronią i co mogą zrobić uczniowie.",
            "There is no oscypek without sheep on mountain pastures, no Zator carp without "
            "earthen ponds and no heather honey without flowering heathland. Each topic shows "
            "why nature matters for a product, what threatens it, which practices protect it "
            "and what students can do.",
        )
    ),
}

SRC_SWIAT_KARPAT = {
    "title": T(
        "Świat Karpat: tradycyjny wypas w Tatrach i Beskidach",
        "Świat Karpat: traditional grazing in the Tatra and Beskid mountains",
    ),
    "url": "https://swiatkarpat.pl/swiat-karpat/konkretne-przyklady-ochrony-i-madrego-wykorzystania-bioroznorodnosci-w-karpatach/polska-tradycyjny-wypas-w-tatrachbeskidach/",
    "accessed": None,
}
SRC_MOLIK = {
    "title": T(
        "Molik i in., Wiadomości Zootechniczne 2018 (gospodarowanie w Beskidzie Śląskim i Żywieckim)",
        "Molik et al., Wiadomości Zootechniczne 2018 (farming in the Silesian and Żywiec Beskids)",
    ),
    "url": "https://9lib.org/document/yng94nwk-wielkoobszarowy-przyk%C5%82adwielowiekowego-gospodarowania-metodamirozwoju-zr%C3%B3wnowa%C5%BConego-tereniebeskidu-%C5%9Bl%C4%85skiego-%C5%BCywieckiego.html",
    "accessed": None,
}
SRC_KAWECKA = {
    "title": T(
        "Kawęcka i in., Wiadomości Zootechniczne 2017 (wypas kulturowy na Hali Majerz)",
        "Kawęcka et al., Wiadomości Zootechniczne 2017 (cultural grazing on Hala Majerz)",
    ),
    "url": "https://9lib.org/document/zkw6x141-wypas-kulturowy-ochronie-cennych-zbiorowisk-ro%C5%9Blinnych-przyk%C5%82adzie-majerz.html",
    "accessed": None,
}
SRC_INFOR_OSCYPEK = {
    "title": T(
        "infor.pl: Dlaczego oscypek musi posiadać certyfikat Unii Europejskiej",
        "infor.pl: why oscypek must hold a European Union certificate",
    ),
    "url": "https://www.infor.pl/prawo/prawa-konsumenta/sprzedaz-towarow/238824,Dlaczego-oscypek-musi-posiadac-certyfikat-Unii-Europejskiej.html",
    "accessed": None,
}
SRC_FARMER_KARP = {
    "title": T(
        "farmer.pl: Karp zatorski zarejestrowany jako Chroniona Nazwa Pochodzenia (2011)",
        "farmer.pl: Zator carp registered as a Protected Designation of Origin (2011)",
    ),
    "url": "https://www.farmer.pl/produkcja-zwierzeca/inne-hodowle/karp-zatorski-zarejestrowany-jako-chroniona-nazwa-pochodzenia,27878.html",
    "accessed": None,
}
SRC_PRAWO_KARP = {
    "title": T(
        "Wniosek o rejestrację nazwy Karp zatorski (Dz.U. UE C 2010/253)",
        "Application for registration of the name Karp zatorski (OJ EU C 2010/253)",
    ),
    "url": "https://www.prawo.pl/akty/dz-u-ue-c-2010-253-6,67975866.html",
    "accessed": None,
}
SRC_LGD_KARP = {
    "title": T(
        "Federacja LGD Małopolski: Stowarzyszenie Dolina Karpia",
        "Federation of Małopolska LAGs: the Dolina Karpia association",
    ),
    "url": "https://www.federacjalgdmalopolska.org.pl/strona/stowarzyszenie-dolina-karpia",
    "accessed": None,
}
SRC_LASY_WRZOS = {
    "title": T(
        "Nadleśnictwo Świętoszów (Lasy Państwowe): Zakwitł wrzos",
        "Świętoszów Forest District (State Forests): the heather is in bloom",
    ),
    "url": "https://swietoszow.wroclaw.lasy.gov.pl/en/aktualnosci/-/asset_publisher/1M8a/content/zakwitl-wrzos",
    "accessed": None,
}
SRC_LASY_MIODODAJNE = {
    "title": T(
        "Nadleśnictwo Świętoszów (Lasy Państwowe): Nastał czas miododajnych wrzosów",
        "Świętoszów Forest District (State Forests): the time of honey-giving heather",
    ),
    "url": "https://swietoszow.wroclaw.lasy.gov.pl/en/aktualnosci/-/asset_publisher/1M8a/content/nastal-czas-miododajnych-wrzosow",
    "accessed": None,
}
SRC_PASIEKA_2014 = {
    "title": T(
        "Pasieka 6/2014: Natura 2000 na wrzosowiskach Dolnego Śląska",
        "Pasieka 6/2014: Natura 2000 on the heathlands of Lower Silesia",
    ),
    "url": "https://pasieka24.pl/index.php/pasieka-czasopismo-dla-pszczelarzy/130-pasieka-6-2014/1363-natura-2000-na-wrzosowiskach-dolnego-slaska",
    "accessed": None,
}
SRC_PAP_WRZOS = {
    "title": T(
        "PAP Samorząd: Komisja Europejska zarejestrowała miód wrzosowy z Borów Dolnośląskich",
        "PAP Samorząd: the European Commission registered heather honey from the Bory Dolnośląskie",
    ),
    "url": "https://samorzad.pap.pl/kategoria/archiwum/dolny-slask-komisja-europejska-zarejestrowala-miod-wrzosowy-z-borow",
    "accessed": None,
}
SRC_PPR_WRZOS = {
    "title": T(
        "ppr.pl: tegoroczne zbiory miodu wrzosowego na Dolnym Śląsku",
        "ppr.pl: this year's heather honey harvest in Lower Silesia",
    ),
    "url": "https://ppr.pl/wiadomosci/tegoroczne-zbiory-miodu-wrzosowego-na-dolnym-slasku-najlepsze-od-trzech-lat",
    "accessed": None,
}
SRC_SPADZ_LEX = {
    "title": T(
        "Wniosek o rejestrację nazwy Podkarpacki miód spadziowy (Dz.U. UE)",
        "Application for registration of the name Podkarpacki miód spadziowy (OJ EU)",
    ),
    "url": "https://sip.lex.pl/akty-prawne/dzienniki-UE/publikacja-wniosku-zgodnie-z-art-6-ust-2-rozporzadzenia-rady-we-nr-510-2006-67914026",
    "accessed": None,
}
SRC_SPADZ_POLSKA_SMAKUJE = {
    "title": T(
        "Polska smakuje: Podkarpacki miód spadziowy (ChNP)",
        "Polska smakuje: Podkarpacki miód spadziowy (PDO)",
    ),
    "url": "https://polskasmakuje.pl/europejski-system-oznaczen/chnp/podkarpacki-miod-spadziowy",
    "accessed": None,
}
SRC_BESKID_WYSPOWY = {
    "title": T(
        "Nowoczesna Farma: Miód spadziowy z Beskidu Wyspowego, 44. polska nazwa zarejestrowana",
        "Nowoczesna Farma: Miód spadziowy z Beskidu Wyspowego, the 44th Polish registered name",
    ),
    "url": "http://nowoczesnafarma.pl/Miod-spadziowy-z-Beskidu-Wyspowego-----44--polska-nazwa-zarejestrowana-w-systemie-ChNP--ChOG-i-GTS.html",
    "accessed": None,
}
SRC_SEJNY = {
    "title": T(
        "Polska smakuje: Miód z Sejneńszczyzny / Łoździejszczyzny (ChNP)",
        "Polska smakuje: Miód z Sejneńszczyzny / Łoździejszczyzny (PDO)",
    ),
    "url": "https://www.polskasmakuje.pl/europejski-system-oznaczen/chnp/miod-z-sejnenszczyzny/",
    "accessed": None,
}
SRC_NADWISLANKA = {
    "title": T(
        "swietokrzyskie.pro: Wiśnia nadwiślanka już zarejestrowana",
        "swietokrzyskie.pro: Wiśnia nadwiślanka is registered",
    ),
    "url": "https://www.swietokrzyskie.pro/wisnia-nadwislanka-juz-zarejestrowana/",
    "accessed": None,
}
SRC_NADWISLANKA_SD = {
    "title": T(
        "Wiśnia nadwiślanka: jednolity dokument (wersja angielska)",
        "Wiśnia nadwiślanka: single document (English version)",
    ),
    "url": "https://www.scribd.com/document/44323069/Untitled",
    "accessed": None,
}
SRC_GROJEC_IP = {
    "title": T(
        "Jabłka grójeckie: produkt regionalny (Integrowana Produkcja, GLOBALG.A.P.)",
        "Jabłka grójeckie: the regional product (Integrated Production, GLOBALG.A.P.)",
    ),
    "url": "http://jablkagrojeckie.pl/index.php/jablka-grojeckie/produkt-regionalny/index.html",
    "accessed": None,
}
SRC_GROJEC_PLANTATORZY = {
    "title": T(
        "plantatorzy.pl: Jabłka grójeckie, 30. polska nazwa zarejestrowana w systemie ChNP, ChOG i GTS",
        "plantatorzy.pl: Jabłka grójeckie, the 30th Polish name registered as PDO, PGI or TSG",
    ),
    "url": "http://plantatorzy.pl/Wiadomo%C5%9Bci/jablka-grojeckie-30-polska-nazwa-zarejestrowana-w-systemie-chnp-chog-i-gts-08-10-11.html",
    "accessed": None,
}
SRC_FASOLA = {
    "title": T(
        "RMF24: Fasola Piękny Jaś uznana za produkt chroniony unijnym prawem",
        "RMF24: the Piękny Jaś bean recognised as a product protected by EU law",
    ),
    "url": "http://www.rmf24.pl/ciekawostki/news-fasola-piekny-jas-uznana-za-produkt-chroniony-unijnym-prawem,nId,383321",
    "accessed": None,
}
SRC_PPR_BRYNDZA = {
    "title": T("ppr.pl: Bryndza w Europie", "ppr.pl: bryndza in Europe"),
    "url": "https://ppr.pl/wiadomosci/aktualnosci/bryndza-w-europie-132394",
    "accessed": None,
}

TOPICS = [
    {
        "slug": T("laki-gorskie-i-wypas-owiec", "mountain-meadows-and-sheep-grazing"),
        "title": T("Łąki górskie i wypas owiec", "Mountain meadows and sheep grazing"),
        "kind": TopicKind.HABITAT,
        "summary": T(
            "Górskie hale i polany są otwarte dzięki wypasowi owiec. Z mleka tych owiec "
            "powstają oscypek i bryndza podhalańska.",
            "Mountain pastures and glades stay open because sheep graze them. The milk of "
            "these sheep makes oscypek and bryndza podhalańska.",
        ),
        "why_it_matters": Rich(
            T(
                "Oscypek (ChNP od 2008 r.) i bryndza podhalańska (ChNP od 2007 r.) powstają "
                "z mleka owcy rasy polska owca górska, a do oscypka można dodać najwyżej 40% "
                "mleka krowiego. Oba sery wyrabia się tylko od maja do września, kiedy owce "
                "pasą się na górskich pastwiskach.",
                "Oscypek (PDO since 2008) and bryndza podhalańska (PDO since 2007) are made "
                "from the milk of the Polish Mountain Sheep; oscypek may contain at most 40% "
                "cow's milk. Both cheeses are made only from May to September, while the sheep "
                "graze the mountain pastures.",
            ),
            T(
                "Tradycyjny wypas zaczyna się od redyku, wiosennego przepędu owiec na górskie "
                "pastwiska. Sezonem w bacówce kieruje baca z pomocnikami, juhasami; trwa on od "
                "maja do października, a sprzedaż serów jest głównym dochodem tego systemu.",
                "Traditional grazing starts with the redyk, the spring drive of the sheep to "
                "the mountain pastures. A baca runs the summer hut with his helpers, the "
                "juhasi; the season lasts from May to October, and selling cheese is the main "
                "income of the whole system.",
            ),
        ),
        "threats": Rich(
            T(
                "Hale i polany, na których nikt już nie wypasa, zarastają: wkraczają na nie "
                "krzewy i drzewa (sukcesja), a górski krajobraz traci swoją wartość.",
                "Pastures and glades that are no longer grazed become overgrown: shrubs and "
                "trees move in (succession) and the mountain landscape loses its value.",
            ),
            T(
                "Gdy znika wypas, znika też źródło mleka do oscypka i bryndzy, a z nim dochód, "
                "który utrzymuje tradycję pasterską.",
                "When grazing stops, so does the milk for oscypek and bryndza, and with it the "
                "income that keeps the shepherding tradition alive.",
            ),
        ),
        "good_practices": Rich(
            Bullets(
                T(
                    "Wypas kulturowy: owce wypasa się celowo, by chronić cenne zbiorowiska "
                    "roślin łąkowych, na przykład na Hali Majerz w Pienińskim Parku Narodowym.",
                    "Cultural grazing: sheep are grazed on purpose to protect valuable meadow "
                    "plant communities, for example on Hala Majerz in the Pieniny National Park.",
                ),
                T(
                    "Wypas ekstensywny na obszarach chronionych zatrzymuje sukcesję i podtrzymuje "
                    "miejscową tradycję.",
                    "Extensive grazing in protected areas halts succession and keeps the local "
                    "tradition alive.",
                ),
                T(
                    "Certyfikowani bacowie, na przykład w Żabnicy w Beskidzie Żywieckim, mają "
                    "unijne certyfikaty na oscypek, redykołkę i bryndzę.",
                    "Certified shepherds, for example in Żabnica in the Żywiec Beskids, hold EU "
                    "certificates for oscypek, redykołka and bryndza.",
                ),
            )
        ),
        "students_can_do": Rich(
            Bullets(
                T(
                    "Kupować oscypek i bryndzę w sezonie, od maja do października, i sprawdzać "
                    "znak ChNP na etykiecie.",
                    "Buy oscypek and bryndza in season, from May to October, and look for the "
                    "PDO mark on the label.",
                ),
                T(
                    "Na wycieczce w góry trzymać się szlaku i nie płoszyć owiec na pastwisku.",
                    "On a mountain trip, keep to the trail and do not disturb grazing sheep.",
                ),
                T(
                    "Porównać zdjęcia tej samej polany sprzed lat i dziś, by zobaczyć, czy "
                    "zarasta.",
                    "Compare old and recent photos of the same glade to see whether it is "
                    "becoming overgrown.",
                ),
            )
        ),
        "products": ["Oscypek", "Bryndza podhalańska", "Redykołka"],
        "sources": [SRC_SWIAT_KARPAT, SRC_MOLIK, SRC_KAWECKA, SRC_INFOR_OSCYPEK, SRC_PPR_BRYNDZA],
    },
    {
        "slug": T("stawy-karpiowe-jako-mokradla", "carp-ponds-as-wetlands"),
        "title": T("Stawy karpiowe jako mokradła", "Carp ponds as wetlands"),
        "kind": TopicKind.HABITAT,
        "summary": T(
            "Ziemne stawy Doliny Karpia dają karpia zatorskiego i schronienie rzadkim ptakom "
            "wodnym.",
            "The earthen ponds of the Carp Valley give Zator carp and shelter rare water birds.",
        ),
        "why_it_matters": Rich(
            T(
                "Karp zatorski (ChNP od 2011 r.) jest hodowany wyłącznie w ziemnych stawach "
                "karpiowych, w dwuletnim cyklu. Żywi się naturalnym pokarmem stawowym, "
                "uzupełnianym tylko zbożem od miejscowych rolników.",
                "Zator carp (PDO since 2011) is raised only in earthen carp ponds, in a "
                "two-year cycle. It feeds on the natural food of the pond, supplemented only "
                "with cereals from local farmers.",
            ),
            T(
                "Stawy koło Zatora buduje się od XIV wieku jako łańcuchy wzdłuż Wisły, Soły "
                "i Skawy, z grawitacyjnym dopływem i odpływem wody. Stowarzyszenie Dolina "
                "Karpia obejmuje 7 gmin, około 310 km².",
                "Ponds around Zator have been built since the 14th century as chains along the "
                "Vistula, Soła and Skawa rivers, with water flowing in and out by gravity. The "
                "Dolina Karpia association covers 7 municipalities, about 310 km².",
            ),
        ),
        "threats": Rich(
            T(
                "Stawy są schronieniem wielu zagrożonych ptaków, takich jak ślepowron, rybitwa "
                "białowąsa oraz rzadkie czaple, perkozy i kaczki; opisuje się je jako "
                "najważniejsze stanowisko wielu zagrożonych gatunków. Jeśli stawy przestaną "
                "być użytkowane, te ptaki stracą swoje siedlisko.",
                "The ponds shelter many endangered birds, such as the night heron, the "
                "whiskered tern and rare herons, grebes and ducks; they are described as the "
                "most important site for many threatened species. If the ponds go out of use, "
                "these birds lose their habitat.",
            ),
        ),
        "good_practices": Rich(
            Bullets(
                T(
                    "Hodowla metodą zatorską: ziemne stawy, dwuletni cykl, naturalny pokarm.",
                    "Rearing by the Zator method: earthen ponds, a two-year cycle, natural food.",
                ),
                T(
                    "Dokarmianie tylko zbożem od miejscowych rolników.",
                    "Supplementary feeding only with cereals from local farmers.",
                ),
            )
        ),
        "students_can_do": Rich(
            Bullets(
                T(
                    "Obserwować ptaki przy stawach z lornetką i z daleka, bez wchodzenia na "
                    "groble w czasie lęgów.",
                    "Watch the birds at the ponds with binoculars and from a distance, without "
                    "walking on the dykes in the breeding season.",
                ),
                T(
                    "Wybierać karpia z oznaczeniem ChNP i pytać, skąd pochodzi ryba.",
                    "Choose carp with the PDO mark and ask where the fish comes from.",
                ),
            )
        ),
        "products": ["Karp zatorski"],
        "sources": [SRC_FARMER_KARP, SRC_PRAWO_KARP, SRC_LGD_KARP],
    },
    {
        "slug": T("pszczoly-i-wrzosowiska", "bees-and-heathland"),
        "title": T("Pszczoły i wrzosowiska", "Bees and heathland"),
        "kind": TopicKind.HABITAT,
        "summary": T(
            "Wrzosowiska Borów Dolnośląskich kwitną w sierpniu, a pszczoły zbierają z nich "
            "nektar na miód wrzosowy.",
            "The heathlands of the Bory Dolnośląskie flower in August, and bees gather their "
            "nectar for heather honey.",
        ),
        "why_it_matters": Rich(
            T(
                "Miód wrzosowy z Borów Dolnośląskich (ChOG od 2008 r.) powstaje z nektaru "
                "wrzosu zwyczajnego. Pyłek wrzosu musi stanowić co najmniej 50% pyłku w miodzie, "
                "często nawet 80%.",
                "Heather honey from the Bory Dolnośląskie (PGI since 2008) is made from the "
                "nectar of common heather. Heather pollen must make up at least 50% of the "
                "pollen in the honey, often as much as 80%.",
            ),
            T(
                "Wrzos kwitnie przez 3–4 tygodnie od początku sierpnia. W Nadleśnictwie "
                "Świętoszów wrzosowiska zajmują około 10 000 ha, czyli 39% jego powierzchni, "
                "a w sezonie zbiera tam nektar około 500 milionów pszczół.",
                "Heather flowers for 3–4 weeks from early August. In the Świętoszów forest "
                "district heathland covers about 10,000 ha, 39% of its area, and about 500 "
                "million bees forage there each season.",
            ),
        ),
        "threats": Rich(
            Bullets(
                T(
                    "Wrzosowisko, którego nic już nie zaburza, zarasta drzewami: tak stało się "
                    "na opuszczonym poligonie Ławszowa. Wrzosowisko potrzebuje czynnej ochrony.",
                    "Heathland that is no longer disturbed becomes overgrown with trees, as "
                    "happened on the abandoned Ławszowa range. Heathland needs active "
                    "management.",
                ),
                T(
                    "W latach suszy wrzos nie zakwitł i zarastał, więc miodu wrzosowego nie "
                    "zebrano.",
                    "In drought years the heather did not flower and became overgrown, so no "
                    "heather honey was harvested.",
                ),
            )
        ),
        "good_practices": Rich(
            Bullets(
                T(
                    "Wrzosowiska Świętoszów–Ławszowa (10 141,6 ha) i Przemków (6663,7 ha) są "
                    "chronione w sieci Natura 2000.",
                    "The Świętoszów–Ławszowa heath (10,141.6 ha) and the Przemków heath "
                    "(6,663.7 ha) are protected as Natura 2000 sites.",
                ),
                T(
                    "Leśnicy i pszczelarze zawierają umowy: pszczelarze bezpłatnie ustawiają "
                    "ule w lesie; w jednym sezonie było ponad 140 umów i około 13 000 uli.",
                    "Foresters and beekeepers make agreements: beekeepers place their hives in "
                    "the forest free of charge; one season saw more than 140 agreements and "
                    "about 13,000 hives.",
                ),
                T(
                    "Czynny poligon utrzymuje wrzosowisko otwarte; obszar jest też ważnym "
                    "siedliskiem wilka.",
                    "The active military range keeps the heath open; the area is also an "
                    "important wolf habitat.",
                ),
            )
        ),
        "students_can_do": Rich(
            Bullets(
                T(
                    "Posadzić w szkolnym ogrodzie rośliny, które kwitną od wiosny do jesieni, "
                    "żeby pszczoły miały pożytek przez cały sezon.",
                    "Plant flowers that bloom from spring to autumn in the school garden, so "
                    "bees find food all season.",
                ),
                T(
                    "Na etykiecie miodu sprawdzać, skąd pochodzi miód i czy ma znak ChOG lub ChNP.",
                    "Check the honey label for where the honey comes from and whether it has a "
                    "PGI or PDO mark.",
                ),
            )
        ),
        "products": ["Miód wrzosowy z Borów Dolnośląskich"],
        "sources": [
            SRC_PAP_WRZOS,
            SRC_LASY_WRZOS,
            SRC_LASY_MIODODAJNE,
            SRC_PASIEKA_2014,
            SRC_PPR_WRZOS,
        ],
    },
    {
        "slug": T("lasy-jodlowe-i-miod-spadziowy", "fir-forests-and-honeydew-honey"),
        "title": T("Lasy jodłowe i miód spadziowy", "Fir forests and honeydew honey"),
        "kind": TopicKind.HABITAT,
        "summary": T(
            "Miód spadziowy powstaje ze spadzi zbieranej przez pszczoły głównie z jodły. Jest "
            "tylko tam, gdzie przetrwały górskie lasy jodłowe.",
            "Honeydew honey is made from honeydew that bees gather mainly from silver fir. "
            "It exists only where fir-dominated mountain forests survive.",
        ),
        "why_it_matters": Rich(
            T(
                "Podkarpacki miód spadziowy (ChNP od 2010 r.) musi zawierać co najmniej 70% "
                "spadzi jodłowej. Pochodzi z 17 nadleśnictw Podkarpacia oraz z Bieszczadzkiego "
                "i Magurskiego Parku Narodowego; wolno w nim używać tylko pszczół ras "
                "środkowoeuropejskiej, kraińskiej i kaukaskiej.",
                "Podkarpacki miód spadziowy (PDO since 2010) must contain at least 70% fir "
                "honeydew. It comes from 17 forest districts of Podkarpacie and from the "
                "Bieszczady and Magura National Parks; only Central European, Carniolan and "
                "Caucasian bees may be used.",
            ),
            T(
                "Miód spadziowy z Beskidu Wyspowego (ChNP od 2020 r.) zawiera co najmniej 95% "
                "spadzi jodłowej; robią go pszczoły kraińskie miejscowej linii Dobra, "
                "przystosowane do lasów jodłowych.",
                "Miód spadziowy z Beskidu Wyspowego (PDO since 2020) contains at least 95% fir "
                "honeydew; it is made by Carniolan bees of the local Dobra line, adapted to "
                "fir forests.",
            ),
        ),
        "threats": Rich(
            T(
                "Bez lasów, w których przeważa jodła, nie ma spadzi jodłowej, a więc nie ma "
                "też tego miodu. Produkt łączy ochronę lasu, także w dwóch parkach narodowych, "
                "z dochodem mieszkańców wsi.",
                "Without forests dominated by fir there is no fir honeydew, and so no honey. "
                "The product links forest protection, including two national parks, with a "
                "rural income.",
            ),
        ),
        "good_practices": Rich(
            Bullets(
                T(
                    "Pszczelarstwo z miejscowymi rasami i liniami pszczół, przystosowanymi do "
                    "lasów jodłowych.",
                    "Beekeeping with local bee breeds and lines adapted to fir forests.",
                ),
                T(
                    "Przy miodzie z Sejneńszczyzny ule muszą stać co najmniej 2 km od pól "
                    "z monokulturą; miód pochodzi z łąk, torfowisk, zarośli i lasów.",
                    "For the Sejny honey, hives must stand at least 2 km from monoculture "
                    "fields; the honey comes from meadows, peat bogs, scrub and forests.",
                ),
            )
        ),
        "students_can_do": Rich(
            Bullets(
                T(
                    "Rozpoznać jodłę po igłach i szyszkach stojących na gałęziach i poszukać "
                    "jej w najbliższym lesie.",
                    "Learn to recognise a fir by its needles and upright cones, and look for "
                    "one in the nearest forest.",
                ),
                T(
                    "Porównać etykiety miodów: nektarowy czy spadziowy, skąd pochodzi, jaki ma "
                    "znak.",
                    "Compare honey labels: nectar or honeydew, where it comes from, which mark "
                    "it carries.",
                ),
            )
        ),
        "products": [
            "Podkarpacki miód spadziowy",
            "Miód spadziowy z Beskidu Wyspowego",
            "Miód z Sejneńszczyzny / Łoździejszczyzny / Seinų / Lazdijų krašto medus",
        ],
        "sources": [SRC_SPADZ_LEX, SRC_SPADZ_POLSKA_SMAKUJE, SRC_BESKID_WYSPOWY, SRC_SEJNY],
    },
    {
        "slug": T("stare-sady-i-lokalne-odmiany", "old-orchards-and-local-varieties"),
        "title": T("Stare sady i lokalne odmiany", "Old orchards and local varieties"),
        "kind": TopicKind.PRACTICE,
        "summary": T(
            "Wiśnia nadwiślanka przetrwała dzięki sadownikom, którzy rozmnażają ją tylko "
            "z odrostów korzeniowych. To przykład lokalnego zasobu genetycznego roślin.",
            "The Vistula cherry survived thanks to growers who propagate it only from root "
            "suckers. It is an example of a local plant genetic resource.",
        ),
        "why_it_matters": Rich(
            T(
                "Wiśnia nadwiślanka (ChNP od 2009 r.) to owoce miejscowej wiśni sokówki "
                "odroślowej, wyselekcjonowanej z wiśni karłowatej (Prunus fruticosa). "
                "Rozmnaża się ją wyłącznie z odrostów korzeniowych, a w okolicy wciąż rosną "
                "dzikie, reliktowe krzewy wiśni karłowatej.",
                "Wiśnia nadwiślanka (PDO since 2009) is the fruit of a local suckering sour "
                "cherry, selected from the steppe cherry (Prunus fruticosa). It is propagated "
                "only by root suckers, and relict wild steppe cherries still grow in the area.",
            ),
            T(
                "Pierwsze nasadzenia powstały w Słupi Nadbrzeżnej na początku XX wieku; owoce "
                "pływały łodziami po Wiśle na trasie Warszawa–Sandomierz.",
                "The first plantings were made at Słupia Nadbrzeżna in the early 20th century; "
                "the fruit travelled by river boat on the Warsaw–Sandomierz route.",
            ),
        ),
        "threats": Rich(
            T(
                "Miejscowy typ wiśni istnieje tylko dlatego, że rolnicy go rozmnażają. Gdyby "
                "przestali, zniknąłby wraz ze starymi sadami, bo rozmnażanie z odrostów "
                "zachowuje właśnie ten lokalny typ.",
                "The local cherry type exists only because farmers keep propagating it. If "
                "they stopped, it would disappear with the old orchards, because propagation "
                "from suckers is what preserves this local type.",
            ),
        ),
        "good_practices": Rich(
            Bullets(
                T(
                    "Rozmnażanie wegetatywne z odrostów korzeniowych, które zachowuje lokalny "
                    "typ wiśni.",
                    "Vegetative propagation from root suckers, which keeps the local cherry type.",
                ),
                T(
                    "Jabłka grójeckie (ChOG od 2011 r.) uprawia się według zasad Integrowanej "
                    "Produkcji (IP) lub GLOBALG.A.P., od sadzenia do pakowania.",
                    "Grójec apples (PGI since 2011) are grown under Integrated Production (IP) "
                    "or GLOBALG.A.P. rules, from planting to packing.",
                ),
            )
        ),
        "students_can_do": Rich(
            Bullets(
                T(
                    "Zapytać w rodzinie lub u sąsiadów o stare drzewa owocowe i ich nazwy, "
                    "i zapisać, skąd pochodzą.",
                    "Ask family or neighbours about old fruit trees and their names, and write "
                    "down where they came from.",
                ),
                T(
                    "Szukać na targu owoców z lokalnych odmian i pytać sprzedawców o ich "
                    "pochodzenie.",
                    "Look for fruit of local varieties at the market and ask the sellers where "
                    "it comes from.",
                ),
            )
        ),
        "products": ["Wiśnia nadwiślanka", "Jabłka grójeckie"],
        "sources": [SRC_NADWISLANKA, SRC_NADWISLANKA_SD, SRC_GROJEC_IP, SRC_GROJEC_PLANTATORZY],
    },
    {
        "slug": T("sezonowosc-i-lokalnosc", "seasonality-and-food-miles"),
        "title": T("Sezonowość i lokalność", "Seasonality and food miles"),
        "kind": TopicKind.PRACTICE,
        "summary": T(
            "Wiele produktów regionalnych ma swój sezon i swoje miejsce: oscypek latem "
            "w górach, miód wrzosowy w sierpniu na wrzosowiskach.",
            "Many regional products have their own season and place: oscypek in summer in "
            "the mountains, heather honey in August on the heathlands.",
        ),
        "why_it_matters": Rich(
            Bullets(
                T(
                    "Oscypek i bryndzę podhalańską wyrabia się tylko od maja do września; "
                    "oscypek sprzedaje się do końca października.",
                    "Oscypek and bryndza podhalańska are made only from May to September; "
                    "oscypek is sold until the end of October.",
                ),
                T(
                    "Miód wrzosowy powstaje, gdy wrzos kwitnie: przez 3–4 tygodnie od początku "
                    "sierpnia.",
                    "Heather honey is made while the heather flowers: for 3–4 weeks from early "
                    "August.",
                ),
                T(
                    "Jabłka grójeckie zawdzięczają mocniejszy rumieniec i kwasowość wyższą o "
                    "około 5% dużym różnicom temperatur między dniem a nocą przed zbiorem.",
                    "Grójec apples owe their stronger blush and about 5% higher acidity to large "
                    "differences between day and night temperatures before the harvest.",
                ),
            ),
            T(
                "Karp zatorski sprzedaje się żywy i świeży, prosto ze stawów Doliny Karpia.",
                "Zator carp is sold live and fresh, straight from the ponds of the Carp Valley.",
            ),
        ),
        "threats": Rich(
            T(
                "Pogoda decyduje o zbiorach: w latach suszy wrzos nie zakwitł i miodu "
                "wrzosowego nie zebrano. Produkt sezonowy nie jest dostępny zawsze i wszędzie.",
                "The weather decides the harvest: in drought years the heather did not flower "
                "and no heather honey was harvested. A seasonal product is not available "
                "always and everywhere.",
            ),
        ),
        "good_practices": Rich(
            Bullets(
                T(
                    "Kupowanie produktów w ich sezonie, od producentów z regionu.",
                    "Buying products in their season, from producers in the region.",
                ),
                T(
                    "Świętowanie zbiorów: w Zakliczynie od 2000 r. odbywa się Święto Fasoli.",
                    "Celebrating the harvest: Zakliczyn has held a Bean Festival since 2000.",
                ),
            )
        ),
        "students_can_do": Rich(
            Bullets(
                T(
                    "Zrobić klasowy kalendarz sezonów produktów z naszego regionu.",
                    "Make a class calendar of the seasons of products from our region.",
                ),
                T(
                    "Sprawdzić na etykietach w domu, skąd pochodzą trzy produkty, i zaznaczyć "
                    "te miejsca na mapie.",
                    "Check the labels at home for where three products come from and mark those "
                    "places on a map.",
                ),
            )
        ),
        "products": ["Oscypek", "Miód wrzosowy z Borów Dolnośląskich", "Jabłka grójeckie"],
        "sources": [
            SRC_INFOR_OSCYPEK,
            SRC_LASY_WRZOS,
            SRC_PPR_WRZOS,
            SRC_GROJEC_PLANTATORZY,
            SRC_FASOLA,
        ],
    },
]


def product_named(name):
    """The register product of this exact name (EU name first), or None if not imported."""
    from origins.models import Product

    return Product.objects.filter(name=name).order_by("-eu_scheme", "pk").first()


def environment_index(home=None):
    home = home or home_page()
    return EnvironmentIndexPage.objects.child_of(home).filter(locale=home.locale).first()


def load(command):
    strings = {}
    home = home_page()
    index = child_page(
        home,
        EnvironmentIndexPage,
        to_polish(INDEX["slug"], strings),
        title=to_polish(INDEX["title"], strings),
        summary=to_polish(INDEX["summary"], strings),
        intro=to_polish(INDEX["intro"], strings),
        show_in_menus=True,
    )
    pages = [index]
    for topic in TOPICS:
        fields = {
            key: to_polish(topic[key], strings)
            for key in (
                "title",
                "summary",
                "why_it_matters",
                "threats",
                "good_practices",
                "students_can_do",
            )
        }
        slug = to_polish(topic["slug"], strings)
        sources = [("sources", to_polish(topic["sources"], strings))]
        page = EnvironmentTopicPage.objects.child_of(index).filter(slug=slug).first()
        if page is None:
            page = child_page(
                index, EnvironmentTopicPage, slug, kind=topic["kind"], sources=sources, **fields
            )
            products = [p for p in map(product_named, topic["products"]) if p is not None]
            if products:
                page.products.set(products)
                page.save_revision().publish()
        pages.append(page)

    for page in pages:
        if page.get_translation_or_none(english()) is None:
            translate(page.specific, "en", strings)
    command.stdout.write(
        f"environment: {len(pages) - 1} topics in "
        f"{EnvironmentTopicPage.objects.filter(locale=polish()).count()} Polish pages"
    )
