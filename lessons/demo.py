"""Demo lessons: three per strand, for different age groups, in Polish with English translations.

Facts about products come only from /work/shared/data (flagship_facts.md,
traditional_products_list.md, the register CSVs); core-curriculum codes from curriculum.md,
which also says what could not be verified (the teacher notes repeat that where it matters).
Each lesson lists its sources. The content is idempotent: a second run changes nothing.
"""

from environment.bilingual import Bullets, Rich, T
from environment.bilingual import polish as to_polish
from environment.demo import (
    SRC_BESKID_WYSPOWY,
    SRC_FARMER_KARP,
    SRC_FASOLA,
    SRC_GROJEC_PLANTATORZY,
    SRC_INFOR_OSCYPEK,
    SRC_KAWECKA,
    SRC_LASY_WRZOS,
    SRC_LGD_KARP,
    SRC_MOLIK,
    SRC_NADWISLANKA,
    SRC_NADWISLANKA_SD,
    SRC_PAP_WRZOS,
    SRC_PASIEKA_2014,
    SRC_PPR_BRYNDZA,
    SRC_PRAWO_KARP,
    SRC_SEJNY,
    SRC_SPADZ_LEX,
    SRC_SPADZ_POLSKA_SMAKUJE,
    SRC_SWIAT_KARPAT,
    environment_index,
    product_named,
)
from korzenie.demo import child_page, english, home_page
from korzenie.translation import translate
from lessons.models import (
    AgeGroup,
    LessonIndexPage,
    LessonPage,
    LessonSubject,
    Subject,
    TeacherResourcesPage,
)
from lessons.quiz import demo as quiz_demo

INDEX = {
    "title": T("Lekcje", "Lessons"),
    "slug": T("lekcje", "lessons"),
    "summary": T(
        "Gotowe lekcje o pochodzeniu produktów regionalnych, tradycyjnych metodach i ochronie "
        "przyrody, dla klas 1–8 i szkół ponadpodstawowych.",
        "Ready-made lessons on where regional products come from, traditional methods and "
        "protecting nature, for grades 1–8 and secondary schools.",
    ),
    "intro": Rich(
        T(
            "Każda lekcja ma cele, ćwiczenia, słowniczek i kartę pracy. Zalogowani nauczyciele "
            "widzą też notatki, klucz odpowiedzi i podział czasu oraz pobierają pakiet lekcji "
            "w PDF.",
            "Every lesson has objectives, activities, key terms and a worksheet. Signed-in "
            "teachers also see notes, the answer key and timing, and download the lesson pack "
            "as a PDF.",
        )
    ),
}
RESOURCES = {
    "title": T("Materiały dla nauczycieli", "Teacher resources"),
    "slug": T("materialy-dla-nauczycieli", "teacher-resources"),
    "summary": T(
        "Pakiety lekcji w PDF (plan lekcji, karta pracy, notatki i klucz odpowiedzi) oraz pliki "
        "do pobrania, z tymi samymi filtrami co lista lekcji.",
        "Lesson packs as PDFs (lesson plan, worksheet, notes and answer key) and files to "
        "download, with the same filters as the lesson list.",
    ),
}

SRC_LPT_CSV = {
    "title": T(
        "Ministerstwo Rolnictwa i Rozwoju Wsi, Lista Produktów Tradycyjnych, stan na 30.07.2024",
        "Ministry of Agriculture and Rural Development, List of Traditional Products, state of "
        "30 July 2024",
    ),
    "url": "https://www.gov.pl/web/rolnictwo/lista-produktow-tradycyjnych12",
    "accessed": None,
}
SRC_LPT_LAW = {
    "title": T(
        "Ustawa z 17 grudnia 2004 r. o rejestracji i ochronie nazw i oznaczeń produktów rolnych "
        "i środków spożywczych oraz o produktach tradycyjnych, art. 47",
        "Act of 17 December 2004 on the registration and protection of names and designations "
        "of agricultural products and foodstuffs and on traditional products, art. 47",
    ),
    "url": "https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/rejestracja-i-ochrona-nazw-i-oznaczen-produktow-rolnych-i-17152283/art-47",
    "accessed": None,
}
SRC_PODR = {
    "title": T(
        "PODR: Lista Produktów Tradycyjnych",
        "PODR advisory centre: the List of Traditional Products",
    ),
    "url": "http://archiwum.podr.pl/doradztwo/lista-produktow-tradycyjnych/",
    "accessed": None,
}
SRC_PIEREKACZEWNIK = {
    "title": T(
        "Produkty tradycyjne: Pierekaczewnik, pierwszy wpis na liście",
        "Traditional products: Pierekaczewnik, the first entry on the list",
    ),
    "url": "http://www.old.produkty-tradycyjne.pl/edc_application/Views/PrintPanel.php?id=98",
    "accessed": None,
}
SRC_DZIENNIK_GROJEC = {
    "title": T(
        "Dziennik.pl: Jabłka grójeckie w rejestrze chronionych oznaczeń geograficznych",
        "Dziennik.pl: Grójec apples in the register of protected geographical indications",
    ),
    "url": "https://gospodarka.dziennik.pl/news/artykuly/359806,jablka-grojeckie-w-rejestrze-chronionych-oznaczen-geograficznych.html",
    "accessed": None,
}
SRC_PPR_FASOLA = {
    "title": T(
        "ppr.pl: Wniosek o unijną ochronę fasoli Piękny Jaś z Doliny Dunajca",
        "ppr.pl: application for EU protection of the Piękny Jaś bean from the Dunajec Valley",
    ),
    "url": "https://ppr.pl/wiadomosci/aktualnosci/wniosek-o-unijna-ochrone-fasoli-piekny-jas-z-doliny-dunajca-149833",
    "accessed": None,
}
SRC_WRP_FASOLA = {
    "title": T(
        "wrp.pl: Piękny Jaś z Doliny Dunajca ze znakiem ChNP",
        "wrp.pl: Piękny Jaś from the Dunajec Valley with the PDO mark",
    ),
    "url": "https://www.wrp.pl/piekny-jas-z-doliny-dunajca-ze-znakiem-chnp/",
    "accessed": None,
}
SRC_GEOGRAFOWIE = {
    "title": T(
        "geografowie.pl: podstawa programowa geografii dla szkoły podstawowej",
        "geografowie.pl: the primary-school geography core curriculum",
    ),
    "url": "https://geografowie.pl/podstawa-programowa-dla-szkoly-podstawowej",
    "accessed": None,
}
SRC_EPRAWNIK = {
    "title": T(
        "e-prawnik.pl: Polski oscypek pod ochroną", "e-prawnik.pl: Polish oscypek protected"
    ),
    "url": "https://e-prawnik.pl/temat/polski-oscypek-pod-ochrona.html",
    "accessed": None,
}
SRC_WARSAW_VOICE = {
    "title": T(
        "Warsaw Voice: o rejestracji oscypka",
        "Warsaw Voice: on the registration of oscypek",
    ),
    "url": "http://www.warsawvoice.pl/WVpage/pages/article.php/23098/article",
    "accessed": None,
}
SRC_IJHARS = {
    "title": T(
        "IJHARS: polskie produkty ChNP, ChOG, GTS",
        "IJHARS: Polish PDO, PGI and TSG products",
    ),
    "url": "http://www.ijhar-s.gov.pl/polskie-produkty-chnpchoggts.html",
    "accessed": None,
}
SRC_TWAROG = {
    "title": T(
        "PFPŻ: Twaróg wędzony na liście produktów chronionych w UE",
        "PFPŻ: Twaróg wędzony on the list of EU-protected products",
    ),
    "url": "https://pfpz.pl/twarog-wedzony-na-liscie-produktow-chronionych-w-ue-21590",
    "accessed": None,
}
SRC_KONTROLA = {
    "title": T(
        "Nowoczesna Farma: kontrole zgodności ze specyfikacją produktów regionalnych",
        "Nowoczesna Farma: checks of regional products against their specifications",
    ),
    "url": "http://nowoczesnafarma.pl/Podsumowanie-kontroli-zgodnosci-ze-specyfikacja-produktow-regionalnych-i-tradycyjnych.html",
    "accessed": None,
}
SRC_POLSKA_SMAKUJE_OSCYPEK = {
    "title": T(
        "Polska smakuje: jak powstaje oscypek",
        "Polska smakuje: how oscypek is made",
    ),
    "url": "https://polskasmakuje.pl/?p=44994",
    "accessed": None,
}
SRC_POLAGRA = {
    "title": T(
        "gospodarz.pl: Oscypek, redykołka, bryndza podhalańska (ChNP)",
        "gospodarz.pl: Oscypek, redykołka and bryndza podhalańska (PDO)",
    ),
    "url": "http://polagra-premiery.gospodarz.pl/aktualnosci/przetworstwo-spozywcze/kupuj-madrze-jedz-smacznie-oscypek-chnp-redykolka-chnp-bryndza-podhalanska-chnp.html",
    "accessed": None,
}
SRC_BIOLOGIA = {
    "title": T(
        "edukacja-domowa.wiki: podstawa programowa biologii (brzmienie z 2017 r.)",
        "edukacja-domowa.wiki: the biology core curriculum (2017 wording)",
    ),
    "url": "https://edukacja-domowa.wiki",
    "accessed": None,
}
SRC_ZPE = {
    "title": T(
        "ZPE: Dlaczego należy chronić przyrodę?",
        "ZPE (Integrated Educational Platform): why should nature be protected?",
    ),
    "url": "https://zpe.gov.pl/a/dlaczego-nalezy-chronic-przyrode/DRatgwFy",
    "accessed": None,
}
SRC_EW = {
    "title": T(
        "edukacja-domowa.wiki: podstawa programowa, edukacja społeczna, klasa 3",
        "edukacja-domowa.wiki: core curriculum, social education, class 3",
    ),
    "url": "https://edukacja-domowa.wiki/Podstawa_programowa_edukacja_spo%C5%82eczna_klasa_3",
    "accessed": None,
}
SRC_PREAMBLE = {
    "title": T(
        "Projekt podstawy programowej 2024 (reprodukcja preambuły)",
        "Draft core curriculum 2024 (reproduction of the preamble)",
    ),
    "url": "https://koperlo.blogspot.com/2024/06/sp-nowa-podstawa-programowa-2024.html",
    "accessed": None,
}

# Core-curriculum requirements (curriculum.md): code, paraphrase.
EW_1_1 = (
    T("EW – edukacja społeczna 1.1", "Early years – social education 1.1"),
    T(
        "Identyfikuje się z grupami, do których należy: rodziną, klasą, społecznością lokalną, "
        "narodem.",
        "Identifies with the groups they belong to: family, class, local community, nation.",
    ),
)
EW_1_7 = (
    T("EW – edukacja społeczna 1.7", "Early years – social education 1.7"),
    T(
        "Opowiada ciekawostki historyczne dotyczące regionu i kraju.",
        "Tells historical curiosities about the region and the country.",
    ),
)
PREAMBLE_1 = (
    T("SP preambuła, cel 1 (projekt 2024)", "Primary preamble, aim 1 (2024 draft)"),
    T(
        "Szacunek dla tradycji i dbanie o środowisko przyrodnicze, w tym klimat, w skali "
        "lokalnej i globalnej.",
        "Respect for tradition and care for the natural environment, climate included, at "
        "local and global scale.",
    ),
)
GEO_I_1 = (
    T("Geografia SP I.1 (kl. V)", "Geography, primary, I.1 (class V)"),
    T(
        "Korzysta z legendy mapy i mierzy odległości w skali mapy.",
        "Uses a map legend and measures distances with the map scale.",
    ),
)
GEO_I_2 = (
    T("Geografia SP I.2 (kl. V)", "Geography, primary, I.2 (class V)"),
    T(
        "Rozpoznaje na mapie składniki krajobrazu Polski.",
        "Recognises the components of Poland's landscape on a map.",
    ),
)
GEO_I_3 = (
    T("Geografia SP I.3 (kl. V)", "Geography, primary, I.3 (class V)"),
    T("Czyta treść mapy Polski.", "Reads the content of a map of Poland."),
)
BIO_MAMMALS = (
    T("Biologia SP II.7.13.e", "Biology, primary, II.7.13.e"),
    T(
        "Wyjaśnia znaczenie ssaków w przyrodzie i dla człowieka.",
        "Explains the importance of mammals in nature and for people.",
    ),
)
BIO_FISH = (
    T("Biologia SP II.7.9.d", "Biology, primary, II.7.9.d"),
    T(
        "Wyjaśnia znaczenie ryb w przyrodzie i dla człowieka.",
        "Explains the importance of fish in nature and for people.",
    ),
)
BIO_BIRDS = (
    T("Biologia SP II.7.12.e", "Biology, primary, II.7.12.e"),
    T(
        "Wyjaśnia znaczenie ptaków w przyrodzie i dla człowieka.",
        "Explains the importance of birds in nature and for people.",
    ),
)
BIO_VII_1 = (
    T("Biologia SP VII.1", "Biology, primary, VII.1"),
    T(
        "Wskazuje żywe i nieożywione elementy ekosystemu i zależności między nimi.",
        "Points out the living and non-living parts of an ecosystem and how they are linked.",
    ),
)
BIO_VIII_2 = (
    T("Biologia SP VIII.2", "Biology, primary, VIII.2"),
    T(
        "Podaje przykłady gospodarczego użytkowania ekosystemów.",
        "Gives examples of the economic use of ecosystems.",
    ),
)
BIO_VIII_3 = (
    T("Biologia SP VIII.3", "Biology, primary, VIII.3"),
    T(
        "Analizuje wpływ człowieka na różnorodność biologiczną.",
        "Analyses human influence on biodiversity.",
    ),
)
BIO_VIII_4 = (
    T("Biologia SP VIII.4", "Biology, primary, VIII.4"),
    T(
        "Uzasadnia konieczność ochrony różnorodności biologicznej.",
        "Argues why biodiversity must be protected.",
    ),
)

