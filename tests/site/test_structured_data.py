"""What search engines and link previews read: schema.org JSON-LD on every public page type,
Open Graph and Twitter card tags with a raster picture, the content licence, and the "Share
with your class" links of lessons and quizzes. On the real demo content, read with extruct as a
crawler reads it."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import extruct
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from korzenie.licence import CONTENT_LICENCE

pytestmark = pytest.mark.django_db

# Every public page type of the demo, in both languages: (path, the main schema.org types).
PAGES = {
    "home": (["/pl/", "/en/"], {"WebSite", "Organization"}),
    "standard": (["/pl/o-projekcie/", "/en/about/"], {"WebPage"}),
    "accessibility": (
        ["/pl/deklaracja-dostepnosci/", "/en/accessibility-statement/"],
        {"WebPage"},
    ),
    "story-index": (["/pl/historie/", "/en/stories/"], {"CollectionPage"}),
    "story": (["/pl/historie/oscypek/", "/en/stories/oscypek/"], {"Article"}),
    "catalogue": (["/pl/produkty/", "/en/products/"], {"CollectionPage"}),
    "product": (["/pl/produkty/oscypek/", "/en/products/oscypek/"], {"Product"}),
    "product-without-story": (
        ["/pl/produkty/ajerlikier/", "/en/products/ajerlikier/"],
        {"Product"},
    ),
    "region": (
        ["/pl/produkty/wojewodztwo/malopolskie/", "/en/products/region/malopolskie/"],
        {"AdministrativeArea"},
    ),
    "map": (["/pl/produkty/mapa/", "/en/products/map/"], {"CollectionPage"}),
    "producers": (["/pl/produkty/producenci/", "/en/products/producers/"], {"CollectionPage"}),
    "lesson-index": (["/pl/lekcje/", "/en/lessons/"], {"CollectionPage"}),
    "lesson": (
        ["/pl/lekcje/jak-baca-robi-oscypek/", "/en/lessons/how-a-shepherd-makes-oscypek/"],
        {"LearningResource"},
    ),
    "quiz": (
        [
            "/pl/lekcje/jak-baca-robi-oscypek/quiz/",
            "/en/lessons/how-a-shepherd-makes-oscypek/quiz/",
        ],
        {"Quiz"},
    ),
    "teacher-resources": (
        ["/pl/lekcje/materialy-dla-nauczycieli/", "/en/lessons/teacher-resources/"],
        {"CollectionPage"},
    ),
    "topic-index": (
        ["/pl/przyroda-i-srodowisko/", "/en/nature-and-environment/"],
        {"CollectionPage"},
    ),
    "topic": (
        [
            "/pl/przyroda-i-srodowisko/laki-gorskie-i-wypas-owiec/",
            "/en/nature-and-environment/mountain-meadows-and-sheep-grazing/",
        ],
        {"Article"},
    ),
}
CASES = [(name, path) for name, (paths, _types) in PAGES.items() for path in paths]

# The properties each type must have (schema.org and the search engines' requirements).
REQUIRED = {
    "WebSite": {"name", "url", "potentialAction", "inLanguage"},
    "Organization": {"name", "url", "logo"},
    "WebPage": {"name", "url", "inLanguage", "license"},
    "CollectionPage": {"name", "url", "inLanguage", "license", "mainEntity"},
    "Article": {
        "headline",
        "url",
        "image",
        "author",
        "publisher",
        "datePublished",
        "inLanguage",
        "license",
    },
    "LearningResource": {
        "name",
        "url",
        "educationalLevel",
        "timeRequired",
        "teaches",
        "educationalAlignment",
        "license",
        "inLanguage",
    },
    "Quiz": {"name", "url", "isPartOf", "license", "inLanguage"},
    "Product": {"name", "url", "category", "countryOfOrigin", "hasCertification"},
    "AdministrativeArea": {"name", "url", "identifier", "containedInPlace"},
    "BreadcrumbList": {"itemListElement"},
}


def html_text(fragment):
    return unescape(" ".join(re.sub(r"<[^>]+>", "", fragment).split()))


def fetch(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def json_ld(html, url):
    data = extruct.extract(html, base_url=url, syntaxes=["json-ld", "opengraph"], uniform=True)
    nodes = []
    for document in data["json-ld"]:
        assert document["@context"] == "https://schema.org"
        nodes += document.get("@graph", [document])
    return nodes, data["opengraph"]


@pytest.mark.parametrize(("name", "path"), CASES, ids=[f"{n}:{p}" for n, p in CASES])
def test_every_page_type_describes_itself(client, demo_site, name, path):
    html = fetch(client, path)
    url = f"http://testserver{path}"
    nodes, _og = json_ld(html, url)
    types = {node["@type"] for node in nodes}
    assert PAGES[name][1] <= types, types
    assert "BreadcrumbList" in types
    for node in nodes:
        missing = REQUIRED.get(node["@type"], set()) - set(node)
        assert not missing, f"{node['@type']} lacks {missing}"
    main = [node for node in nodes if node["@type"] in PAGES[name][1]]
    for node in main:
        if node["@type"] not in {"Organization", "Product", "AdministrativeArea"}:
            assert node["url"] == url
        if node["@type"] not in {"Organization", "Product", "AdministrativeArea", "WebSite"}:
            assert node["license"] == CONTENT_LICENCE.url
    crumbs = next(node for node in nodes if node["@type"] == "BreadcrumbList")
    items = crumbs["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert items[-1]["item"] == url
    assert items[0]["item"] == f"http://testserver/{path.split('/')[1]}/"
    # The breadcrumbs the reader sees say the same.
    if len(items) > 1:
        nav = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
        assert [item["name"] for item in items] == [
            html_text(li) for li in re.findall(r"<li>(.*?)</li>", nav, re.S)
        ]


def test_a_lesson_states_its_level_time_objectives_and_curriculum(client, demo_site):
    from lessons.models import LessonPage

    lesson = LessonPage.objects.get(
        url_path__endswith="/jak-baca-robi-oscypek/", locale__language_code="pl"
    )
    nodes, _og = json_ld(fetch(client, lesson.url), "http://testserver")
    node = next(n for n in nodes if n["@type"] == "LearningResource")
    assert node["timeRequired"] == f"PT{lesson.duration}M"
    assert node["educationalLevel"] == lesson.get_age_group_display()
    assert node["teaches"] == [str(block.value) for block in lesson.objectives]
    codes = [
        a["targetName"] for a in node["educationalAlignment"] if a["alignmentType"] == "teaches"
    ]
    assert codes == [block.value["code"] for block in lesson.curriculum] and codes
    assert node["hasPart"]["@type"] == "Quiz"


def test_a_product_lists_its_certifications(client, demo_site):
    nodes, _og = json_ld(fetch(client, "/pl/produkty/oscypek/"), "http://testserver")
    product = next(n for n in nodes if n["@type"] == "Product")
    certifications = {c["alternateName"]: c for c in product["hasCertification"]}
    assert certifications["PDO"]["validFrom"] == "2008"
    assert certifications["PDO"]["issuedBy"]["name"] == "Komisja Europejska"
    assert certifications["LPT"]["validFrom"].startswith("200")
    assert product["subjectOf"]["url"] == "http://testserver/pl/historie/oscypek/"


def test_a_voivodeship_is_an_administrative_area_with_its_teryt_code(client, demo_site):
    nodes, _og = json_ld(fetch(client, "/en/products/region/malopolskie/"), "http://testserver")
    area = next(n for n in nodes if n["@type"] == "AdministrativeArea")
    assert area["name"] == "Lesser Poland Voivodeship" and area["alternateName"] == "małopolskie"
    assert area["identifier"]["value"] == "12"


@pytest.mark.parametrize(
    ("path", "og_type", "image"),
    [
        ("/pl/historie/oscypek/", "article", "/media/images/"),
        ("/pl/lekcje/jak-baca-robi-oscypek/", "website", "/static/korzenie/img/social-card.png"),
        ("/en/products/oscypek/", "website", "/static/korzenie/img/social-card.png"),
    ],
)
def test_link_previews_have_a_raster_picture(client, demo_site, path, og_type, image):
    html = fetch(client, path)
    _nodes, og = json_ld(html, f"http://testserver{path}")
    tags = {key: value for item in og for key, value in item.items()}
    assert tags["@type"] == og_type  # extruct's uniform form of og:type
    assert tags["og:url"] == f"http://testserver{path}"
    picture = tags["og:image"]
    assert picture.startswith("http://testserver") and image in picture
    assert picture.endswith((".jpg", ".png")) and not picture.endswith(".svg")
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    response = client.get(urlsplit(picture).path)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body[:3] == b"\xff\xd8\xff" or body[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_licence_is_in_the_footer_the_head_and_the_api(client, demo_site):
    html = fetch(client, "/pl/historie/oscypek/")
    assert f'<link rel="license" href="{CONTENT_LICENCE.url}">' in html
    assert 'rel="license" href="https://creativecommons.org/licenses/by/4.0/deed.pl"' in html
    assert "CC BY 4.0" in html
    page = client.get("/api/v2/pages/?type=origins.OriginStoryPage&limit=1").json()["items"][0]
    detail = client.get(f"/api/v2/pages/{page['id']}/").json()
    assert detail["license"] == {"name": "CC BY 4.0", "url": CONTENT_LICENCE.url}


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/pl/lekcje/jak-baca-robi-oscypek/", "Link do tej lekcji"),
        ("/pl/lekcje/jak-baca-robi-oscypek/quiz/", "Link do tego quizu"),
    ],
)
def test_share_with_your_class(client, demo_site, path, label):
    html = fetch(client, path)
    section = re.search(r'<section class="share.*?</section>', html, re.S).group(0)
    url = f"http://testserver{path}"
    assert label in section
    assert f'value="{url}" readonly' in section  # visible and selectable without JavaScript
    assert "data-copy=" in section and " hidden>" in section  # the button comes with the script
    links = dict(re.findall(r'<a href="(https://[^"]+)"[^>]*>([^<]+)<', section))
    by_text = {text: href.replace("&amp;", "&") for href, text in links.items()}
    classroom = urlsplit(by_text["Udostępnij w Google Classroom"])
    assert (classroom.netloc, classroom.path) == ("classroom.google.com", "/share")
    assert parse_qs(classroom.query)["url"] == [url]
    teams = urlsplit(by_text["Udostępnij w Microsoft Teams"])
    assert (teams.netloc, teams.path) == ("teams.microsoft.com", "/share")
    assert parse_qs(teams.query)["href"] == [url]
    # Nothing of theirs loads with the page: no script, frame, image or style from them.
    for tag in re.findall(r"<(?:script|iframe|img|link)\b[^>]*>", html):
        assert "google" not in tag and "microsoft" not in tag, tag


@pytest.mark.parametrize(
    "path",
    [
        "/pl/historie/oscypek/",
        "/pl/lekcje/jak-baca-robi-oscypek/",
        "/pl/produkty/",
        "/pl/produkty/oscypek/",
    ],
)
def test_structured_data_adds_no_query_per_item(client, demo_site, path, monkeypatch):
    """The page with its JSON-LD and link-preview tags costs at most one query more than
    without them (the story's picture rendition, when the cache is cold), whatever the number
    of items it lists: they are built from what the page has loaded."""
    from korzenie import structured_data

    client.get(path)
    with CaptureQueriesContext(connection) as with_data:
        client.get(path)
    monkeypatch.setattr(structured_data, "nodes_for", lambda context: None)
    monkeypatch.setattr(structured_data, "json_ld", lambda context: "")
    client.get(path)
    with CaptureQueriesContext(connection) as without:
        client.get(path)
    assert "application/ld+json" not in client.get(path).content.decode()
    assert len(with_data) - len(without) <= 1, (len(with_data), len(without))
