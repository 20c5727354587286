"""Factories for the environment app's page types."""

import factory
import wagtail_factories

from environment.models import EnvironmentIndexPage, EnvironmentTopicPage, TopicKind


class EnvironmentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Przyroda i środowisko"
    slug = "przyroda"
    summary = "Siedliska i praktyki, od których zależą produkty regionalne."

    class Meta:
        model = EnvironmentIndexPage


class EnvironmentTopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Temat {n}")
    summary = "Łąki górskie i wypas owiec."
    kind = TopicKind.HABITAT
    why_it_matters = "<p>Bez wypasu nie ma oscypka.</p>"
    threats = "<p>Zarastanie hal.</p>"
    good_practices = "<p>Wypas kulturowy.</p>"
    students_can_do = "<p>Kupuj sery w sezonie.</p>"

    class Meta:
        model = EnvironmentTopicPage