BIOLOGY_CODES_NOTE = T(
    "Kody biologii podano w brzmieniu podstawy z 2017 r.; przed publikacją dla klasy sprawdź "
    "je z tekstem z 2024 r. (Dz.U. 2024 poz. 996) lub w ZPE, bo część wymagań mogła zostać "
    "zmieniona.",
    "The biology codes follow the 2017 wording of the core curriculum; before using them with "
    "a class, check them against the 2024 text (Dz.U. 2024 item 996) or on ZPE, because some "
    "requirements may have changed.",
)
SECONDARY_CODES_NOTE = T(
    "Wymagań podstawy programowej dla liceum i technikum (Dz.U. 2024 poz. 1019) związanych "
    "z tym tematem nie udało się zweryfikować, dlatego lekcja nie podaje kodów.",
    "The liceum and technikum core-curriculum requirements (Dz.U. 2024 item 1019) for this "
    "theme could not be verified, so the lesson gives no codes.",
)


def activity(title, minutes, grouping, materials, steps):
    return (
        "activity",
        {
            "title": title,
            "minutes": minutes,
            "grouping": grouping,
            "materials": materials,
            "steps": steps,
        },
    )


def key_terms(*pairs):
    return ("key_terms", {"terms": [{"term": term, "definition": text} for term, text in pairs]})


def discussion(question, *prompts):
    return ("discussion", {"question": question, "prompts": list(prompts)})


def product_card(product_name, note):
    """Resolved at load time to the product's Polish origin story, if the origins app has one."""
    return ("product_card", {"product": product_name, "note": note})


def paragraph(*parts):
    return ("paragraph", Rich(*parts))


