import pytest
from django.urls import reverse
from django.utils import translation

from tests.classroom.conftest import sign_in_student
from tests.classroom.factories import make_attempt


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_teacher_and_student_page_renders(client, language, teacher, students, assignment):
    attempt = make_attempt(assignment, students[0], {})
    client.force_login(teacher)
    c, s, a = assignment.school_class_id, students[0].pk, assignment.pk
    with translation.override(language):
        teacher_urls = [
            reverse("classroom:dashboard"),
            reverse("classroom:class_create"),
            reverse("classroom:class_detail", args=[c]),
            reverse("classroom:class_edit", args=[c]),
            reverse("classroom:class_delete", args=[c]),
            reverse("classroom:roster", args=[c]),
            reverse("classroom:matrix", args=[c]),
            reverse("classroom:matrix_csv", args=[c]),
            reverse("classroom:student_detail", args=[c, s]),
            reverse("classroom:student_delete", args=[c, s]),
            reverse("classroom:student_download", args=[c, s]),
            reverse("classroom:assignment_create", args=[c]),
            reverse("classroom:assignment_edit", args=[c, a]),
            reverse("classroom:assignment_delete", args=[c, a]),
            reverse("classroom:question_report", args=[c, a]),
            reverse("classroom:question_report_csv", args=[c, a]),
            reverse("classroom:attempt_detail", args=[c, attempt.pk]),
            reverse("classroom:privacy"),
        ]
        student_urls = [
            reverse("classroom:student_home"),
            reverse("classroom:own_attempt", args=[attempt.pk]),
            reverse("classroom:own_data"),
            reverse("classroom:welcome"),
        ]
        public_urls = [
            reverse("classroom:join"),
            reverse("classroom:sign_in"),
            reverse("classroom:sign_up"),
        ]
    for url in teacher_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-cache" in response.get("Cache-Control", ""), url
    client.logout()
    for url in public_urls:
        assert client.get(url).status_code == 200, url
    sign_in_student(client, students[0])
    for url in student_urls:
        response = client.get(url)
        assert response.status_code == 200, url
