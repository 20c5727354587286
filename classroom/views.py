"""The classroom's pages: teacher sign-up, classes, assignments, reports; students' pages.

Every object that holds student data is found through `permissions` (one check, written
once): a teacher's views pass their user and the ids from the URL, a student's views the
signed-in student; anything else is a 404. Every page is `never_cache`.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from . import attempts, codes, ratelimit, reports
from .forms import AssignmentForm, JoinForm, SchoolClassForm, SignInForm, TeacherSignUpForm
from .models import LessonCompletion, SchoolClass, Student, TeacherProfile, TeacherStatus
from .permissions import (
    approved_teacher,
    current_student,
    get_assignment_or_404,
    get_attempt_or_404,
    get_class_or_404,
    get_own_assignment_or_404,
    get_own_attempt_or_404,
    get_student_or_404,
    sign_in_student,
    sign_out_student,
    student_assignments,
    teacher_classes,
)

CONFIRM_SALT = "classroom.teacher-email"
CONFIRM_MAX_AGE = 3 * 24 * 3600
OPEN_ASSIGNMENT_KEY = "classroom_open_assignment"
NEW_CODE_KEY = "classroom_new_code"


def teacher_view(view):
    return never_cache(login_required(view))


def too_many(request, template, context):
    context["rate_limited"] = True
    return render(request, template, context, status=429)


# --- Teacher sign-up ----------------------------------------------------------------------


@never_cache
def teacher_sign_up(request):
    if request.user.is_authenticated and hasattr(request.user, "teacher_profile"):
        return redirect("classroom:dashboard")
    form = TeacherSignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            user = get_user_model().objects.create_user(
                username=data["email"],
                email=data["email"],
                password=data["password1"],
                first_name=data["name"][:150],
            )
            profile = TeacherProfile.objects.create(
                user=user, name=data["name"], school=data["school"]
            )
        send_confirmation(request, profile)
        return redirect("classroom:sign_up_sent")
    return render(request, "classroom/teacher_sign_up.html", {"form": form})


def confirmation_path(profile):
    """The path of the signed link that confirms the teacher's e-mail address."""
    token = signing.dumps({"u": profile.user_id, "e": profile.user.email}, salt=CONFIRM_SALT)
    return reverse("classroom:confirm", args=[token])


def send_confirmation(request, profile):
    link = request.build_absolute_uri(confirmation_path(profile))
    send_mail(
        _("Confirm your e-mail address · Korzenie Smaku"),
        _(
            "Hello %(name)s,\n\nplease confirm your e-mail address for your teacher account "
            "at Korzenie Smaku by opening this link (valid for 3 days):\n\n%(link)s\n\n"
            "After that, a moderator checks and approves the account.\n"
        )
        % {"name": profile.name, "link": link},
        None,
        [profile.user.email],
    )


@never_cache
def sign_up_sent(request):
    return render(request, "classroom/teacher_sign_up_sent.html")


@never_cache
def confirm_email(request, token):
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        return render(request, "classroom/confirm.html", {"problem": "expired"}, status=400)
    except signing.BadSignature:
        return render(request, "classroom/confirm.html", {"problem": "invalid"}, status=400)
    profile = get_object_or_404(
        TeacherProfile.objects.select_related("user"), user_id=data.get("u")
    )
    if profile.user.email != data.get("e"):
        return render(request, "classroom/confirm.html", {"problem": "invalid"}, status=400)
    if profile.status == TeacherStatus.UNCONFIRMED:
        profile.status = TeacherStatus.PENDING
        profile.email_confirmed_at = timezone.now()
        profile.save()
        notify_moderators(request, profile)
    return render(request, "classroom/confirm.html", {"profile": profile})


