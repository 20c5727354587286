"""The demo content of origins, in Polish with its English translation.

Every fact in the stories comes from shared/data/flagship_facts.md (copied facts, our own
wording) and each story lists the source addresses that file names for them. `t(pl, en)`
records the English translation of a Polish string and returns the Polish one.
"""

import datetime

TRANSLATIONS_EN = {}
ACCESSED = datetime.date(2026, 11, 30)


def t(pl, en):
    TRANSLATIONS_EN[pl] = en
    return pl


def paragraphs(*pairs):
    return "".join(f"<p>{t(pl, en)}</p>" for pl, en in pairs)


def heading(pl, en):
    return ("heading", t(pl, en))


def text(*pairs):
    return ("paragraph", paragraphs(*pairs))


def timeline(title, events):
    return (
        "timeline",
        {
            "heading": t(*title),
            "events": [{"when": t(when, when), "event": t(*event)} for when, event in events],
        },
    )


def facts(title, items):
    return (
        "facts",
        {
            "heading": t(*title),
            "facts": [{"term": t(*term), "detail": t(*detail)} for term, detail in items],
        },
    )


def steps(*items):
    return [("step", {"title": t(*title), "text": t(*body)}) for title, body in items]


def sources(*items):
    return [{"title": t(title, title), "url": url, "accessed": ACCESSED} for title, url in items]


CATALOGUE_PL = {
    "slug": t("produkty", "products"),
    "title": t("Produkty regionalne i tradycyjne", "Regional and traditional products"),
    "summary": t(
        "Wszystkie produkty z unijnego rejestru ChNP, ChOG i GTS oraz z Listy Produktów "
        "Tradycyjnych: według województwa, kategorii, systemu ochrony i roku, na liście i na mapie.",
        "Every product of the EU register of PDO, PGI and TSG names and of the List of "
        "Traditional Products: by voivodeship, category, protection scheme and year, in a list "
        "and on a map.",
    ),
    "show_in_menus": True,
}
INDEX_PL = {
    "slug": t("historie", "stories"),
    "title": t("Historie pochodzenia", "Origin stories"),
    "summary": t(
        "Skąd pochodzą, jak powstają i dlaczego zależą od przyrody: historie produktów "
        "chronionych w Unii Europejskiej.",
        "Where they come from, how they are made and why they depend on nature: the stories "
        "of products protected in the European Union.",
    ),
    "show_in_menus": True,
}

# One illustration per category of the national list, drawn for this site.
ILLUSTRATIONS = {
    "produkty mleczne": ("dairy.svg", "Ilustracja: ser i mleko"),
    "produkty mięsne": ("meat.svg", "Ilustracja: wędliny"),
    "produkty rybołówstwa, w tym ryby": ("fish.svg", "Ilustracja: ryba"),
    "warzywa i owoce": ("fruit.svg", "Ilustracja: owoce i warzywa"),
    "wyroby piekarnicze i cukiernicze": ("bakery.svg", "Ilustracja: pieczywo"),
    "oleje i tłuszcze": ("oil.svg", "Ilustracja: olej"),
    "miody": ("honey.svg", "Ilustracja: miód"),
    "gotowe dania i potrawy": ("dish.svg", "Ilustracja: potrawa"),
    "napoje (alkoholowe i bezalkoholowe)": ("drink.svg", "Ilustracja: napój"),
    "inne produkty": ("other.svg", "Ilustracja: inne produkty"),
}

# Real producers documented in shared/data; no others are invented.
PRODUCERS = [
    {
        "key": "baca-zabnica",
        "name": t("Certyfikowany baca w Żabnicy", "The certified baca (head shepherd) in Żabnica"),
        "locality": t("Żabnica (Beskid Żywiecki)", "Żabnica (Żywiec Beskids)"),
        "region": "24",
        "makes": t(
            "Oscypek, redykołka i bryndza podhalańska z unijnymi certyfikatami.",
            "Oscypek, redykołka and bryndza podhalańska with EU certificates.",
        ),
        "products": ["oscypek", "redykolka", "bryndza-podhalanska"],
        "source_url": "http://www.wgmedia.eu/turystyka/4079-beskidzki-szlak-bacowek",
    },
    {
        "key": "dolina-karpia",
        "name": t(
            "Stowarzyszenie „Dolina Karpia” (lokalna grupa działania)",
            "The “Dolina Karpia” (Carp Valley) association, a local action group",
        ),
        "locality": t(
            "Dolina Karpia, powiaty oświęcimski i wadowicki",
            "Carp Valley, Oświęcim and Wadowice districts",
        ),
        "region": "12",
        "makes": t(
            "Lokalna grupa działania siedmiu gmin Doliny Karpia (Osiek, Polanka Wielka, "
            "Przeciszów, Zator, Brzeźnica, Spytkowice, Tomice), gdzie hoduje się karpia "
            "zatorskiego; to stowarzyszenie, nie gospodarstwo.",
            "The local action group of the seven gminy of the Carp Valley (Osiek, Polanka "
            "Wielka, Przeciszów, Zator, Brzeźnica, Spytkowice, Tomice), where Zator carp is "
            "raised; an association, not a farm.",
        ),
        "products": ["karp-zatorski"],
        "source_url": "https://www.federacjalgdmalopolska.org.pl/strona/stowarzyszenie-dolina-karpia",
    },
]

