"""The classroom's URLs, inside i18n_patterns (/pl/klasy/..., /en/classes/...)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "classroom"

urlpatterns = [
    # Teachers
    path(_("teachers/sign-up/"), views.teacher_sign_up, name="sign_up"),
    path(_("teachers/sign-up/sent/"), views.sign_up_sent, name="sign_up_sent"),
    path(_("teachers/confirm/<str:token>/"), views.confirm_email, name="confirm"),
    path(_("classes/"), views.dashboard, name="dashboard"),
    path(_("classes/new/"), views.class_create, name="class_create"),
    path(_("classes/<int:class_id>/"), views.class_detail, name="class_detail"),
    path(_("classes/<int:class_id>/edit/"), views.class_edit, name="class_edit"),
    path(_("classes/<int:class_id>/delete/"), views.class_delete, name="class_delete"),
    path(_("classes/<int:class_id>/code/"), views.class_code, name="class_code"),
    path(_("classes/<int:class_id>/roster/"), views.roster_print, name="roster"),
    path(_("classes/<int:class_id>/results/"), views.matrix, name="matrix"),
    path(_("classes/<int:class_id>/results.csv"), views.matrix_csv, name="matrix_csv"),
    path(
        _("classes/<int:class_id>/students/<int:student_id>/"),
        views.student_detail,
        name="student_detail",
    ),
    path(
        _("classes/<int:class_id>/students/<int:student_id>/new-code/"),
        views.student_reset_code,
        name="student_reset_code",
    ),
    path(
        _("classes/<int:class_id>/students/<int:student_id>/delete/"),
        views.student_delete,
        name="student_delete",
    ),
    path(
        _("classes/<int:class_id>/students/<int:student_id>/data.json"),
        views.student_download,
        name="student_download",
    ),
    path(
        _("classes/<int:class_id>/assignments/new/"),
        views.assignment_create,
        name="assignment_create",
    ),
    path(
        _("classes/<int:class_id>/assignments/<int:assignment_id>/"),
        views.assignment_edit,
        name="assignment_edit",
    ),
    path(
        _("classes/<int:class_id>/assignments/<int:assignment_id>/delete/"),
        views.assignment_delete,
        name="assignment_delete",
    ),
    path(
        _("classes/<int:class_id>/assignments/<int:assignment_id>/release/"),
        views.assignment_release,
        name="assignment_release",
    ),
    path(
        _("classes/<int:class_id>/assignments/<int:assignment_id>/questions/"),
        views.question_report,
        name="question_report",
    ),
    path(
        _("classes/<int:class_id>/assignments/<int:assignment_id>/questions.csv"),
        views.question_report_csv,
        name="question_report_csv",
    ),
    path(
        _("classes/<int:class_id>/attempts/<int:attempt_id>/"),
        views.attempt_detail,
        name="attempt_detail",
    ),
    # Students
    path(_("join/"), views.join, name="join"),
    path(_("join/welcome/"), views.welcome, name="welcome"),
    path(_("student/sign-in/"), views.sign_in, name="sign_in"),
    path(_("student/sign-out/"), views.sign_out, name="sign_out"),
    path(_("student/"), views.student_home, name="student_home"),
    path(_("student/my-data.json"), views.own_data, name="own_data"),
    path(
        _("student/work/<int:assignment_id>/lesson/"),
        views.open_work,
        {"kind": "lesson"},
        name="open_lesson",
    ),
    path(
        _("student/work/<int:assignment_id>/quiz/"),
        views.open_work,
        {"kind": "quiz"},
        name="open_quiz",
    ),
    path(
        _("student/work/<int:assignment_id>/done/"),
        views.lesson_done,
        name="lesson_done",
    ),
    path(_("student/results/<int:attempt_id>/"), views.own_attempt, name="own_attempt"),
    path(_("classes/privacy/"), views.privacy, name="privacy"),
]
