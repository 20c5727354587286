"""Demo quizzes: one per demo lesson, at least six questions of several kinds each, in Polish
with English translations.

Every fact comes from /work/shared/data: flagship_facts.md, traditional_products_list.md,
polish_geographical_indications.csv, traditional_products.csv and its README (counts per
voivodeship). Wrong choices are plainly wrong by those same sources.

`load(command)` runs after the lessons exist (lessons/demo.py calls it at its end); it is
idempotent: question and item ids are fixed (uuid5), an existing quiz is left as it is, and an
existing translation is not made again.
"""

import uuid

from environment.bilingual import T
from environment.bilingual import polish as to_polish
from korzenie.demo import english
from korzenie.translation import translate
from lessons.models import AnswerRelease, DisplayMode, LessonPage, QuizPage

NAMESPACE = uuid.UUID("5d1f2a8e-7c43-4c1e-9a57-8f3b2e4d6a10")
QUIZ_SLUG = T("quiz", "quiz")


def _id(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


# -- question builders: plain data with T() strings; ids are added by `questions_value` -------


def single(prompt, choices, explanation, points=1):
    """choices: (text, correct, feedback or None)."""
    return "single_choice", {
        "prompt": prompt,
        "choices": choices,
        "points": points,
        "explanation": explanation,
    }


def multiple(prompt, choices, explanation, points=2, scoring="partial"):
    return "multiple_choice", {
        "prompt": prompt,
        "choices": choices,
        "scoring": scoring,
        "points": points,
        "explanation": explanation,
    }


def true_false(prompt, answer, if_true, if_false, explanation):
    return "true_false", {
        "prompt": prompt,
        "answer": "true" if answer else "false",
        "feedback_true": if_true,
        "feedback_false": if_false,
        "points": 1,
        "explanation": explanation,
    }


def short_text(prompt, accepted, right, wrong, explanation):
    return "short_text", {
        "prompt": prompt,
        "accepted_answers": accepted,
        "ignore_case": True,
        "ignore_diacritics": True,
        "feedback_correct": right,
        "feedback_incorrect": wrong,
        "points": 1,
        "explanation": explanation,
    }


def numeric(prompt, answer, right, wrong, explanation, tolerance="0", unit=""):
    return "numeric", {
        "prompt": prompt,
        "answer": answer,
        "tolerance": tolerance,
        "unit": unit,
        "feedback_correct": right,
        "feedback_incorrect": wrong,
        "points": 1,
        "explanation": explanation,
    }


def ordering(prompt, steps, right, wrong, explanation, points=2):
    return "ordering", {
        "prompt": prompt,
        "steps": steps,
        "scoring": "partial",
        "feedback_correct": right,
        "feedback_incorrect": wrong,
        "points": points,
        "explanation": explanation,
    }


def matching(prompt, pairs, right, wrong, explanation, points=2):
    return "matching", {
        "prompt": prompt,
        "pairs": [{"left": left, "right": match} for left, match in pairs],
        "scoring": "partial",
        "feedback_correct": right,
        "feedback_incorrect": wrong,
        "points": points,
        "explanation": explanation,
    }


def voivodeship(prompt, codes, right, wrong, explanation):
    return "voivodeship", {
        "prompt": prompt,
        "regions": codes,
        "feedback_correct": right,
        "feedback_incorrect": wrong,
        "points": 1,
        "explanation": explanation,
    }


NONE = ""

# Voivodeship names are the same words in both languages' answers (official Polish names).
MALOPOLSKIE = T("małopolskie", "małopolskie")
PODLASKIE = T("podlaskie", "podlaskie")
PODKARPACKIE = T("podkarpackie", "podkarpackie")
MAZOWIECKIE = T("mazowieckie", "mazowieckie")
LODZKIE = T("łódzkie", "łódzkie")
LUBELSKIE = T("lubelskie", "lubelskie")
SWIETOKRZYSKIE = T("świętokrzyskie", "świętokrzyskie")

QUIZZES = {
    # -- Strand: where products come from --------------------------------------------------
    "smaki-naszego-regionu": {
        "title": T("Quiz: Smaki naszego regionu", "Quiz: Tastes of our region"),
        "intro": T(
            "Sprawdź, co wiesz o Liście Produktów Tradycyjnych i o tym, skąd pochodzą przysmaki.",
            "Check what you know about the List of Traditional Products and where specialities "
            "come from.",
        ),
        "display_mode": DisplayMode.ONE_PER_SCREEN,
        "questions": [
            numeric(
                T("Ile województw jest w Polsce?", "How many voivodeships does Poland have?"),
                "16",
                T("Tak, jest ich 16.", "Yes, there are 16."),
                T("Polska ma 16 województw.", "Poland has 16 voivodeships."),
                T(
                    "Każdy produkt na Liście Produktów Tradycyjnych zgłasza jedno z 16 województw.",
                    "Each product on the List of Traditional Products is put forward by one of "
                    "the 16 voivodeships.",
                ),
            ),
            single(
                T(
                    "Ile produktów było na Liście Produktów Tradycyjnych 30 lipca 2024 roku?",
                    "How many products were on the List of Traditional Products on 30 July 2024?",
                ),
                [
                    (T("około 20", "about 20"), False, None),
                    (T("około 200", "about 200"), False, None),
                    (
                        T("ponad 2000", "over 2,000"),
                        True,
                        T("Tak: 2120 produktów.", "Yes: 2,120 products."),
                    ),
                ],
                T(
                    "Według zestawienia ministerstwa z 30 lipca 2024 roku na liście było 2120 produktów.",
                    "According to the ministry's spreadsheet of 30 July 2024 the list had 2,120 products.",
                ),
            ),
            true_false(
                T(
                    "Pierwszym produktem wpisanym na listę (w lipcu 2005 roku) był pierekaczewnik "
                    "z Podlasia.",
                    "The first product entered on the list (in July 2005) was pierekaczewnik "
                    "from Podlasie.",
                ),
                True,
                T(
                    "Dobrze! Wpisano go 20 lipca 2005 roku.",
                    "Well done! It was entered on 20 July 2005.",
                ),
                T(
                    "To prawda: pierekaczewnik był pierwszy.",
                    "It is true: pierekaczewnik was the first.",
                ),
                T(
                    "Pierekaczewnik z województwa podlaskiego wpisano na listę 20 lipca 2005 roku.",
                    "Pierekaczewnik from Podlaskie voivodeship was entered on 20 July 2005.",
                ),
            ),
            voivodeship(
                T(
                    "Z którego województwa jest karp zatorski?",
                    "Which voivodeship is Zator carp from?",
                ),
                ["12"],
                T("Tak, z Małopolski.", "Yes, from Lesser Poland."),
                T("Zator leży w Małopolsce.", "Zator is in Lesser Poland."),
                T(
                    "Karp zatorski pochodzi z okolic Zatora, z Doliny Karpia w województwie małopolskim.",
                    "Zator carp comes from around Zator, the Carp Valley in Lesser Poland voivodeship.",
                ),
            ),
            matching(
                T("Dopasuj produkty do województw.", "Match the products to their voivodeships."),
                [
                    (T("Pierekaczewnik", "Pierekaczewnik"), PODLASKIE),
                    (
                        T("Fefernuszki", "Fefernuszki"),
                        T("warmińsko-mazurskie", "warmińsko-mazurskie"),
                    ),
                    (
                        T("Karp nakielski", "Nakło carp (Karp nakielski)"),
                        T("kujawsko-pomorskie", "kujawsko-pomorskie"),
                    ),
                ],
                T("Wszystko pasuje!", "All matched!"),
                T("Zajrzyj na mapę w lekcji.", "Look at the map in the lesson."),
                T(
                    "Tak zapisano je na Liście Produktów Tradycyjnych: pierekaczewnik – podlaskie, "
                    "fefernuszki – warmińsko-mazurskie, karp nakielski – kujawsko-pomorskie.",
                    "This is how the List of Traditional Products records them: pierekaczewnik – "
                    "podlaskie, fefernuszki – warmińsko-mazurskie, Nakło carp – kujawsko-pomorskie.",
                ),
            ),
            multiple(
                T(
                    "Które z tych nazw są kategoriami Listy Produktów Tradycyjnych?",
                    "Which of these are categories of the List of Traditional Products?",
                ),
                [
                    (T("miody", "honeys"), True, None),
                    (T("produkty mleczne", "dairy products"), True, None),
                    (T("wyroby piekarnicze i cukiernicze", "bakery and confectionery"), True, None),
                    (
                        T("zabawki", "toys"),
                        False,
                        T("Zabawki to nie żywność.", "Toys are not food."),
                    ),
                ],
                T(
                    "Lista ma 10 kategorii, między innymi miody, produkty mleczne i wyroby "
                    "piekarnicze i cukiernicze.",
                    "The list has 10 categories, among them honeys, dairy products and bakery "
                    "and confectionery.",
                ),
                points=3,
            ),
            short_text(
                T(
                    "Jak nazywa się wędzony ser z Podhala, wpisany na listę w 2005 roku?",
                    "What is the smoked cheese from Podhale, entered on the list in 2005, called?",
                ),
                [T("oscypek", "oscypek"), T("oszczypek", "oszczypek")],
                T("Tak, to oscypek!", "Yes, it is oscypek!"),
                T("To oscypek (oszczypek).", "It is oscypek (oszczypek)."),
                T(
                    "Oscypek (oszczypek) wpisano na listę 28 września 2005 roku.",
                    "Oscypek (oszczypek) was entered on the list on 28 September 2005.",
                ),
            ),
            single(
                T(
                    "Które województwo miało w 2024 roku najwięcej produktów na liście?",
                    "Which voivodeship had the most products on the list in 2024?",
                ),
                [
                    (LUBELSKIE, True, T("Tak: 270 produktów.", "Yes: 270 products.")),
                    (PODKARPACKIE, False, T("Blisko: 254 produkty.", "Close: 254 products.")),
                    (
                        MALOPOLSKIE,
                        False,
                        T("Małopolska ma 232 produkty.", "Lesser Poland has 232."),
                    ),
                ],
                T(
                    "Lubelskie miało 270 produktów, podkarpackie 254, małopolskie 232.",
                    "Lubelskie had 270 products, podkarpackie 254, małopolskie 232.",
                ),
            ),
        ],
    },
    "dlaczego-miejsce-ma-znaczenie": {
        "title": T("Quiz: Dlaczego miejsce ma znaczenie", "Quiz: Why place matters"),
        "intro": T(
            "Jabłka grójeckie i fasola z Doliny Dunajca: skąd pochodzą i co zawdzięczają miejscu.",
            "Grójec apples and Dunajec Valley beans: where they come from and what they owe to "
            "their place.",
        ),
        "questions": [
            voivodeship(
                T(
                    "W którym województwie leży Dolina Dunajca, z której pochodzi fasola Piękny Jaś?",
                    "Which voivodeship is the Dunajec Valley, home of Piękny Jaś beans, in?",
                ),
                ["12"],
                T("Tak.", "Yes."),
                T("To Małopolska.", "It is Lesser Poland."),
                T(
                    "Fasolę uprawia się w 11 gminach województwa małopolskiego w środkowej i dolnej "
                    "części doliny Dunajca.",
                    "The beans are grown in 11 gminy of Lesser Poland voivodeship in the middle "
                    "and lower Dunajec valley.",
                ),
            ),
            multiple(
                T(
                    "Z gmin których województw pochodzą jabłka grójeckie?",
                    "Which voivodeships' gminy do Grójec apples come from?",
                ),
                [
                    (MAZOWIECKIE, True, T("Tak: 21 gmin.", "Yes: 21 gminy.")),
                    (LODZKIE, True, T("Tak: 5 gmin.", "Yes: 5 gminy.")),
                    (LUBELSKIE, False, None),
                    (PODLASKIE, False, None),
                ],
                T(
                    "Obszar to 21 gmin województwa mazowieckiego i 5 gmin łódzkiego.",
                    "The area is 21 gminy of mazowieckie and 5 of łódzkie.",
                ),
            ),
            numeric(
                T(
                    "O ile procent wyższa jest kwasowość jabłek grójeckich od średniej dla odmiany?",
                    "By about how many per cent is the acidity of Grójec apples higher than the "
                    "average for the variety?",
                ),
                "5",
                T("Tak, o około 5%.", "Yes, by about 5%."),
                T("Około 5%.", "About 5%."),
                T(
                    "Jabłka grójeckie mają mocniejszy rumieniec i kwasowość wyższą o około 5% od "
                    "średniej dla odmiany.",
                    "Grójec apples have a stronger blush and acidity about 5% higher than the "
                    "average for the variety.",
                ),
                tolerance="1",
                unit="%",
            ),
            single(
                T(
                    "Z czym wiąże się mocniejszy rumieniec jabłek grójeckich?",
                    "What is the stronger blush of Grójec apples linked to?",
                ),
                [
                    (
                        T(
                            "z dużymi wahaniami temperatury między dniem a nocą przed zbiorem",
                            "large swings between day and night temperatures before the harvest",
                        ),
                        True,
                        T("Tak, i z glebami bielicowymi.", "Yes, and with podzolic soils."),
                    ),
                    (T("z nawożeniem wodą morską", "watering with sea water"), False, None),
                    (T("z uprawą w szklarniach", "growing in greenhouses"), False, None),
                ],
                T(
                    "Cechy jabłek wiążą się z dużymi dobowymi wahaniami temperatury przed zbiorem "
                    "i z glebami bielicowymi.",
                    "The apples' features are linked to large day–night temperature swings before "
                    "the harvest and to podzolic soils.",
                ),
            ),
            true_false(
                T(
                    "Fasola Piękny Jaś z Doliny Dunajca ma bardzo duże nasiona i krótko się gotuje.",
                    "Piękny Jaś beans from the Dunajec Valley have very large seeds and cook quickly.",
                ),
                True,
                T("Dobrze!", "Well done!"),
                T("To prawda.", "It is true."),
                T(
                    "Fasola ma bardzo duże nasiona, dużo magnezu, słodki smak, cienką skórkę "
                    "i krótki czas gotowania.",
                    "The beans have very large seeds, a lot of magnesium, a sweet taste, a thin "
                    "skin and a short cooking time.",
                ),
            ),
            matching(
                T(
                    "Dopasuj cechę miejsca do produktu.",
                    "Match the feature of the place to the product.",
                ),
                [
                    (
                        T("gleby bielicowe", "podzolic soils"),
                        T("jabłka grójeckie", "Grójec apples"),
                    ),
                    (
                        T(
                            "żyzne namuły pozostawione przez powodzie",
                            "fertile silts left by floods",
                        ),
                        T("fasola z Doliny Dunajca", "Dunajec Valley beans"),
                    ),
                    (
                        T(
                            "poranne mgły łagodzące wahania temperatury",
                            "morning mists that soften temperature swings",
                        ),
                        T("fasola z Doliny Dunajca", "Dunajec Valley beans"),
                    ),
                    (
                        T(
                            "sady od czasów królowej Bony (1545)",
                            "orchards since Queen Bona (1545)",
                        ),
                        T("jabłka grójeckie", "Grójec apples"),
                    ),
                ],
                T("Świetnie!", "Great!"),
                T(
                    "Przeczytaj jeszcze raz opisy obu produktów.",
                    "Read the descriptions of both products again.",
                ),
                T(
                    "Dolina Dunajca to jedno z najcieplejszych miejsc w Polsce, z mgłami i namułami; "
                    "sady grójeckie sięgają czasów królowej Bony i rosną na glebach bielicowych.",
                    "The Dunajec Valley is one of the warmest places in Poland, with mists and "
                    "silts; the Grójec orchards go back to Queen Bona and grow on podzolic soils.",
                ),
            ),
            short_text(
                T(
                    "W jakiej miejscowości od 2000 roku odbywa się Święto Fasoli?",
                    "In which town has the Bean Festival been held since 2000?",
                ),
                [T("Zakliczyn", "Zakliczyn"), T("w Zakliczynie", "in Zakliczyn")],
                T("Tak, w Zakliczynie.", "Yes, in Zakliczyn."),
                T("To Zakliczyn.", "It is Zakliczyn."),
                T(
                    "Święto Fasoli odbywa się w Zakliczynie od 2000 roku.",
                    "The Bean Festival has been held in Zakliczyn since 2000.",
                ),
            ),
        ],
    },
    "chronione-nazwy-produktow": {
        "title": T("Quiz: Chronione nazwy", "Quiz: Protected names"),
        "intro": T(
            "ChNP, ChOG, GTS i Lista Produktów Tradycyjnych: czym się różnią.",
            "PDO, PGI, TSG and the List of Traditional Products: how they differ.",
        ),
        "show_correct_answers": AnswerRelease.AFTER_RELEASE,
        "shuffle_options": True,
        "questions": [
            numeric(
                T(
                    "Ile polskich nazw zarejestrowano w UE jako ChNP, ChOG lub GTS do września 2023 roku?",
                    "How many Polish names were registered in the EU as PDO, PGI or TSG by September 2023?",
                ),
                "46",
                T("Tak: 46.", "Yes: 46."),
                T("Było ich 46.", "There were 46."),
                T(
                    "Twaróg wędzony (GTS, 6 września 2023) był 46. polską nazwą.",
                    "Twaróg wędzony (TSG, 6 September 2023) was the 46th Polish name.",
                ),
            ),
            matching(
                T(
                    "Ile z tych 46 nazw należy do każdego systemu?",
                    "How many of those 46 names belong to each scheme?",
                ),
                [
                    (T("ChNP", "PDO"), T("10", "10")),
                    (T("ChOG", "PGI"), T("25", "25")),
                    (T("GTS", "TSG"), T("11", "11")),
                ],
                T("Dokładnie.", "Exactly."),
                T("Policz jeszcze raz w tabeli z lekcji.", "Count again in the lesson's table."),
                T(
                    "46 nazw to 10 ChNP, 25 ChOG i 11 GTS.",
                    "The 46 names are 10 PDO, 25 PGI and 11 TSG.",
                ),
                points=3,
            ),
            single(
                T(
                    "Która nazwa była pierwszą polską nazwą zarejestrowaną w UE (11 czerwca 2007)?",
                    "Which was the first Polish name registered in the EU (11 June 2007)?",
                ),
                [
                    (T("Bryndza podhalańska", "Bryndza podhalańska"), True, T("Tak.", "Yes.")),
                    (
                        T("Oscypek", "Oscypek"),
                        False,
                        T("Oscypek był drugi (2008).", "Oscypek came second (2008)."),
                    ),
                    (
                        T("Kiełbasa lisiecka", "Kiełbasa lisiecka"),
                        False,
                        T("Ta nazwa jest z 2010 roku.", "That name is from 2010."),
                    ),
                ],
                T(
                    "Bryndza podhalańska trafiła do rejestru UE 11 czerwca 2007 roku jako pierwsza polska nazwa.",
                    "Bryndza podhalańska entered the EU register on 11 June 2007, the first Polish name.",
                ),
            ),
            single(
                T(
                    "Jakie oznaczenie ma Miód wrzosowy z Borów Dolnośląskich?",
                    "Which designation does Miód wrzosowy z Borów Dolnośląskich (heather honey) have?",
                ),
                [
                    (T("ChOG", "PGI"), True, T("Tak: ChOG, nie ChNP.", "Yes: a PGI, not a PDO.")),
                    (
                        T("ChNP", "PDO"),
                        False,
                        T("Częsty błąd: to ChOG.", "A common mistake: it is a PGI."),
                    ),
                    (T("GTS", "TSG"), False, None),
                ],
                T(
                    "Miód wrzosowy z Borów Dolnośląskich zarejestrowano w 2008 roku jako ChOG.",
                    "The heather honey was registered in 2008 as a PGI.",
                ),
            ),
            true_false(
                T(
                    "Pierekaczewnik ma chronione oznaczenie geograficzne (ChOG).",
                    "Pierekaczewnik has a Protected Geographical Indication (PGI).",
                ),
                False,
                T("Nie: pierekaczewnik jest GTS.", "No: pierekaczewnik is a TSG."),
                T(
                    "Dobrze: to gwarantowana tradycyjna specjalność.",
                    "Right: it is a Traditional Speciality Guaranteed.",
                ),
                T(
                    "Pierekaczewnik zarejestrowano w 2009 roku jako GTS, a na Liście Produktów "
                    "Tradycyjnych jest od lipca 2005.",
                    "Pierekaczewnik was registered in 2009 as a TSG; it has been on the List of "
                    "Traditional Products since July 2005.",
                ),
            ),
            ordering(
                T(
                    "Ułóż w kolejności historię rejestracji nazwy oscypek.",
                    "Put the story of registering the name oscypek in order.",
                ),
                [
                    T("Polska składa wniosek (luty 2005)", "Poland applies (February 2005)"),
                    T(
                        "Słowacja zgłasza sprzeciw (Slovenský oštiepok)",
                        "Slovakia objects (Slovenský oštiepok)",
                    ),
                    T("Oba państwa negocjują", "The two countries negotiate"),
                    T("Rejestracja ChNP (13 lutego 2008)", "PDO registration (13 February 2008)"),
                ],
                T("Tak to przebiegało.", "That is how it went."),
                T(
                    "Najpierw wniosek, na końcu rejestracja.",
                    "First the application, the registration last.",
                ),
                T(
                    "Polska złożyła wniosek w lutym 2005; Słowacja zgłosiła sprzeciw; po "
                    "negocjacjach nazwę zarejestrowano rozporządzeniem (WE) nr 127/2008 z 13 lutego 2008.",
                    "Poland applied in February 2005; Slovakia objected; after negotiations the "
                    "name was registered by Regulation (EC) No 127/2008 of 13 February 2008.",
                ),
            ),
            numeric(
                T(
                    "Ile lat co najmniej trzeba stosować metody wytwarzania, żeby produkt był "
                    "„tradycyjny” w rozumieniu ustawy?",
                    "For how many years at least must production methods have been used for a "
                    "product to be “traditional” under the act?",
                ),
                "25",
                T("Tak: co najmniej 25 lat.", "Yes: at least 25 years."),
                T("Ustawa mówi o 25 latach.", "The act says 25 years."),
                T(
                    "Art. 47 ustawy z 17 grudnia 2004: tradycyjne są metody stosowane od co najmniej 25 lat.",
                    "Art. 47 of the act of 17 December 2004: traditional means methods used for "
                    "at least 25 years.",
                ),
                unit=T("lat", "years"),
            ),
            multiple(
                T(
                    "Które z tych nazw są gwarantowanymi tradycyjnymi specjalnościami (GTS)?",
                    "Which of these names are Traditional Specialities Guaranteed (TSG)?",
                ),
                [
                    (T("Kabanosy staropolskie", "Kabanosy staropolskie"), True, None),
                    (T("Olej rydzowy tradycyjny", "Olej rydzowy tradycyjny"), True, None),
                    (T("Twaróg wędzony", "Twaróg wędzony"), True, None),
                    (
                        T("Karp zatorski", "Karp zatorski"),
                        False,
                        T("Karp zatorski to ChNP.", "Karp zatorski is a PDO."),
                    ),
                ],
                T(
                    "GTS nie wiąże nazwy z miejscem; karp zatorski jest ChNP (2011).",
                    "A TSG does not tie a name to a place; Karp zatorski is a PDO (2011).",
                ),
                points=3,
            ),
        ],
    },
    # -- Strand: traditional methods -------------------------------------------------------
    "jak-baca-robi-oscypek": {
        "title": T("Quiz: Jak baca robi oscypek", "Quiz: How a shepherd makes oscypek"),
        "intro": T(
            "Od owczego mleka do wędzonego sera: sprawdź, czy pamiętasz każdy krok.",
            "From sheep's milk to smoked cheese: check that you remember every step.",
        ),
        "display_mode": DisplayMode.ONE_PER_SCREEN,
        "questions": [
            ordering(
                T(
                    "Ułóż etapy wyrobu oscypka we właściwej kolejności.",
                    "Put the stages of making oscypek in the right order.",
                ),
                [
                    T("cedzenie mleka przez płótno", "straining the milk through linen"),
                    T("podgrzanie mleka w miedzianym kotle", "warming the milk in a copper vessel"),
                    T("dodanie klagu (podpuszczki)", "adding klag (rennet)"),
                    T(
                        "formowanie wrzeciona i odciskanie wzorów",
                        "shaping the spindle and pressing patterns",
                    ),
                    T("moczenie w solance", "soaking in brine"),
                    T("wędzenie pod dachem bacówki", "smoking under the roof of the hut"),
                ],
                T("Brawo, jak prawdziwy baca!", "Well done, like a real baca!"),
                T("Zacznij od mleka, skończ na dymie.", "Start with the milk, end with the smoke."),
                T(
                    "Mleko cedzi się, podgrzewa i zaprawia klagiem; skrzep się rozbija, odciska "
                    "i parzy, formuje w wrzeciono z wzorami, moczy w solance i wędzi na zimno.",
                    "The milk is strained, warmed and curdled with klag; the curd is broken, "
                    "pressed and scalded, shaped into a patterned spindle, soaked in brine and "
                    "cold-smoked.",
                ),
                points=3,
            ),
            multiple(
                T(
                    "Z mleka jakich zwierząt może powstać oscypek?",
                    "Milk of which animals can oscypek be made from?",
                ),
                [
                    (
                        T("owiec", "sheep"),
                        True,
                        T("Tak: polskiej owcy górskiej.", "Yes: the Polish Mountain Sheep."),
                    ),
                    (T("krów", "cows"), True, T("Tak, ale najwyżej 40%.", "Yes, but at most 40%.")),
                    (
                        T("kóz", "goats"),
                        False,
                        T("Nie: mleka koziego się nie dodaje.", "No: goat's milk is not added."),
                    ),
                ],
                T(
                    "Oscypek robi się z mleka polskiej owcy górskiej; można dodać mleko krowie "
                    "(polskiej czerwonej), najwyżej 40%.",
                    "Oscypek is made from the milk of the Polish Mountain Sheep; cow's milk "
                    "(Polish Red) may be added, at most 40%.",
                ),
            ),
            numeric(
                T(
                    "Ile procent mleka krowiego można najwyżej dodać do oscypka?",
                    "At most what percentage of cow's milk may be added to oscypek?",
                ),
                "40",
                T("Tak, 40%.", "Yes, 40%."),
                T("Najwyżej 40%.", "At most 40%."),
                T("Reszta to mleko owcze.", "The rest is sheep's milk."),
                unit="%",
            ),
            single(
                T("Kiedy robi się oscypki?", "When is oscypek made?"),
                [
                    (T("od maja do września", "from May to September"), True, T("Tak.", "Yes.")),
                    (
                        T("przez cały rok", "all year round"),
                        False,
                        T("Nie: tylko w sezonie wypasu.", "No: only in the grazing season."),
                    ),
                    (T("od listopada do marca", "from November to March"), False, None),
                ],
                T(
                    "Oscypki robi się od maja do września, a sprzedaje do końca października.",
                    "Oscypek is made from May to September and sold until the end of October.",
                ),
            ),
            short_text(
                T(
                    "Jak nazywa się rzeźbiony drewniany pierścień do odciskania wzorów na oscypku?",
                    "What is the carved wooden ring for pressing patterns on oscypek called?",
                ),
                [T("oscypiorka", "oscypiorka")],
                T("Brawo!", "Well done!"),
                T("To oscypiorka.", "It is the oscypiorka."),
                T(
                    "Wzory odciska się rzeźbionym drewnianym pierścieniem – oscypiorką.",
                    "The patterns are pressed with a carved wooden ring, the oscypiorka.",
                ),
            ),
            voivodeship(
                T(
                    "Oscypek może być wytwarzany tylko w dwóch województwach. Wskaż jedno z nich.",
                    "Oscypek may only be made in two voivodeships. Choose one of them.",
                ),
                ["12", "24"],
                T("Tak.", "Yes."),
                T("To małopolskie i śląskie.", "They are małopolskie and śląskie."),
                T(
                    "Oscypek z ChNP wytwarza się tylko w województwach małopolskim i śląskim "
                    "(Podhale i sąsiednie tereny górskie).",
                    "PDO oscypek is made only in the małopolskie and śląskie voivodeships "
                    "(Podhale and the neighbouring mountains).",
                ),
            ),
            true_false(
                T("Oscypek wędzi się na zimno.", "Oscypek is cold-smoked."),
                True,
                T("Tak, przez kilka do kilkunastu dni.", "Yes, for several to a dozen days."),
                T("To prawda: wędzenie jest zimne.", "It is true: the smoking is cold."),
                T(
                    "Ser wędzi się na zimno pod dachem bacówki, aż nabierze jasnobrązowego koloru.",
                    "The cheese is cold-smoked under the roof of the hut until it turns light brown.",
                ),
            ),
        ],
    },
    "karp-zatorski-w-stawach-ziemnych": {
        "title": T("Quiz: Karp zatorski", "Quiz: Zator carp"),
        "intro": T(
            "Metoda zatorska, stawy ziemne i ptaki mokradeł.",
            "The Zator method, earthen ponds and wetland birds.",
        ),
        "shuffle_questions": True,
        "questions": [
            voivodeship(
                T(
                    "Z którego województwa jest karp zatorski?",
                    "Which voivodeship is Zator carp from?",
                ),
                ["12"],
                T("Tak, z Małopolski.", "Yes, from Lesser Poland."),
                T("Zator leży w Małopolsce.", "Zator is in Lesser Poland."),
                T(
                    "Dolina Karpia obejmuje 7 gmin powiatów oświęcimskiego i wadowickiego w Małopolsce.",
                    "The Carp Valley covers 7 gminy of the Oświęcim and Wadowice powiats in Lesser Poland.",
                ),
            ),
            numeric(
                T(
                    "Ile lat trwa cykl hodowli karpia metodą zatorską?",
                    "How many years does the Zator method's rearing cycle take?",
                ),
                "2",
                T("Tak: dwa lata.", "Yes: two years."),
                T("Cykl jest dwuletni.", "The cycle takes two years."),
                T(
                    "Karpia zatorskiego hoduje się w dwuletnim cyklu, tylko w stawach ziemnych.",
                    "Zator carp is reared in a two-year cycle, only in earthen ponds.",
                ),
                unit=T("lata", "years"),
            ),
            single(
                T("Gdzie hoduje się karpia zatorskiego?", "Where is Zator carp reared?"),
                [
                    (T("w stawach ziemnych", "in earthen ponds"), True, T("Tak.", "Yes.")),
                    (T("w betonowych basenach", "in concrete tanks"), False, None),
                    (T("w klatkach w morzu", "in cages at sea"), False, None),
                ],
                T(
                    "Karpie żyją w ziemnych stawach i jedzą naturalny pokarm, uzupełniany tylko "
                    "zbożem od miejscowych rolników.",
                    "The carp live in earthen ponds and eat natural food, supplemented only with "
                    "cereals from local farmers.",
                ),
            ),
            multiple(
                T(
                    "Wzdłuż których rzek budowano łańcuchy stawów?",
                    "Along which rivers were the chains of ponds built?",
                ),
                [
                    (T("Wisła", "the Vistula"), True, None),
                    (T("Soła", "the Soła"), True, None),
                    (T("Skawa", "the Skawa"), True, None),
                    (T("Warta", "the Warta"), False, None),
                ],
                T(
                    "Stawy budowano łańcuchami wzdłuż Wisły, Soły i Skawy, z grawitacyjnym "
                    "dopływem i odpływem wody.",
                    "The ponds were built as chains along the Vistula, Soła and Skawa, with "
                    "water flowing in and out by gravity.",
                ),
                points=3,
            ),
            multiple(
                T(
                    "Które ptaki znajdują schronienie na stawach Doliny Karpia według źródeł lekcji?",
                    "Which birds find refuge at the Carp Valley ponds, according to the lesson's sources?",
                ),
                [
                    (T("ślepowron", "night heron"), True, None),
                    (T("rybitwa białowąsa", "whiskered tern"), True, None),
                    (
                        T("flaming", "flamingo"),
                        False,
                        T("Flamingi nie żyją w Polsce.", "Flamingos do not live in Poland."),
                    ),
                ],
                T(
                    "Stawy dają schronienie wielu zagrożonym ptakom, np. ślepowronowi i rybitwie "
                    "białowąsej, a także czaplom, perkozom i kaczkom.",
                    "The ponds shelter many threatened birds, such as the night heron and the "
                    "whiskered tern, as well as herons, grebes and ducks.",
                ),
            ),
            true_false(
                T(
                    "Hodowla karpi w okolicach Zatora sięga XIV wieku.",
                    "Carp farming around Zator goes back to the 14th century.",
                ),
                True,
                T(
                    "Tak, a rozkwit przypadł na XVI wiek.",
                    "Yes, with its heyday in the 16th century.",
                ),
                T("To prawda.", "It is true."),
                T(
                    "Hodowla karpi w Zatorze sięga XIV wieku; XVI wiek był jej złotym okresem.",
                    "Carp farming at Zator dates from the 14th century; the 16th century was its heyday.",
                ),
            ),
            short_text(
                T(
                    "Jak nazywa się obszar wokół Zatora słynący z hodowli karpi?",
                    "What is the area around Zator famous for carp farming called?",
                ),
                [T("Dolina Karpia", "Carp Valley"), T("Dolina Karpi", "Dolina Karpia")],
                T("Tak!", "Yes!"),
                T("To Dolina Karpia.", "It is the Carp Valley (Dolina Karpia)."),
                T(
                    "„Dolina Karpia” to 7 gmin o powierzchni około 310 km².",
                    "The “Carp Valley” is 7 gminy covering about 310 km².",
                ),
            ),
        ],
    },
    "wisnia-nadwislanka-odrosty-korzeniowe": {
        "title": T("Quiz: Wiśnia nadwiślanka", "Quiz: The Vistula cherry"),
        "intro": T(
            "Jak sadownicy znad Wisły zachowali miejscowy typ wiśni.",
            "How growers along the Vistula kept a local cherry type.",
        ),
        "questions": [
            multiple(
                T(
                    "W których województwach leży obszar pochodzenia wiśni nadwiślanki?",
                    "Which voivodeships is the area of origin of the Vistula cherry in?",
                ),
                [
                    (MAZOWIECKIE, True, None),
                    (SWIETOKRZYSKIE, True, None),
                    (LUBELSKIE, True, None),
                    (PODKARPACKIE, False, None),
                ],
                T(
                    "Pas nad Wisłą obejmuje gminy w województwach mazowieckim, świętokrzyskim i lubelskim.",
                    "The strip along the Vistula covers gminy in mazowieckie, świętokrzyskie and lubelskie.",
                ),
                points=3,
            ),
            single(
                T("Jak rozmnaża się wiśnię nadwiślankę?", "How is the Vistula cherry propagated?"),
                [
                    (
                        T("tylko z odrostów korzeniowych", "only from root suckers"),
                        True,
                        T("Tak.", "Yes."),
                    ),
                    (
                        T("z pestek", "from stones (seeds)"),
                        False,
                        T(
                            "Nie: z nasion powstałyby inne drzewa.",
                            "No: seeds would give different trees.",
                        ),
                    ),
                    (
                        T("przez szczepienie na innej wiśni", "by grafting onto another cherry"),
                        False,
                        None,
                    ),
                ],
                T(
                    "Sokówka odroślowa rozmnaża się tylko wegetatywnie, z odrostów korzeniowych, "
                    "co zachowuje miejscowy typ.",
                    "The suckering type is propagated only vegetatively, from root suckers, which "
                    "keeps the local type.",
                ),
            ),
            short_text(
                T(
                    "Od jakiego gatunku (nazwa łacińska) wyselekcjonowano sokówkę odroślową?",
                    "Which species (Latin name) was the suckering sour cherry selected from?",
                ),
                [T("Prunus fruticosa", "Prunus fruticosa")],
                T("Tak: wiśnia karłowata (stepowa).", "Yes: the steppe (dwarf) cherry."),
                T("To Prunus fruticosa.", "It is Prunus fruticosa."),
                T(
                    "Sokówkę wyselekcjonowano z wiśni karłowatej Prunus fruticosa, która wciąż rośnie "
                    "tam dziko.",
                    "It was selected from the steppe cherry Prunus fruticosa, which still grows "
                    "wild in the area.",
                ),
            ),
            numeric(
                T(
                    "W którym roku wiśnię nadwiślankę zarejestrowano jako ChNP?",
                    "In which year was the Vistula cherry registered as a PDO?",
                ),
                "2009",
                T("Tak: 2009.", "Yes: 2009."),
                T("To był 2009 rok.", "It was 2009."),
                T(
                    "Rozporządzenie Komisji (WE) nr 1232/2009 z 15 grudnia 2009.",
                    "Commission Regulation (EC) No 1232/2009 of 15 December 2009.",
                ),
            ),
            true_false(
                T(
                    "Wiśnia nadwiślanka była pierwszym produktem ze Świętokrzyskiego zarejestrowanym w UE.",
                    "The Vistula cherry was the first product from Świętokrzyskie registered in the EU.",
                ),
                True,
                T("Tak.", "Yes."),
                T("To prawda.", "It is true."),
                T(
                    "Była pierwszym produktem z województwa świętokrzyskiego w systemie UE.",
                    "It was the first product from Świętokrzyskie voivodeship in the EU scheme.",
                ),
            ),
            single(
                T(
                    "W której miejscowości posadzono pierwsze drzewa na początku XX wieku?",
                    "In which village were the first trees planted in the early 20th century?",
                ),
                [
                    (
                        T("Słupia Nadbrzeżna", "Słupia Nadbrzeżna"),
                        True,
                        T("Stąd dawna nazwa „słupianka”.", "Hence the old name “słupianka”."),
                    ),
                    (T("Zator", "Zator"), False, None),
                    (T("Grójec", "Grójec"), False, None),
                ],
                T(
                    "Pierwsze nasadzenia były w Słupi Nadbrzeżnej; owoce wożono łodziami na trasie "
                    "Warszawa–Sandomierz.",
                    "The first plantings were at Słupia Nadbrzeżna; the fruit went by river boat "
                    "on the Warsaw–Sandomierz route.",
                ),
            ),
            matching(
                T("Dopasuj pojęcie do jego znaczenia.", "Match each term to its meaning."),
                [
                    (
                        T("odrost korzeniowy", "root sucker"),
                        T("nowy pęd wyrastający z korzenia", "a new shoot growing from the root"),
                    ),
                    (
                        T("rozmnażanie wegetatywne", "vegetative propagation"),
                        T(
                            "nowa roślina bez nasion, z części starej",
                            "a new plant without seeds, from part of the old one",
                        ),
                    ),
                    (
                        T("ChNP", "PDO"),
                        T("chroniona nazwa pochodzenia", "protected designation of origin"),
                    ),
                ],
                T("Świetnie.", "Great."),
                T("Przeczytaj słowniczek lekcji.", "Read the lesson's key terms."),
                T(
                    "Rozmnażanie z odrostów korzeniowych to rozmnażanie wegetatywne: potomstwo jest "
                    "takie samo jak roślina macierzysta.",
                    "Propagation from root suckers is vegetative: the offspring is the same as "
                    "the parent plant.",
                ),
                points=3,
            ),
        ],
    },
    # -- Strand: environment ---------------------------------------------------------------
    "pszczoly-na-wrzosowisku": {
        "title": T("Quiz: Pszczoły na wrzosowisku", "Quiz: Bees on the heath"),
        "intro": T("Skąd się bierze miód wrzosowy?", "Where does heather honey come from?"),
        "display_mode": DisplayMode.ONE_PER_SCREEN,
        "questions": [
            single(
                T(
                    "W którym miesiącu zaczyna kwitnąć wrzos?",
                    "In which month does heather start to flower?",
                ),
                [
                    (T("w sierpniu", "in August"), True, T("Tak!", "Yes!")),
                    (
                        T("w styczniu", "in January"),
                        False,
                        T("W styczniu jest zima.", "January is winter."),
                    ),
                    (T("w kwietniu", "in April"), False, None),
                ],
                T(
                    "Wrzos kwitnie od początku sierpnia przez 3–4 tygodnie.",
                    "Heather flowers from early August for 3–4 weeks.",
                ),
            ),
            true_false(
                T(
                    "Pszczelarze przywożą ule na wrzosowiska w sierpniu.",
                    "Beekeepers bring their hives to the heathlands in August.",
                ),
                True,
                T("Tak!", "Yes!"),
                T("To prawda.", "It is true."),
                T(
                    "Ule przewozi się na wrzosowiska w sierpniu, gdy kwitnie wrzos.",
                    "Hives are moved to the heath in August, when the heather flowers.",
                ),
            ),
            numeric(
                T("Ile tygodni kwitnie wrzos?", "For how many weeks does heather flower?"),
                "3.5",
                T("Tak: 3–4 tygodnie.", "Yes: 3–4 weeks."),
                T("Wrzos kwitnie 3–4 tygodnie.", "Heather flowers for 3–4 weeks."),
                T("Każda odpowiedź od 3 do 4 jest dobra.", "Any answer from 3 to 4 is right."),
                tolerance="0.5",
                unit=T("tygodni", "weeks"),
            ),
            single(
                T(
                    "Z nektaru jakiej rośliny pszczoły robią miód wrzosowy?",
                    "Nectar of which plant do bees make heather honey from?",
                ),
                [
                    (T("wrzosu", "heather"), True, T("Tak.", "Yes.")),
                    (T("róży", "roses"), False, None),
                    (T("ziemniaka", "potatoes"), False, None),
                ],
                T(
                    "Miód wrzosowy to nektar wrzosu zwyczajnego; pyłku wrzosu musi być co najmniej 50%.",
                    "Heather honey is from the nectar of common heather; at least 50% of its pollen "
                    "must be heather pollen.",
                ),
            ),
            voivodeship(
                T(
                    "W którym województwie są Bory Dolnośląskie?",
                    "Which voivodeship are the Lower Silesian Forests in?",
                ),
                ["02"],
                T("Tak, na Dolnym Śląsku.", "Yes, in Lower Silesia."),
                T("Nazwa podpowiada: Dolny Śląsk.", "The name gives a clue: Lower Silesia."),
                T(
                    "Bory Dolnośląskie leżą w województwie dolnośląskim.",
                    "The Lower Silesian Forests are in Lower Silesian voivodeship.",
                ),
            ),
            single(
                T(
                    "Kto pozwala pszczelarzom postawić ule w lesie w Nadleśnictwie Świętoszów?",
                    "Who lets beekeepers put their hives in the forest of the Świętoszów district?",
                ),
                [
                    (
                        T("leśnicy", "foresters"),
                        True,
                        T(
                            "Tak, za darmo, na podstawie umów.",
                            "Yes, free of charge, by agreement.",
                        ),
                    ),
                    (T("rybacy", "fishermen"), False, None),
                    (T("piekarze", "bakers"), False, None),
                ],
                T(
                    "Leśnicy podpisują z pszczelarzami umowy: w jednym sezonie ponad 140 umów i około 13 000 uli.",
                    "Foresters sign agreements with beekeepers: in one season over 140 agreements "
                    "and about 13,000 hives.",
                ),
            ),
            true_false(
                T(
                    "W suche lata wrzos może nie zakwitnąć i wtedy nie ma miodu wrzosowego.",
                    "In dry years heather may not flower, and then there is no heather honey.",
                ),
                True,
                T(
                    "Tak. Pszczoły potrzebują kwitnącego wrzosu.",
                    "Yes. Bees need flowering heather.",
                ),
                T(
                    "To prawda: w suszę miodu nie było.",
                    "It is true: in droughts there was no honey.",
                ),
                T(
                    "W latach suszy wrzos nie zakwitł i nie zebrano miodu wrzosowego.",
                    "In drought years the heather did not flower and no heather honey was harvested.",
                ),
            ),
        ],
    },
    "wypas-kulturowy": {
        "title": T("Quiz: Wypas kulturowy", "Quiz: Cultural grazing"),
        "intro": T(
            "Owce, hale i sukcesja: dlaczego wypas chroni przyrodę.",
            "Sheep, mountain pastures and succession: why grazing protects nature.",
        ),
        "show_correct_answers": AnswerRelease.AFTER_DUE_DATE,
        "questions": [
            single(
                T(
                    "Co dzieje się z górską halą, na której przestano wypasać owce?",
                    "What happens to a mountain pasture where sheep no longer graze?",
                ),
                [
                    (
                        T("zarasta krzewami i drzewami", "shrubs and trees invade it"),
                        True,
                        T("Tak: to sukcesja.", "Yes: that is succession."),
                    ),
                    (T("zamienia się w jezioro", "it turns into a lake"), False, None),
                    (
                        T("nic się nie zmienia", "nothing changes"),
                        False,
                        T("Zmienia się: wkraczają krzewy.", "It does change: shrubs move in."),
                    ),
                ],
                T(
                    "Niewypasane hale i polany zarastają krzewami i drzewami, a krajobraz traci wartość.",
                    "Ungrazed pastures and glades are invaded by shrubs and trees, and the "
                    "landscape loses value.",
                ),
            ),
            short_text(
                T(
                    "Jak nazywa się proces zarastania hali krzewami i drzewami?",
                    "What is the process of a pasture being overgrown by shrubs and trees called?",
                ),
                [T("sukcesja", "succession"), T("sukcesja ekologiczna", "ecological succession")],
                T("Tak, to sukcesja.", "Yes, succession."),
                T("To sukcesja.", "It is succession."),
                T("Wypas zatrzymuje sukcesję.", "Grazing halts succession."),
            ),
            matching(
                T("Dopasuj słowo do jego znaczenia.", "Match each word to its meaning."),
                [
                    (
                        T("redyk", "redyk"),
                        T(
                            "wiosenne pędzenie owiec na hale",
                            "the spring drive of sheep to the pastures",
                        ),
                    ),
                    (
                        T("baca", "baca"),
                        T("prowadzi bacówkę przez lato", "runs the shepherd's hut in summer"),
                    ),
                    (T("juhasi", "juhasi"), T("pomocnicy bacy", "the baca's helpers")),
                ],
                T("Dokładnie.", "Exactly."),
                T("Zajrzyj do słowniczka lekcji.", "Look at the lesson's key terms."),
                T(
                    "Wypas organizuje się wokół redyku i bacy, który prowadzi bacówkę z pomocnikami – juhasami.",
                    "Grazing is organised around the redyk and the baca, who runs the hut with "
                    "helpers, the juhasi.",
                ),
                points=3,
            ),
            true_false(
                T(
                    "Sezon wypasu trwa od maja do października.",
                    "The grazing season lasts from May to October.",
                ),
                True,
                T("Tak.", "Yes."),
                T("To prawda.", "It is true."),
                T(
                    "Sezon trwa od maja do października, a sprzedaż serów to główny dochód bacówki.",
                    "The season lasts from May to October, and cheese sales are the main income of the system.",
                ),
            ),
            single(
                T(
                    "Gdzie wypas kulturowy chroni cenne zbiorowiska roślin na Hali Majerz?",
                    "Where does cultural grazing protect valuable plant communities on Hala Majerz?",
                ),
                [
                    (T("w Pienińskim Parku Narodowym", "in the Pieniny National Park"), True, None),
                    (T("w Borach Dolnośląskich", "in the Lower Silesian Forests"), False, None),
                    (T("w Dolinie Karpia", "in the Carp Valley"), False, None),
                ],
                T(
                    "Hala Majerz leży w Pienińskim Parku Narodowym (Kawęcka i in., Wiadomości Zootechniczne 2017).",
                    "Hala Majerz is in the Pieniny National Park (Kawęcka et al., Wiadomości "
                    "Zootechniczne 2017).",
                ),
            ),
            multiple(
                T("Co daje wypas kulturowy?", "What does cultural grazing do?"),
                [
                    (T("zatrzymuje sukcesję", "halts succession"), True, None),
                    (
                        T(
                            "chroni cenne zbiorowiska roślin łąkowych",
                            "protects valuable meadow plant communities",
                        ),
                        True,
                        None,
                    ),
                    (T("podtrzymuje lokalną tradycję", "keeps local tradition alive"), True, None),
                    (
                        T("zamienia hale w pola kukurydzy", "turns pastures into maize fields"),
                        False,
                        None,
                    ),
                ],
                T(
                    "Wypas na obszarach chronionych zatrzymuje sukcesję i podtrzymuje lokalną tradycję.",
                    "Grazing in protected areas halts succession and keeps local tradition alive.",
                ),
                points=3,
            ),
            ordering(
                T("Ułóż sezon pasterski w kolejności.", "Put the shepherding season in order."),
                [
                    T(
                        "redyk: owce idą na hale (maj)",
                        "redyk: the sheep go up to the pastures (May)",
                    ),
                    T(
                        "wypas i wyrób serów w bacówce (lato)",
                        "grazing and cheese-making in the hut (summer)",
                    ),
                    T("koniec sezonu wypasu (październik)", "end of the grazing season (October)"),
                ],
                T("Tak.", "Yes."),
                T("Sezon zaczyna się redykiem w maju.", "The season begins with the redyk in May."),
                T("Sezon trwa od maja do października.", "The season lasts from May to October."),
            ),
        ],
    },
    "lasy-jodlowe-i-miod-spadziowy": {
        "title": T("Quiz: Lasy jodłowe i miód spadziowy", "Quiz: Fir forests and honeydew honey"),
        "intro": T(
            "Co specyfikacje trzech miodów mówią o lesie, pszczołach i krajobrazie.",
            "What the specifications of three honeys say about forest, bees and landscape.",
        ),
        "shuffle_questions": True,
        "shuffle_options": True,
        "questions": [
            single(
                T(
                    "Z jakiego drzewa pszczoły zbierają głównie spadź do podkarpackiego miodu spadziowego?",
                    "From which tree do bees mainly collect the honeydew for Podkarpacki miód spadziowy?",
                ),
                [
                    (
                        T("z jodły pospolitej", "silver fir"),
                        True,
                        T("Tak: Abies alba.", "Yes: Abies alba."),
                    ),
                    (T("z lipy", "lime"), False, None),
                    (
                        T("z rzepaku", "oilseed rape"),
                        False,
                        T("Rzepak to nie drzewo.", "Rape is not a tree."),
                    ),
                ],
                T(
                    "Spadź pochodzi głównie z jodły pospolitej (Abies alba); może być też spadź "
                    "świerkowa lub sosnowa.",
                    "The honeydew comes mainly from silver fir (Abies alba); spruce or pine "
                    "honeydew may also be present.",
                ),
            ),
            numeric(
                T(
                    "Ile procent co najmniej musi stanowić spadź jodłowa w podkarpackim miodzie spadziowym?",
                    "At least what percentage of fir honeydew must Podkarpacki miód spadziowy contain?",
                ),
                "70",
                T("Tak: co najmniej 70%.", "Yes: at least 70%."),
                T("Co najmniej 70%.", "At least 70%."),
                T("Tak mówi specyfikacja produktu.", "That is what the specification says."),
                unit="%",
            ),
            numeric(
                T(
                    "A ile procent co najmniej spadzi jodłowej ma miód spadziowy z Beskidu Wyspowego?",
                    "And at least what percentage of fir honeydew does Miód spadziowy z Beskidu Wyspowego have?",
                ),
                "95",
                T("Tak: co najmniej 95%.", "Yes: at least 95%."),
                T("Co najmniej 95%.", "At least 95%."),
                T(
                    "Miód z Beskidu Wyspowego (ChNP 2020) ma co najmniej 95% spadzi jodłowej.",
                    "The Beskid Wyspowy honey (PDO 2020) has at least 95% fir honeydew.",
                ),
                unit="%",
            ),
            multiple(
                T(
                    "Które pszczoły wolno trzymać przy produkcji podkarpackiego miodu spadziowego?",
                    "Which bees may be kept to make Podkarpacki miód spadziowy?",
                ),
                [
                    (T("środkowoeuropejskie", "Central European"), True, None),
                    (T("kraińskie", "Carniolan"), True, None),
                    (T("kaukaskie", "Caucasian"), True, None),
                    (
                        T("włoskie", "Italian"),
                        False,
                        T(
                            "Tych specyfikacja nie wymienia.",
                            "The specification does not list these.",
                        ),
                    ),
                ],
                T(
                    "Dozwolone są tylko pszczoły środkowoeuropejskie, kraińskie i kaukaskie.",
                    "Only Central European, Carniolan and Caucasian bees may be used.",
                ),
                points=3,
            ),
            matching(
                T("Dopasuj miód do województwa.", "Match each honey to its voivodeship."),
                [
                    (T("Podkarpacki miód spadziowy", "Podkarpacki miód spadziowy"), PODKARPACKIE),
                    (
                        T(
                            "Miód spadziowy z Beskidu Wyspowego",
                            "Miód spadziowy z Beskidu Wyspowego",
                        ),
                        MALOPOLSKIE,
                    ),
                    (
                        T(
                            "Miód z Sejneńszczyzny/Łoździejszczyzny",
                            "Miód z Sejneńszczyzny/Łoździejszczyzny",
                        ),
                        PODLASKIE,
                    ),
                ],
                T("Dokładnie.", "Exactly."),
                T("Sprawdź na mapie.", "Check on the map."),
                T(
                    "Podkarpacki – podkarpackie; z Beskidu Wyspowego – powiaty limanowski i myślenicki "
                    "w małopolskim; z Sejneńszczyzny – podlaskie.",
                    "Podkarpacki – podkarpackie; Beskid Wyspowy – the Limanowa and Myślenice powiats "
                    "in małopolskie; Sejny – podlaskie.",
                ),
                points=3,
            ),
            numeric(
                T(
                    "W jakiej odległości (w km) co najmniej od pól monokultur muszą stać ule przy "
                    "miodzie z Sejneńszczyzny?",
                    "At least how far (in km) from monoculture fields must the hives for the Sejny "
                    "honey stand?",
                ),
                "2",
                T("Tak: co najmniej 2 km.", "Yes: at least 2 km."),
                T("Co najmniej 2 km.", "At least 2 km."),
                T(
                    "Ule muszą stać co najmniej 2 km od monokultur; miód pochodzi z łąk, torfowisk, "
                    "zarośli i lasów.",
                    "Hives must be at least 2 km from monoculture fields; the honey comes from "
                    "meadows, peat bogs, scrub and forests.",
                ),
                unit="km",
            ),
            true_false(
                T(
                    "Miód z Sejneńszczyzny/Łoździejszczyzny to pierwsza nazwa w UE wspólna dla dwóch państw.",
                    "Miód z Sejneńszczyzny/Łoździejszczyzny is the first EU name shared by two countries.",
                ),
                True,
                T("Tak: Polski i Litwy.", "Yes: Poland and Lithuania."),
                T("To prawda.", "It is true."),
                T(
                    "To pierwsza nazwa w UE wspólna dla Polski i Litwy (ChNP, 2012).",
                    "It is the first EU name shared by Poland and Lithuania (PDO, 2012).",
                ),
            ),
        ],
    },
}


def questions_value(lesson_slug, questions, strings):
    """The StreamField value of a quiz: fixed ids, Polish text, English recorded in strings."""
    value = []
    for number, (kind, fields) in enumerate(questions):
        question_id = _id(lesson_slug, number)
        fields = to_polish(fields, strings)
        for list_name in ("choices", "accepted_answers", "steps", "pairs"):
            if list_name in fields:
                if list_name == "choices":
                    fields[list_name] = [
                        {"text": text, "correct": correct, "feedback": feedback or NONE}
                        for text, correct, feedback in fields[list_name]
                    ]
                fields[list_name] = [
                    {"type": "item", "value": item, "id": _id(lesson_slug, number, index)}
                    for index, item in enumerate(fields[list_name])
                ]
        value.append({"type": kind, "value": fields, "id": question_id})
    return value


def load(command):
    created = 0
    lessons = LessonPage.objects.filter(locale__language_code="pl", slug__in=QUIZZES)
    for lesson in lessons:
        spec = QUIZZES[lesson.slug]
        # Units and symbols that are the same in both languages are segments too.
        strings = {"%": "%", "km": "km"}
        slug = to_polish(QUIZ_SLUG, strings)
        quiz = QuizPage.objects.child_of(lesson).filter(slug=slug).first()
        if quiz is None:
            quiz = QuizPage(
                slug=slug,
                locale=lesson.locale,
                title=to_polish(spec["title"], strings),
                summary=to_polish(spec["intro"], strings),
                intro=to_polish(spec["intro"], strings),
                questions=questions_value(lesson.slug, spec["questions"], strings),
                display_mode=spec.get("display_mode", DisplayMode.ALL_ON_ONE_PAGE),
                shuffle_questions=spec.get("shuffle_questions", False),
                shuffle_options=spec.get("shuffle_options", False),
                show_correct_answers=spec.get("show_correct_answers", AnswerRelease.IMMEDIATELY),
            )
            lesson.add_child(instance=quiz)
            quiz.save_revision().publish()
            created += 1
        else:
            to_polish(spec["title"], strings)
            to_polish(spec["intro"], strings)
            questions_value(lesson.slug, spec["questions"], strings)
        if quiz.get_translation_or_none(english()) is None and lesson.get_translation_or_none(
            english()
        ):
            translate(quiz, "en", strings)
    command.stdout.write(f"quizzes: {lessons.count()} quizzes ({created} new), one per demo lesson")
