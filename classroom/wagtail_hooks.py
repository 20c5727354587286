"""The classroom in Wagtail: teacher accounts for moderators to approve, and the two questions
the quiz engine asks without importing the classroom (settings name these functions):

- `settings.QUIZ_TAKER = quiz_taker(request, quiz_page)` -> the taker key of the signed-in
  student's assignment of that quiz ("cr:<class>:<student>:<assignment id>"), or "" (practice:
  nothing is stored about the person).
- `settings.QUIZ_ANSWERS_RELEASE = quiz_answers_released(attempt)` -> True/False for an attempt
  made in a class (the assignment's answer-release setting decides), None for any other attempt.

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


# --- The quiz engine's questions ----------------------------------------------------------


def quiz_taker(request, quiz_page):
    student = current_student(request)
    if student is None or quiz_page is None:
        return ""
    candidates = list(
        student_assignments(student)
        .filter(quiz__translation_key=quiz_page.translation_key)
        .order_by("-due_at", "-pk")
    )
    if not candidates:
        return ""
    opened = request.session.get(OPEN_ASSIGNMENT_KEY)
    chosen = next((a for a in candidates if a.pk == opened), candidates[0])
    return chosen.taker_key(student)


def quiz_answers_released(attempt):
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
