"""Students join with a code and a nickname, sign in with a personal code; limits on guessing."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from classroom import codes, ratelimit
from classroom.models import Student
from tests.classroom.conftest import sign_in_student
from tests.classroom.factories import AssignmentFactory, StudentFactory

SCRIPT = '<script>alert("x")</script>Ola'


def url(name, *args, language="pl"):
    with translation.override(language):
        return reverse(f"classroom:{name}", args=args)


def test_codes_are_long_and_unambiguous(school_class):
    assert codes.combinations(codes.JOIN_CODE_LENGTH) >= 10**11
    assert codes.combinations(codes.SIGNIN_CODE_LENGTH) >= 10**13
    for ambiguous in "0O1I2Z5S8B":
        assert ambiguous not in codes.ALPHABET
    student = StudentFactory(school_class=school_class)
    assert re.fullmatch(r"[ACDEFGHJKLMNPQRTUVWXY3479]{10}", student.signin_code)
    assert codes.normalise(" acde-fghj ") == "ACDEFGHJ"
    assert (
        school_class.join_code_display
        == f"{school_class.join_code[:4]}-{school_class.join_code[4:]}"
    )


def test_a_student_joins_with_the_code_and_a_nickname(client, school_class):
    typed = school_class.join_code_display.lower().replace("-", " ")
    response = client.post(url("join"), {"code": typed, "nickname": "  Ala   K "})
    assert response.status_code == 302
    assert response["Location"] == url("welcome")
    student = Student.objects.get()
    assert student.nickname == "Ala K"
    assert student.school_class == school_class
    welcome = client.get(response["Location"]).content.decode()
    assert student.signin_code_display in welcome
    # The code is shown at joining only; the student's page does not repeat it.
    home = client.get(url("student_home")).content.decode()
    assert student.signin_code_display not in home
    assert "Ala K" in home


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"code": "ABC", "nickname": "Ala"}, "code", "Kod klasy ma 8 liter i cyfr"),
        ({"code": "ACDE-FGHJ", "nickname": "Ala"}, "code", "Żadna klasa nie ma tego kodu"),
        ({"nickname": "A"}, "nickname", "Pseudonim musi mieć co najmniej 2 znaki."),
    ],
)
def test_join_errors_are_clear_and_keep_what_was_typed(client, school_class, data, field, message):
    data = {"code": school_class.join_code_display, **data}
    response = client.post(url("join"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'value="{data["code"]}"' in html
    assert f'value="{data["nickname"]}"' in html
    assert f"id_{field}_error" in html
    assert not Student.objects.exists()


def test_a_nickname_is_unique_in_the_class(client, school_class):
    StudentFactory(school_class=school_class, nickname="Ala")
    response = client.post(url("join"), {"code": school_class.join_code, "nickname": "ALA"})
    assert "Ktoś w tej klasie ma już ten pseudonim" in response.content.decode()


def test_switched_off_or_regenerated_codes_do_not_work(client, school_class):
    client.force_login(school_class.teacher)
    old = school_class.join_code
    client.post(url("class_code", school_class.pk), {"action": "regenerate"})
    school_class.refresh_from_db()
    assert school_class.join_code != old
    client.post(url("class_code", school_class.pk), {"action": "disable"})
    client.logout()
    for code in (old, school_class.join_code):
        response = client.post(url("join"), {"code": code, "nickname": "Ala"})
        assert "Żadna klasa nie ma tego kodu" in response.content.decode()
    assert not Student.objects.exists()


def test_signing_in_with_the_personal_code_on_another_device(client, school_class):
    student = StudentFactory(school_class=school_class, nickname="Bartek")
    response = client.post(
        url("sign_in", language="en"), {"code": student.signin_code_display.lower()}
    )
    assert response.status_code == 302
    assert "Bartek" in client.get(url("student_home", language="en")).content.decode()
    # A new code from the teacher signs the old device out and the old code stops working.
    student.reset_signin_code()
    assert client.get(url("student_home")).status_code == 302
    response = client.post(url("sign_in"), {"code": "ACDEF-GHJKM"})
    assert "Ten kod jest niepoprawny" in response.content.decode()
    assert 'value="ACDEF-GHJKM"' in response.content.decode()


def test_the_teacher_resets_a_personal_code(client, school_class):
    student = StudentFactory(school_class=school_class)
    old = student.signin_code
    client.force_login(school_class.teacher)
    response = client.post(url("student_reset_code", school_class.pk, student.pk), follow=True)
    student.refresh_from_db()
    assert student.signin_code != old
    assert student.signin_code_display in response.content.decode()


def test_joining_is_rate_limited(client, school_class):
    limit = ratelimit.JOIN[1]
    for _ in range(limit):
        response = client.post(url("join"), {"code": "ACDE-FGHJ", "nickname": "Zgadywacz"})
        assert response.status_code == 200
    # The next try in the window is refused, even with the right code.
    response = client.post(url("join"), {"code": school_class.join_code, "nickname": "Ala"})
    assert response.status_code == 429
    assert "Za dużo prób z błędnym kodem" in response.content.decode()
    assert 'value="Ala"' in response.content.decode()
    assert not Student.objects.exists()
    english = client.post(
        url("join", language="en"), {"code": school_class.join_code, "nickname": "Ala"}
    )
    assert english.status_code == 429
    assert "Too many tries with a wrong code" in english.content.decode()
    # Another address is not affected.
    other = client.post(
        url("join"), {"code": school_class.join_code, "nickname": "Ala"}, REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


def test_a_whole_class_joining_from_one_address_is_not_limited(client, school_class):
    for number in range(ratelimit.JOIN[1] + 10):
        response = client.post(
            url("join"), {"code": school_class.join_code, "nickname": f"Uczeń {number}"}
        )
        assert response.status_code == 302
    assert school_class.students.count() == ratelimit.JOIN[1] + 10


def test_signing_in_is_rate_limited(client, school_class):
    student = StudentFactory(school_class=school_class)
    for _ in range(ratelimit.SIGN_IN[1]):
        assert client.post(url("sign_in"), {"code": "ACDEF-GHJKM"}).status_code == 200
    response = client.post(url("sign_in"), {"code": student.signin_code})
    assert response.status_code == 429
    assert "Za dużo prób" in response.content.decode()


def test_markup_in_a_nickname_and_instructions_is_escaped_everywhere(
    client, school_class, lesson, quiz
):
    from tests.classroom.factories import make_attempt

    client.post(url("join"), {"code": school_class.join_code, "nickname": SCRIPT})
    student = Student.objects.get()
    assert student.nickname == SCRIPT
    assignment = AssignmentFactory(
        school_class=school_class, quiz=quiz, instructions='<img src=x onerror="alert(1)">Czytaj'
    )
    attempt = make_attempt(assignment, student, {})
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;Ola"
    student_pages = [url("welcome"), url("student_home"), url("own_attempt", attempt.pk)]
    for page in student_pages:
        html = client.get(page).content.decode()
        assert "<script>alert" not in html, page
        assert "<img src=x" not in html, page
    assert escaped in client.get(url("student_home")).content.decode()
    assert "&lt;img src=x" in client.get(url("student_home")).content.decode()
    client.force_login(school_class.teacher)
    teacher_pages = [
        url("class_detail", school_class.pk),
        url("roster", school_class.pk),
        url("matrix", school_class.pk),
        url("student_detail", school_class.pk, student.pk),
        url("student_delete", school_class.pk, student.pk),
        url("attempt_detail", school_class.pk, attempt.pk),
    ]
    for page in teacher_pages:
        html = client.get(page).content.decode()
        assert "<script>alert" not in html, page
        assert "<img src=x" not in html, page
        assert escaped in html or "&lt;img" in html, page
    # The reset message shows the nickname escaped too.
    response = client.post(url("student_reset_code", school_class.pk, student.pk), follow=True)
    assert "<script>alert" not in response.content.decode()


def test_a_student_marks_a_lesson_as_done(client, school_class, lesson):
    student = StudentFactory(school_class=school_class)
    assignment = AssignmentFactory(school_class=school_class, lesson=lesson)
    sign_in_student(client, student)
    response = client.post(url("lesson_done", assignment.pk), follow=True)
    html = response.content.decode()
    assert "Brawo! Lekcja jest oznaczona jako zrobiona." in html
    assert assignment.completions.filter(student=student).exists()
    client.post(url("lesson_done", assignment.pk))
    assert assignment.completions.count() == 1


def test_opening_the_work_goes_to_the_page_in_the_reader_language(
    client, school_class, assignment, quiz
):
    student = StudentFactory(school_class=school_class)
    sign_in_student(client, student)
    response = client.get(url("open_quiz", assignment.pk))
    assert response.status_code == 302
    assert response["Location"] == quiz.url
    assert client.session["classroom_open_assignment"] == assignment.pk
    response = client.get(url("open_lesson", assignment.pk))
    assert response["Location"] == assignment.lesson.url


def test_sign_out(client, school_class):
    student = StudentFactory(school_class=school_class)
    sign_in_student(client, student)
    assert client.post(url("sign_out")).status_code == 302
    assert client.get(url("student_home")).status_code == 302
