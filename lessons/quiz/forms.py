"""The answer form: a Django form built from the public questions shown on one screen.

Field names are `q-<question id>` (and `q-<question id>-<step or item id>` for the selects of
ordering and matching questions). Every field is optional: a student may skip a question.

Two kinds of problem are told apart:

- a student's slip (a number that is not a number, two steps given the same position) is shown
  next to the question, and everything typed is kept;
- a submission no page of ours could have sent (an unknown question or choice id, a list where
  one value is expected, text longer than the field allows, a select left out, a payload of
  megabytes) is tampered with or broken: `TamperedSubmission` is raised and the view answers
  400 with its message, storing nothing.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import grading, voivodeships

# A screen holds at most 60 questions of at most 10 parts: generous for any real form, tiny
# next to Django's own limits.
MAX_SUBMISSION_BYTES = 64 * 1024
MAX_TEXT_LENGTH = 200
MAX_NUMBER_LENGTH = 40
# Form keys that are not answers.
CONTROL_KEYS = {"csrfmiddlewaretoken", "action"}
# Error codes of Django fields that only a forged request can cause.
TAMPERING_CODES = {"invalid_choice", "invalid_list", "max_length", "null_characters_not_allowed"}


class TamperedSubmission(Exception):
    """A submission that no page of ours could have sent; the message says what was wrong."""


def field_name(question_id, part_id=None):
    return f"q-{question_id}-{part_id}" if part_id else f"q-{question_id}"


class AnswerForm(forms.Form):
    def __init__(self, questions, *args, answers=None, **kwargs):
        """questions: the public questions of this screen; answers: saved answers to show."""
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.select_names = set()
        for question in questions:
            self._add_fields(question, (answers or {}).get(question["id"]))

    def _add_fields(self, question, saved):
        kind = question["type"]
        name = field_name(question["id"])
        choices = [(choice["id"], choice["text"]) for choice in question.get("choices", [])]
        if kind in ("single_choice", "true_false", "voivodeship"):
            field = forms.ChoiceField(choices=choices, required=False, widget=forms.RadioSelect)
            self._add(name, field, saved)
        elif kind == "multiple_choice":
            field = forms.MultipleChoiceField(
                choices=choices, required=False, widget=forms.CheckboxSelectMultiple
            )
            self._add(name, field, saved)
        elif kind == "short_text":
            field = forms.CharField(max_length=MAX_TEXT_LENGTH, required=False, strip=True)
            field.widget.attrs.update(autocomplete="off", spellcheck="false", autocapitalize="off")
            self._add(name, field, saved)
        elif kind == "numeric":
            field = forms.CharField(max_length=MAX_NUMBER_LENGTH, required=False, strip=True)
            field.widget.attrs.update(inputmode="decimal", autocomplete="off", size="12")
            self._add(name, field, saved)
        elif kind == "ordering":
            positions = [("", "—"), *((str(n), str(n)) for n in question["positions"])]
            for step in question["steps"]:
                field = forms.ChoiceField(choices=positions, required=False)
                part = field_name(question["id"], step["id"])
                self._add(part, field, (saved or {}).get(step["id"]), select=True)
        elif kind == "matching":
            options = [
                ("", "—"),
                *((option["id"], option["text"]) for option in question["options"]),
            ]
            for item in question["items"]:
                field = forms.ChoiceField(choices=options, required=False)
                part = field_name(question["id"], item["id"])
                self._add(part, field, (saved or {}).get(item["id"]), select=True)

    def _add(self, name, field, saved, *, select=False):
        self.fields[name] = field
        if saved not in (None, "", [], {}):
            self.initial[name] = str(saved) if select else saved
        if select:
            self.select_names.add(name)

    # Tampering ------------------------------------------------------------------------------

    def check_tampering(self):
        """Raise TamperedSubmission for anything only a forged request could contain."""
        data = self.data
        unknown = sorted(key for key in data if key not in self.fields and key not in CONTROL_KEYS)
        if unknown:
            raise TamperedSubmission(
                _("The submission names questions or answers this quiz does not have: %(names)s.")
                % {"names": ", ".join(name[:60] for name in unknown[:5])}
            )
        for name in sorted(self.select_names):
            if name not in data:
                raise TamperedSubmission(
                    _("The submission is missing a field: %(name)s.") % {"name": name}
                )
        for name, field in self.fields.items():
            values = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
            if not isinstance(field, forms.MultipleChoiceField) and len(values) > 1:
                raise TamperedSubmission(
                    _("The field %(name)s was sent %(count)s times; it takes one value.")
                    % {"name": name, "count": len(values)}
                )
        for name, errors in self.errors.as_data().items():
            for error in errors:
                if error.code in TAMPERING_CODES:
                    raise TamperedSubmission(
                        _("The answer in %(name)s is not one this question offers.")
                        % {"name": name}
                    )

    # Validation a student can fix -------------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        for question in self.questions:
            if question["type"] == "numeric":
                name = field_name(question["id"])
                value = cleaned.get(name)
                if value and grading.parse_number(value) is None:
                    self.add_error(
                        name,
                        forms.ValidationError(
                            _("Type a number, for example 46 or 2,5."), code="not_a_number"
                        ),
                    )
            elif question["type"] == "ordering":
                names = [field_name(question["id"], step["id"]) for step in question["steps"]]
                positions = [cleaned.get(name) for name in names if cleaned.get(name)]
                if len(positions) != len(set(positions)):
                    error = forms.ValidationError(
                        _("Give each step a different position."), code="repeated_position"
                    )
                    self.add_error(None, error)
                    self.question_errors.setdefault(question["id"], []).append(error.message)
        return cleaned

    @property
    def question_errors(self):
        if not hasattr(self, "_question_errors"):
            self._question_errors = {}
        return self._question_errors

    def errors_for(self, question):
        """The messages to show on one question."""
        messages = list(self.question_errors.get(question["id"], []))
        for name in self.fields:
            if name == field_name(question["id"]) or name.startswith(
                field_name(question["id"]) + "-"
            ):
                messages.extend(self.errors.get(name, []))
        return messages

    # Rendering -------------------------------------------------------------------------------

    def controls(self, question):
        """What the template needs to draw one question's inputs, as plain data.

        The inputs are written out by lessons/quiz/question.html rather than by Django's widget
        templates: a 30-question page has several hundred radio buttons, and one template per
        widget costs more than everything else on the page together.
        """
        kind = question["type"]
        if kind in ("ordering", "matching"):
            parts = question["steps"] if kind == "ordering" else question["items"]
            rows = []
            for part in parts:
                name = field_name(question["id"], part["id"])
                bound = self[name]
                value = str(bound.value() or "")
                rows.append(
                    {
                        "label": part["text"],
                        "name": name,
                        "id": bound.auto_id,
                        "options": [
                            {"value": str(option), "label": label, "selected": str(option) == value}
                            for option, label in bound.field.choices
                        ],
                    }
                )
            return {"kind": "selects", "rows": rows}
        name = field_name(question["id"])
        bound = self[name]
        if kind in ("short_text", "numeric"):
            return {
                "kind": "text",
                "name": name,
                "id": bound.auto_id,
                "value": bound.value() or "",
                "maxlength": bound.field.max_length,
                "numeric": kind == "numeric",
            }
        value = bound.value()
        chosen = (
            {str(item) for item in value} if isinstance(value, list | tuple) else {str(value or "")}
        )
        controls = {
            "kind": "choices",
            "type": "checkbox" if kind == "multiple_choice" else "radio",
            "name": name,
            "options": [
                {
                    "id": f"{bound.auto_id}_{index}",
                    "value": str(option),
                    "label": label,
                    "checked": str(option) in chosen,
                }
                for index, (option, label) in enumerate(bound.field.choices)
            ],
        }
        if kind == "voivodeship":
            controls["map"] = voivodeships.question_map(chosen=str(value or ""))
        return controls

    # Answers --------------------------------------------------------------------------------

    def answers(self):
        """{question id: answer} for the questions of this screen, in grading's shapes.

        Values that did not validate (a mistyped number) are kept as typed, so nothing is lost;
        a skipped question is None.
        """
        cleaned = getattr(self, "cleaned_data", {})
        answers = {}
        for question in self.questions:
            question_id = question["id"]
            kind = question["type"]
            name = field_name(question_id)
            if kind in ("ordering", "matching"):
                parts = question["steps"] if kind == "ordering" else question["items"]
                chosen = {}
                for part in parts:
                    value = cleaned.get(
                        field_name(question_id, part["id"]),
                        self.data.get(field_name(question_id, part["id"])),
                    )
                    if value:
                        chosen[part["id"]] = int(value) if kind == "ordering" else value
                answers[question_id] = chosen or None
            elif kind == "multiple_choice":
                answers[question_id] = cleaned.get(name) or None
            else:
                value = cleaned.get(name)
                if value is None:
                    value = (self.data.get(name) or "").strip()
                answers[question_id] = value or None
        return answers
