"""Teacher sign-up, e-mail confirmation and a moderator's approval in the admin."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import translation

from classroom.models import SchoolClass, TeacherProfile, TeacherStatus
from korzenie.permissions import is_teacher
from tests.classroom.factories import TeacherProfileFactory
from tests.factories import UserFactory

SIGN_UP = {
    "name": "Zofia Żółkiewska",
    "email": "Zofia@Example.org",
    "school": "SP nr 3 w Zakopanem",
    "password1": "oscypek-z-bundzu-42",
    "password2": "oscypek-z-bundzu-42",
}


def url(name, *args, language="pl"):
    with translation.override(language):
        return reverse(f"classroom:{name}", args=args)


def sign_up(client, **changes):
    return client.post(url("sign_up"), {**SIGN_UP, **changes})


def confirmation_link(message):
    return re.search(r"http://testserver(\S+)", message.body)[1]


def test_sign_up_creates_an_unconfirmed_account_and_sends_a_link(client, db):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == url("sign_up_sent")
    profile = TeacherProfile.objects.get()
    assert profile.status == TeacherStatus.UNCONFIRMED
    assert profile.user.email == "zofia@example.org"
    assert profile.user.check_password(SIGN_UP["password1"])
    assert not is_teacher(profile.user)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["zofia@example.org"]
    assert "/pl/nauczyciele/potwierdz/" in confirmation_link(mail.outbox[0])


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"email": "nie-adres"}, "email", "Podaj poprawny adres e-mail."),
        ({"password2": "inne-haslo-123"}, "password2", "Hasła nie są takie same."),
        ({"password1": "12345678", "password2": "12345678"}, "password1", "Hasło"),
        ({"school": ""}, "school", "To pole jest wymagane."),
    ],
)
def test_sign_up_errors_are_translated_and_keep_what_was_typed(client, db, changes, field, message):
    response = sign_up(client, **changes)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="Zofia Żółkiewska"' in html
    assert f"{field}_error" in html
    if field != "school":
        assert 'value="SP nr 3 w Zakopanem"' in html
    assert not TeacherProfile.objects.exists()


def test_sign_up_refuses_an_address_that_has_an_account(client, db):
    UserFactory(username="zofia", email="zofia@example.org")
    response = sign_up(client)
    assert "Konto z tym adresem e-mail już istnieje" in response.content.decode()


def test_confirming_the_email_asks_the_moderators(client, db):
    moderator = UserFactory(username="mod", email="mod@example.org")
    moderator.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    sign_up(client)
    link = confirmation_link(mail.outbox[0])
    response = client.get(link)
    assert response.status_code == 200
    assert "Twój adres e-mail jest potwierdzony" in response.content.decode()
    profile = TeacherProfile.objects.get()
    assert profile.status == TeacherStatus.PENDING
    assert profile.email_confirmed_at is not None
    assert mail.outbox[-1].to == ["mod@example.org"]
    # Not approved yet: no classes, no teacher material.
    client.force_login(profile.user)
    assert not is_teacher(profile.user)
    assert client.get(url("class_create")).status_code == 404
    assert "czeka na zatwierdzenie" in client.get(url("dashboard")).content.decode()


@pytest.mark.parametrize("token", ["nonsense", "eyJ1IjoxfQ:1abc:tampered"])
def test_a_bad_confirmation_link_says_so(client, db, token):
    response = client.get(url("confirm", token))
    assert response.status_code == 400
    assert "Ten link nie działa" in response.content.decode()


def moderator_user():
    moderator = UserFactory(username="moderator", is_staff=True)
    group = Group.objects.get_or_create(name="Moderators")[0]
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="classroom",
            codename__in=["view_teacherprofile", "change_teacherprofile"],
        ),
    )
    moderator.groups.add(group)
    return moderator


def test_a_moderator_approves_the_account_in_the_admin(client, db):
    profile = TeacherProfileFactory(status=TeacherStatus.PENDING, name="Zofia <b>Ż</b>")
    client.force_login(moderator_user())
    index = client.get(reverse("classroom_teachers:index"))
    assert index.status_code == 200
    assert "Zofia &lt;b&gt;Ż&lt;/b&gt;" in index.content.decode()
    edit_url = reverse("classroom_teachers:edit", args=[profile.pk])
    assert edit_url in index.content.decode()
    searched = client.get(reverse("classroom_teachers:index") + "?q=Zofia&status=pending")
    assert searched.status_code == 200
    assert edit_url in searched.content.decode()
    response = client.post(
        edit_url,
        {
            "status": "approved",
            "name": profile.name,
            "school": profile.school,
            "moderator_note": "",
        },
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == TeacherStatus.APPROVED
    assert profile.decided_at is not None
    user = profile.user
    assert user.groups.filter(name="Teachers").exists()
    # Rejecting later takes the group away again.
    profile.status = TeacherStatus.REJECTED
    profile.save()
    assert not user.groups.filter(name="Teachers").exists()


def test_an_approved_teacher_creates_a_class_with_a_join_code(client, db):
    teacher = TeacherProfileFactory().user
    client.force_login(teacher)
    response = client.post(url("class_create"), {"name": "Klasa 5b", "school_year": "2026/2027"})
    school_class = SchoolClass.objects.get()
    assert response["Location"] == url("class_detail", school_class.pk)
    assert school_class.teacher == teacher
    assert re.fullmatch(r"[ACDEFGHJKLMNPQRTUVWXY3479]{8}", school_class.join_code)
    page = client.get(response["Location"]).content.decode()
    assert school_class.join_code_display in page


@pytest.mark.parametrize("year", ["2026", "2026/2028", "rok"])
def test_class_form_keeps_what_was_typed(client, db, year):
    client.force_login(TeacherProfileFactory().user)
    response = client.post(url("class_create"), {"name": "Klasa <i>5b</i>", "school_year": year})
    html = response.content.decode()
    assert "Zapisz rok szkolny jako dwa kolejne lata" in html
    assert 'value="Klasa &lt;i&gt;5b&lt;/i&gt;"' in html
    assert not SchoolClass.objects.exists()


def test_users_without_a_teacher_account_see_an_invitation(client, db):
    client.force_login(UserFactory())
    html = client.get(url("dashboard", language="en")).content.decode()
    assert "Create a teacher account" in html


def test_the_dashboard_needs_a_sign_in(client, db):
    response = client.get(url("dashboard"))
    assert response.status_code == 302
    with translation.override("pl"):
        assert response["Location"].startswith(reverse("login") + "?next=")
