"""One object-level check: every URL with student data answers 404 for another class's ids."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from classroom.models import Student
from tests.classroom.conftest import sign_in_student
from tests.classroom.factories import make_attempt
from tests.factories import UserFactory

# (URL name, the ids it takes), for GET; POST-only URLs are tried with POST.
TEACHER_URLS = [
    ("class_detail", ("class",)),
    ("class_edit", ("class",)),
    ("class_delete", ("class",)),
    ("class_code", ("class",)),
    ("roster", ("class",)),
    ("matrix", ("class",)),
    ("matrix_csv", ("class",)),
    ("student_detail", ("class", "student")),
    ("student_reset_code", ("class", "student")),
    ("student_delete", ("class", "student")),
    ("student_download", ("class", "student")),
    ("assignment_create", ("class",)),
    ("assignment_edit", ("class", "assignment")),
    ("assignment_delete", ("class", "assignment")),
    ("assignment_release", ("class", "assignment")),
    ("question_report", ("class", "assignment")),
    ("question_report_csv", ("class", "assignment")),
    ("attempt_detail", ("class", "attempt")),
]
POST_ONLY = {"class_code", "student_reset_code", "assignment_release"}


def ids_of(world):
    return {
        "class": world["class"].pk,
        "student": world["student"].pk,
        "assignment": world["assignment"].pk,
        "attempt": world["attempt"].pk,
    }


@pytest.fixture
def own(school_class, students, assignment):
    attempt = make_attempt(assignment, students[0], {})
    return {
        "class": school_class,
        "student": students[0],
        "assignment": assignment,
        "attempt": attempt,
    }


def url_for(name, kinds, ids, language="pl"):
    with translation.override(language):
        return reverse(f"classroom:{name}", args=[ids[kind] for kind in kinds])


def request(client, name, url):
    return client.post(url) if name in POST_ONLY else client.get(url)


def mixes(own_ids, other_ids, kinds):
    """Every combination that puts at least one foreign id into the URL."""
    combos = []
    for mask in range(1, 2 ** len(kinds)):
        ids = dict(own_ids)
        for index, kind in enumerate(kinds):
            if mask & (1 << index):
                ids[kind] = other_ids[kind]
        combos.append(ids)
    return combos


@pytest.mark.parametrize(("name", "kinds"), TEACHER_URLS, ids=[name for name, _ in TEACHER_URLS])
def test_a_teacher_gets_404_for_any_id_of_another_class(client, own, other_class, name, kinds):
    client.force_login(own["class"].teacher)
    own_ids, other_ids = ids_of(own), ids_of(other_class)
    # The teacher's own ids work (so that the 404s below are about ownership)...
    if name not in ("class_delete", "student_delete", "assignment_delete"):
        assert request(client, name, url_for(name, kinds, own_ids)).status_code in (200, 302)
    # ...and any foreign id in the URL is a 404, with nothing changed.
    for ids in mixes(own_ids, other_ids, kinds):
        response = request(client, name, url_for(name, kinds, ids))
        assert response.status_code == 404, (name, ids)
    other = other_class["class"]
    other.refresh_from_db()
    assert other.students.count() == 1
    assert (
        Student.objects.get(pk=other_class["student"].pk).signin_code
        == other_class["student"].signin_code
    )


@pytest.mark.parametrize("role", ["Editors", "Moderators", "Teachers", "superuser"])
def test_editors_moderators_and_unapproved_users_see_no_student_data(client, own, role):
    user = UserFactory(is_staff=True, is_superuser=role == "superuser")
    if role != "superuser":
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    client.force_login(user)
    ids = ids_of(own)
    for name, kinds in TEACHER_URLS:
        response = request(client, name, url_for(name, kinds, ids))
        assert response.status_code == 404, (role, name)


def test_anonymous_visitors_are_sent_to_sign_in(client, own):
    ids = ids_of(own)
    for name, kinds in TEACHER_URLS:
        response = request(client, name, url_for(name, kinds, ids))
        assert response.status_code == 302, name
        with translation.override("pl"):
            assert response["Location"].startswith(reverse("login")), name


def test_a_student_sees_only_own_work(client, own, other_class, students):
    classmate = students[1]
    classmate_attempt = make_attempt(own["assignment"], classmate, {})
    sign_in_student(client, own["student"])
    with translation.override("pl"):
        own_urls = [
            reverse("classroom:own_attempt", args=[own["attempt"].pk]),
            reverse("classroom:open_quiz", args=[own["assignment"].pk]),
        ]
        foreign_urls = [
            reverse("classroom:own_attempt", args=[other_class["attempt"].pk]),
            reverse("classroom:own_attempt", args=[classmate_attempt.pk]),
            reverse("classroom:open_quiz", args=[other_class["assignment"].pk]),
            reverse("classroom:open_lesson", args=[other_class["assignment"].pk]),
        ]
        done_url = reverse("classroom:lesson_done", args=[other_class["assignment"].pk])
    for url in own_urls:
        assert client.get(url).status_code in (200, 302), url
    for url in foreign_urls:
        assert client.get(url).status_code == 404, url
    assert client.post(done_url).status_code == 404
    home = client.get(reverse("classroom:student_home")).content.decode()
    assert "Obcy" not in home and classmate.nickname not in home


def test_an_assignment_for_chosen_students_is_hidden_from_the_others(client, own, students):
    assignment = own["assignment"]
    assignment.for_whole_class = False
    assignment.save()
    assignment.students.set([students[1]])
    sign_in_student(client, students[0])
    with translation.override("pl"):
        url = reverse("classroom:open_quiz", args=[assignment.pk])
    assert client.get(url).status_code == 404
    sign_in_student(client, students[1])
    assert client.get(url).status_code == 302


def test_student_pages_need_a_signed_in_student(client, own):
    with translation.override("pl"):
        for url in [
            reverse("classroom:student_home"),
            reverse("classroom:own_data"),
            reverse("classroom:own_attempt", args=[own["attempt"].pk]),
        ]:
            response = client.get(url)
            assert response.status_code == 302
            assert response["Location"] == reverse("classroom:sign_in")


def test_a_teacher_signed_in_is_not_a_student(client, own):
    """A teacher's session holds no student: the student pages send them to sign in."""
    client.force_login(own["class"].teacher)
    with translation.override("pl"):
        assert client.get(reverse("classroom:student_home")).status_code == 302


def test_nothing_in_the_admin_lists_students_or_codes(admin_client, own):
    response = admin_client.get("/admin/")
    html = response.content.decode()
    assert own["student"].signin_code not in html
    assert "classroom/student" not in html
    from wagtail.admin.viewsets import viewsets

    models = {getattr(viewset, "model", None) for viewset in viewsets.viewsets}
    assert Student not in models