def notify_moderators(request, profile):
    group = Group.objects.filter(name="Moderators").first()
    recipients = (
        list(
            group.user_set.filter(is_active=True).exclude(email="").values_list("email", flat=True)
        )
        if group
        else []
    )
    if not recipients:
        return
    with translation.override("pl"):
        send_mail(
            _("A teacher account waits for approval · Korzenie Smaku"),
            _(
                "%(name)s (%(school)s) has confirmed their e-mail address. Approve or reject the "
                "account in the admin: %(link)s"
            )
            % {
                "name": profile.name,
                "school": profile.school,
                "link": request.build_absolute_uri("/admin/classroom/teacherprofile/"),
            },
            None,
            recipients,
        )


# --- Teacher: classes ---------------------------------------------------------------------


@teacher_view
def dashboard(request):
    profile = getattr(request.user, "teacher_profile", None)
    classes = teacher_classes(request.user).annotate(
        student_count=Count("students", distinct=True),
        assignment_count=Count("assignments", distinct=True),
    )
    return render(request, "classroom/dashboard.html", {"profile": profile, "classes": classes})


@teacher_view
def class_create(request):
    if not approved_teacher(request.user):
        raise Http404
    form = SchoolClassForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        school_class = form.save(commit=False)
        school_class.teacher = request.user
        school_class.save()
        messages.success(request, _("The class is ready. Give the students its code."))
        return redirect("classroom:class_detail", school_class.pk)
    return render(request, "classroom/class_form.html", {"form": form})


@teacher_view
def class_edit(request, class_id):
    school_class = get_class_or_404(request.user, class_id)
    form = SchoolClassForm(request.POST or None, instance=school_class)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect("classroom:class_detail", school_class.pk)
    return render(
        request, "classroom/class_form.html", {"form": form, "school_class": school_class}
    )


@teacher_view
def class_detail(request, class_id):
    school_class = get_class_or_404(request.user, class_id)
    students = list(school_class.students.all())
    assignments = list(school_class.assignments.select_related("lesson", "quiz"))
    return render(
        request,
        "classroom/class_detail.html",
        {"school_class": school_class, "students": students, "assignments": assignments},
    )


@teacher_view
@require_POST
def class_code(request, class_id):
    school_class = get_class_or_404(request.user, class_id)
    action = request.POST.get("action")
    if action == "regenerate":
        school_class.regenerate_join_code()
        messages.success(request, _("The class has a new code. The old one no longer works."))
    elif action == "disable":
        school_class.join_enabled = False
        school_class.save(update_fields=["join_enabled"])
        messages.success(request, _("Joining is switched off."))
    elif action == "enable":
        school_class.join_enabled = True
        school_class.save(update_fields=["join_enabled"])
        messages.success(request, _("Joining is switched on."))
    return redirect("classroom:class_detail", school_class.pk)


@teacher_view
def class_delete(request, class_id):
    school_class = get_class_or_404(request.user, class_id)
    if request.method == "POST":
        with transaction.atomic():
            attempts.delete_with_prefix(school_class.taker_prefix())
            school_class.delete()
        messages.success(request, _("The class and all its data have been deleted."))
        return redirect("classroom:dashboard")
    return render(
        request,
        "classroom/confirm_delete.html",
        {
            "school_class": school_class,
            "what": school_class,
            "consequence": _(
                "This deletes the class, its %(students)d students, its assignments and every "
                "quiz attempt of its students. It cannot be undone."
            )
            % {"students": school_class.students.count()},
        },
    )


@teacher_view
def roster_print(request, class_id):
    school_class = get_class_or_404(request.user, class_id)
    return render(
        request,
        "classroom/roster_print.html",
        {"school_class": school_class, "students": school_class.students.all()},
    )


# --- Teacher: students --------------------------------------------------------------------


@teacher_view
def student_detail(request, class_id, student_id):
    student = get_student_or_404(request.user, class_id, student_id)
    history = reports.student_history(student)
    return render(
        request,
        "classroom/student_detail.html",
        {"school_class": student.school_class, "student": student, "history": history},
    )


