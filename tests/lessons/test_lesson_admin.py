import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from lessons.models import LessonPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)
    return client


def test_editor_creates_a_lesson_with_real_streamfield_data(admin_client, lesson_index):
    data = nested_form_data(
        {
            "title": "Jak baca robi oscypek",
            "slug": "jak-baca-robi-oscypek",
            "summary": "Od mleka do sera.",
            "strand": "methods",
            "age_group": "4-6",
            "duration": "45",
            "subjects": inline_formset([{"subject": "technology"}, {"subject": "biology"}]),
            "tags": "oscypek, ser",
            "objectives": streamfield([("objective", "Uczeń opisuje etapy wyrobu oscypka.")]),
            "curriculum": streamfield(
                [("requirement", {"code": "Biologia SP II.7.13.e", "text": "Znaczenie ssaków."})]
            ),
            "body": streamfield(
                [
                    ("heading", "Od mleka do sera"),
                    ("paragraph", rich_text("<p>Mleko cedzi się przez lnianą szmatkę.</p>")),
                    (
                        "activity",
                        {
                            "title": "Ułóż kolejność",
                            "minutes": "15",
                            "grouping": "w parach",
                            "materials": streamfield([("item", "karty")]),
                            "steps": streamfield([("item", "Ułóżcie etapy w kolejności.")]),
                        },
                    ),
                    (
                        "key_terms",
                        {
                            "terms": streamfield(
                                [("item", {"term": "klag", "definition": "Podpuszczka."})]
                            )
                        },
                    ),
                    (
                        "discussion",
                        {
                            "question": "Dlaczego oscypka nie robi się zimą?",
                            "prompts": streamfield([]),
                        },
                    ),
                ]
            ),
            "worksheet": streamfield(
                [("task", {"instruction": "Wypisz cztery etapy.", "answer_lines": "4"})]
            ),
            "teacher_notes": rich_text("<p>Uczniowie mylą ścinanie z gotowaniem.</p>"),
            "answer_key": rich_text("<p>Cedzenie, podgrzewanie, klag, skrzep.</p>"),
            "timing": streamfield([("step", {"minutes": "10", "step": "Wstęp"})]),
            "resources": inline_formset([]),
            "sources": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    lesson = LessonPage.objects.get(slug="jak-baca-robi-oscypek")
    assert lesson.live
    assert [block.block_type for block in lesson.body] == [
        "heading",
        "paragraph",
        "activity",
        "key_terms",
        "discussion",
    ]
    assert [s.subject for s in lesson.subjects.all()] == ["technology", "biology"]
    assert sorted(lesson.tags.names()) == ["oscypek", "ser"]

    html = admin_client.get(lesson.url).content.decode()  # a superuser sees teacher material
    assert "Ułóżcie etapy w kolejności." in html
    assert "Uczniowie mylą ścinanie z gotowaniem." in html