S_OSCYPEK = [
    (
        "e-prawnik.pl: Polski oscypek pod ochroną",
        "https://e-prawnik.pl/temat/polski-oscypek-pod-ochrona.html",
    ),
    (
        "infor.pl: Dlaczego oscypek musi posiadać certyfikat Unii Europejskiej",
        "https://www.infor.pl/prawo/prawa-konsumenta/sprzedaz-towarow/238824,Dlaczego-oscypek-musi-posiadac-certyfikat-Unii-Europejskiej.html",
    ),
    ("polskasmakuje.pl: Oscypek", "https://polskasmakuje.pl/?p=44994"),
    ("Warsaw Voice: oscypek", "http://www.warsawvoice.pl/WVpage/pages/article.php/23098/article"),
    (
        "portalgorski.pl: Euro-oscypek z Podhala",
        "https://www.portalgorski.pl/turystyka-gorska/ze-szlaku/polska/1862-euro-oscypek-z-podchala",
    ),
    (
        "wgmedia.eu: Beskidzki szlak bacówek",
        "http://www.wgmedia.eu/turystyka/4079-beskidzki-szlak-bacowek",
    ),
    (
        "Świat Karpat: tradycyjny wypas w Tatrach i Beskidach",
        "https://swiatkarpat.pl/swiat-karpat/konkretne-przyklady-ochrony-i-madrego-wykorzystania-bioroznorodnosci-w-karpatach/polska-tradycyjny-wypas-w-tatrachbeskidach/",
    ),
    (
        "Kawęcka i in., Wiadomości Zootechniczne 2017: wypas kulturowy na Hali Majerz",
        "https://9lib.org/document/zkw6x141-wypas-kulturowy-ochronie-cennych-zbiorowisk-ro%C5%9Blinnych-przyk%C5%82adzie-majerz.html",
    ),
]