@teacher_view
@require_POST
def student_reset_code(request, class_id, student_id):
    student = get_student_or_404(request.user, class_id, student_id)
    student.reset_signin_code()
    messages.success(
        request,
        _("%(nickname)s has a new personal code: %(code)s. The old one no longer works.")
        % {"nickname": student.nickname, "code": student.signin_code_display},
    )
    return redirect("classroom:student_detail", class_id, student.pk)


@teacher_view
def student_delete(request, class_id, student_id):
    student = get_student_or_404(request.user, class_id, student_id)
    if request.method == "POST":
        with transaction.atomic():
            attempts.delete_with_prefix(student.taker_prefix())
            student.delete()
        messages.success(request, _("The student and all their data have been deleted."))
        return redirect("classroom:class_detail", class_id)
    return render(
        request,
        "classroom/confirm_delete.html",
        {
            "school_class": student.school_class,
            "student": student,
            "what": student.nickname,
            "consequence": _(
                "This deletes the student, their personal code and every quiz attempt and "
                "completed lesson of theirs. It cannot be undone."
            ),
        },
    )


def student_data(student):
    """Everything stored about one student."""
    history = reports.student_history(student)
    return {
        "student": {
            "nickname": student.nickname,
            "personal_code": student.signin_code_display,
            "joined_at": student.joined_at.isoformat(),
            "last_seen_at": student.last_seen_at.isoformat() if student.last_seen_at else None,
        },
        "class": {
            "name": student.school_class.name,
            "school_year": student.school_class.school_year,
        },
        "assignments": [
            {
                "title": assignment.title,
                "due_at": assignment.due_at.isoformat(),
                "instructions": assignment.instructions,
                "status": cell.status,
                "score_percent": cell.score,
                "lesson_completed_at": cell.completed_at.isoformat() if cell.completed_at else None,
            }
            for assignment, cell in history
        ],
        "quiz_attempts": [
            attempts.as_data(attempt)
            for attempt in attempts.attempts_with_prefix(
                student.taker_prefix(), submitted_only=False
            )
        ],
    }


