"""The judged relevance set of the site search, on the real demo content.

Each judgement is a query as a student or a teacher types it (inflected forms, no Polish
accents, two-word product names, a region, a method, an environment term) and the pages that a
person judged right for it: one of them must come first, or within the first three results.
For a product's name, its origin story (or its lesson) must outrank quizzes, topics and index
pages.

The set runs on SQLite and, with DATABASE_URL, on PostgreSQL; the share that holds is the
number of passing cases (README, "Search"). The demo is loaded once for the module
(``demo_site`` in tests/conftest.py).
"""

import pytest

# Where the demo's pages live.
STORY = {
    "oscypek": "/pl/historie/oscypek/",
    "bryndza": "/pl/historie/bryndza-podhalanska/",
    "karp": "/pl/historie/karp-zatorski/",
    "miod-wrzosowy": "/pl/historie/miod-wrzosowy-z-borow-dolnoslaskich/",
    "miod-spadziowy": "/pl/historie/podkarpacki-miod-spadziowy/",
    "wisnia": "/pl/historie/wisnia-nadwislanka/",
    "jablka": "/pl/historie/jablka-grojeckie/",
    "fasola": "/pl/historie/fasola-piekny-jas/",
}
LESSON = {
    "miejsce": "/pl/lekcje/dlaczego-miejsce-ma-znaczenie/",
    "oscypek": "/pl/lekcje/jak-baca-robi-oscypek/",
    "karp": "/pl/lekcje/karp-zatorski-w-stawach-ziemnych/",
    "wisnia": "/pl/lekcje/wisnia-nadwislanka-odrosty-korzeniowe/",
    "pszczoly": "/pl/lekcje/pszczoly-na-wrzosowisku/",
    "wypas": "/pl/lekcje/wypas-kulturowy/",
    "lasy": "/pl/lekcje/lasy-jodlowe-i-miod-spadziowy/",
}
TOPIC = {
    "laki": "/pl/przyroda-i-srodowisko/laki-gorskie-i-wypas-owiec/",
    "stawy": "/pl/przyroda-i-srodowisko/stawy-karpiowe-jako-mokradla/",
    "pszczoly": "/pl/przyroda-i-srodowisko/pszczoly-i-wrzosowiska/",
    "lasy": "/pl/przyroda-i-srodowisko/lasy-jodlowe-i-miod-spadziowy/",
    "sady": "/pl/przyroda-i-srodowisko/stare-sady-i-lokalne-odmiany/",
    "sezon": "/pl/przyroda-i-srodowisko/sezonowosc-i-lokalnosc/",
}
ZUREK = ["/pl/produkty/zurek-po-krakowsku/", "/pl/produkty/zurek-siewierski/"]
KIELBASA = "/pl/produkty/kielbasa-lisiecka/"

EN_STORY = {
    "oscypek": "/en/stories/oscypek/",
    "bryndza": "/en/stories/podhale-bryndza/",
    "carp": "/en/stories/zator-carp/",
    "heather": "/en/stories/heather-honey-lower-silesian-forest/",
    "honeydew": "/en/stories/subcarpathian-honeydew-honey/",
    "cherry": "/en/stories/vistula-cherry/",
    "apples": "/en/stories/grojec-apples/",
    "beans": "/en/stories/dunajec-valley-beans/",
}
EN_LESSON = {
    "place": "/en/lessons/why-place-matters/",
    "oscypek": "/en/lessons/how-a-shepherd-makes-oscypek/",
    "carp": "/en/lessons/zator-carp-in-earthen-ponds/",
    "cherry": "/en/lessons/vistula-cherry-root-suckers/",
    "bees": "/en/lessons/bees-on-the-heath/",
    "grazing": "/en/lessons/cultural-grazing/",
    "fir": "/en/lessons/fir-forests-and-honeydew-honey/",
}
EN_TOPIC = {
    "meadows": "/en/nature-and-environment/mountain-meadows-and-sheep-grazing/",
    "ponds": "/en/nature-and-environment/carp-ponds-as-wetlands/",
    "bees": "/en/nature-and-environment/bees-and-heathland/",
    "fir": "/en/nature-and-environment/fir-forests-and-honeydew-honey/",
    "seasonality": "/en/nature-and-environment/seasonality-and-food-miles/",
}

