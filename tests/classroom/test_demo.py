"""The classroom's demo data: the demo teacher's class, idempotent."""

from classroom import demo
from classroom.models import Assignment, SchoolClass, Student, TeacherStatus
from korzenie.permissions import is_teacher
from lessons.models import QuizAttempt
from tests.factories import UserFactory


def test_demo_class_of_the_demo_teacher_is_idempotent(lesson, quiz):
    quiz.save_revision().publish()
    teacher = UserFactory(username="nauczyciel")
    demo.load(None)
    school_class = SchoolClass.objects.get(teacher=teacher)
    assert (school_class.name, school_class.school_year) == ("Klasa 5b", "2026/2027")
    assert teacher.teacher_profile.status == TeacherStatus.APPROVED
    assert is_teacher(teacher)
    assert sorted(school_class.students.values_list("nickname", flat=True)) == demo.STUDENTS
    assert Assignment.objects.filter(school_class=school_class).exists()
    attempts = QuizAttempt.objects.filter(taker_key__startswith=school_class.taker_prefix())
    assert attempts.count() == len(demo.STUDENTS) - 1
    counts = (SchoolClass.objects.count(), Student.objects.count(), Assignment.objects.count())
    code = school_class.join_code
    demo.load(None)
    assert counts == (
        SchoolClass.objects.count(),
        Student.objects.count(),
        Assignment.objects.count(),
    )
    assert attempts.count() == len(demo.STUDENTS) - 1
    assert SchoolClass.objects.get().join_code == code
