"""The "New class" form proposes the current school year (1 September to the end of June;
from July on, the coming one, which teachers prepare over the summer)."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from classroom.forms import SchoolClassForm, current_school_year
from tests.classroom.factories import SchoolClassFactory, TeacherProfileFactory


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (datetime.date(2026, 9, 1), "2026/2027"),
        (datetime.date(2026, 12, 5), "2026/2027"),
        (datetime.date(2027, 1, 10), "2026/2027"),
        (datetime.date(2027, 6, 30), "2026/2027"),
        (datetime.date(2027, 7, 1), "2027/2028"),
        (datetime.date(2027, 8, 31), "2027/2028"),
    ],
)
def test_current_school_year(day, year):
    assert current_school_year(day) == year


@pytest.mark.django_db
def test_new_class_form_proposes_the_current_school_year(client):
    teacher = TeacherProfileFactory().user
    client.force_login(teacher)
    expected = current_school_year(timezone.localdate())
    with translation.override("pl"):
        html = client.get(reverse("classroom:class_create")).content.decode()
    assert f'value="{expected}"' in html
    form = SchoolClassForm()
    assert form["school_year"].value() == expected


@pytest.mark.django_db
def test_editing_a_class_keeps_its_own_year_and_bad_input_stays():
    school_class = SchoolClassFactory(school_year="2020/2021")
    assert SchoolClassForm(instance=school_class)["school_year"].value() == "2020/2021"
    form = SchoolClassForm(data={"name": "Klasa 5b", "school_year": "2026"})
    assert not form.is_valid()
    assert form["school_year"].value() == "2026"  # what was typed, not the proposal


def test_the_proposal_follows_the_clock():
    with mock.patch("classroom.forms.timezone.localdate", return_value=datetime.date(2031, 7, 2)):
        assert SchoolClassForm()["school_year"].value() == "2031/2032"