@teacher_view
def student_download(request, class_id, student_id):
    student = get_student_or_404(request.user, class_id, student_id)
    response = JsonResponse(
        student_data(student), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    filename = f"{slugify(student.school_class.name) or 'class'}-student-{student.pk}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- Teacher: assignments -----------------------------------------------------------------


@teacher_view
def assignment_create(request, class_id):
    school_class = get_class_or_404(request.user, class_id)
    form = AssignmentForm(request.POST or None, school_class=school_class)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The assignment is saved."))
        return redirect("classroom:class_detail", school_class.pk)
    return render(
        request, "classroom/assignment_form.html", {"form": form, "school_class": school_class}
    )


@teacher_view
def assignment_edit(request, class_id, assignment_id):
    assignment = get_assignment_or_404(request.user, class_id, assignment_id)
    form = AssignmentForm(
        request.POST or None, instance=assignment, school_class=assignment.school_class
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The assignment is saved."))
        return redirect("classroom:class_detail", class_id)
    return render(
        request,
        "classroom/assignment_form.html",
        {"form": form, "school_class": assignment.school_class, "assignment": assignment},
    )


@teacher_view
def assignment_delete(request, class_id, assignment_id):
    assignment = get_assignment_or_404(request.user, class_id, assignment_id)
    if request.method == "POST":
        with transaction.atomic():
            attempts.delete_with_prefix_suffix(
                assignment.school_class.taker_prefix(), f":{assignment.pk}"
            )
            assignment.delete()
        messages.success(request, _("The assignment and its results have been deleted."))
        return redirect("classroom:class_detail", class_id)
    return render(
        request,
        "classroom/confirm_delete.html",
        {
            "school_class": assignment.school_class,
            "what": assignment.title,
            "consequence": _(
                "This deletes the assignment and the students' quiz attempts made for it. "
                "It cannot be undone."
            ),
        },
    )


@teacher_view
@require_POST
def assignment_release(request, class_id, assignment_id):
    assignment = get_assignment_or_404(request.user, class_id, assignment_id)
    assignment.answers_released_at = None if request.POST.get("hide") else timezone.now()
    assignment.save(update_fields=["answers_released_at"])
    if assignment.answers_released_at:
        messages.success(request, _("Students can now see the correct answers."))
    else:
        messages.success(request, _("The correct answers are hidden again."))
    return redirect("classroom:class_detail", class_id)


# --- Teacher: reports ---------------------------------------------------------------------


def csv_response(table, filename):
    delimiter = ";" if translation.get_language() == "pl" else ","
    response = HttpResponse(
        reports.csv_bytes(table, delimiter=delimiter), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@teacher_view
def matrix(request, class_id):
    school_class = get_class_or_404(request.user, class_id)
    result = reports.class_matrix(school_class)
    # Links of 40 × 20 cells: reverse once, fill in the ids (reverse() per cell is the slowest
    # part of the page).
    attempt_url = reverse("classroom:attempt_detail", args=[school_class.pk, 0])
    student_url = reverse("classroom:student_detail", args=[school_class.pk, 0])
    for student, cells in result.rows:
        student.url = student_url[: -len("0/")] + f"{student.pk}/"
        for cell in cells:
            if cell.latest is not None:
                cell.url = attempt_url[: -len("0/")] + f"{cell.latest.pk}/"
    return render(
        request, "classroom/matrix.html", {"school_class": school_class, "matrix": result}
    )


@teacher_view
def matrix_csv(request, class_id):
    school_class = get_class_or_404(request.user, class_id)
    result = reports.class_matrix(school_class)
    name = slugify(f"{school_class.name} {school_class.school_year}") or "class"
    return csv_response(result.table(), f"{name}-results.csv")


@teacher_view
def question_report(request, class_id, assignment_id):
    assignment = get_assignment_or_404(request.user, class_id, assignment_id)
    if not assignment.quiz_id:
        raise Http404
    report = reports.question_report(assignment)
    return render(
        request,
        "classroom/question_report.html",
        {
            "school_class": assignment.school_class,
            "assignment": assignment,
            "report": report,
            "chart": reports.chart(report),
        },
    )


@teacher_view
def question_report_csv(request, class_id, assignment_id):
    assignment = get_assignment_or_404(request.user, class_id, assignment_id)
    if not assignment.quiz_id:
        raise Http404
    report = reports.question_report(assignment)
    name = slugify(assignment.title) or "quiz"
    return csv_response(report.table(), f"{name}-questions.csv")


@teacher_view
def attempt_detail(request, class_id, attempt_id):
    attempt, student, assignment = get_attempt_or_404(request.user, class_id, attempt_id)
    return render(
        request,
        "classroom/attempt_detail.html",
        {
            "school_class": student.school_class,
            "student": student,
            "assignment": assignment,
            "attempt": attempt,
            "review": reports.attempt_review(attempt, show_answers=True),
            "teacher": True,
        },
    )


# --- Students -----------------------------------------------------------------------------


@never_cache
def join(request):
    form = JoinForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    context = {"form": form}
    if request.method != "POST":
        return render(request, "classroom/join.html", context)
    if ratelimit.is_limited(ratelimit.JOIN, request):
        return too_many(request, "classroom/join.html", context)
    if not form.is_valid():
        if "code" in form.errors:
            ratelimit.count_failure(ratelimit.JOIN, request)
        return render(request, "classroom/join.html", context)
    school_class = SchoolClass.objects.filter(
        join_code=form.cleaned_data["code"], join_enabled=True
    ).first()
    if school_class is None:
        ratelimit.count_failure(ratelimit.JOIN, request)
        form.add_error(
            "code",
            _(
                "No class has this code, or joining is switched off. Check the code with your teacher."
            ),
        )
        return render(request, "classroom/join.html", context)
    nickname = form.cleaned_data["nickname"]
    if school_class.students.filter(nickname__iexact=nickname).exists():
        form.add_error(
            "nickname",
            _("Somebody in this class has this nickname already. Add a letter or a digit."),
        )
        return render(request, "classroom/join.html", context)
    student = Student.objects.create(school_class=school_class, nickname=nickname)
    sign_in_student(request, student)
    request.session[NEW_CODE_KEY] = student.pk
    return redirect("classroom:welcome")


@never_cache
def welcome(request):
    student = current_student(request)
    if student is None:
        return redirect("classroom:join")
    show_code = request.session.get(NEW_CODE_KEY) == student.pk
    return render(request, "classroom/welcome.html", {"student": student, "show_code": show_code})


@never_cache
def sign_in(request):
    form = SignInForm(request.POST or None)
    context = {"form": form}
    if request.method != "POST":
        return render(request, "classroom/sign_in.html", context)
    if ratelimit.is_limited(ratelimit.SIGN_IN, request):
        return too_many(request, "classroom/sign_in.html", context)
    if not form.is_valid():
        ratelimit.count_failure(ratelimit.SIGN_IN, request)
        return render(request, "classroom/sign_in.html", context)
    student = Student.objects.filter(signin_code=form.cleaned_data["code"]).first()
    if student is None:
        ratelimit.count_failure(ratelimit.SIGN_IN, request)
        form.add_error(
            "code", _("This code is not right. Check it, or ask your teacher for a new one.")
        )
        return render(request, "classroom/sign_in.html", context)
    sign_in_student(request, student)
    return redirect("classroom:student_home")


@never_cache
@require_POST
def sign_out(request):
    sign_out_student(request)
    request.session.pop(NEW_CODE_KEY, None)
    return redirect("classroom:sign_in")


def student_view(view):
    def wrapped(request, *args, **kwargs):
        student = current_student(request)
        if student is None:
            return redirect("classroom:sign_in")
        return view(request, student, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return never_cache(wrapped)


@student_view
def student_home(request, student):
    request.session.pop(NEW_CODE_KEY, None)
    history = reports.student_history(student, student_assignments(student))
    now = timezone.now()
    groups = {
        "todo": [(a, c) for a, c in history if not c.is_done],
        "done": [(a, c) for a, c in history if c.is_done],
    }
    return render(
        request,
        "classroom/student_home.html",
        {"student": student, "history": history, "groups": groups, "now": now},
    )


@student_view
def open_work(request, student, assignment_id, kind):
    assignment = get_own_assignment_or_404(student, assignment_id)
    page = assignment.quiz if kind == "quiz" else assignment.lesson
    if page is None:
        raise Http404
    request.session[OPEN_ASSIGNMENT_KEY] = assignment.pk
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    localized = page.get_translation_or_none(locale) if locale else None
    target = (localized or page).specific
    url = target.get_url(request)
    if not url:
        raise Http404
    return redirect(url)


@student_view
@require_POST
def lesson_done(request, student, assignment_id):
    assignment = get_own_assignment_or_404(student, assignment_id)
    if assignment.lesson_id:
        LessonCompletion.objects.get_or_create(assignment=assignment, student=student)
        messages.success(request, _("Well done! The lesson is marked as done."))
    return redirect("classroom:student_home")


@student_view
def own_attempt(request, student, attempt_id):
    attempt, assignment = get_own_attempt_or_404(student, attempt_id)
    return render(
        request,
        "classroom/attempt_detail.html",
        {
            "student": student,
            "assignment": assignment,
            "attempt": attempt,
            "review": reports.attempt_review(attempt, show_answers=assignment.answers_released()),
            "teacher": False,
        },
    )


@student_view
def own_data(request, student):
    response = JsonResponse(
        student_data(student), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = 'attachment; filename="korzenie-smaku-my-data.json"'
    return response


@never_cache
def privacy(request):
    return render(
        request,
        "classroom/privacy.html",
        {
            "join_combinations": codes.combinations(codes.JOIN_CODE_LENGTH),
            "signin_combinations": codes.combinations(codes.SIGNIN_CODE_LENGTH),
        },
    )
