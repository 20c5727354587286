"""Factories for the shell's page types; each app's factories live in tests/<app>/factories.py.

tests/site/test_factories.py fails when a page type of the project has no factory.
"""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from korzenie.models import AccessibilityStatementPage, HomePage, StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("korzenie-test")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Korzenie Smaku"
    intro = "Skąd pochodzą polskie produkty regionalne i tradycyjne."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    summary = "Krótki opis strony."

    class Meta:
        model = StandardPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Deklaracja dostępności"
    published_on = datetime.date(2026, 11, 30)
    updated_on = datetime.date(2026, 11, 30)
    status = "partial"
    prepared_on = datetime.date(2026, 11, 30)
    reviewed_on = datetime.date(2026, 11, 30)
    assessment_method = "Samoocena."
    contact_person = "Zespół redakcji"
    contact_email = "dostepnosc@example.org"
    complaint_procedure = "<p>Procedura skargowa.</p>"

    class Meta:
        model = AccessibilityStatementPage
