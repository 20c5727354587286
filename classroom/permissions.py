"""The one object-level permission check of the classroom, written once.

Every view that shows or changes student data finds its objects through the functions here:
a teacher reaches only the classes they own (and only once a moderator has approved them), and
through those classes their students, assignments and attempts; a student reaches only their
own class, assignments and attempts. Anything else is a 404, never a 403, so that ids of other
classes cannot even be confirmed to exist. Editors, moderators and superusers see no student data
unless they are approved teachers holding the class themselves.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from . import attempts
from .models import Assignment, SchoolClass, Student, TeacherStatus, parse_taker_key

STUDENT_SESSION_KEY = "classroom_student"


# --- Teachers -----------------------------------------------------------------------------


def approved_teacher(user):
    """True when `user` holds an approved teacher account."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    profile = getattr(user, "teacher_profile", None)
    return profile is not None and profile.status == TeacherStatus.APPROVED


def teacher_classes(user):
    """The classes `user` may see: their own, once approved; none for anybody else."""
    if not approved_teacher(user):
        return SchoolClass.objects.none()
    return SchoolClass.objects.filter(teacher=user)


def get_class_or_404(user, class_id):
    return get_object_or_404(teacher_classes(user), pk=class_id)


def get_student_or_404(user, class_id, student_id):
    school_class = get_class_or_404(user, class_id)
    student = get_object_or_404(school_class.students.all(), pk=student_id)
    student.school_class = school_class
    return student


def get_assignment_or_404(user, class_id, assignment_id):
    school_class = get_class_or_404(user, class_id)
    assignment = get_object_or_404(
        school_class.assignments.select_related("lesson", "quiz"), pk=assignment_id
    )
    assignment.school_class = school_class
    return assignment


def get_attempt_or_404(user, class_id, attempt_id):
    """A quiz attempt of a student of the teacher's class, with (student, assignment)."""
    school_class = get_class_or_404(user, class_id)
    attempt = attempts.get_attempt(school_class.taker_prefix(), attempt_id)
    return _attempt_with_owner(attempt, school_class)


def _attempt_with_owner(attempt, school_class, student=None):
    parsed = parse_taker_key(getattr(attempt, "taker_key", ""))
    if attempt is None or parsed is None:
        raise Http404
    _class_key, student_key, assignment_id = parsed
    if student is None:
        student = school_class.students.filter(key=student_key).first()
    assignment = (
        school_class.assignments.select_related("lesson", "quiz").filter(pk=assignment_id).first()
    )
    if student is None or student.key != student_key or assignment is None:
        raise Http404
    return attempt, student, assignment


# --- Students -----------------------------------------------------------------------------


def session_token(student):
    """Stored in the session with the student's id: resetting the sign-in code signs out every
    device that used the old one."""
    from django.utils.crypto import salted_hmac

    return salted_hmac("classroom.student-session", student.signin_code).hexdigest()[:20]


def sign_in_student(request, student):
    request.session.cycle_key()
    request.session[STUDENT_SESSION_KEY] = [student.pk, session_token(student)]


def sign_out_student(request):
    request.session.pop(STUDENT_SESSION_KEY, None)


def current_student(request):
    """The student signed in on this browser, or None (cached on the request)."""
    if hasattr(request, "_classroom_student"):
        return request._classroom_student
    student = None
    value = request.session.get(STUDENT_SESSION_KEY) if hasattr(request, "session") else None
    if isinstance(value, list) and len(value) == 2:
        found = Student.objects.select_related("school_class").filter(pk=value[0]).first()
        if found is not None and session_token(found) == value[1]:
            student = found
            if (
                not student.last_seen_at
                or (timezone.now() - student.last_seen_at).total_seconds() > 300
            ):
                Student.objects.filter(pk=student.pk).update(last_seen_at=timezone.now())
    request._classroom_student = student
    return student


def student_assignments(student):
    """The assignments of the student's class meant for the student (all or chosen)."""
    from django.db.models import Q

    return (
        Assignment.objects.filter(school_class_id=student.school_class_id)
        .filter(Q(for_whole_class=True) | Q(students=student))
        .select_related("lesson", "quiz")
        .distinct()
    )


def get_own_assignment_or_404(student, assignment_id):
    return get_object_or_404(student_assignments(student), pk=assignment_id)


def get_own_attempt_or_404(student, attempt_id):
    attempt = attempts.get_attempt(student.taker_prefix(), attempt_id)
    attempt, _student, assignment = _attempt_with_owner(attempt, student.school_class, student)
    if not student_assignments(student).filter(pk=assignment.pk).exists():
        raise Http404
    return attempt, assignment