LESSONS = [
    # -- Strand: where products come from ------------------------------------------------
    {
        "slug": T("smaki-naszego-regionu", "tastes-of-our-region"),
        "title": T("Smaki naszego regionu", "Tastes of our region"),
        "summary": T(
            "Czym jest Lista Produktów Tradycyjnych i jakie przysmaki pochodzą z naszego "
            "województwa.",
            "What the List of Traditional Products is and which specialities come from our "
            "voivodeship.",
        ),
        "strand": "origins",
        "age_group": AgeGroup.GRADES_1_3,
        "duration": 45,
        "subjects": [Subject.EARLY_YEARS],
        "tags": [
            T("region", "region"),
            T("lista produktów tradycyjnych", "list of traditional products"),
        ],
        "objectives": [
            T(
                "Uczeń podaje nazwę swojego województwa.",
                "The student names their voivodeship.",
            ),
            T(
                "Uczeń wyjaśnia własnymi słowami, czym jest produkt tradycyjny.",
                "The student explains in their own words what a traditional product is.",
            ),
            T(
                "Uczeń wymienia jeden produkt tradycyjny ze swojego regionu.",
                "The student names one traditional product from their region.",
            ),
        ],
        "curriculum": [EW_1_1, EW_1_7],
        "body": [
            (
                "heading",
                T("Lista przysmaków z całej Polski", "A list of specialities from all over Poland"),
            ),
            paragraph(
                T(
                    "Ministerstwo Rolnictwa prowadzi od 2005 roku Listę Produktów "
                    "Tradycyjnych. Trafiają na nią przysmaki, które robi się tradycyjnie od co "
                    "najmniej 25 lat i które są częścią dziedzictwa regionu.",
                    "Since 2005 the Ministry of Agriculture has kept the List of Traditional "
                    "Products. It includes specialities that have been made in the traditional "
                    "way for at least 25 years and that belong to the heritage of their region.",
                ),
                T(
                    "Pierwszym wpisanym produktem był pierekaczewnik, wielowarstwowe ciasto "
                    "Tatarów z Podlasia. W lipcu 2024 roku na liście było 2120 produktów ze "
                    "wszystkich 16 województw.",
                    "The first product entered was pierekaczewnik, a layered pastry of the "
                    "Tatars of Podlasie. In July 2024 the list held 2,120 products from all 16 "
                    "voivodeships.",
                ),
            ),
            activity(
                T("Przysmaki w kategoriach", "Specialities in categories"),
                15,
                T("w grupach po cztery osoby", "in groups of four"),
                [
                    T(
                        "karty z nazwami produktów z naszego województwa",
                        "cards with the names of products from our voivodeship",
                    ),
                    T("trzy koperty z nazwami kategorii", "three envelopes with category names"),
                ],
                [
                    T(
                        "Nauczyciel czyta nazwy produktów z kart.",
                        "The teacher reads the product names on the cards.",
                    ),
                    T(
                        "Grupa wkłada każdą kartę do koperty: miody, wyroby piekarnicze "
                        "i cukiernicze albo produkty mleczne.",
                        "The group puts each card into an envelope: honeys, bakery and "
                        "confectionery, or dairy products.",
                    ),
                    T(
                        "Grupy porównują swoje koperty i wspólnie sprawdzają odpowiedzi.",
                        "The groups compare their envelopes and check the answers together.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("produkt tradycyjny", "traditional product"),
                    T(
                        "Przysmak robiony w tradycyjny sposób od co najmniej 25 lat, ważny dla "
                        "mieszkańców regionu.",
                        "A speciality made in the traditional way for at least 25 years, "
                        "important to the people of a region.",
                    ),
                ),
                (
                    T("województwo", "voivodeship"),
                    T(
                        "Jedna z 16 części, na które dzieli się Polska.",
                        "One of the 16 regions Poland is divided into.",
                    ),
                ),
                (
                    T("Lista Produktów Tradycyjnych", "List of Traditional Products"),
                    T(
                        "Spis przysmaków z całej Polski, który prowadzi Ministerstwo Rolnictwa.",
                        "The list of specialities from all over Poland kept by the Ministry of "
                        "Agriculture.",
                    ),
                ),
            ),
            discussion(
                T(
                    "Jaki przysmak z naszej okolicy znasz i kto go robi?",
                    "Which speciality from our area do you know, and who makes it?",
                ),
                T("Co jecie w domu na święta?", "What do you eat at home on holidays?"),
                T(
                    "Czy ktoś w rodzinie piecze lub robi przetwory?",
                    "Does anyone in your family bake or make preserves?",
                ),
            ),
        ],
        "worksheet": [
            (T("Napisz nazwę swojego województwa.", "Write the name of your voivodeship."), 1),
            (
                T(
                    "Ile lat trzeba robić produkt tradycyjnym sposobem, żeby trafił na listę?",
                    "For how many years must a product be made the traditional way to go on "
                    "the list?",
                ),
                1,
            ),
            (
                T(
                    "Napisz nazwę jednego produktu tradycyjnego z naszego regionu i narysuj go na "
                    "odwrocie kartki.",
                    "Write the name of one traditional product from our region and draw it on "
                    "the back of the sheet.",
                ),
                2,
            ),
        ],
        "teacher_notes": Rich(
            T(
                "Przed lekcją wybierz z katalogu produktów 8–12 produktów z naszego województwa "
                "i przygotuj z nich karty. Lista liczy produkty według województwa, które je "
                "zgłosiło; najwięcej wpisów ma lubelskie (270), najmniej warmińsko-mazurskie "
                "(47), stan na 30 lipca 2024 r.",
                "Before the lesson, pick 8–12 products from our voivodeship in the product "
                "catalogue and make cards of them. The list counts products by the voivodeship "
                "that put them forward; lubelskie has the most entries (270), "
                "warmińsko-mazurskie the fewest (47), as of 30 July 2024.",
            ),
            T(
                "Wpis na listę nie chroni nazwy produktu; to spis informacyjny. Z młodszymi "
                "uczniami wystarczy powiedzieć, że lista pomaga pamiętać o tradycyjnych "
                "przysmakach.",
                "An entry on the list does not protect the product's name; the list is for "
                "information. With young students it is enough to say that the list helps us "
                "remember traditional specialities.",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T("Zadanie 1: nazwa naszego województwa.", "Task 1: the name of our voivodeship."),
                T("Zadanie 2: co najmniej 25 lat.", "Task 2: at least 25 years."),
                T(
                    "Zadanie 3: dowolny produkt z listy dla naszego województwa.",
                    "Task 3: any product on the list for our voivodeship.",
                ),
            )
        ),
        "timing": [
            (
                5,
                T(
                    "Powitanie: jakie znasz przysmaki z naszej okolicy?",
                    "Welcome: which specialities from our area do you know?",
                ),
            ),
            (
                10,
                T(
                    "Opowieść o liście i o pierekaczewniku",
                    "The story of the list and of pierekaczewnik",
                ),
            ),
            (15, T("Ćwiczenie: przysmaki w kategoriach", "Activity: specialities in categories")),
            (15, T("Rozmowa i karta pracy", "Discussion and worksheet")),
        ],
        "topics": [],
        "sources": [SRC_LPT_LAW, SRC_LPT_CSV, SRC_PODR, SRC_PIEREKACZEWNIK, SRC_EW],
    },
    {
        "slug": T("dlaczego-miejsce-ma-znaczenie", "why-place-matters"),
        "title": T(
            "Dlaczego miejsce ma znaczenie: jabłka grójeckie i fasola z Doliny Dunajca",
            "Why place matters: Grójec apples and Dunajec Valley beans",
        ),
        "summary": T(
            "Klimat i gleba nadają produktom cechy, których nie mają gdzie indziej. Szukamy "
            "obszarów pochodzenia na mapie Polski.",
            "Climate and soil give products features they have nowhere else. We find their "
            "areas of origin on the map of Poland.",
        ),
        "strand": "origins",
        "age_group": AgeGroup.GRADES_4_6,
        "duration": 45,
        "subjects": [Subject.GEOGRAPHY, Subject.NATURE],
        "tags": [T("mapa", "map"), T("owoce i warzywa", "fruit and vegetables")],
        "objectives": [
            T(
                "Uczeń wskazuje na mapie Polski obszar pochodzenia jabłek grójeckich i fasoli "
                "z Doliny Dunajca.",
                "The student shows the areas of origin of Grójec apples and Dunajec Valley "
                "beans on the map of Poland.",
            ),
            T(
                "Uczeń mierzy odległość między nimi w skali mapy.",
                "The student measures the distance between them with the map scale.",
            ),
            T(
                "Uczeń wyjaśnia, jak klimat i gleba wpływają na cechy produktu.",
                "The student explains how climate and soil shape a product's features.",
            ),
        ],
        "curriculum": [GEO_I_1, GEO_I_2, GEO_I_3],
        "body": [
            ("heading", T("Jabłka grójeckie", "Grójec apples")),
            paragraph(
                T(
                    "Jabłka grójeckie mają od 2011 roku unijne Chronione Oznaczenie "
                    "Geograficzne (ChOG). Pochodzą z 21 gmin województwa mazowieckiego i 5 gmin "
                    "łódzkiego.",
                    "Grójec apples have had an EU Protected Geographical Indication (PGI) since "
                    "2011. They come from 21 municipalities of mazowieckie and 5 of łódzkie.",
                ),
                T(
                    "Mają mocniejszy rumieniec i kwasowość o około 5% wyższą niż średnia dla "
                    "odmiany. Sprzyjają temu duże różnice temperatur między dniem a nocą przed "
                    "zbiorem i gleby bielicowe. Sady pamiętają czasy królowej Bony, która dostała "
                    "tam ziemię w 1545 roku.",
                    "They have a stronger blush and about 5% more acidity than the average for "
                    "the variety, thanks to large differences between day and night "
                    "temperatures before the harvest and to podzolic soils. The orchards go back "
                    "to Queen Bona, who received land there in 1545.",
                ),
            ),
            product_card(
                "Jabłka grójeckie",
                T(
                    "Przykład produktu, którego cechy zależą od klimatu i gleby.",
                    "An example of a product whose features depend on climate and soil.",
                ),
            ),
            ("heading", T("Fasola z Doliny Dunajca", "Beans from the Dunajec Valley")),
            paragraph(
                T(
                    "Fasola Piękny Jaś z Doliny Dunajca ma Chronioną Nazwę Pochodzenia (ChNP). "
                    "Rośnie w 11 gminach Małopolski, w środkowej i dolnej dolinie Dunajca. To "
                    "jedno z najcieplejszych miejsc w Polsce; poranne mgły wiosną i jesienią "
                    "łagodzą wahania temperatury, a dawne powodzie zostawiły żyzne mady "
                    "rzeczne.",
                    "The Piękny Jaś bean from the Dunajec Valley has a Protected Designation of "
                    "Origin (PDO). It grows in 11 municipalities of Małopolska, in the middle and "
                    "lower Dunajec valley. It is one of the warmest places in Poland; morning "
                    "mists in spring and autumn soften temperature swings, and past floods left "
                    "fertile river silts.",
                ),
                T(
                    "Ziarna są bardzo duże, mają dużo magnezu, słodki smak i cienką skórkę, "
                    "więc szybko się gotują.",
                    "The beans are very large, rich in magnesium, sweet, with a thin skin, so "
                    "they cook quickly.",
                ),
            ),
            activity(
                T("Produkty na mapie", "Products on the map"),
                20,
                T("w parach", "in pairs"),
                [
                    T(
                        "konturowa mapa Polski z podziałem na województwa",
                        "an outline map of Poland with voivodeships",
                    ),
                    T("linijka", "a ruler"),
                    T("kredki w dwóch kolorach", "crayons in two colours"),
                ],
                [
                    T(
                        "Zaznaczcie jednym kolorem województwa mazowieckie i łódzkie, a drugim "
                        "małopolskie. Dopiszcie kolory do legendy mapy.",
                        "Colour mazowieckie and łódzkie in one colour and małopolskie in "
                        "another. Add the colours to the map legend.",
                    ),
                    T(
                        "Zaznaczcie Grójec i Zakliczyn, miasteczko w Dolinie Dunajca.",
                        "Mark Grójec and Zakliczyn, a small town in the Dunajec Valley.",
                    ),
                    T(
                        "Zmierzcie linijką odległość między nimi i przeliczcie ją w skali mapy "
                        "na kilometry.",
                        "Measure the distance between them with the ruler and convert it to "
                        "kilometres with the map scale.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("obszar pochodzenia", "area of origin"),
                    T(
                        "Miejsce, z którego musi pochodzić produkt o chronionej nazwie.",
                        "The place a product with a protected name must come from.",
                    ),
                ),
                (
                    T("ChOG", "PGI"),
                    T(
                        "Chronione Oznaczenie Geograficzne: unijny znak produktu związanego "
                        "z regionem.",
                        "Protected Geographical Indication: the EU mark of a product linked to a "
                        "region.",
                    ),
                ),
                (
                    T("ChNP", "PDO"),
                    T(
                        "Chroniona Nazwa Pochodzenia: unijny znak produktu, który w całości "
                        "powstaje w jednym regionie.",
                        "Protected Designation of Origin: the EU mark of a product made "
                        "entirely in one region.",
                    ),
                ),
                (
                    T("skala mapy", "map scale"),
                    T(
                        "Informacja, ile razy odległość na mapie jest mniejsza niż w terenie.",
                        "How many times smaller a distance on the map is than on the ground.",
                    ),
                ),
            ),
            discussion(
                T(
                    "Czy jabłoń posadzona w innym regionie dałaby takie same jabłka?",
                    "Would an apple tree planted in another region give the same apples?",
                ),
                T(
                    "Co się zmieni: gleba, temperatura, mgły?",
                    "What would change: soil, temperature, mists?",
                ),
            ),
            product_card(
                "Fasola Piękny Jaś z Doliny Dunajca / Fasola z Doliny Dunajca",
                T(
                    "Fasola z jednego z najcieplejszych miejsc w Polsce.",
                    "Beans from one of the warmest places in Poland.",
                ),
            ),
        ],
        "worksheet": [
            (
                T(
                    "W jakich województwach leżą sady jabłek grójeckich?",
                    "In which voivodeships are the Grójec apple orchards?",
                ),
                2,
            ),
            (
                T(
                    "Podaj dwie cechy jabłek grójeckich i dwie przyczyny tych cech.",
                    "Give two features of Grójec apples and two reasons for them.",
                ),
                3,
            ),
            (
                T(
                    "Dlaczego fasola z Doliny Dunajca dobrze tam rośnie? Podaj dwa powody.",
                    "Why do beans grow well in the Dunajec Valley? Give two reasons.",
                ),
                3,
            ),
            (
                T(
                    "Zapisz odległość Grójec–Zakliczyn zmierzoną na mapie i w kilometrach.",
                    "Write down the Grójec–Zakliczyn distance measured on the map and in "
                    "kilometres.",
                ),
                1,
            ),
        ],
        "teacher_notes": Rich(
            T(
                "Zwróć uwagę uczniów, że jabłka grójeckie mają ChOG, a fasola z Doliny Dunajca "
                "ChNP, i zapytaj, czym się te znaki różnią.",
                "Point out that Grójec apples have a PGI and the Dunajec Valley beans a PDO, and "
                "ask the students how the two marks differ.",
            ),
            T(
                "Do ćwiczenia z mapą użyj mapy w skali, którą uczniowie znają z lekcji geografii; "
                "wynik w kilometrach zależy od skali, więc sprawdzaj sposób liczenia, nie "
                "jedną liczbę.",
                "For the map activity use a map with a scale the students know from geography; "
                "the result in kilometres depends on the scale, so check the method rather "
                "than a single number.",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T("Zadanie 1: mazowieckie i łódzkie.", "Task 1: mazowieckie and łódzkie."),
                T(
                    "Zadanie 2: mocniejszy rumieniec i wyższa kwasowość; duże różnice "
                    "temperatur między dniem a nocą przed zbiorem i gleby bielicowe.",
                    "Task 2: a stronger blush and higher acidity; large day–night temperature "
                    "differences before the harvest and podzolic soils.",
                ),
                T(
                    "Zadanie 3: ciepły klimat doliny, poranne mgły łagodzące wahania "
                    "temperatury, żyzne mady rzeczne po powodziach.",
                    "Task 3: the valley's warm climate, morning mists that soften temperature "
                    "swings, fertile river silts left by floods.",
                ),
                T(
                    "Zadanie 4: zależy od skali mapy; oceniamy poprawne przeliczenie.",
                    "Task 4: depends on the map scale; assess the conversion.",
                ),
            )
        ),
        "timing": [
            (
                5,
                T(
                    "Pytanie na start: czy smak zależy od miejsca?",
                    "Opening question: does taste depend on place?",
                ),
            ),
            (
                10,
                T(
                    "Jabłka grójeckie i fasola z Doliny Dunajca",
                    "Grójec apples and Dunajec Valley beans",
                ),
            ),
            (20, T("Ćwiczenie: produkty na mapie", "Activity: products on the map")),
            (10, T("Rozmowa i karta pracy", "Discussion and worksheet")),
        ],
        "topics": ["stare-sady-i-lokalne-odmiany", "sezonowosc-i-lokalnosc"],
        "sources": [
            SRC_GROJEC_PLANTATORZY,
            SRC_DZIENNIK_GROJEC,
            SRC_PPR_FASOLA,
            SRC_WRP_FASOLA,
            SRC_FASOLA,
            SRC_GEOGRAFOWIE,
        ],
    },
    {
        "slug": T("chronione-nazwy-produktow", "protected-product-names"),
        "title": T(
            "Chronione nazwy: ChNP, ChOG, GTS i Lista Produktów Tradycyjnych",
            "Protected names: PDO, PGI, TSG and the List of Traditional Products",
        ),
        "summary": T(
            "Czym różni się unijna ochrona nazwy od wpisu na krajową listę i dlaczego o nazwę "
            "oscypka trzeba było negocjować ze Słowacją.",
            "How EU protection of a name differs from an entry on the national list, and why "
            "the name oscypek had to be negotiated with Slovakia.",
        ),
        "strand": "origins",
        "age_group": AgeGroup.SECONDARY,
        "duration": 90,
        "subjects": [Subject.GEOGRAPHY, Subject.CIVICS],
        "tags": [T("prawo", "law"), T("oscypek", "oscypek")],
        "objectives": [
            T(
                "Uczeń rozróżnia ChNP, ChOG i GTS oraz wpis na Listę Produktów Tradycyjnych.",
                "The student tells PDO, PGI and TSG apart from an entry on the List of "
                "Traditional Products.",
            ),
            T(
                "Uczeń wyjaśnia, kto i jak kontroluje produkty o chronionych nazwach.",
                "The student explains who checks products with protected names, and how.",
            ),
            T(
                "Uczeń analizuje spór o nazwę oscypka jako przykład ochrony dziedzictwa "
                "regionalnego.",
                "The student analyses the dispute over the name oscypek as an example of "
                "protecting regional heritage.",
            ),
        ],
        "curriculum": [],
        "body": [
            ("heading", T("Dwa rodzaje list", "Two kinds of list")),
            paragraph(
                T(
                    "Lista Produktów Tradycyjnych jest krajowym spisem informacyjnym. Wpis "
                    "nie chroni nazwy, nie oznacza kontroli metody wytwarzania i nie daje "
                    "nikomu wyłączności. Produkt musi być wytwarzany tradycyjnymi metodami od "
                    "co najmniej 25 lat; wniosek ocenia marszałek województwa, a wpisu dokonuje "
                    "minister.",
                    "The List of Traditional Products is a national register for information. "
                    "An entry does not protect the name, does not mean the method is checked and "
                    "gives no one exclusive rights. The product must have been made by "
                    "traditional methods for at least 25 years; the voivodeship marshal assesses "
                    "the application and the minister makes the entry.",
                ),
                T(
                    "Chroniona Nazwa Pochodzenia (ChNP), Chronione Oznaczenie Geograficzne "
                    "(ChOG) i Gwarantowana Tradycyjna Specjalność (GTS) to rejestracje unijne: "
                    "nazwa jest chroniona prawem, a zgodność ze specyfikacją sprawdzają "
                    "wojewódzkie inspektoraty IJHARS albo upoważnione jednostki certyfikujące.",
                    "Protected Designation of Origin (PDO), Protected Geographical Indication "
                    "(PGI) and Traditional Speciality Guaranteed (TSG) are EU registrations: the "
                    "name is protected by law, and compliance with the specification is checked "
                    "by the voivodeship inspectorates of IJHARS or by authorised certification "
                    "bodies.",
                ),
            ),
            ("heading", T("Polskie nazwy w rejestrze UE", "Polish names in the EU register")),
            paragraph(
                Bullets(
                    T(
                        "Pierwszą polską nazwą w rejestrze była bryndza podhalańska, wpisana "
                        "11 czerwca 2007 roku.",
                        "The first Polish name in the register was bryndza podhalańska, "
                        "entered on 11 June 2007.",
                    ),
                    T(
                        "Oscypek otrzymał ChNP rozporządzeniem Komisji (WE) nr 127/2008 z 13 "
                        "lutego 2008 roku; trzecią nazwą był miód wrzosowy z Borów "
                        "Dolnośląskich (ChOG, 2008).",
                        "Oscypek received a PDO by Commission Regulation (EC) No 127/2008 of 13 "
                        "February 2008; the third name was heather honey from the Bory "
                        "Dolnośląskie (PGI, 2008).",
                    ),
                    T(
                        "Miód z Sejneńszczyzny / Łoździejszczyzny (ChNP, 2012) był pierwszą "
                        "nazwą wspólną dla dwóch państw: Polski i Litwy.",
                        "Miód z Sejneńszczyzny / Łoździejszczyzny (PDO, 2012) was the first name "
                        "shared by two countries: Poland and Lithuania.",
                    ),
                    T(
                        "Twaróg wędzony (GTS, 6 września 2023 r.) był 46. polską nazwą: 10 ChNP, "
                        "25 ChOG i 11 GTS.",
                        "Twaróg wędzony (TSG, 6 September 2023) was the 46th Polish name: 10 "
                        "PDOs, 25 PGIs and 11 TSGs.",
                    ),
                    T(
                        "Wiele nazw było najpierw na liście krajowej: pierekaczewnik (lista "
                        "w lipcu 2005 r., GTS w 2009 r.) i wiśnia nadwiślanka (lista 6 września "
                        "2006 r., ChNP w 2009 r.).",
                        "Many names were on the national list first: pierekaczewnik (list in "
                        "July 2005, TSG in 2009) and wiśnia nadwiślanka (list on 6 September "
                        "2006, PDO in 2009).",
                    ),
                )
            ),
            activity(
                T("Tabela porównawcza", "Comparison table"),
                25,
                T("w grupach po trzy osoby", "in groups of three"),
                [
                    T("karta pracy z tabelą", "the worksheet with the table"),
                    T("katalog produktów w serwisie", "the product catalogue on this site"),
                ],
                [
                    T(
                        "Uzupełnijcie tabelę: kto prowadzi rejestr, czy nazwa jest chroniona, kto "
                        "kontroluje, jaki jest warunek wpisu.",
                        "Fill in the table: who keeps the register, whether the name is "
                        "protected, who checks, what the condition of entry is.",
                    ),
                    T(
                        "Znajdźcie w katalogu po jednym produkcie z ChNP, ChOG i GTS oraz jeden "
                        "tylko z listy krajowej.",
                        "Find in the catalogue one product each with a PDO, a PGI and a TSG, "
                        "and one only on the national list.",
                    ),
                    T(
                        "Porównajcie wyniki z inną grupą.",
                        "Compare your results with another group.",
                    ),
                ],
            ),
            activity(
                T("Spór o oscypek", "The oscypek dispute"),
                30,
                T("dwie drużyny", "two teams"),
                [T("notatki z przebiegu rejestracji", "notes on the registration story")],
                [
                    T(
                        "Polska złożyła wniosek o rejestrację oscypka w lutym 2005 roku; "
                        "Słowacja zgłosiła sprzeciw z powodu swojego sera Slovenský oštiepok, "
                        "a oba państwa negocjowały.",
                        "Poland applied to register oscypek in February 2005; Slovakia objected "
                        "because of its own Slovenský oštiepok, and the two countries "
                        "negotiated.",
                    ),
                    T(
                        "Jedna drużyna przygotowuje argumenty Polski, druga Słowacji.",
                        "One team prepares Poland's arguments, the other Slovakia's.",
                    ),
                    T(
                        "Drużyny przedstawiają argumenty, a klasa szuka rozwiązania, które "
                        "chroni oba sery.",
                        "The teams present their arguments and the class looks for a solution "
                        "that protects both cheeses.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("GTS", "TSG"),
                    T(
                        "Gwarantowana Tradycyjna Specjalność: chroni tradycyjny skład lub "
                        "metodę, a nie miejsce pochodzenia.",
                        "Traditional Speciality Guaranteed: protects a traditional composition "
                        "or method, not a place of origin.",
                    ),
                ),
                (
                    T("specyfikacja", "specification"),
                    T(
                        "Dokument opisujący, z czego, gdzie i jak wolno wytwarzać produkt "
                        "o chronionej nazwie.",
                        "The document that says from what, where and how a product with a "
                        "protected name may be made.",
                    ),
                ),
                (
                    T("IJHARS", "IJHARS"),
                    T(
                        "Inspekcja Jakości Handlowej Artykułów Rolno-Spożywczych; jej "
                        "inspektoraty kontrolują produkty o chronionych nazwach.",
                        "The Agricultural and Food Quality Inspection; its inspectorates check "
                        "products with protected names.",
                    ),
                ),
            ),
            discussion(
                T(
                    "Czy ochrona nazwy pomaga producentom, czy ich ogranicza?",
                    "Does protecting a name help producers or restrict them?",
                ),
                T(
                    "Kto zyskuje na znaku ChNP: producent, kupujący, region?",
                    "Who gains from a PDO mark: the producer, the buyer, the region?",
                ),
            ),
        ],
        "worksheet": [
            (
                T(
                    "Uzupełnij tabelę: Lista Produktów Tradycyjnych oraz ChNP, ChOG i GTS (kto "
                    "prowadzi, czy chroni nazwę, kto kontroluje).",
                    "Complete the table: the List of Traditional Products and PDO, PGI and TSG "
                    "(who keeps it, whether it protects the name, who checks).",
                ),
                6,
            ),
            (
                T(
                    "Która nazwa była pierwszą polską nazwą w rejestrze UE i kiedy ją wpisano?",
                    "Which was the first Polish name in the EU register, and when was it entered?",
                ),
                2,
            ),
            (
                T(
                    "Dlaczego rejestracja oscypka wymagała negocjacji ze Słowacją?",
                    "Why did registering oscypek require negotiations with Slovakia?",
                ),
                3,
            ),
        ],
        "teacher_notes": Rich(
            T(SECONDARY_CODES_NOTE.pl, SECONDARY_CODES_NOTE.en),
            T(
                "Liczby nazw podaj z datą: 46 nazw to stan po rejestracji twarogu wędzonego "
                "we wrześniu 2023 roku. Dwa polskie oznaczenia napojów spirytusowych należą do "
                "osobnego systemu UE i nie wchodzą w tę liczbę.",
                "Give the counts with their date: 46 names is the state after twaróg wędzony "
                "was registered in September 2023. The two Polish spirit-drink indications "
                "belong to a separate EU scheme and are not part of that count.",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T(
                    "Zadanie 1: lista krajowa: minister rolnictwa, nazwa niechroniona, brak "
                    "kontroli metody; ChNP, ChOG, GTS: Unia Europejska, nazwa chroniona, "
                    "kontrola IJHARS lub jednostki certyfikującej.",
                    "Task 1: national list: the minister of agriculture, name not protected, "
                    "method not checked; PDO, PGI, TSG: the European Union, name protected, "
                    "checked by IJHARS or a certification body.",
                ),
                T(
                    "Zadanie 2: bryndza podhalańska, 11 czerwca 2007 r.",
                    "Task 2: bryndza podhalańska, 11 June 2007.",
                ),
                T(
                    "Zadanie 3: Słowacja zgłosiła sprzeciw z powodu sera Slovenský oštiepok.",
                    "Task 3: Slovakia objected because of its Slovenský oštiepok cheese.",
                ),
            )
        ),
        "timing": [
            (10, T("Wstęp: znaki na etykietach", "Introduction: marks on labels")),
            (
                15,
                T(
                    "Dwa rodzaje list i polskie nazwy w rejestrze UE",
                    "Two kinds of list and Polish names in the EU register",
                ),
            ),
            (25, T("Ćwiczenie: tabela porównawcza", "Activity: comparison table")),
            (30, T("Ćwiczenie: spór o oscypek", "Activity: the oscypek dispute")),
            (10, T("Podsumowanie i karta pracy", "Summary and worksheet")),
        ],
        "topics": [],
        "sources": [
            SRC_LPT_LAW,
            SRC_PODR,
            SRC_IJHARS,
            SRC_EPRAWNIK,
            SRC_WARSAW_VOICE,
            SRC_TWAROG,
            SRC_KONTROLA,
            SRC_SEJNY,
        ],
    },
    # -- Strand: traditional methods -----------------------------------------------------
    {
        "slug": T("jak-baca-robi-oscypek", "how-a-shepherd-makes-oscypek"),
        "title": T("Jak baca robi oscypek", "How a shepherd makes oscypek"),
        "summary": T(
            "Krok po kroku: od mleka owiec do wędzonego sera w bacówce.",
            "Step by step: from sheep's milk to smoked cheese in the shepherd's hut.",
        ),
        "strand": "methods",
        "age_group": AgeGroup.GRADES_4_6,
        "duration": 45,
        "subjects": [Subject.TECHNOLOGY, Subject.BIOLOGY],
        "tags": [T("oscypek", "oscypek"), T("ser", "cheese")],
        "objectives": [
            T(
                "Uczeń opisuje w kolejności etapy wyrobu oscypka.",
                "The student describes the stages of making oscypek in order.",
            ),
            T(
                "Uczeń wyjaśnia, dlaczego oscypek wyrabia się tylko od maja do września.",
                "The student explains why oscypek is made only from May to September.",
            ),
            T(
                "Uczeń podaje znaczenie owiec dla ludzi w górach.",
                "The student explains why sheep matter to people in the mountains.",
            ),
        ],
        "curriculum": [BIO_MAMMALS],
        "body": [
            paragraph(
                T(
                    "Oscypek to wędzony ser z mleka owcy rasy polska owca górska; można dodać "
                    "najwyżej 40% mleka krowiego. Wyrabia się go tylko od maja do września, "
                    "a sprzedaje do końca października. Jeden ser waży 60–80 dag i ma 17–23 cm "
                    "długości.",
                    "Oscypek is a smoked cheese made from the milk of the Polish Mountain "
                    "Sheep; at most 40% cow's milk may be added. It is made only from May to "
                    "September and sold until the end of October. One cheese weighs 60–80 dag "
                    "and is 17–23 cm long.",
                ),
            ),
            product_card(
                "Oscypek",
                T(
                    "Ser z Chronioną Nazwą Pochodzenia od 2008 roku.",
                    "A cheese with a Protected Designation of Origin since 2008.",
                ),
            ),
            ("heading", T("Od mleka do sera", "From milk to cheese")),
            paragraph(
                Bullets(
                    T(
                        "Mleko cedzi się przez lnianą szmatkę do drewnianego naczynia.",
                        "The milk is strained through linen into a wooden bucket.",
                    ),
                    T(
                        "Mleko podgrzewa się w miedzianym kotle nad paleniskiem w bacówce.",
                        "The milk is warmed in a copper vessel over the hearth of the shepherd's hut.",
                    ),
                    T(
                        "Dodaje się klag, czyli podpuszczkę, i mleko się ścina.",
                        "Klag, the rennet, is added and the milk curdles.",
                    ),
                    T(
                        "Skrzep rozbija się drewnianym mieszadłem, odciska i ugniata w kulę, kilka razy parząc.",
                        "The curd is broken with a wooden paddle, pressed and kneaded into a ball, and scalded several times.",
                    ),
                    T(
                        "Ser formuje się w kształt wrzeciona.",
                        "The cheese is shaped into a spindle.",
                    ),
                    T(
                        "Wzory odciska się rzeźbioną drewnianą obręczą, oscypiorką.",
                        "Patterns are pressed in with a carved wooden ring, the oscypiorka.",
                    ),
                    T(
                        "Ser moczy się około doby w solance.",
                        "The cheese soaks in brine for about a day.",
                    ),
                    T(
                        "Ser wędzi się na zimno pod dachem bacówki przez kilka do kilkunastu dni, aż stanie się jasnobrązowy.",
                        "The cheese is cold-smoked under the roof of the hut for several to a dozen days, until it turns light brown.",
                    ),
                    ordered=True,
                )
            ),
            activity(
                T("Ułóż kolejność", "Put it in order"),
                15,
                T("w parach", "in pairs"),
                [
                    T(
                        "osiem pociętych kart z etapami wyrobu oscypka",
                        "eight cut-out cards with the stages of making oscypek",
                    )
                ],
                [
                    T(
                        "Potasujcie karty i połóżcie je na ławce.",
                        "Shuffle the cards and lay them on the desk.",
                    ),
                    T(
                        "Ułóżcie etapy w kolejności, od mleka do wędzenia.",
                        "Put the stages in order, from milk to smoking.",
                    ),
                    T(
                        "Sprawdźcie kolejność z tekstem lekcji i poprawcie błędy.",
                        "Check the order against the lesson text and correct any mistakes.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("baca", "baca"),
                    T(
                        "Gospodarz bacówki, który prowadzi letni wypas owiec.",
                        "The shepherd who runs the summer hut and the grazing.",
                    ),
                ),
                (
                    T("bacówka", "bacówka"),
                    T(
                        "Pasterski szałas w górach, w którym robi się sery.",
                        "The shepherd's hut in the mountains where the cheese is made.",
                    ),
                ),
                (
                    T("klag", "klag"),
                    T("Podpuszczka, która ścina mleko.", "Rennet, which curdles the milk."),
                ),
                (
                    T("oscypiorka", "oscypiorka"),
                    T(
                        "Rzeźbiona drewniana forma, która odciska wzór na serze.",
                        "A carved wooden form that presses a pattern into the cheese.",
                    ),
                ),
                (
                    T("wędzenie na zimno", "cold smoking"),
                    T(
                        "Powolne wędzenie w chłodnym dymie, tu pod dachem bacówki.",
                        "Slow smoking in cool smoke, here under the roof of the hut.",
                    ),
                ),
            ),
            discussion(
                T(
                    "Dlaczego oscypka nie robi się zimą?",
                    "Why is oscypek not made in winter?",
                ),
                T(
                    "Gdzie są owce od maja do października?",
                    "Where are the sheep from May to October?",
                ),
            ),
        ],
        "worksheet": [
            (
                T(
                    "Wypisz w kolejności cztery pierwsze etapy wyrobu oscypka.",
                    "List the first four stages of making oscypek in order.",
                ),
                4,
            ),
            (
                T(
                    "Ile najwięcej mleka krowiego może zawierać oscypek?",
                    "What is the most cow's milk oscypek may contain?",
                ),
                1,
            ),
            (
                T(
                    "W jakich miesiącach wyrabia się oscypek i dlaczego właśnie wtedy?",
                    "In which months is oscypek made, and why then?",
                ),
                2,
            ),
        ],
        "teacher_notes": Rich(
            T(BIOLOGY_CODES_NOTE.pl, BIOLOGY_CODES_NOTE.en),
            T(
                "Karty do ćwiczenia przygotuj z ośmiu punktów listy „Od mleka do sera”. "
                "Uczniowie często mylą ścinanie mleka z gotowaniem: klag ścina mleko, "
                "a podgrzewanie tylko je ogrzewa.",
                "Make the cards for the activity from the eight points of the list \u201cFrom milk to "
                "cheese\u201d. Students often confuse curdling with boiling: klag curdles the "
                "milk, warming only heats it.",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T(
                    "Zadanie 1: cedzenie mleka, podgrzewanie w miedzianym kotle, dodanie klagu, "
                    "rozbijanie i ugniatanie skrzepu.",
                    "Task 1: straining the milk, warming it in a copper vessel, adding klag, "
                    "breaking and kneading the curd.",
                ),
                T("Zadanie 2: najwyżej 40%.", "Task 2: at most 40%."),
                T(
                    "Zadanie 3: od maja do września, kiedy owce pasą się na górskich pastwiskach.",
                    "Task 3: from May to September, while the sheep graze the mountain pastures.",
                ),
            )
        ),
        "timing": [
            (5, T("Co wiesz o oscypku?", "What do you know about oscypek?")),
            (15, T("Od mleka do sera: omówienie etapów", "From milk to cheese: the stages")),
            (15, T("Ćwiczenie: ułóż kolejność", "Activity: put it in order")),
            (10, T("Rozmowa i karta pracy", "Discussion and worksheet")),
        ],
        "topics": ["laki-gorskie-i-wypas-owiec"],
        "sources": [
            SRC_POLSKA_SMAKUJE_OSCYPEK,
            SRC_INFOR_OSCYPEK,
            SRC_POLAGRA,
            SRC_EPRAWNIK,
            SRC_BIOLOGIA,
        ],
    },
    {
        "slug": T("karp-zatorski-w-stawach-ziemnych", "zator-carp-in-earthen-ponds"),
        "title": T(
            "Karp zatorski: hodowla w stawach ziemnych",
            "Zator carp: rearing in earthen ponds",
        ),
        "summary": T(
            "Metoda zatorska: dwuletni cykl, ziemne stawy i naturalny pokarm. Jak człowiek "
            "od 700 lat korzysta z ekosystemu stawu.",
            "The Zator method: a two-year cycle, earthen ponds and natural food. How people "
            "have used the pond ecosystem for 700 years.",
        ),
        "strand": "methods",
        "age_group": AgeGroup.GRADES_7_8,
        "duration": 45,
        "subjects": [Subject.BIOLOGY, Subject.GEOGRAPHY],
        "tags": [T("ryby", "fish"), T("stawy", "ponds")],
        "objectives": [
            T(
                "Uczeń opisuje metodę zatorską hodowli karpia.",
                "The student describes the Zator method of rearing carp.",
            ),
            T(
                "Uczeń podaje przykład gospodarczego użytkowania ekosystemu.",
                "The student gives an example of the economic use of an ecosystem.",
            ),
            T(
                "Uczeń wyjaśnia znaczenie ryb i ptaków stawów dla przyrody i człowieka.",
                "The student explains why the fish and birds of the ponds matter to nature and "
                "to people.",
            ),
        ],
        "curriculum": [BIO_FISH, BIO_BIRDS, BIO_VIII_2],
        "body": [
            paragraph(
                T(
                    "Karp zatorski ma Chronioną Nazwę Pochodzenia od 2011 roku. To mieszaniec "
                    "czystej linii zatorskiej z liniami węgierską, jugosłowiańską, gołyską "
                    "i izraelską (Dor-70). Sprzedaje się go żywego i świeżego; ryba handlowa "
                    "waży 1,1–1,8 kg.",
                    "Zator carp has had a Protected Designation of Origin since 2011. It is a "
                    "hybrid of the pure Zator line with Hungarian, Yugoslav, Golysz and Israeli "
                    "(Dor-70) lines. It is sold live and fresh; a market fish weighs 1.1–1.8 kg.",
                ),
            ),
            product_card(
                "Karp zatorski",
                T(
                    "Karp z Doliny Karpia, hodowany metodą zatorską.",
                    "Carp from the Carp Valley, reared by the Zator method.",
                ),
            ),
            ("heading", T("Metoda zatorska", "The Zator method")),
            paragraph(
                Bullets(
                    T(
                        "Karpie żyją wyłącznie w ziemnych stawach karpiowych.",
                        "The carp live only in earthen carp ponds.",
                    ),
                    T(
                        "Hodowla trwa dwa lata (dwuletni cykl).",
                        "Rearing takes two years (a two-year cycle).",
                    ),
                    T(
                        "Ryby jedzą naturalny pokarm stawowy, uzupełniany tylko zbożem od miejscowych rolników.",
                        "The fish eat the natural food of the pond, supplemented only with cereals from local farmers.",
                    ),
                    T(
                        "Stawy tworzą łańcuchy wzdłuż Wisły, Soły i Skawy; woda dopływa i odpływa grawitacyjnie.",
                        "The ponds form chains along the Vistula, Soła and Skawa; water flows in and out by gravity.",
                    ),
                )
            ),
            paragraph(
                T(
                    "Hodowla karpi w okolicy Zatora sięga XIV wieku, a rozkwit przeżywała "
                    "w XVI wieku. Stawy są też schronieniem zagrożonych ptaków, takich jak "
                    "ślepowron i rybitwa białowąsa.",
                    "Carp farming around Zator goes back to the 14th century and flourished in "
                    "the 16th. The ponds also shelter endangered birds such as the night heron "
                    "and the whiskered tern.",
                ),
            ),
            activity(
                T("Schemat stawu", "A diagram of the pond"),
                20,
                T("w grupach po cztery osoby", "in groups of four"),
                [T("duży arkusz papieru", "a large sheet of paper"), T("flamastry", "markers")],
                [
                    T(
                        "Narysujcie łańcuch trzech stawów przy rzece, z dopływem i odpływem wody.",
                        "Draw a chain of three ponds by a river, with water flowing in and out.",
                    ),
                    T(
                        "Podpiszcie, co człowiek bierze ze stawu (karp) i co do niego daje (zboże, "
                        "opieka nad groblami).",
                        "Label what people take from the pond (carp) and what they put in "
                        "(cereals, care of the dykes).",
                    ),
                    T(
                        "Dorysujcie ptaki, które korzystają ze stawu, i podpiszcie je.",
                        "Add the birds that use the pond and label them.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("staw ziemny", "earthen pond"),
                    T(
                        "Staw wykopany w ziemi, z groblami z ziemi, bez betonowego dna.",
                        "A pond dug in the ground, with earth dykes and no concrete bottom.",
                    ),
                ),
                (
                    T("cykl dwuletni", "two-year cycle"),
                    T(
                        "Czas od narybku do ryby handlowej: dwa sezony.",
                        "The time from young fish to market fish: two seasons.",
                    ),
                ),
                (
                    T("pokarm naturalny", "natural food"),
                    T(
                        "To, co ryby znajdą w stawie, bez paszy z fabryki.",
                        "What the fish find in the pond, without factory feed.",
                    ),
                ),
                (
                    T("ekosystem", "ecosystem"),
                    T(
                        "Organizmy żyjące w danym miejscu razem z jego nieożywionymi elementami.",
                        "The living things of a place together with its non-living parts.",
                    ),
                ),
            ),
            discussion(
                T(
                    "Co stałoby się z ptakami, gdyby stawy przestały być użytkowane?",
                    "What would happen to the birds if the ponds went out of use?",
                ),
            ),
        ],
        "worksheet": [
            (
                T(
                    "Wymień trzy cechy metody zatorskiej.",
                    "Name three features of the Zator method.",
                ),
                3,
            ),
            (
                T(
                    "Podaj dwa gatunki ptaków, dla których stawy są schronieniem.",
                    "Name two bird species that the ponds shelter.",
                ),
                2,
            ),
            (
                T(
                    "Wyjaśnij, dlaczego staw karpiowy jest przykładem gospodarczego użytkowania "
                    "ekosystemu.",
                    "Explain why a carp pond is an example of the economic use of an ecosystem.",
                ),
                3,
            ),
        ],
        "teacher_notes": Rich(
            T(BIOLOGY_CODES_NOTE.pl, BIOLOGY_CODES_NOTE.en),
            T(
                "Dokładny obszar ChNP ze specyfikacji nie został zweryfikowany; stowarzyszenie "
                "Dolina Karpia obejmuje 7 gmin: Osiek, Polanka Wielka, Przeciszów, Zator, "
                "Brzeźnica, Spytkowice i Tomice.",
                "The exact PDO area in the specification was not verified; the Dolina Karpia "
                "association covers 7 municipalities: Osiek, Polanka Wielka, Przeciszów, Zator, "
                "Brzeźnica, Spytkowice and Tomice.",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T(
                    "Zadanie 1: ziemne stawy, dwuletni cykl, naturalny pokarm uzupełniany "
                    "zbożem od miejscowych rolników.",
                    "Task 1: earthen ponds, a two-year cycle, natural food supplemented with "
                    "cereals from local farmers.",
                ),
                T(
                    "Zadanie 2: np. ślepowron, rybitwa białowąsa.",
                    "Task 2: e.g. the night heron, the whiskered tern.",
                ),
                T(
                    "Zadanie 3: człowiek hoduje w stawie ryby na sprzedaż, a staw pozostaje "
                    "siedliskiem ptaków i innych organizmów.",
                    "Task 3: people rear fish in the pond to sell, and the pond remains a "
                    "habitat for birds and other organisms.",
                ),
            )
        ),
        "timing": [
            (5, T("Skąd się bierze karp na stole?", "Where does the carp on the table come from?")),
            (10, T("Metoda zatorska", "The Zator method")),
            (20, T("Ćwiczenie: schemat stawu", "Activity: a diagram of the pond")),
            (10, T("Rozmowa i karta pracy", "Discussion and worksheet")),
        ],
        "topics": ["stawy-karpiowe-jako-mokradla"],
        "sources": [SRC_FARMER_KARP, SRC_PRAWO_KARP, SRC_LGD_KARP, SRC_BIOLOGIA],
    },
    {
        "slug": T("wisnia-nadwislanka-odrosty-korzeniowe", "vistula-cherry-root-suckers"),
        "title": T(
            "Wiśnia nadwiślanka: rozmnażanie z odrostów korzeniowych",
            "The Vistula cherry: propagation from root suckers",
        ),
        "summary": T(
            "Jak sadownicy znad Wisły od ponad stu lat zachowują lokalny typ wiśni, "
            "rozmnażając go wyłącznie wegetatywnie.",
            "How growers along the Vistula have kept a local cherry type for over a century "
            "by propagating it only vegetatively.",
        ),
        "strand": "methods",
        "age_group": AgeGroup.SECONDARY,
        "duration": 45,
        "subjects": [Subject.BIOLOGY],
        "tags": [T("sady", "orchards"), T("owoce i warzywa", "fruit and vegetables")],
        "objectives": [
            T(
                "Uczeń wyjaśnia, czym rozmnażanie wegetatywne różni się od rozmnażania z nasion.",
                "The student explains how vegetative propagation differs from growing from seed.",
            ),
            T(
                "Uczeń uzasadnia, dlaczego rozmnażanie z odrostów zachowuje lokalny typ wiśni.",
                "The student argues why propagation from suckers preserves the local cherry type.",
            ),
            T(
                "Uczeń wskazuje obszar pochodzenia wiśni nadwiślanki w trzech województwach.",
                "The student locates the area of origin of the Vistula cherry in three "
                "voivodeships.",
            ),
        ],
        "curriculum": [],
        "body": [
            paragraph(
                T(
                    "Wiśnia nadwiślanka ma Chronioną Nazwę Pochodzenia od 2009 roku; to "
                    "pierwszy unijny produkt ze Świętokrzyskiego. Rośnie w pasie wzdłuż Wisły "
                    "w województwach mazowieckim, świętokrzyskim i lubelskim, na glebach "
                    "wapiennych lub wapienno-gliniastych.",
                    "Wiśnia nadwiślanka has had a Protected Designation of Origin since 2009; it "
                    "was the first EU product from świętokrzyskie. It grows in a strip along the "
                    "Vistula in mazowieckie, świętokrzyskie and lubelskie, on calcareous or "
                    "calcareous-clay soils.",
                ),
                T(
                    "To owoce miejscowej wiśni sokówki odroślowej, wyselekcjonowanej z wiśni "
                    "karłowatej (Prunus fruticosa). Rozmnaża się ją wyłącznie z odrostów "
                    "korzeniowych, a w okolicy wciąż rosną dzikie, reliktowe krzewy wiśni "
                    "karłowatej.",
                    "It is the fruit of a local suckering sour cherry, selected from the steppe "
                    "cherry (Prunus fruticosa). It is propagated only by root suckers, and "
                    "relict wild steppe cherries still grow in the area.",
                ),
            ),
            product_card(
                "Wiśnia nadwiślanka",
                T(
                    "Lokalny typ wiśni zachowany przez sadowników.",
                    "A local cherry type kept by growers.",
                ),
            ),
            ("heading", T("Historia", "History")),
            paragraph(
                T(
                    "Pierwsze nasadzenia powstały w Słupi Nadbrzeżnej na początku XX wieku, "
                    "stąd dawne nazwy słupianka i słupska. Owoce wożono łodziami po Wiśle na "
                    "trasie Warszawa–Sandomierz. Na Listę Produktów Tradycyjnych wiśnię "
                    "wpisano 6 września 2006 roku.",
                    "The first plantings were made at Słupia Nadbrzeżna in the early 20th "
                    "century, hence the old names słupianka and słupska. The fruit was shipped "
                    "by river boat on the Warsaw–Sandomierz route. The cherry was entered on the "
                    "List of Traditional Products on 6 September 2006.",
                ),
            ),
            activity(
                T("Odrost czy pestka?", "Sucker or stone?"),
                20,
                T("w parach", "in pairs"),
                [T("karta pracy", "the worksheet"), T("podręcznik biologii", "a biology textbook")],
                [
                    T(
                        "Wypiszcie, co dziedziczy roślina wyrosła z odrostu korzeniowego, "
                        "a co siewka wyrosła z pestki.",
                        "Write down what a plant grown from a root sucker inherits, and what a "
                        "seedling grown from a stone inherits.",
                    ),
                    T(
                        "Na tej podstawie wyjaśnijcie, dlaczego specyfikacja dopuszcza tylko "
                        "odrosty korzeniowe.",
                        "On that basis, explain why the specification allows only root suckers.",
                    ),
                    T(
                        "Zaznaczcie na mapie trzy województwa obszaru pochodzenia.",
                        "Mark the three voivodeships of the area of origin on the map.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("odrost korzeniowy", "root sucker"),
                    T(
                        "Nowy pęd wyrastający z korzenia rośliny matecznej.",
                        "A new shoot growing from the root of the parent plant.",
                    ),
                ),
                (
                    T("rozmnażanie wegetatywne", "vegetative propagation"),
                    T(
                        "Rozmnażanie bez nasion, z części rośliny; potomstwo jest takie samo jak roślina mateczna.",
                        "Propagation without seeds, from part of a plant; the offspring is the same as the parent.",
                    ),
                ),
                (
                    T("zasób genetyczny roślin", "plant genetic resource"),
                    T(
                        "Lokalna odmiana lub typ rośliny, który trzeba zachować, bo nie ma go nigdzie indziej.",
                        "A local variety or type of plant that must be kept because it exists nowhere else.",
                    ),
                ),
                (
                    T("relikt", "relict"),
                    T(
                        "Gatunek, który przetrwał w miejscu, gdzie dawniej był pospolity.",
                        "A species that survives in a place where it was once common.",
                    ),
                ),
            ),
            discussion(
                T(
                    "Kto powinien chronić lokalne odmiany roślin: rolnicy, państwo czy kupujący?",
                    "Who should protect local plant varieties: farmers, the state or buyers?",
                ),
            ),
        ],
        "worksheet": [
            (
                T(
                    "Czym różni się rozmnażanie z odrostów od rozmnażania z pestek?",
                    "How does propagation from suckers differ from growing from stones?",
                ),
                3,
            ),
            (
                T(
                    "Z jakiego gatunku wyselekcjonowano wiśnię nadwiślankę?",
                    "From which species was the Vistula cherry selected?",
                ),
                1,
            ),
            (
                T(
                    "Wymień trzy województwa, w których leży obszar pochodzenia.",
                    "Name the three voivodeships of the area of origin.",
                ),
                1,
            ),
        ],
        "teacher_notes": Rich(
            T(SECONDARY_CODES_NOTE.pl, SECONDARY_CODES_NOTE.en),
            T(
                "Określenie wiśni jako lokalnego zasobu genetycznego to interpretacja oparta na "
                "faktach: wyłącznie wegetatywne rozmnażanie zachowuje miejscowy typ. Na Liście "
                "Produktów Tradycyjnych wiśnia sokowa nadwiślanka figuruje pod województwem "
                "śląskim, czego nie potwierdzono; obszar ChNP to mazowieckie, świętokrzyskie "
                "i lubelskie.",
                "Calling the cherry a local genetic resource is an interpretation based on the "
                "facts: propagating it only vegetatively keeps the local type. On the List of "
                "Traditional Products, Wiśnia sokowa nadwiślanka is listed under śląskie, which "
                "was not confirmed; the PDO area is mazowieckie, świętokrzyskie and lubelskie.",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T(
                    "Zadanie 1: roślina z odrostu jest genetycznie taka sama jak mateczna; "
                    "siewka z pestki łączy cechy dwóch roślin rodzicielskich i może się różnić.",
                    "Task 1: a plant from a sucker is genetically the same as its parent; a "
                    "seedling from a stone combines two parents' traits and may differ.",
                ),
                T(
                    "Zadanie 2: wiśnia karłowata, Prunus fruticosa.",
                    "Task 2: the steppe cherry, Prunus fruticosa.",
                ),
                T(
                    "Zadanie 3: mazowieckie, świętokrzyskie, lubelskie.",
                    "Task 3: mazowieckie, świętokrzyskie, lubelskie.",
                ),
            )
        ),
        "timing": [
            (5, T("Zagadka: dlaczego nie sadzi się pestek?", "Puzzle: why not plant the stones?")),
            (10, T("Wiśnia nadwiślanka i jej historia", "The Vistula cherry and its history")),
            (20, T("Ćwiczenie: odrost czy pestka?", "Activity: sucker or stone?")),
            (10, T("Rozmowa i karta pracy", "Discussion and worksheet")),
        ],
        "topics": ["stare-sady-i-lokalne-odmiany"],
        "sources": [SRC_NADWISLANKA, SRC_NADWISLANKA_SD, SRC_LPT_CSV],
    },
    # -- Strand: environment ---------------------------------------------------------------
    {
        "slug": T("pszczoly-na-wrzosowisku", "bees-on-the-heath"),
        "title": T("Pszczoły na wrzosowisku", "Bees on the heath"),
        "summary": T(
            "Skąd się bierze miód wrzosowy i dlaczego pszczelarze jeżdżą z ulami do lasu "
            "w sierpniu.",
            "Where heather honey comes from and why beekeepers take their hives to the forest "
            "in August.",
        ),
        "strand": "environment",
        "age_group": AgeGroup.GRADES_1_3,
        "duration": 45,
        "subjects": [Subject.EARLY_YEARS, Subject.NATURE],
        "tags": [T("miód", "honey"), T("pszczoły", "bees")],
        "objectives": [
            T(
                "Uczeń opowiada, jak powstaje miód: od kwiatu do słoika.",
                "The student tells how honey is made: from flower to jar.",
            ),
            T(
                "Uczeń wie, że wrzos kwitnie w sierpniu, a pszczelarze przywożą wtedy ule.",
                "The student knows that heather flowers in August and beekeepers bring their "
                "hives then.",
            ),
            T(
                "Uczeń podaje jeden sposób pomagania pszczołom.",
                "The student names one way to help bees.",
            ),
        ],
        "curriculum": [PREAMBLE_1],
        "body": [
            paragraph(
                T(
                    "W Borach Dolnośląskich są duże wrzosowiska. Wrzos kwitnie przez 3–4 "
                    "tygodnie od początku sierpnia. Wtedy pszczelarze przywożą tam ule, a "
                    "w sezonie na wrzosowiskach zbiera nektar około 500 milionów pszczół.",
                    "There are large heathlands in the Bory Dolnośląskie forest. Heather flowers "
                    "for 3–4 weeks from early August. Then beekeepers bring their hives, and "
                    "about 500 million bees gather nectar on the heaths each season.",
                ),
                T(
                    "Pszczoły robią z nektaru wrzosu miód wrzosowy. Leśnicy pozwalają "
                    "pszczelarzom ustawiać ule w lesie za darmo.",
                    "The bees make heather honey from heather nectar. The foresters let "
                    "beekeepers place their hives in the forest free of charge.",
                ),
            ),
            product_card(
                "Miód wrzosowy z Borów Dolnośląskich",
                T("Miód z nektaru wrzosu.", "Honey from heather nectar."),
            ),
            activity(
                T("Droga miodu", "The journey of honey"),
                15,
                T("cała klasa, potem w parach", "the whole class, then in pairs"),
                [
                    T(
                        "cztery obrazki: kwitnący wrzos, pszczoła, ul, słoik miodu",
                        "four pictures: flowering heather, a bee, a hive, a jar of honey",
                    ),
                    T("kredki", "crayons"),
                ],
                [
                    T(
                        "Nauczyciel pokazuje cztery obrazki w przypadkowej kolejności.",
                        "The teacher shows the four pictures in random order.",
                    ),
                    T(
                        "Pary układają obrazki od kwiatu do słoika.",
                        "The pairs put the pictures in order from flower to jar.",
                    ),
                    T(
                        "Każda para opowiada drogę miodu jednym zdaniem do każdego obrazka.",
                        "Each pair tells the journey of honey with one sentence per picture.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("nektar", "nectar"),
                    T(
                        "Słodki sok z kwiatów, z którego pszczoły robią miód.",
                        "The sweet juice of flowers that bees make honey from.",
                    ),
                ),
                (
                    T("ul", "hive"),
                    T(
                        "Domek pszczół, który stawia pszczelarz.",
                        "The bees' house, set up by a beekeeper.",
                    ),
                ),
                (
                    T("pszczelarz", "beekeeper"),
                    T("Osoba, która opiekuje się pszczołami.", "A person who looks after bees."),
                ),
                (
                    T("wrzosowisko", "heathland"),
                    T("Otwarty teren porośnięty wrzosem.", "Open land covered with heather."),
                ),
            ),
            discussion(
                T(
                    "Co by się stało, gdyby wrzos nie zakwitł?",
                    "What would happen if the heather did not flower?",
                ),
                T("Czy pszczoły znalazłyby nektar?", "Would the bees find nectar?"),
            ),
        ],
        "worksheet": [
            (T("W którym miesiącu kwitnie wrzos?", "In which month does heather flower?"), 1),
            (T("Z czego pszczoły robią miód?", "What do bees make honey from?"), 1),
            (
                T(
                    "Narysuj drogę miodu: kwiat, pszczoła, ul, słoik.",
                    "Draw the journey of honey: flower, bee, hive, jar.",
                ),
                4,
            ),
        ],
        "teacher_notes": Rich(
            T(
                "Wymagań edukacji przyrodniczej klas 1–3 nie udało się zweryfikować w źródle, "
                "dlatego lekcja odwołuje się do celu ogólnego z preambuły (projekt 2024). "
                "Klasa 1 realizuje w roku 2026/27 nową podstawę, której tekstu nie "
                "sprawdzono.",
                "The grades 1–3 nature-education requirements could not be verified in a "
                "source, so the lesson refers to the general aim of the preamble (2024 draft). "
                "In 2026/27 class 1 follows the new core curriculum, whose text was not "
                "checked.",
            ),
            T(
                "Dla ciekawych: w latach suszy wrzos nie zakwitł i miodu wrzosowego nie było. "
                "To dobry punkt wyjścia do rozmowy.",
                "For curious students: in drought years the heather did not flower and there was "
                "no heather honey. A good starting point for the discussion.",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T("Zadanie 1: w sierpniu.", "Task 1: in August."),
                T(
                    "Zadanie 2: z nektaru kwiatów wrzosu.",
                    "Task 2: from the nectar of heather flowers.",
                ),
                T("Zadanie 3: kwiat, pszczoła, ul, słoik.", "Task 3: flower, bee, hive, jar."),
            )
        ),
        "timing": [
            (5, T("Zagadka o pszczole", "A riddle about a bee")),
            (10, T("Opowieść o wrzosowisku", "The story of the heathland")),
            (15, T("Ćwiczenie: droga miodu", "Activity: the journey of honey")),
            (15, T("Rozmowa i karta pracy", "Discussion and worksheet")),
        ],
        "topics": ["pszczoly-i-wrzosowiska"],
        "sources": [SRC_PAP_WRZOS, SRC_LASY_WRZOS, SRC_PASIEKA_2014, SRC_PREAMBLE],
    },
    {
        "slug": T("wypas-kulturowy", "cultural-grazing"),
        "title": T(
            "Wypas kulturowy: owce, które chronią łąki",
            "Cultural grazing: sheep that protect meadows",
        ),
        "summary": T(
            "Dlaczego górskie hale zarastają, gdy znika wypas, i jak owce pomagają chronić "
            "różnorodność biologiczną.",
            "Why mountain pastures become overgrown when grazing stops, and how sheep help "
            "protect biodiversity.",
        ),
        "strand": "environment",
        "age_group": AgeGroup.GRADES_7_8,
        "duration": 90,
        "subjects": [Subject.BIOLOGY, Subject.GEOGRAPHY],
        "tags": [
            T("owce", "sheep"),
            T("oscypek", "oscypek"),
            T("różnorodność biologiczna", "biodiversity"),
        ],
        "objectives": [
            T(
                "Uczeń wskazuje żywe i nieożywione elementy ekosystemu górskiej hali.",
                "The student points out the living and non-living parts of a mountain pasture "
                "ecosystem.",
            ),
            T(
                "Uczeń wyjaśnia, czym jest sukcesja i dlaczego hale bez wypasu zarastają.",
                "The student explains what succession is and why pastures without grazing "
                "become overgrown.",
            ),
            T(
                "Uczeń uzasadnia, dlaczego wypas kulturowy chroni różnorodność biologiczną "
                "i tradycję.",
                "The student argues why cultural grazing protects biodiversity and tradition.",
            ),
        ],
        "curriculum": [BIO_VII_1, BIO_VIII_2, BIO_VIII_3, BIO_VIII_4],
        "body": [
            ("heading", T("Sezon na hali", "A season on the pasture")),
            paragraph(
                T(
                    "Tradycyjny wypas zaczyna się od redyku, wiosennego przepędu owiec na "
                    "górskie pastwiska. Sezonem w bacówce kieruje baca z juhasami; trwa od maja "
                    "do października, a sprzedaż serów jest głównym dochodem tego systemu.",
                    "Traditional grazing starts with the redyk, the spring drive of sheep to the "
                    "mountain pastures. The baca runs the hut with the juhasi; the season lasts "
                    "from May to October, and selling cheese is the main income of the system.",
                ),
            ),
            ("heading", T("Co się dzieje bez owiec", "What happens without sheep")),
            paragraph(
                T(
                    "Hale i polany, na których nikt nie wypasa, zarastają krzewami i drzewami. "
                    "To sukcesja. Górski krajobraz traci wtedy swoją wartość, a cenne zbiorowiska "
                    "roślin łąkowych znikają.",
                    "Pastures and glades that no one grazes become overgrown with shrubs and "
                    "trees. This is succession. The mountain landscape then loses its value, "
                    "and valuable meadow plant communities disappear.",
                ),
                T(
                    "Dlatego w Pienińskim Parku Narodowym, na przykład na Hali Majerz, owce "
                    "wypasa się celowo. Taki wypas kulturowy zatrzymuje sukcesję i podtrzymuje "
                    "miejscową tradycję.",
                    "That is why in the Pieniny National Park, for example on Hala Majerz, sheep "
                    "are grazed on purpose. Such cultural grazing halts succession and keeps "
                    "the local tradition alive.",
                ),
            ),
            product_card(
                "Oscypek",
                T(
                    "Ser, który istnieje dzięki wypasowi owiec na halach.",
                    "A cheese that exists thanks to sheep grazing on the pastures.",
                ),
            ),
            activity(
                T("Elementy ekosystemu hali", "Parts of the pasture ecosystem"),
                25,
                T("w grupach po cztery osoby", "in groups of four"),
                [T("arkusz papieru", "a sheet of paper"), T("flamastry", "markers")],
                [
                    T(
                        "Wypiszcie żywe (np. rośliny łąkowe, owce) i nieożywione (np. gleba, "
                        "woda, światło) elementy ekosystemu hali.",
                        "List the living (e.g. meadow plants, sheep) and non-living (e.g. soil, "
                        "water, light) parts of the pasture ecosystem.",
                    ),
                    T(
                        "Połączcie strzałkami elementy, które od siebie zależą.",
                        "Draw arrows between the parts that depend on each other.",
                    ),
                    T(
                        "Zaznaczcie, co zmieni się, gdy owce znikną.",
                        "Mark what will change when the sheep disappear.",
                    ),
                ],
            ),
            activity(
                T("Łańcuch przyczyn i skutków", "A chain of causes and effects"),
                25,
                T("w parach", "in pairs"),
                [T("karta pracy", "the worksheet")],
                [
                    T(
                        "Zapiszcie łańcuch: koniec wypasu, sukcesja, utrata łąk, brak mleka, "
                        "brak oscypka i bryndzy.",
                        "Write the chain: grazing ends, succession, meadows lost, no milk, no "
                        "oscypek or bryndza.",
                    ),
                    T(
                        "Dopiszcie, w którym miejscu łańcucha może pomóc wypas kulturowy.",
                        "Add where in the chain cultural grazing can help.",
                    ),
                    T(
                        "Przedstawcie łańcuch innej parze i porównajcie.",
                        "Present your chain to another pair and compare.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("sukcesja", "succession"),
                    T(
                        "Stopniowe zarastanie terenu przez kolejne zbiorowiska roślin, aż do lasu.",
                        "The gradual overgrowing of land by successive plant communities, up to forest.",
                    ),
                ),
                (
                    T("wypas kulturowy", "cultural grazing"),
                    T(
                        "Tradycyjny wypas prowadzony celowo, by chronić przyrodę i krajobraz.",
                        "Traditional grazing carried out on purpose to protect nature and landscape.",
                    ),
                ),
                (
                    T("redyk", "redyk"),
                    T(
                        "Wiosenny przepęd owiec na górskie pastwiska.",
                        "The spring drive of sheep to the mountain pastures.",
                    ),
                ),
                (
                    T("różnorodność biologiczna", "biodiversity"),
                    T(
                        "Bogactwo gatunków, genów i ekosystemów.",
                        "The variety of species, genes and ecosystems.",
                    ),
                ),
            ),
            discussion(
                T(
                    "Czy park narodowy powinien płacić za wypas owiec?",
                    "Should a national park pay for sheep grazing?",
                ),
                T(
                    "Kto zyskuje: przyroda, baca, turyści?",
                    "Who gains: nature, the shepherd, tourists?",
                ),
            ),
        ],
        "worksheet": [
            (
                T(
                    "Wypisz trzy żywe i trzy nieożywione elementy ekosystemu hali.",
                    "List three living and three non-living parts of the pasture ecosystem.",
                ),
                3,
            ),
            (T("Wyjaśnij, czym jest sukcesja.", "Explain what succession is."), 2),
            (
                T(
                    "Podaj dwa argumenty za wypasem kulturowym.",
                    "Give two arguments for cultural grazing.",
                ),
                3,
            ),
            (
                T(
                    "W jakich miesiącach trwa sezon wypasu?",
                    "In which months does the grazing season last?",
                ),
                1,
            ),
        ],
        "teacher_notes": Rich(
            T(BIOLOGY_CODES_NOTE.pl, BIOLOGY_CODES_NOTE.en),
            T(
                "Przykłady elementów nieożywionych (gleba, woda, światło) to wiedza ogólna "
                "z biologii, nie fakty o konkretnej hali. Lekcję można połączyć z wycieczką: "
                "certyfikowani bacowie działają np. w Żabnicy w Beskidzie Żywieckim.",
                "The examples of non-living parts (soil, water, light) are general biology, not "
                "facts about a particular pasture. The lesson can be combined with a trip: "
                "certified shepherds work, for example, in Żabnica in the Żywiec Beskids.",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T(
                    "Zadanie 1: np. rośliny łąkowe, owce, krzewy; gleba, woda, światło.",
                    "Task 1: e.g. meadow plants, sheep, shrubs; soil, water, light.",
                ),
                T(
                    "Zadanie 2: stopniowe zarastanie terenu krzewami i drzewami, gdy ustaje wypas.",
                    "Task 2: the gradual overgrowing of land with shrubs and trees when grazing "
                    "stops.",
                ),
                T(
                    "Zadanie 3: np. zatrzymuje sukcesję, chroni zbiorowiska roślin łąkowych, "
                    "podtrzymuje tradycję i dochód z serów.",
                    "Task 3: e.g. it halts succession, protects meadow plant communities, keeps "
                    "the tradition and the cheese income alive.",
                ),
                T("Zadanie 4: od maja do października.", "Task 4: from May to October."),
            )
        ),
        "timing": [
            (10, T("Zdjęcia hali dawniej i dziś", "Photos of a pasture then and now")),
            (15, T("Sezon na hali i sukcesja", "A season on the pasture and succession")),
            (
                25,
                T(
                    "Ćwiczenie: elementy ekosystemu hali",
                    "Activity: parts of the pasture ecosystem",
                ),
            ),
            (
                25,
                T(
                    "Ćwiczenie: łańcuch przyczyn i skutków",
                    "Activity: a chain of causes and effects",
                ),
            ),
            (15, T("Debata i karta pracy", "Debate and worksheet")),
        ],
        "topics": ["laki-gorskie-i-wypas-owiec"],
        "sources": [
            SRC_SWIAT_KARPAT,
            SRC_MOLIK,
            SRC_KAWECKA,
            SRC_PPR_BRYNDZA,
            SRC_ZPE,
            SRC_BIOLOGIA,
        ],
    },
    {
        "slug": T("lasy-jodlowe-i-miod-spadziowy", "fir-forests-and-honeydew-honey"),
        "title": T(
            "Lasy jodłowe i miód spadziowy: przyroda jako warunek produktu",
            "Fir forests and honeydew honey: nature as a condition of a product",
        ),
        "summary": T(
            "Analiza specyfikacji trzech miodów z Chronioną Nazwą Pochodzenia: co mówią "
            "o lesie, pszczołach i krajobrazie.",
            "An analysis of the specifications of three honeys with a Protected Designation of "
            "Origin: what they say about forest, bees and landscape.",
        ),
        "strand": "environment",
        "age_group": AgeGroup.SECONDARY,
        "duration": 90,
        "subjects": [Subject.BIOLOGY, Subject.GEOGRAPHY],
        "tags": [
            T("miód", "honey"),
            T("las", "forest"),
            T("różnorodność biologiczna", "biodiversity"),
        ],
        "objectives": [
            T(
                "Uczeń odczytuje ze specyfikacji wymagania przyrodnicze produktu.",
                "The student reads a product's environmental requirements from its specification.",
            ),
            T(
                "Uczeń wyjaśnia zależność między ochroną lasów jodłowych a miodem spadziowym.",
                "The student explains the link between protecting fir forests and honeydew honey.",
            ),
            T(
                "Uczeń proponuje działania chroniące siedlisko produktu.",
                "The student proposes actions that protect a product's habitat.",
            ),
        ],
        "curriculum": [],
        "body": [
            paragraph(
                T(
                    "Miód spadziowy powstaje ze spadzi, którą pszczoły zbierają głównie "
                    "z jodły pospolitej. Taki produkt istnieje tylko tam, gdzie przetrwały "
                    "górskie lasy z przewagą jodły.",
                    "Honeydew honey is made from honeydew that bees gather mainly from silver "
                    "fir. Such a product exists only where mountain forests dominated by fir "
                    "survive.",
                ),
            ),
            product_card(
                "Podkarpacki miód spadziowy",
                T(
                    "Pierwszy produkt z Podkarpacia w unijnym systemie (ChNP, 2010).",
                    "The first product from Podkarpacie in the EU scheme (PDO, 2010).",
                ),
            ),
            ("heading", T("Trzy miody, trzy specyfikacje", "Three honeys, three specifications")),
            paragraph(
                Bullets(
                    T(
                        "Podkarpacki miód spadziowy (ChNP, 2010): co najmniej 70% spadzi "
                        "jodłowej; 17 nadleśnictw Podkarpacia oraz Bieszczadzki i Magurski Park "
                        "Narodowy; tylko pszczoły ras środkowoeuropejskiej, kraińskiej "
                        "i kaukaskiej.",
                        "Podkarpacki miód spadziowy (PDO, 2010): at least 70% fir honeydew; 17 "
                        "forest districts of Podkarpacie and the Bieszczady and Magura National "
                        "Parks; only Central European, Carniolan and Caucasian bees.",
                    ),
                    T(
                        "Miód spadziowy z Beskidu Wyspowego (ChNP, 2020): co najmniej 95% spadzi "
                        "jodłowej; pszczoły kraińskie miejscowej linii Dobra; powiaty "
                        "limanowski i myślenicki.",
                        "Miód spadziowy z Beskidu Wyspowego (PDO, 2020): at least 95% fir "
                        "honeydew; Carniolan bees of the local Dobra line; the Limanowa and "
                        "Myślenice districts.",
                    ),
                    T(
                        "Miód z Sejneńszczyzny / Łoździejszczyzny (ChNP, 2012): miód "
                        "wielokwiatowy z łąk, torfowisk, zarośli i lasów; ule co najmniej 2 km "
                        "od pól z monokulturą.",
                        "Miód z Sejneńszczyzny / Łoździejszczyzny (PDO, 2012): multifloral "
                        "honey from meadows, peat bogs, scrub and forests; hives at least 2 km "
                        "from monoculture fields.",
                    ),
                )
            ),
            activity(
                T("Czytamy specyfikacje", "Reading the specifications"),
                30,
                T(
                    "w grupach po trzy osoby, każda grupa jeden miód",
                    "in groups of three, one honey per group",
                ),
                [
                    T(
                        "wydruk fragmentów specyfikacji z listy źródeł",
                        "printed extracts of the specifications in the sources list",
                    )
                ],
                [
                    T(
                        "Wypiszcie wszystkie wymagania, które dotyczą przyrody: rośliny, "
                        "pszczoły, obszar, odległości.",
                        "List every requirement that concerns nature: plants, bees, area, "
                        "distances.",
                    ),
                    T(
                        "Dla każdego wymagania zapiszcie, co by się stało z miodem, gdyby "
                        "zniknął ten element przyrody.",
                        "For each requirement, write down what would happen to the honey if "
                        "that part of nature disappeared.",
                    ),
                    T(
                        "Przedstawcie wyniki klasie na jednym plakacie.",
                        "Present your results to the class on one poster.",
                    ),
                ],
            ),
            activity(
                T("Plan ochrony", "A protection plan"),
                30,
                T("te same grupy", "the same groups"),
                [T("plakaty z poprzedniego ćwiczenia", "the posters from the previous activity")],
                [
                    T(
                        "Zaproponujcie trzy działania, które chronią siedlisko waszego miodu.",
                        "Propose three actions that protect your honey's habitat.",
                    ),
                    T(
                        "Wskażcie, kto może je podjąć: leśnicy, pszczelarze, rolnicy, kupujący.",
                        "Say who can take them: foresters, beekeepers, farmers, buyers.",
                    ),
                ],
            ),
            key_terms(
                (
                    T("spadź", "honeydew"),
                    T(
                        "Słodka wydzielina zbierana przez pszczoły z drzew, tu głównie z jodły.",
                        "A sweet secretion that bees gather from trees, here mainly from fir.",
                    ),
                ),
                (
                    T("jodła pospolita", "silver fir"),
                    T(
                        "Drzewo iglaste (Abies alba), źródło spadzi jodłowej.",
                        "A conifer (Abies alba), the source of fir honeydew.",
                    ),
                ),
                (
                    T("monokultura", "monoculture"),
                    T(
                        "Uprawa jednego gatunku rośliny na dużym obszarze.",
                        "Growing a single plant species over a large area.",
                    ),
                ),
                (
                    T("linia pszczół", "bee line"),
                    T(
                        "Miejscowa grupa pszczół danej rasy, przystosowana do swojego środowiska.",
                        "A local group of bees of one breed, adapted to its environment.",
                    ),
                ),
            ),
            discussion(
                T(
                    "Czy wymagania specyfikacji chronią przyrodę, czy tylko produkt?",
                    "Do specification requirements protect nature, or only the product?",
                ),
            ),
        ],
        "worksheet": [
            (
                T(
                    "Ile co najmniej spadzi jodłowej musi zawierać podkarpacki miód spadziowy?",
                    "What is the minimum share of fir honeydew in Podkarpacki miód spadziowy?",
                ),
                1,
            ),
            (
                T(
                    "Jaka odległość od pól z monokulturą obowiązuje ule przy miodzie z Sejneńszczyzny?",
                    "What distance from monoculture fields applies to hives for the Sejny honey?",
                ),
                1,
            ),
            (
                T(
                    "Wyjaśnij, dlaczego miód spadziowy zależy od ochrony lasów jodłowych.",
                    "Explain why honeydew honey depends on protecting fir forests.",
                ),
                4,
            ),
            (
                T(
                    "Zaproponuj jedno działanie chroniące siedlisko miodu i wskaż, kto je podejmie.",
                    "Propose one action that protects a honey's habitat and say who will take it.",
                ),
                3,
            ),
        ],
        "teacher_notes": Rich(
            T(SECONDARY_CODES_NOTE.pl, SECONDARY_CODES_NOTE.en),
            T(
                "Miód z Sejneńszczyzny jest miodem nektarowym, nie spadziowym; w lekcji służy "
                "jako porównanie, jak specyfikacja chroni krajobraz (odległość od monokultur).",
                "The Sejny honey is a nectar honey, not a honeydew honey; the lesson uses it as "
                "a comparison of how a specification protects the landscape (distance from "
                "monocultures).",
            ),
        ),
        "answer_key": Rich(
            Bullets(
                T("Zadanie 1: co najmniej 70%.", "Task 1: at least 70%."),
                T("Zadanie 2: co najmniej 2 km.", "Task 2: at least 2 km."),
                T(
                    "Zadanie 3: pszczoły zbierają spadź głównie z jodły; bez lasów z przewagą "
                    "jodły nie ma spadzi ani miodu.",
                    "Task 3: the bees gather honeydew mainly from fir; without fir-dominated "
                    "forests there is no honeydew and no honey.",
                ),
                T(
                    "Zadanie 4: odpowiedź otwarta, oceniamy związek działania z wymaganiem "
                    "specyfikacji.",
                    "Task 4: open answer; assess how the action relates to a requirement of the "
                    "specification.",
                ),
            )
        ),
        "timing": [
            (10, T("Wstęp: nektar a spadź", "Introduction: nectar and honeydew")),
            (10, T("Trzy miody, trzy specyfikacje", "Three honeys, three specifications")),
            (30, T("Ćwiczenie: czytamy specyfikacje", "Activity: reading the specifications")),
            (30, T("Ćwiczenie: plan ochrony", "Activity: a protection plan")),
            (10, T("Podsumowanie i karta pracy", "Summary and worksheet")),
        ],
        "topics": ["lasy-jodlowe-i-miod-spadziowy"],
        "sources": [SRC_SPADZ_LEX, SRC_SPADZ_POLSKA_SMAKUJE, SRC_BESKID_WYSPOWY, SRC_SEJNY],
    },
]


def lesson_index(home=None):
    home = home or home_page()
    return LessonIndexPage.objects.child_of(home).filter(locale=home.locale).first()


def story_for(product_name):
    """The Polish origin story of a register product, when the origins app has written one."""
    from origins.models import OriginStoryPage

    product = product_named(product_name)
    if product is None:
        return None
    return (
        OriginStoryPage.objects.live()
        .filter(product=product, locale=home_page().locale)
        .order_by("path")
        .first()
    )


def body_value(blocks, strings):
    value = []
    for block_type, block_value in blocks:
        if block_type == "product_card":
            story = story_for(block_value["product"])
            if story is None:
                continue
            block_value = {"story": story, "note": block_value["note"]}
        value.append((block_type, to_polish(block_value, strings)))
    return value


def create_lesson(index, lesson, strings, topics_by_slug):
    slug = to_polish(lesson["slug"], strings)
    fields = {
        "title": to_polish(lesson["title"], strings),
        "summary": to_polish(lesson["summary"], strings),
        "strand": lesson["strand"],
        "age_group": lesson["age_group"],
        "duration": lesson["duration"],
        "objectives": [("objective", to_polish(o, strings)) for o in lesson["objectives"]],
        "curriculum": [
            ("requirement", {"code": to_polish(c, strings), "text": to_polish(t, strings)})
            for c, t in lesson["curriculum"]
        ],
        "body": body_value(lesson["body"], strings),
        "worksheet": [
            ("task", {"instruction": to_polish(text, strings), "answer_lines": lines})
            for text, lines in lesson["worksheet"]
        ],
        "teacher_notes": to_polish(lesson["teacher_notes"], strings),
        "answer_key": to_polish(lesson["answer_key"], strings),
        "timing": [
            ("step", {"minutes": minutes, "step": to_polish(step, strings)})
            for minutes, step in lesson["timing"]
        ],
        "sources": [("sources", to_polish(lesson["sources"], strings))],
    }
    page = LessonPage.objects.child_of(index).filter(slug=slug).first()
    if page is not None:
        return page
    page = LessonPage(slug=slug, locale=index.locale, **fields)
    for order, subject in enumerate(lesson["subjects"]):
        page.subjects.add(LessonSubject(subject=subject, sort_order=order))
    page.tags.add(*(tag.pl for tag in lesson["tags"]))
    page.environment_topics.set(
        [topics_by_slug[slug] for slug in lesson["topics"] if slug in topics_by_slug]
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


WORKSHEET_TITLE = T("Karta pracy", "Worksheet")


def worksheet_document(lesson, title):
    """A generated PDF of the lesson's worksheet, stored as a Wagtail document."""
    from django.core.files.base import ContentFile
    from django.utils import translation
    from wagtail.documents import get_document_model

    from lessons.pdf import worksheet_pdf

    with translation.override(lesson.locale.language_code):
        pdf = worksheet_pdf(lesson)
    document = get_document_model()(title=f"{title}: {lesson.title}")
    document.file.save(f"{lesson.slug}.pdf", ContentFile(pdf), save=False)
    document.save()
    return document


def worksheet_files(index):
    """Each lesson gets its worksheet as a file (a teacher resource), in its own language.

    Done once per lesson: a lesson that already has resources is left alone.
    """
    from lessons.models import LessonResource

    for lesson in LessonPage.objects.child_of(index).prefetch_related("resources"):
        translation_ = lesson.get_translation_or_none(english())
        for page, title in ((lesson, WORKSHEET_TITLE.pl), (translation_, WORKSHEET_TITLE.en)):
            if page is None or not page.worksheet:
                continue
            documents = [resource.document.title for resource in page.resources.all()]
            if documents and all(doc.endswith(page.title) for doc in documents):
                continue  # the file in this page's language is there
            page.resources.set(
                [
                    LessonResource(
                        document=worksheet_document(page, title),
                        kind=LessonResource.Kind.WORKSHEET,
                        sort_order=0,
                    )
                ]
            )
            page.save_revision().publish()


def english_tags(index):
    """Tags are words of one language: give the English lessons English tags.

    wagtail-localize copies the Polish tags when it makes a translation; this replaces them
    (and publishes) only when they differ, so a second run changes nothing.
    """
    tags_by_slug = {
        to_polish(lesson["slug"], {}): [tag.en for tag in lesson["tags"]] for lesson in LESSONS
    }
    for lesson in LessonPage.objects.child_of(index).filter(slug__in=tags_by_slug):
        translation = lesson.get_translation_or_none(english())
        if translation is None:
            continue
        wanted = tags_by_slug[lesson.slug]
        if sorted(translation.tags.names()) != sorted(wanted):
            translation.tags.set(wanted, clear=True)
            translation.save_revision().publish()


def load(command):
    strings = {}
    home = home_page()
    index = child_page(
        home,
        LessonIndexPage,
        to_polish(INDEX["slug"], strings),
        title=to_polish(INDEX["title"], strings),
        summary=to_polish(INDEX["summary"], strings),
        intro=to_polish(INDEX["intro"], strings),
        show_in_menus=True,
    )
    pages = [index]
    topics_index = environment_index(home)
    topics_by_slug = {}
    if topics_index is not None:
        from environment.models import EnvironmentTopicPage

        topics_by_slug = {
            topic.slug: topic for topic in EnvironmentTopicPage.objects.child_of(topics_index)
        }
    for lesson in LESSONS:
        pages.append(create_lesson(index, lesson, strings, topics_by_slug))
    pages.append(
        child_page(
            index,
            TeacherResourcesPage,
            to_polish(RESOURCES["slug"], strings),
            title=to_polish(RESOURCES["title"], strings),
            summary=to_polish(RESOURCES["summary"], strings),
        )
    )
    for page in pages:
        if page.get_translation_or_none(english()) is None:
            translate(page.specific, "en", strings)
    english_tags(index)
    worksheet_files(index)
    command.stdout.write(f"lessons: {len(LESSONS)} lessons and the teacher resources page")
    quiz_demo.load(command)  # every demo lesson gets its quiz
