"""The catalogue's filters: a GET form, so a filtered list is a link a teacher can send."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Scheme

YEAR_MIN, YEAR_MAX = 1992, 2100


class SortOrder:
    NAME = "name"
    NEWEST = "newest"
    OLDEST = "oldest"
    choices = [
        (NAME, _("name (A–Z)")),
        (NEWEST, _("date of entry, newest first")),
        (OLDEST, _("date of entry, oldest first")),
    ]


class CatalogueFilterForm(forms.Form):
    """Validated filters. Bad values are dropped (and said so), never a server error."""

    q = forms.CharField(label=_("Name contains"), required=False, max_length=100)
    region = forms.MultipleChoiceField(
        label=_("Voivodeship"), required=False, widget=forms.CheckboxSelectMultiple
    )
    category = forms.MultipleChoiceField(
        label=_("Category"), required=False, widget=forms.CheckboxSelectMultiple
    )
    scheme = forms.MultipleChoiceField(
        label=_("Register and scheme"),
        required=False,
        choices=Scheme.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    year_from = forms.IntegerField(
        label=_("From year"), required=False, min_value=YEAR_MIN, max_value=YEAR_MAX
    )
    year_to = forms.IntegerField(
        label=_("To year"), required=False, min_value=YEAR_MIN, max_value=YEAR_MAX
    )
    story = forms.BooleanField(label=_("Only products with an origin story"), required=False)
    tag = forms.MultipleChoiceField(
        label=_("Story tag"), required=False, widget=forms.CheckboxSelectMultiple
    )
    sort = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=SortOrder.choices, initial=SortOrder.NAME
    )

    def __init__(self, data, *, regions, categories, tags):
        super().__init__(data)
        self.fields["region"].choices = [(r.slug, r.name) for r in regions]
        self.fields["category"].choices = [(c.slug, c.name) for c in categories]
        self.fields["tag"].choices = [(t.slug, t.name) for t in tags]
        for name in ("year_from", "year_to"):
            self.fields[name].widget.attrs.update({"inputmode": "numeric"})

    def clean(self):
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start and end and start > end:
            data["year_from"], data["year_to"] = end, start
            self.swapped_years = True
        return data

    @property
    def filters(self):
        """The valid filters only: a bad value in one field does not void the others."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.errors and value not in (None, "", [], False)
        }
