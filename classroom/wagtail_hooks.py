"""The classroom in Wagtail: teacher accounts for moderators to approve, and the two hooks the
quiz engine asks without importing the classroom.

- `korzenie_quiz_taker(request, quiz_page)` -> the taker key of the signed-in student's
  assignment of that quiz ("cr:<class>:<student>:<assignment id>"), or None (practice: nothing
  is stored).
- `korzenie_quiz_answers_released(request, quiz_page, attempt)` -> True/False for an attempt
  made in a class (by the assignment's answer-release setting), None for any other attempt.

Students and their results never appear in the admin: editors and moderators see no student
data.
"""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem

from .models import Assignment, TeacherProfile, TeacherStatus, parse_taker_key
from .permissions import current_student, student_assignments

OPEN_ASSIGNMENT_KEY = "classroom_open_assignment"


# --- Quiz engine hooks --------------------------------------------------------------------


def quiz_taker(request, quiz_page):
    student = current_student(request)
    if student is None or quiz_page is None:
        return None
    candidates = list(
        student_assignments(student)
        .filter(quiz__translation_key=quiz_page.translation_key)
        .order_by("-due_at", "-pk")
    )
    if not candidates:
        return None
    opened = request.session.get(OPEN_ASSIGNMENT_KEY)
    chosen = next((a for a in candidates if a.pk == opened), candidates[0])
    return chosen.taker_key(student)


def quiz_answers_released(request, quiz_page, attempt):
    parsed = parse_taker_key(getattr(attempt, "taker_key", ""))
    if parsed is None:
        return None
    class_key, _student_key, assignment_id = parsed
    assignment = (
        Assignment.objects.filter(pk=assignment_id, school_class__key=class_key)
        .only("answer_release", "due_at", "answers_released_at")
        .first()
    )
    if assignment is None:
        return False
    return assignment.answers_released()


hooks.register("korzenie_quiz_taker", quiz_taker)
hooks.register("korzenie_quiz_answers_released", quiz_answers_released)


# The quiz engine (lessons/quiz/views.py) asks through two settings that name a function by its
# dotted path: settings.QUIZ_TAKER and settings.QUIZ_ANSWERS_RELEASE point here.


def settings_quiz_taker(request, quiz_page):
    """settings.QUIZ_TAKER: the taker key of a new attempt, "" for practice."""
    return quiz_taker(request, quiz_page) or ""


def settings_quiz_answers_release(attempt):
    """settings.QUIZ_ANSWERS_RELEASE: (released, due_passed) for a class attempt, else None.

    The assignment's own answer-release setting decides, so both are the same answer: a quiz
    page that holds its answers back (after release / after the due date) shows them exactly
    when the teacher's assignment allows it.
    """
    released = quiz_answers_released(None, None, attempt)
    if released is None:
        return None
    return released, released


# --- Teacher accounts in the admin --------------------------------------------------------


class TeacherProfileIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == TeacherStatus.PENDING and self.permission_policy.user_has_permission(
            self.request.user, "change"
        ):
            buttons.insert(
                0,
                MenuItem(
                    _("Review and approve"),
                    url=reverse("classroom_teachers:edit", args=[quote(instance.pk)]),
                    icon_name="check",
                    priority=5,
                ),
            )
        return buttons


class TeacherProfileViewSet(ModelViewSet):
    model = TeacherProfile
    index_view_class = TeacherProfileIndexView
    icon = "group"
    menu_label = _("Teacher accounts")
    menu_order = 700
    add_to_admin_menu = True
    copy_view_enabled = False
    form_fields = ["status", "name", "school", "moderator_note"]
    list_display = ["name", "school", "email", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["name", "school", "user__email"]
    ordering = ["status", "-created_at"]


teacher_profile_viewset = TeacherProfileViewSet("classroom_teachers")


@hooks.register("register_admin_viewset")
def register_teacher_profiles():
    return teacher_profile_viewset