# (query, language, the right page must be within the first N results, the right pages)
JUDGEMENTS = [
    # Products by their names: the origin story first.
    ("oscypek", "pl", 1, [STORY["oscypek"]]),
    ("karp", "pl", 1, [STORY["karp"]]),
    ("bryndza", "pl", 1, [STORY["bryndza"]]),
    ("miód wrzosowy", "pl", 1, [STORY["miod-wrzosowy"]]),
    ("miód spadziowy", "pl", 1, [STORY["miod-spadziowy"]]),
    ("wiśnia nadwiślanka", "pl", 1, [STORY["wisnia"]]),
    ("jabłka grójeckie", "pl", 1, [STORY["jablka"]]),
    ("fasola piękny jaś", "pl", 1, [STORY["fasola"]]),
    ("kiełbasa lisiecka", "pl", 1, [KIELBASA]),
    ("żurek", "pl", 3, ZUREK),
    # Inflected forms.
    ("oscypki", "pl", 1, [STORY["oscypek"]]),
    ("oscypka", "pl", 3, [STORY["oscypek"]]),
    ("oscypków", "pl", 3, [STORY["oscypek"]]),
    ("karpie", "pl", 3, [STORY["karp"]]),
    ("karpia", "pl", 3, [STORY["karp"]]),
    ("karpia zatorskiego", "pl", 1, [STORY["karp"]]),
    ("bryndzy podhalańskiej", "pl", 1, [STORY["bryndza"]]),
    ("miodu wrzosowego", "pl", 3, [STORY["miod-wrzosowy"]]),
    ("miodu spadziowego", "pl", 3, [STORY["miod-spadziowy"]]),
    ("wiśni", "pl", 3, [STORY["wisnia"], LESSON["wisnia"]]),
    ("jabłek grójeckich", "pl", 3, [STORY["jablka"]]),
    ("fasoli", "pl", 3, [STORY["fasola"]]),
    ("kiełbasy lisieckiej", "pl", 1, [KIELBASA]),
    ("żurku", "pl", 3, ZUREK),
    # Without Polish letters.
    ("zurek", "pl", 3, ZUREK),
    ("kielbasa lisiecka", "pl", 1, [KIELBASA]),
    ("miod wrzosowy", "pl", 1, [STORY["miod-wrzosowy"]]),
    ("wisnia nadwislanka", "pl", 1, [STORY["wisnia"]]),
    ("jablka grojeckie", "pl", 1, [STORY["jablka"]]),
    ("bryndza podhalanska", "pl", 1, [STORY["bryndza"]]),
    ("piekny jas", "pl", 3, [STORY["fasola"]]),
    ("laki gorskie", "pl", 3, [TOPIC["laki"]]),
    # Regions.
    ("Podhale", "pl", 3, [STORY["oscypek"], STORY["bryndza"], TOPIC["laki"]]),
    ("Dolina Karpia", "pl", 3, [STORY["karp"], TOPIC["stawy"], LESSON["karp"]]),
    ("Grójec", "pl", 3, [STORY["jablka"], LESSON["miejsce"]]),
    ("Dolina Dunajca", "pl", 3, [STORY["fasola"], LESSON["miejsce"]]),
    ("Bory Dolnośląskie", "pl", 3, [STORY["miod-wrzosowy"], TOPIC["pszczoly"]]),
    ("Podkarpacie", "pl", 3, [STORY["miod-spadziowy"], TOPIC["lasy"], LESSON["lasy"]]),
    # Methods.
    ("wędzenie", "pl", 3, [STORY["oscypek"], LESSON["oscypek"]]),
    ("wędzony ser", "pl", 3, [STORY["oscypek"], LESSON["oscypek"]]),
    ("rozmnażanie z odrostów", "pl", 3, [LESSON["wisnia"], STORY["wisnia"], TOPIC["sady"]]),
    ("odrosty korzeniowe", "pl", 3, [LESSON["wisnia"], STORY["wisnia"], TOPIC["sady"]]),
    ("hodowla karpia", "pl", 3, [LESSON["karp"], STORY["karp"]]),
    ("stawy ziemne", "pl", 3, [LESSON["karp"], STORY["karp"], TOPIC["stawy"]]),
    ("bacówka", "pl", 3, [STORY["oscypek"], LESSON["oscypek"]]),
    ("baca", "pl", 3, [LESSON["oscypek"]]),
    ("wypas owiec", "pl", 3, [TOPIC["laki"], LESSON["wypas"]]),
    # The environment.
    ("mokradła", "pl", 3, [TOPIC["stawy"]]),
    ("mokradeł", "pl", 3, [TOPIC["stawy"], LESSON["karp"]]),
    ("wrzosowisko", "pl", 3, [TOPIC["pszczoly"], LESSON["pszczoly"], STORY["miod-wrzosowy"]]),
    ("pszczoła", "pl", 3, [TOPIC["pszczoly"], LESSON["pszczoly"]]),
    ("las jodłowy", "pl", 3, [TOPIC["lasy"], LESSON["lasy"]]),
    ("sukcesja", "pl", 3, [LESSON["wypas"], TOPIC["laki"]]),
    ("sezonowość", "pl", 1, [TOPIC["sezon"]]),
    ("łąki górskie", "pl", 1, [TOPIC["laki"]]),
    # English.
    ("oscypek", "en", 1, [EN_STORY["oscypek"]]),
    ("carp", "en", 1, [EN_STORY["carp"]]),
    ("Zator carp", "en", 1, [EN_STORY["carp"]]),
    ("heather honey", "en", 1, [EN_STORY["heather"]]),
    ("honeydew honey", "en", 1, [EN_STORY["honeydew"]]),
    ("Vistula cherry", "en", 1, [EN_STORY["cherry"]]),
    ("cherries", "en", 3, [EN_STORY["cherry"], EN_LESSON["cherry"]]),
    ("Grójec apples", "en", 1, [EN_STORY["apples"]]),
    ("Grojec apples", "en", 1, [EN_STORY["apples"]]),
    ("apple", "en", 3, [EN_STORY["apples"], EN_LESSON["place"]]),
    ("bryndza", "en", 1, [EN_STORY["bryndza"]]),
    ("runner beans", "en", 3, [EN_STORY["beans"]]),
    ("bean", "en", 3, [EN_STORY["beans"], EN_LESSON["place"]]),
    ("wetlands", "en", 3, [EN_TOPIC["ponds"]]),
    ("wetland birds", "en", 3, [EN_TOPIC["ponds"], EN_STORY["carp"]]),
    ("sheep grazing", "en", 3, [EN_TOPIC["meadows"], EN_LESSON["grazing"]]),
    ("heathland", "en", 3, [EN_TOPIC["bees"], EN_LESSON["bees"]]),
    ("bees", "en", 3, [EN_TOPIC["bees"], EN_LESSON["bees"]]),
    ("fir forest", "en", 3, [EN_TOPIC["fir"], EN_LESSON["fir"]]),
    ("smoked cheese", "en", 3, [EN_STORY["oscypek"], EN_LESSON["oscypek"]]),
    ("root suckers", "en", 3, [EN_LESSON["cherry"], EN_STORY["cherry"]]),
    ("shepherd", "en", 3, [EN_LESSON["oscypek"]]),
    ("seasonality", "en", 1, [EN_TOPIC["seasonality"]]),
]


def judgement_id(judgement):
    query, language, within, _pages = judgement
    return f"{language}:{query}:top{within}"


def result_urls(client, query, language):
    path = "/pl/szukaj/" if language == "pl" else "/en/search/"
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return [result.url for result in response.context["results"]]


def test_the_set_is_large_enough():
    polish = [j for j in JUDGEMENTS if j[1] == "pl"]
    english = [j for j in JUDGEMENTS if j[1] == "en"]
    assert len(polish) >= 40 and len(english) >= 15
    assert len({(j[0], j[1]) for j in JUDGEMENTS}) == len(JUDGEMENTS)  # no query twice


@pytest.mark.django_db
@pytest.mark.parametrize("judgement", JUDGEMENTS, ids=judgement_id)
def test_judged_query(client, demo_site, judgement):
    query, language, within, pages = judgement
    found = result_urls(client, query, language)
    assert set(found[:within]) & set(pages), (
        f"{query!r}: expected one of {pages} in the first {within}, got {found[:5]}"
    )