STORIES = [
    {
        "slug": t("oscypek", "oscypek"),
        "product": "oscypek",
        "title": t("Oscypek: wędzony ser z owczego mleka", "Oscypek: smoked sheep's-milk cheese"),
        "summary": t(
            "Ser z mleka owiec rasy polska owca górska, robiony w bacówkach od maja do września "
            "i chroniony w UE jako ChNP od 2008 roku.",
            "A cheese from the milk of the Polish Mountain Sheep, made in shepherds' huts from May "
            "to September and protected in the EU as a PDO since 2008.",
        ),
        "area_of_origin": t(
            "Podhale i sąsiednie tereny górskie; oscypek wolno wytwarzać tylko w województwach "
            "małopolskim i śląskim.",
            "Podhale and the neighbouring mountain areas; oscypek may be made only in the "
            "małopolskie and śląskie voivodeships.",
        ),
        "image_alt": "",
        "seasons": [
            (t("Wyrób sera", "Cheese making"), 5, 9),
            (t("Sprzedaż", "Sales"), 5, 10),
        ],
        "producers": ["baca-zabnica"],
        "tags": ["wypas kulturowy", "ser owczy", "góry"],
        "body": [
            heading("Skąd pochodzi", "Where it comes from"),
            text(
                (
                    "Oscypek wolno wytwarzać tylko w województwach małopolskim i śląskim, na "
                    "Podhalu i w sąsiednich terenach górskich. Robi się go z mleka owiec rasy "
                    "polska owca górska; można dodać mleko krów rasy polskiej czerwonej, "
                    "najwyżej 40 procent.",
                    "Oscypek may be made only in the małopolskie and śląskie voivodeships, on "
                    "Podhale and in the neighbouring mountain areas. It is made from the milk "
                    "of the Polish Mountain Sheep; milk of the Polish Red cow may be added, at "
                    "most 40 per cent.",
                ),
                (
                    "Ser powstaje tylko od maja do września, a sprzedaje się go do końca "
                    "października. Jeden oscypek waży 60–80 dag i ma 17–23 cm długości.",
                    "The cheese is made only from May to September and sold until the end of "
                    "October. One oscypek weighs 60–80 dag and is 17–23 cm long.",
                ),
            ),
            facts(
                ("W skrócie", "In brief"),
                [
                    (
                        ("Ochrona", "Protection"),
                        (
                            "Chroniona nazwa pochodzenia (ChNP), rozporządzenie Komisji (WE) nr 127/2008 z 13 lutego 2008 r.",
                            "Protected Designation of Origin (PDO), Commission Regulation (EC) No 127/2008 of 13 February 2008.",
                        ),
                    ),
                    (
                        ("Surowiec", "Made from"),
                        (
                            "Mleko owiec rasy polska owca górska, do 40% mleka krów rasy polskiej czerwonej.",
                            "Milk of the Polish Mountain Sheep, with up to 40% milk of the Polish Red cow.",
                        ),
                    ),
                    (("Sezon", "Season"), ("Od maja do września.", "From May to September.")),
                ],
            ),
            timeline(
                ("Historia", "History"),
                [
                    (
                        "1416",
                        (
                            "Akt lokacyjny Ochotnicy wymienia daninę serową; sery owcze pojawiają się jako danina w dokumentach z XV–XVII wieku (źródło nieurzędowe).",
                            "The location charter of Ochotnica lists a cheese levy; sheep cheeses appear as a tax in documents of the 15th–17th centuries (non-official source).",
                        ),
                    ),
                    (
                        "2005",
                        (
                            "W lutym Polska składa wniosek o rejestrację; Słowacja zgłasza sprzeciw ze względu na swój Slovenský oštiepok i oba kraje negocjują.",
                            "In February Poland applies for registration; Slovakia objects because of its Slovenský oštiepok, and the two countries negotiate.",
                        ),
                    ),
                    (
                        "2008",
                        (
                            "13 lutego Komisja rejestruje oscypek jako chronioną nazwę pochodzenia.",
                            "On 13 February the Commission registers oscypek as a Protected Designation of Origin.",
                        ),
                    ),
                ],
            ),
            heading("Przyroda: wypas kulturowy", "Nature: cultural grazing"),
            text(
                (
                    "Tradycyjny wypas zaczyna się od redyku, czyli wiosennego przepędu owiec na "
                    "górskie pastwiska. Bacówkę prowadzi baca z pomocnikami, juhasami; sezon "
                    "trwa od maja do października, a sprzedaż serów jest głównym dochodem "
                    "całego systemu.",
                    "Traditional grazing begins with the redyk, the spring drive of sheep to "
                    "the mountain pastures. The baca runs the summer hut with his helpers, the "
                    "juhasi; the season lasts from May to October, and selling cheese is the "
                    "main income of the whole system.",
                ),
                (
                    "Niewypasane hale i polany zarastają krzewami i drzewami, a górski krajobraz "
                    "traci wartość. Wypas kulturowy owiec chroni cenne zbiorowiska roślin, na "
                    "przykład na Hali Majerz w Pienińskim Parku Narodowym.",
                    "Mountain pastures and glades that are no longer grazed are overgrown by "
                    "shrubs and trees, and the mountain landscape loses its value. Cultural "
                    "sheep grazing protects valuable plant communities, for example on Hala "
                    "Majerz in the Pieniny National Park.",
                ),
            ),
        ],
        "method": steps(
            (
                ("Cedzenie", "Straining"),
                (
                    "Mleko cedzi się przez lniane płótno do drewnianego naczynia.",
                    "The milk is strained through linen into a wooden bucket.",
                ),
            ),
            (
                ("Podgrzewanie", "Warming"),
                (
                    "Mleko podgrzewa się w miedzianym kotle nad paleniskiem bacówki.",
                    "The milk is warmed in a copper vessel over the hearth of the shepherd's hut.",
                ),
            ),
            (
                ("Zaklaganie", "Curdling"),
                (
                    "Mleko ścina się podpuszczką, zwaną klagiem.",
                    "The milk is curdled with rennet, called klag.",
                ),
            ),
            (
                ("Formowanie", "Shaping"),
                (
                    "Skrzep rozbija się drewnianą kijanką, odciska i ugniata w kulę, kilka razy parzy, a potem formuje w kształt wrzeciona.",
                    "The curd is broken with a wooden paddle, pressed and kneaded into a ball, scalded several times and shaped into a spindle.",
                ),
            ),
            (
                ("Zdobienie", "Decorating"),
                (
                    "Wzory odciska się rzeźbionym drewnianym pierścieniem, oscypiorką.",
                    "Patterns are pressed in with a carved wooden ring, the oscypiorka.",
                ),
            ),
            (
                ("Solanka", "Brine"),
                (
                    "Ser moczy się w solance przez około dobę.",
                    "The cheese soaks in brine for about a day.",
                ),
            ),
            (
                ("Wędzenie", "Smoking"),
                (
                    "Ser wędzi się na zimno pod dachem bacówki od kilku do kilkunastu dni, aż nabierze jasnobrązowej barwy.",
                    "The cheese is cold-smoked under the roof of the hut for several to a dozen days, until it turns light brown.",
                ),
            ),
        ),
        "sources": sources(*S_OSCYPEK),
    },
    {
        "slug": t("bryndza-podhalanska", "podhale-bryndza"),
        "product": "bryndza-podhalanska",
        "title": t(
            "Bryndza podhalańska: pierwsza polska nazwa w rejestrze UE",
            "Bryndza podhalańska: the first Polish name in the EU register",
        ),
        "summary": t(
            "Miękki ser z dojrzałego bundzu, wpisany do rejestru ChNP 11 czerwca 2007 r. jako pierwsza polska nazwa.",
            "A soft cheese made from matured bundz, entered in the register of PDOs on 11 June 2007 as the first Polish name.",
        ),
        "area_of_origin": t(
            "Powiaty nowotarski i tatrzański oraz sześć gmin powiatu żywieckiego.",
            "The nowotarski and tatrzański districts and six gminy of the żywiecki district.",
        ),
        "image_alt": "",
        "seasons": [(t("Wyrób bryndzy", "Making bryndza"), 5, 9)],
        "producers": ["baca-zabnica"],
        "tags": ["wypas kulturowy", "ser owczy", "góry"],
        "body": [
            heading("Skąd pochodzi", "Where it comes from"),
            text(
                (
                    "Bryndzę podhalańską wytwarza się w powiatach nowotarskim i tatrzańskim oraz "
                    "w sześciu gminach powiatu żywieckiego. Produkcja bryndzy na Podhalu jest "
                    "udokumentowana od XVI wieku.",
                    "Bryndza podhalańska is made in the nowotarski and tatrzański districts and "
                    "in six gminy of the żywiecki district. Bryndza making on Podhale is "
                    "documented from the 16th century.",
                ),
                (
                    "Robi się ją z dojrzałego bundzu, czyli świeżego sera z owczego mleka. Mleko "
                    "owcze można zmieszać z krowim w proporcji 60 do 40 (owce rasy polska owca "
                    "górska, krowy rasy polskiej czerwonej). Bryndzę wytwarza się tylko od maja "
                    "do września.",
                    "It is made from matured bundz, a fresh sheep's-milk cheese. Sheep's milk "
                    "may be mixed with cow's milk in a 60 to 40 ratio (Polish Mountain Sheep, "
                    "Polish Red cow). Bryndza is made only from May to September.",
                ),
            ),
            facts(
                ("W skrócie", "In brief"),
                [
                    (
                        ("Ochrona", "Protection"),
                        (
                            "ChNP od 11 czerwca 2007 r., pierwsza polska nazwa w rejestrze.",
                            "PDO since 11 June 2007, the first Polish name in the register.",
                        ),
                    ),
                    (
                        ("Surowiec", "Made from"),
                        (
                            "Dojrzały bundz z mleka owczego, najwyżej 40% mleka krowiego.",
                            "Matured bundz of sheep's milk, with at most 40% cow's milk.",
                        ),
                    ),
                ],
            ),
            heading("Przyroda", "Nature"),
            text(
                (
                    "Bryndza powstaje w tym samym systemie wypasu kulturowego co oscypek: owce "
                    "wypasane na górskich halach chronią je przed zarastaniem.",
                    "Bryndza comes from the same system of cultural grazing as oscypek: sheep "
                    "grazed on the mountain pastures keep them from becoming overgrown.",
                ),
            ),
        ],
        "sources": sources(
            ("agrokoszty.pl: bryndza podhalańska", "http://agrokoszty.pl/index.php?id=112"),
            (
                "ppr.pl: Bryndza w Europie",
                "https://ppr.pl/wiadomosci/aktualnosci/bryndza-w-europie-132394",
            ),
            (
                "IJHARS: polskie produkty ChNP, ChOG, GTS",
                "http://www.ijhar-s.gov.pl/polskie-produkty-chnpchoggts.html",
            ),
        ),
    },
    {
        "slug": t("karp-zatorski", "zator-carp"),
        "product": "karp-zatorski",
        "title": t("Karp zatorski z Doliny Karpia", "Zator carp from the Carp Valley"),
        "summary": t(
            "Karp hodowany w ziemnych stawach w dwuletnim cyklu, chroniony jako ChNP od 2011 roku; stawy są ostoją ptaków wodno-błotnych.",
            "Carp raised in earthen ponds in a two-year cycle, protected as a PDO since 2011; the ponds are a refuge for wetland birds.",
        ),
        "area_of_origin": t(
            "Okolice Zatora, „Dolina Karpia” w województwie małopolskim (dokładny obszar ze specyfikacji nie został sprawdzony).",
            "The Zator area, the “Carp Valley” in małopolskie (the exact area of the specification was not verified).",
        ),
        "image_alt": "",
        "producers": ["dolina-karpia"],
        "tags": ["stawy", "mokradła", "ptaki"],
        "body": [
            heading("Skąd pochodzi", "Where it comes from"),
            text(
                (
                    "Karp zatorski pochodzi z okolic Zatora, z Doliny Karpia w Małopolsce. "
                    "Lokalna grupa działania „Dolina Karpia” obejmuje 7 gmin: Osiek, Polankę "
                    "Wielką, Przeciszów i Zator w powiecie oświęcimskim oraz Brzeźnicę, "
                    "Spytkowice i Tomice w powiecie wadowickim, razem około 310 km².",
                    "Zator carp comes from the Zator area, the Carp Valley in Lesser Poland. "
                    "The “Dolina Karpia” local action group covers 7 gminy: Osiek, Polanka "
                    "Wielka, Przeciszów and Zator in the Oświęcim district and Brzeźnica, "
                    "Spytkowice and Tomice in the Wadowice district, about 310 km² in all.",
                ),
                (
                    "To mieszaniec czystej linii zatorskiej z liniami węgierskimi, "
                    "jugosłowiańskimi, gołyskimi i izraelskimi (Dor-70). Sprzedaje się go żywego "
                    "i świeżego; ryba handlowa waży 1,1–1,8 kg i ma barwę oliwkową lub "
                    "oliwkowo-niebieską.",
                    "It is a hybrid of the pure Zator line with Hungarian, Yugoslav, Golysz and "
                    "Israeli (Dor-70) lines. It is sold live and fresh; a market fish weighs "
                    "1.1–1.8 kg and is olive or olive-blue.",
                ),
            ),
            timeline(
                ("Historia", "History"),
                [
                    (
                        "XIV",
                        (
                            "Z XIV wieku pochodzą początki hodowli karpia w okolicach Zatora.",
                            "Carp farming around Zator dates from the 14th century.",
                        ),
                    ),
                    (
                        "1445–1564",
                        (
                            "Karpie z Księstwa Zatorskiego trafiały na królewski stół na Wawelu (według prasy).",
                            "Carp from the Duchy of Zator went to the royal table at Wawel (according to the press).",
                        ),
                    ),
                    (
                        "XVI",
                        (
                            "Złoty wiek stawów: łańcuchy stawów wzdłuż Wisły, Soły i Skawy z grawitacyjnym dopływem i odpływem wody.",
                            "The heyday of the ponds: chains of ponds along the Vistula, Soła and Skawa with gravity inflow and outflow.",
                        ),
                    ),
                    (
                        "2011",
                        (
                            "Rozporządzenie wykonawcze Komisji (UE) nr 485/2011 z 18 maja rejestruje karpia zatorskiego jako ChNP.",
                            "Commission Implementing Regulation (EU) No 485/2011 of 18 May registers Zator carp as a PDO.",
                        ),
                    ),
                ],
            ),
            heading("Przyroda: stawy jako mokradła", "Nature: ponds as wetlands"),
            text(
                (
                    "Stawy rybne dają schronienie wielu zagrożonym ptakom, na przykład "
                    "ślepowronowi, rybitwie białowąsej oraz rzadkim czaplom, perkozom i kaczkom. "
                    "Dla wielu zagrożonych gatunków to najważniejsze miejsce w okolicy.",
                    "The fish ponds give refuge to many endangered birds, for example the night "
                    "heron, the whiskered tern and rare herons, grebes and ducks. For many "
                    "threatened species they are the most important site in the area.",
                ),
            ),
        ],
        "method": steps(
            (
                ("Stawy ziemne", "Earthen ponds"),
                (
                    "Karpia hoduje się wyłącznie w ziemnych stawach karpiowych.",
                    "The carp are raised only in earthen carp ponds.",
                ),
            ),
            (
                ("Dwa lata", "Two years"),
                (
                    "Hodowla trwa dwa lata; to tak zwana metoda zatorska.",
                    "Rearing takes two years; this is called the Zator method.",
                ),
            ),
            (
                ("Karmienie", "Feeding"),
                (
                    "Ryby żywią się naturalnym pokarmem ze stawu, uzupełnianym tylko zbożem od miejscowych rolników.",
                    "The fish feed on natural pond food, supplemented only with cereals from local farmers.",
                ),
            ),
            (
                ("Sprzedaż", "Sale"),
                ("Karpia sprzedaje się żywego i świeżego.", "The carp are sold live and fresh."),
            ),
        ),
        "sources": sources(
            (
                "farmer.pl: Karp zatorski zarejestrowany jako chroniona nazwa pochodzenia",
                "https://www.farmer.pl/produkcja-zwierzeca/inne-hodowle/karp-zatorski-zarejestrowany-jako-chroniona-nazwa-pochodzenia,27878.html",
            ),
            (
                "Federacja LGD Małopolska: Stowarzyszenie Dolina Karpia",
                "https://www.federacjalgdmalopolska.org.pl/strona/stowarzyszenie-dolina-karpia",
            ),
            (
                "prawo.pl: Dz.U. UE C 2010/253",
                "https://www.prawo.pl/akty/dz-u-ue-c-2010-253-6,67975866.html",
            ),
            (
                "Gazeta Krakowska: Małopolskie przysmaki",
                "https://gazetakrakowska.pl/malopolskie-przysmaki-zobacz-top-10-przysmakow-ktorych-skosztujesz-tylko-w-malopolsce/ar/c17-14540369",
            ),
        ),
    },
    {
        "slug": t("miod-wrzosowy-z-borow-dolnoslaskich", "heather-honey-lower-silesian-forest"),
        "product": "miod-wrzosowy-z-borow-dolnoslaskich",
        "title": t(
            "Miód wrzosowy z Borów Dolnośląskich", "Heather honey from the Lower Silesian Forest"
        ),
        "summary": t(
            "Miód z nektaru wrzosu zwyczajnego, chroniony jako ChOG od 2008 roku; pszczelarze przewożą ule na wrzosowiska w sierpniu.",
            "Honey from the nectar of common heather, protected as a PGI since 2008; beekeepers move their hives to the heathlands in August.",
        ),
        "area_of_origin": t(
            "Bory Dolnośląskie w województwie dolnośląskim.",
            "The Lower Silesian Forest (Bory Dolnośląskie) in dolnośląskie.",
        ),
        "image_alt": "",
        "seasons": [
            (t("Kwitnienie wrzosu i przewożenie uli", "Heather in bloom, hives moved in"), 8, 8)
        ],
        "tags": ["pszczoły", "wrzosowiska", "natura-2000"],
        "body": [
            heading("Skąd pochodzi", "Where it comes from"),
            text(
                (
                    "Miód powstaje z nektaru wrzosu zwyczajnego (Calluna vulgaris); pyłku "
                    "wrzosu musi być co najmniej 50 procent, często nawet do 80 procent. Jest "
                    "chronionym oznaczeniem geograficznym (ChOG), a nie chronioną nazwą "
                    "pochodzenia; zarejestrowano go w 2008 roku jako trzecią polską nazwę, po "
                    "bryndzy i oscypku.",
                    "The honey comes from the nectar of common heather (Calluna vulgaris); "
                    "heather pollen must be at least 50 per cent, often up to 80 per cent. It is "
                    "a Protected Geographical Indication (PGI), not a PDO; it was registered in "
                    "2008 as the third Polish name, after bryndza and oscypek.",
                ),
                (
                    "Daniny z miodu i wosku są tu zapisane już od czasów Karola Wielkiego "
                    "(VIII–IX wiek).",
                    "Tributes of honey and wax are recorded here from the time of Charlemagne "
                    "(8th–9th century).",
                ),
            ),
            heading("Przyroda: wrzosowiska i zapylacze", "Nature: heathlands and pollinators"),
            text(
                (
                    "Wrzosowiska zajmują około 10 000 ha, czyli 39 procent Nadleśnictwa "
                    "Świętoszów. Wrzosowiska Świętoszowsko-Ławszowskie (10 141,6 ha) i "
                    "Przemkowskie (6663,7 ha) są chronione w sieci Natura 2000; w sezonie "
                    "zbiera tam nektar około 500 milionów pszczół. Obszar jest też ważnym "
                    "siedliskiem wilka.",
                    "Heathland covers about 10,000 ha, or 39 per cent, of the Świętoszów forest "
                    "district. The Świętoszów–Ławszowa heath (10,141.6 ha) and the Przemków "
                    "heath (6,663.7 ha) are protected under Natura 2000; about 500 million bees "
                    "forage there each season. The area is also an important wolf habitat.",
                ),
                (
                    "Wrzosowisko wymaga aktywnej ochrony: na opuszczonym poligonie w Ławszowej "
                    "zarasta drzewami, a na czynnym poligonie pozostaje otwarte. W latach suszy "
                    "wrzos nie zakwitł i zarósł, więc nie było miodu wrzosowego.",
                    "Heathland needs active management: on the abandoned Ławszowa range it is "
                    "overgrown by trees, while the active range keeps it open. In drought years "
                    "the heather did not flower and became overgrown, so no heather honey was "
                    "harvested.",
                ),
            ),
        ],
        "method": steps(
            (
                ("Przewiezienie uli", "Moving the hives"),
                (
                    "W sierpniu pszczelarze przewożą ule na wrzosowiska Borów Dolnośląskich.",
                    "In August beekeepers move their hives to the heathlands of the Lower Silesian Forest.",
                ),
            ),
            (
                ("Umowa z leśnikami", "An agreement with the foresters"),
                (
                    "W Nadleśnictwie Świętoszów ule stawia się bezpłatnie na podstawie umów z leśnikami; w jednym sezonie było ponad 140 umów i około 13 000 uli. Na czynnym poligonie pszczelarze muszą najpierw przejść szkolenie.",
                    "In the Świętoszów forest district hives are placed free of charge under agreements with the foresters; one season saw over 140 agreements and about 13,000 hives. On the active military range beekeepers must first attend training.",
                ),
            ),
            (
                ("Pożytek", "The flow"),
                (
                    "Wrzos kwitnie przez 3–4 tygodnie od początku sierpnia.",
                    "Heather blooms for 3–4 weeks from early August.",
                ),
            ),
        ),
        "sources": sources(
            (
                "Rzeczpospolita: Unijny certyfikat dla polskiego miodu",
                "https://archiwum.rp.pl/artykul/781515-Unijny-certyfikat-dla-polskiego-miodu.html",
            ),
            (
                "PAP Samorząd: Komisja Europejska zarejestrowała miód wrzosowy z Borów",
                "https://samorzad.pap.pl/kategoria/archiwum/dolny-slask-komisja-europejska-zarejestrowala-miod-wrzosowy-z-borow",
            ),
            (
                "Lasy Państwowe, Nadleśnictwo Świętoszów: Zakwitł wrzos",
                "https://swietoszow.wroclaw.lasy.gov.pl/en/aktualnosci/-/asset_publisher/1M8a/content/zakwitl-wrzos",
            ),
            (
                "Lasy Państwowe, Nadleśnictwo Świętoszów: Nastał czas miododajnych wrzosów",
                "https://swietoszow.wroclaw.lasy.gov.pl/en/aktualnosci/-/asset_publisher/1M8a/content/nastal-czas-miododajnych-wrzosow",
            ),
            (
                "Pasieka 3/2010: Wędrówki na wrzosowiska",
                "http://www.pasieka24.pl/index.php/pasieka-czasopismo-dla-pszczelarzy/12-pasieka-3-2010/28-wdrowki-na-wrzosowiska",
            ),
            (
                "Pasieka 6/2014: Natura 2000 na wrzosowiskach Dolnego Śląska",
                "https://pasieka24.pl/index.php/pasieka-czasopismo-dla-pszczelarzy/130-pasieka-6-2014/1363-natura-2000-na-wrzosowiskach-dolnego-slaska",
            ),
            (
                "ppr.pl: zbiory miodu wrzosowego na Dolnym Śląsku",
                "https://ppr.pl/wiadomosci/tegoroczne-zbiory-miodu-wrzosowego-na-dolnym-slasku-najlepsze-od-trzech-lat",
            ),
        ),
    },
    {
        "slug": t("podkarpacki-miod-spadziowy", "subcarpathian-honeydew-honey"),
        "product": "podkarpacki-miod-spadziowy",
        "title": t(
            "Podkarpacki miód spadziowy z jodłowych lasów",
            "Subcarpathian honeydew honey from the fir forests",
        ),
        "summary": t(
            "Miód ze spadzi zbieranej głównie z jodły pospolitej, chroniony jako ChNP od 2010 roku: pierwszy produkt z Podkarpacia w unijnym systemie.",
            "Honey from honeydew gathered mainly on silver fir, protected as a PDO since 2010: the first product from podkarpackie in the EU system.",
        ),
        "area_of_origin": t(
            "17 nadleśnictw województwa podkarpackiego oraz Bieszczadzki i Magurski Park Narodowy.",
            "17 forest districts of podkarpackie plus the Bieszczady and Magura National Parks.",
        ),
        "image_alt": "",
        "tags": ["pszczoły", "lasy"],
        "body": [
            heading("Skąd pochodzi", "Where it comes from"),
            text(
                (
                    "Pszczoły zbierają spadź głównie z jodły pospolitej (Abies alba); spadzi "
                    "jodłowej musi być co najmniej 70 procent, może być też spadź świerkowa lub "
                    "sosnowa. Miód pochodzi z 17 nadleśnictw Podkarpacia oraz z Bieszczadzkiego "
                    "i Magurskiego Parku Narodowego. Wolno używać tylko pszczół rasy "
                    "środkowoeuropejskiej, kraińskiej i kaukaskiej.",
                    "Bees gather honeydew mainly on silver fir (Abies alba); fir honeydew must be "
                    "at least 70 per cent, and spruce or pine honeydew may also be present. The "
                    "honey comes from 17 forest districts of podkarpackie and from the "
                    "Bieszczady and Magura National Parks. Only Central European, Carniolan and "
                    "Caucasian bees may be used.",
                ),
            ),
            timeline(
                ("Historia", "History"),
                [
                    (
                        "1464",
                        (
                            "Zapis o daninie miodowej w Dębowcu.",
                            "A honey levy is recorded in Dębowiec.",
                        ),
                    ),
                    (
                        "1478",
                        (
                            "Ordynacje pszczelarskie dla Łańcuta, Kańczugi i Tyczyna.",
                            "Beekeeping ordinances for Łańcut, Kańczuga and Tyczyn.",
                        ),
                    ),
                    (
                        "1538",
                        ("Ordynacja pszczelarska dla Biecza.", "A beekeeping ordinance for Biecz."),
                    ),
                    (
                        "2010",
                        (
                            "Rozporządzenie Komisji (UE) nr 710/2010 z 6 sierpnia rejestruje nazwę jako ChNP.",
                            "Commission Regulation (EU) No 710/2010 of 6 August registers the name as a PDO.",
                        ),
                    ),
                ],
            ),
            heading("Przyroda: las jodłowy", "Nature: the fir forest"),
            text(
                (
                    "Ten miód istnieje tylko tam, gdzie przetrwały górskie lasy z przewagą "
                    "jodły. Łączy ochronę lasu, także w dwóch parkach narodowych, z dochodem "
                    "mieszkańców wsi.",
                    "This honey exists only where mountain forests dominated by fir survive. It "
                    "links the protection of the forest, including two national parks, with an "
                    "income for rural people.",
                ),
            ),
        ],
        "sources": sources(
            (
                "ekologia.yum.pl: Podkarpacki miód spadziowy",
                "http://ekologia.yum.pl/index.php/podkarpacki-miod/",
            ),
            (
                "sip.lex.pl: publikacja wniosku (rozporządzenie Rady (WE) nr 510/2006)",
                "https://sip.lex.pl/akty-prawne/dzienniki-UE/publikacja-wniosku-zgodnie-z-art-6-ust-2-rozporzadzenia-rady-we-nr-510-2006-67914026",
            ),
            (
                "polskasmakuje.pl: Podkarpacki miód spadziowy",
                "https://polskasmakuje.pl/europejski-system-oznaczen/chnp/podkarpacki-miod-spadziowy",
            ),
            ("Regionalny Klaster Produktów, Rzeszów", "https://www.rkp.rzeszow.pl/?page_id=232"),
        ),
    },
    {
        "slug": t("wisnia-nadwislanka", "vistula-cherry"),
        "product": "wisnia-nadwislanka",
        "title": t("Wiśnia nadwiślanka znad Wisły", "The Vistula cherry (wiśnia nadwiślanka)"),
        "summary": t(
            "Owoce miejscowej wiśni sokówki odroślowej, rozmnażanej tylko odrostami korzeniowymi; ChNP od 2009 roku.",
            "Fruit of a local suckering sour cherry, propagated only by root suckers; a PDO since 2009.",
        ),
        "area_of_origin": t(
            "Pas wzdłuż Wisły: gminy Lipsko, Sienno, Solec nad Wisłą, Rzeczniów (mazowieckie); Ożarów, Tarłów, Ostrowiec Świętokrzyski, Bałtów, Bodzechów (świętokrzyskie); Annopol (lubelskie).",
            "A strip along the Vistula: the gminy of Lipsko, Sienno, Solec nad Wisłą, Rzeczniów (mazowieckie); Ożarów, Tarłów, Ostrowiec Świętokrzyski, Bałtów, Bodzechów (świętokrzyskie); Annopol (lubelskie).",
        ),
        "image_alt": "",
        "tags": ["sady", "zasoby genetyczne"],
        "body": [
            heading("Skąd pochodzi", "Where it comes from"),
            text(
                (
                    "Nadwiślanka to owoce miejscowej wiśni sokówki odroślowej, wyselekcjonowanej "
                    "z wiśni karłowatej (stepowej) Prunus fruticosa. Dziko rosnąca, reliktowa "
                    "Prunus fruticosa wciąż występuje na tym obszarze; gleby są tu wapienne lub "
                    "wapienno-gliniaste.",
                    "The nadwiślanka is the fruit of a local suckering sour cherry, selected from "
                    "the steppe (dwarf) cherry Prunus fruticosa. Relict wild Prunus fruticosa "
                    "still grows in the area; the soils are calcareous or calcareous-clay.",
                ),
            ),
            timeline(
                ("Historia", "History"),
                [
                    (
                        "XX",
                        (
                            "Na początku XX wieku pierwsze nasadzenia w Słupi Nadbrzeżnej; stąd dawne nazwy „słupianka” i „słupska”. Owoce wożono łodziami po Wiśle na trasie Warszawa–Sandomierz.",
                            "In the early 20th century, the first plantings at Słupia Nadbrzeżna, hence the old names “słupianka” and “słupska”. The fruit was shipped by river boat on the Warsaw–Sandomierz route.",
                        ),
                    ),
                    (
                        "2009",
                        (
                            "Rozporządzenie Komisji (WE) nr 1232/2009 z 15 grudnia rejestruje nazwę jako ChNP; to pierwszy produkt ze Świętokrzyskiego w unijnym systemie.",
                            "Commission Regulation (EC) No 1232/2009 of 15 December registers the name as a PDO; it is the first EU product from świętokrzyskie.",
                        ),
                    ),
                ],
            ),
            heading("Przyroda: miejscowe zasoby genetyczne", "Nature: a local genetic resource"),
            text(
                (
                    "Nadwiślanka jest przykładem miejscowego zasobu genetycznego roślin, który "
                    "utrzymują przy życiu rolnicy: rozmnażanie odrostami zachowuje miejscowy typ "
                    "wiśni (to nasz wniosek z powyższych faktów).",
                    "The nadwiślanka is an example of a local plant genetic resource kept alive "
                    "by farmers: propagation by suckers preserves the local type of cherry (our "
                    "own conclusion from the facts above).",
                ),
            ),
        ],
        "method": steps(
            (
                ("Rozmnażanie", "Propagation"),
                (
                    "Drzewa rozmnaża się wyłącznie odrostami korzeniowymi.",
                    "The trees are propagated only by root suckers.",
                ),
            ),
        ),
        "sources": sources(
            (
                "swietokrzyskie.pro: Wiśnia nadwiślanka już zarejestrowana",
                "https://www.swietokrzyskie.pro/wisnia-nadwislanka-juz-zarejestrowana/",
            ),
            (
                "mediagroupinfo.eu: Wiśnia nadwiślanka",
                "https://mediagroupinfo.eu/wisnia-nadwislanka-powody-dla-ktorych-naprawde-warto-jej-sprobowac/",
            ),
            (
                "Single document (EN), scribd.com",
                "https://www.scribd.com/document/44323069/Untitled",
            ),
        ),
    },
    {
        "slug": t("jablka-grojeckie", "grojec-apples"),
        "product": "jablka-grojeckie",
        "title": t(
            "Jabłka grójeckie z największego sadu Europy",
            "Grójec apples from the largest orchard in Europe",
        ),
        "summary": t(
            "Jabłka o mocniejszym rumieńcu i wyższej kwasowości, chronione jako ChOG od 2011 roku.",
            "Apples with a stronger blush and higher acidity, protected as a PGI since 2011.",
        ),
        "area_of_origin": t(
            "21 gmin województwa mazowieckiego i 5 gmin łódzkiego.",
            "21 gminy of mazowieckie and 5 of łódzkie.",
        ),
        "image_alt": "",
        "tags": ["sady", "integrowana produkcja"],
        "body": [
            heading("Skąd pochodzą", "Where they come from"),
            text(
                (
                    "Jabłka grójeckie pochodzą z 21 gmin Mazowsza i 5 gmin województwa "
                    "łódzkiego. Mają mocniejszy rumieniec i kwasowość o około 5 procent wyższą "
                    "od średniej dla odmiany, co wiąże się z dużymi różnicami temperatur między "
                    "dniem a nocą przed zbiorem oraz z glebami bielicowymi.",
                    "Grójec apples come from 21 gminy of Mazovia and 5 of łódzkie. They have a "
                    "stronger blush and about 5 per cent higher acidity than the average for the "
                    "variety, linked to large day–night temperature swings before the harvest "
                    "and to podzolic soils.",
                ),
            ),
            timeline(
                ("Historia", "History"),
                [
                    (
                        "1545",
                        (
                            "Królowa Bona otrzymuje tu ziemię; od niej wywodzi się tradycja tutejszych sadów.",
                            "Queen Bona receives land here; the orchards trace their tradition back to her.",
                        ),
                    ),
                    (
                        "1918",
                        (
                            "W okolicy powstaje pierwsza w Polsce chłodnia owoców.",
                            "Poland's first fruit cold store opens here.",
                        ),
                    ),
                    (
                        "2011",
                        (
                            "Rozporządzenie wykonawcze Komisji (UE) nr 981/2011 z 30 września rejestruje nazwę jako ChOG.",
                            "Commission Implementing Regulation (EU) No 981/2011 of 30 September registers the name as a PGI.",
                        ),
                    ),
                ],
            ),
            heading("Przyroda: integrowana produkcja", "Nature: integrated production"),
            text(
                (
                    "Producenci muszą przestrzegać zasad integrowanej produkcji (IP) albo "
                    "GLOBALG.A.P. od sadzenia drzew aż po pakowanie owoców. Polska integrowana "
                    "produkcja to krajowy system jakości, opisywany jako mniej rygorystyczny niż "
                    "rolnictwo ekologiczne.",
                    "Producers must follow the rules of Integrated Production (IP) or "
                    "GLOBALG.A.P. from planting to packing. Polish Integrated Production is a "
                    "national quality scheme described as less strict than organic farming.",
                ),
            ),
        ],
        "sources": sources(
            (
                "plantatorzy.pl: Jabłka grójeckie, 30. polska nazwa zarejestrowana",
                "http://plantatorzy.pl/Wiadomo%C5%9Bci/jablka-grojeckie-30-polska-nazwa-zarejestrowana-w-systemie-chnp-chog-i-gts-08-10-11.html",
            ),
            (
                "prawo.pl: Dz.U. UE C 2010/322",
                "https://prawo.pl/akty/dz-u-ue-c-2010-322-35,67992734.html",
            ),
            (
                "dziennik.pl: Jabłka grójeckie w rejestrze",
                "https://gospodarka.dziennik.pl/news/artykuly/359806,jablka-grojeckie-w-rejestrze-chronionych-oznaczen-geograficznych.html",
            ),
            (
                "jablkagrojeckie.pl: produkt regionalny",
                "http://jablkagrojeckie.pl/index.php/jablka-grojeckie/produkt-regionalny/index.html",
            ),
            (
                "produktytradycyjne-dobrepraktyki.pl: systemy jakości żywności",
                "http://produktytradycyjne-dobrepraktyki.pl/pages/polskie-i-europejskie-systemy-jakosci-zywnosci",
            ),
        ),
    },
    {
        "slug": t("fasola-piekny-jas", "dunajec-valley-beans"),
        "product": "fasola-piekny-jas-z-doliny-dunajca",
        "title": t(
            "Fasola „Piękny Jaś” z Doliny Dunajca",
            "“Piękny Jaś” runner beans from the Dunajec Valley",
        ),
        "summary": t(
            "Duże nasiona fasoli z jednego z najcieplejszych miejsc w Polsce, chronione jako ChNP; 32. polska nazwa w rejestrze.",
            "Large beans from one of the warmest places in Poland, protected as a PDO; the 32nd Polish registered name.",
        ),
        "area_of_origin": t(
            "11 gmin województwa małopolskiego w środkowej i dolnej części doliny Dunajca (Kotlina Sandomierska).",
            "11 gminy of małopolskie in the middle and lower Dunajec valley (Sandomierz Basin).",
        ),
        "image_alt": "",
        "tags": ["rośliny strączkowe", "dolina rzeki"],
        "body": [
            heading("Skąd pochodzi", "Where it comes from"),
            text(
                (
                    "Fasolę uprawia się w 11 gminach Małopolski w środkowej i dolnej części "
                    "doliny Dunajca, w Kotlinie Sandomierskiej; w 1999 roku uprawy zajmowały "
                    "około 590 ha. Chronione są obie nazwy: „Fasola Piękny Jaś z Doliny "
                    "Dunajca” i „Fasola z Doliny Dunajca”.",
                    "The beans are grown in 11 gminy of Lesser Poland in the middle and lower "
                    "Dunajec valley, in the Sandomierz Basin; in 1999 they covered about 590 ha. "
                    "Both names are protected: “Fasola Piękny Jaś z Doliny Dunajca” and "
                    "“Fasola z Doliny Dunajca”.",
                ),
                (
                    "Nasiona są bardzo duże, mają dużo magnezu, słodki smak, cienką i miękką "
                    "skórkę i krótko się gotują.",
                    "The seeds are very large, rich in magnesium, sweet, with a thin soft skin, "
                    "and cook quickly.",
                ),
            ),
            heading("Krajobraz doliny", "The valley's landscape"),
            text(
                (
                    "Dolina należy do najcieplejszych miejsc w Polsce. Poranne mgły wiosną i "
                    "jesienią łagodzą wahania temperatury, a dawne powodzie zostawiły żyzne "
                    "namuły rzeczne. W Zakliczynie od 2000 roku odbywa się Święto Fasoli.",
                    "The valley is one of the warmest places in Poland. Morning mists in spring "
                    "and autumn soften temperature swings, and past floods left fertile river "
                    "silts. Zakliczyn has held a bean festival (Święto Fasoli) since 2000.",
                ),
            ),
        ],
        "sources": sources(
            (
                "RMF24: Fasola Piękny Jaś uznana za produkt chroniony",
                "http://www.rmf24.pl/ciekawostki/news-fasola-piekny-jas-uznana-za-produkt-chroniony-unijnym-prawem,nId,383321",
            ),
            (
                "wrp.pl: Piękny Jaś z Doliny Dunajca ze znakiem ChNP",
                "https://www.wrp.pl/piekny-jas-z-doliny-dunajca-ze-znakiem-chnp/",
            ),
            (
                "ppr.pl: wniosek o unijną ochronę fasoli",
                "https://ppr.pl/wiadomosci/aktualnosci/wniosek-o-unijna-ochrone-fasoli-piekny-jas-z-doliny-dunajca-149833",
            ),
            (
                "zakliczyninfo.pl: historia Święta Fasoli",
                "http://archiwum.zakliczyninfo.pl/index.php/swieto-fasoli/historia-sw-fasoli/1106-qpikny-jaq-bdzie-chroniony-w-unii-europejskiej",
            ),
        ),
    },
]
