"""Factories for the lesson page types."""

import factory
import wagtail_factories

from korzenie.models.pages import Strand
from lessons.models import (
    AgeGroup,
    LessonIndexPage,
    LessonPage,
    LessonSubject,
    Subject,
    TeacherResourcesPage,
)

TEACHER_NOTE = "Notatka tylko dla nauczyciela: uczniowie często mylą bundz z bryndzą."
ANSWER = "Klucz: mleko owcze i krowie (najwyżej 40%)."
TIMING = "Rozgrzewka z mapą"


class LessonIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lekcje"
    slug = "lekcje"
    summary = "Lekcje o produktach regionalnych."

    class Meta:
        model = LessonIndexPage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lekcja {n}")
    summary = "Skąd pochodzi oscypek."
    strand = Strand.ORIGINS
    age_group = AgeGroup.GRADES_4_6
    duration = 45
    objectives = [("objective", "Uczeń wskazuje region pochodzenia oscypka.")]
    body = [
        ("paragraph", "<p>Oscypek robi się od maja do września.</p>"),
        (
            "activity",
            {
                "title": "Mapa",
                "minutes": 15,
                "grouping": "w parach",
                "materials": ["mapa"],
                "steps": ["Zaznacz Podhale."],
            },
        ),
    ]
    worksheet = [("task", {"instruction": "Z jakiego mleka robi się oscypek?", "answer_lines": 2})]
    teacher_notes = f"<p>{TEACHER_NOTE}</p>"
    answer_key = f"<p>{ANSWER}</p>"
    timing = [("step", {"minutes": 10, "step": TIMING})]

    class Meta:
        model = LessonPage
        skip_postgeneration_save = True

    @factory.post_generation
    def subjects(obj, create, extracted, **kwargs):
        if not create:
            return
        for order, subject in enumerate(extracted or [Subject.GEOGRAPHY]):
            LessonSubject.objects.create(page=obj, subject=subject, sort_order=order)


class TeacherResourcesPageFactory(wagtail_factories.PageFactory):
    title = "Materiały dla nauczycieli"
    slug = "materialy"
    summary = "Pakiety lekcji i karty pracy do pobrania."

    class Meta:
        model = TeacherResourcesPage
