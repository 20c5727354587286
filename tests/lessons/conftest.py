import pytest

from tests.factories import UserFactory
from tests.lessons.factories import LessonIndexPageFactory, TeacherResourcesPageFactory


@pytest.fixture
def lesson_index(home):
    return LessonIndexPageFactory(parent=home)


@pytest.fixture
def resources_page(lesson_index):
    return TeacherResourcesPageFactory(parent=lesson_index)


@pytest.fixture
def teacher(db):
    from django.contrib.auth.models import Group

    user = UserFactory(username="nauczyciel")
    user.groups.add(Group.objects.get_or_create(name="Teachers")[0])
    return user


@pytest.fixture
def student(db):
    return UserFactory(username="uczen")


@pytest.fixture(autouse=True)
def polish_is_active():
    """Start every test in the default language (another test may leave one active)."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
