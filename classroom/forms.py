"""The classroom's forms: every one keeps what was typed and says clearly what is wrong."""

import re

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from . import codes
from .models import AnswerRelease, Assignment, SchoolClass, Student

SCHOOL_YEAR = re.compile(r"^(\d{4})/(\d{4})$")
DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


class TeacherSignUpForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send a link to confirm it. It is also your sign-in name."),
    )
    school = forms.CharField(
        label=_("School"), max_length=200, help_text=_("Name and town, e.g. SP nr 3 w Zakopanem.")
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters, not only digits, not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["school"].widget.attrs["autocomplete"] = "organization"

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        User = get_user_model()
        if User.objects.filter(Q(email__iexact=email) | Q(username__iexact=email)).exists():
            raise forms.ValidationError(
                _("An account with this e-mail address exists already. Sign in instead.")
            )
        return email

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are not the same."))
        elif password1:
            User = get_user_model()
            candidate = User(username=cleaned.get("email", ""), email=cleaned.get("email", ""))
            candidate.first_name = cleaned.get("name", "")
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


def current_school_year(day):
    """ "2026/2027" from 1 July 2026 to 30 June 2027: the year runs from September to June, and
    over the summer teachers set up the coming one."""
    start = day.year if day.month >= 7 else day.year - 1
    return f"{start}/{start + 1}"


class SchoolClassForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.initial.setdefault("school_year", current_school_year(timezone.localdate()))

    class Meta:
        model = SchoolClass
        fields = ["name", "school_year"]
        help_texts = {
            "name": _("For example: Klasa 5b."),
            "school_year": _("For example: 2026/2027."),
        }

    def clean_name(self):
        return self.cleaned_data["name"].strip()

    def clean_school_year(self):
        value = self.cleaned_data["school_year"].strip().replace(" ", "").replace("-", "/")
        match = SCHOOL_YEAR.match(value)
        if not match or int(match[2]) != int(match[1]) + 1:
            raise forms.ValidationError(
                _("Write the school year as two following years, for example 2026/2027.")
            )
        return value


def clean_code(value, length, message):
    code = codes.normalise(value)
    if not codes.is_well_formed(code, length):
        raise forms.ValidationError(message)
    return code


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Class code"),
        max_length=20,
        help_text=_("8 letters and digits from your teacher, for example ACDE-FGHJ."),
    )
    nickname = forms.CharField(
        label=_("Nickname"),
        max_length=40,
        help_text=_(
            "How your teacher will know you, e.g. your first name and a letter. "
            "Do not use your full name."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(
            {"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        )
        self.fields["nickname"].widget.attrs.update({"autocomplete": "nickname"})

    def clean_code(self):
        return clean_code(
            self.cleaned_data["code"],
            codes.JOIN_CODE_LENGTH,
            _(
                "A class code has 8 letters and digits, for example ACDE-FGHJ. Check it and try again."
            ),
        )

    def clean_nickname(self):
        nickname = " ".join(self.cleaned_data["nickname"].split())
        if len(nickname) < 2:
            raise forms.ValidationError(_("A nickname needs at least 2 characters."))
        return nickname


class SignInForm(forms.Form):
    code = forms.CharField(
        label=_("Your personal code"),
        max_length=20,
        help_text=_("10 letters and digits that you got when you joined, for example ACDEF-GHJKM."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(
            {"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        )

    def clean_code(self):
        return clean_code(
            self.cleaned_data["code"],
            codes.SIGNIN_CODE_LENGTH,
            _("A personal code has 10 letters and digits, for example ACDEF-GHJKM."),
        )


def pages_of_type(model_name):
    """Live pages of `lessons.<model_name>` in the active language (by content type, so that the
    form works whichever lesson and quiz models exist yet)."""
    pages = Page.objects.live().filter(
        content_type__app_label="lessons", content_type__model=model_name
    )
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = None
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages.order_by("title")


class PageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class AssignmentForm(forms.ModelForm):
    lesson = PageChoiceField(
        queryset=Page.objects.none(), required=False, label=_("Lesson"), empty_label=_("(none)")
    )
    quiz = PageChoiceField(
        queryset=Page.objects.none(), required=False, label=_("Quiz"), empty_label=_("(none)")
    )
    due_at = forms.DateTimeField(
        label=_("Due date and time"),
        input_formats=[DATETIME_LOCAL, "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL),
        error_messages={"invalid": _("Enter a date and time, for example 2026-12-15 08:00.")},
    )
    answer_release = forms.ChoiceField(
        label=_("Show the correct answers to students"),
        choices=AnswerRelease.choices,
        widget=forms.RadioSelect,
    )
    for_whole_class = forms.TypedChoiceField(
        label=_("Who does it"),
        choices=[("1", _("The whole class")), ("0", _("Only the students I choose"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
        initial="1",
    )
    students = forms.ModelMultipleChoiceField(
        queryset=Student.objects.none(),
        required=False,
        label=_("Chosen students"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Assignment
        fields = [
            "lesson",
            "quiz",
            "due_at",
            "instructions",
            "answer_release",
            "for_whole_class",
            "students",
        ]
        help_texts = {
            "instructions": _("Optional. Students see them with the assignment."),
        }

    def __init__(self, *args, school_class, **kwargs):
        super().__init__(*args, **kwargs)
        self.school_class = school_class
        self.fields["lesson"].queryset = pages_of_type("lessonpage")
        self.fields["quiz"].queryset = pages_of_type("quizpage")
        # Keep a chosen page that is in another language (an assignment made in Polish and
        # edited in English) choosable.
        for name in ("lesson", "quiz"):
            current = getattr(self.instance, f"{name}_id", None)
            if current:
                self.fields[name].queryset = (
                    self.fields[name].queryset | Page.objects.filter(pk=current)
                ).order_by("title")
        self.fields["students"].queryset = school_class.students.all()
        self.fields["instructions"].widget.attrs["rows"] = 3
        if self.instance.pk:
            self.initial["for_whole_class"] = "1" if self.instance.for_whole_class else "0"

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("lesson")
            and not cleaned.get("quiz")
            and not (self.has_error("lesson") or self.has_error("quiz"))
        ):
            self.add_error(None, _("Choose a lesson, a quiz or both."))
        if cleaned.get("for_whole_class") is False and not cleaned.get("students"):
            self.add_error("students", _("Choose at least one student, or the whole class."))
        return cleaned

    def save(self, commit=True):
        assignment = super().save(commit=False)
        assignment.school_class = self.school_class
        if commit:
            assignment.save()
            if assignment.for_whole_class:
                assignment.students.clear()
            else:
                assignment.students.set(self.cleaned_data["students"])
        return assignment
