"""Admin additions of the shell: the translation status report (Reports > Translation status),
and a dashboard panel that says whether the site search stems Polish.

Every page of the site, grouped by translation: for each language, whether the page exists
there, and for a translation made with wagtail-localize whether it is complete, up to date with
its source, or out of date (the source was published after its text was last synchronised),
with a link to act: translate, edit the translation, or sync it with the source.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db import connection, models
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import Translation, TranslationSource

ROWS_PER_PAGE = 25


class Status(models.TextChoices):
    SOURCE = "source", _("Source")
    UP_TO_DATE = "up-to-date", _("Up to date")
    OUT_OF_DATE = "out-of-date", _("Out of date")
    IN_PROGRESS = "in-progress", _("Translation incomplete")
    NOT_SYNCED = "not-synced", _("Exists, not linked to its source")
    MISSING = "missing", _("Not translated")


@dataclass
class Cell:
    locale: Locale
    status: str
    page: Page | None = None
    note: str = ""
    actions: list = field(default_factory=list)

    @property
    def status_label(self):
        return Status(self.status).label


@dataclass
class Row:
    translation_key: object
    pages: dict  # locale id -> page
    source_locale_id: int
    cells: list = field(default_factory=list)

    @property
    def source(self):
        return self.pages.get(self.source_locale_id) or next(iter(self.pages.values()))


def report_rows(locales, pages):
    """One row per translation key, its source being the language wagtail-localize records
    (else the default language, else the first language the page exists in)."""
    default_locale_id = Locale.get_default().pk
    rows = {}
    for page in pages:
        row = rows.get(page.translation_key)
        if row is None:
            row = rows[page.translation_key] = Row(page.translation_key, {}, default_locale_id)
        row.pages[page.locale_id] = page
    return list(rows.values())


def fill_cells(rows, locales):
    """Work out the status of every language of `rows` (a few queries for the whole page)."""
    keys = [row.translation_key for row in rows]
    sources = {}
    for source in TranslationSource.objects.filter(object_id__in=keys).order_by("-created_at"):
        sources.setdefault(source.object_id, source)
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(source__in=sources.values())
    }
    for row in rows:
        source = sources.get(row.translation_key)
        if source is not None and source.locale_id in row.pages:
            row.source_locale_id = source.locale_id
        source_page = row.source
        row.cells = []
        for locale in locales:
            page = row.pages.get(locale.pk)
            if locale.pk == source_page.locale_id:
                cell = Cell(locale, Status.SOURCE, page)
                cell.actions.append((_("Edit"), reverse("wagtailadmin_pages:edit", args=[page.pk])))
            elif page is None:
                cell = Cell(locale, Status.MISSING)
                cell.actions.append(
                    (
                        _("Translate"),
                        reverse("wagtail_localize:submit_page_translation", args=[source_page.pk]),
                    )
                )
            else:
                translation = (
                    translations.get((source.pk, locale.pk)) if source is not None else None
                )
                cell = status_of_translation(locale, page, source_page, source, translation)
            row.cells.append(cell)
    return rows


def status_of_translation(locale, page, source_page, source, translation):
    edit = (_("Edit translation"), reverse("wagtailadmin_pages:edit", args=[page.pk]))
    if translation is None or not translation.enabled:
        return Cell(locale, Status.NOT_SYNCED, page, actions=[edit])
    total, done = translation.get_progress()
    source_changed = (
        source_page.last_published_at is not None
        and source_page.last_published_at > source.last_updated_at
    )
    if source_changed:
        cell = Cell(
            locale,
            Status.OUT_OF_DATE,
            page,
            note=_("The source was published after its text was last synchronised."),
        )
        cell.actions.append(
            (
                _("Sync with source"),
                reverse("wagtail_localize:update_translations", args=[source.pk]),
            )
        )
        cell.actions.append(edit)
        return cell
    if done < total:
        return Cell(
            locale,
            Status.IN_PROGRESS,
            page,
            note=_("%(done)s of %(total)s strings translated") % {"done": done, "total": total},
            actions=[edit],
        )
    if page.has_unpublished_changes or not page.live:
        return Cell(
            locale,
            Status.OUT_OF_DATE,
            page,
            note=_("The translation has changes that are not published."),
            actions=[edit],
        )
    return Cell(locale, Status.UP_TO_DATE, page, actions=[edit])


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "korzenie/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = list(Locale.objects.order_by("pk"))
        default = Locale.get_default()
        locales.sort(key=lambda locale: locale.pk != default.pk)
        pages = (
            Page.objects.filter(depth__gt=1)
            .select_related("content_type")
            .only(
                "id",
                "title",
                "path",
                "depth",
                "locale_id",
                "translation_key",
                "live",
                "has_unpublished_changes",
                "last_published_at",
                "url_path",
                "content_type",
            )
            .order_by("path")
        )
        rows = report_rows(locales, pages)
        page_obj = Paginator(rows, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        fill_cells(page_obj.object_list, locales)
        context.update(locales=locales, page_obj=page_obj, statuses=Status)
        return context


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="korzenie_translation_status",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("korzenie_translation_status"),
        name="translation-status",
        icon_name="site",
        order=900,
    )


class SearchStatusPanel(Component):
    """For administrators: does the site search stem Polish, or has it fallen back?"""

    name = "search_status"
    order = 1000
    template_name = "korzenie/admin/search_status_panel.html"

    def get_context_data(self, parent_context):
        backend = get_search_backend()
        return {
            "stemming": getattr(backend, "stemming", False),
            "configuration": getattr(backend, "stemming_config", None),
            "database": connection.vendor,
        }


@hooks.register("construct_homepage_panels")
def add_search_status_panel(request, panels):
    if request.user.is_superuser:
        panels.append(SearchStatusPanel())
