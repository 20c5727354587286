"""The lesson filters: a GET form, so every filtered list has its own URL and needs no JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from korzenie.models.pages import Strand
from lessons.models import AgeGroup, DurationBand, Subject


def with_any(choices, label):
    return [("", label), *choices]


class LessonFilterForm(forms.Form):
    strand = forms.ChoiceField(
        label=_("Strand"), required=False, choices=with_any(Strand.choices, _("All strands"))
    )
    age = forms.ChoiceField(
        label=_("Age group"),
        required=False,
        choices=with_any(AgeGroup.choices, _("All age groups")),
    )
    subject = forms.ChoiceField(
        label=_("Subject"), required=False, choices=with_any(Subject.choices, _("All subjects"))
    )
    duration = forms.ChoiceField(
        label=_("Duration"),
        required=False,
        choices=with_any(DurationBand.choices, _("Any duration")),
    )
    tag = forms.ChoiceField(label=_("Tag"), required=False)

    def __init__(self, *args, tags=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tag"].choices = with_any(list(tags), _("All tags"))

    @property
    def active(self):
        """True when at least one valid filter narrows the list."""
        return bool(self.is_bound and any(getattr(self, "cleaned_data", {}).values()))
