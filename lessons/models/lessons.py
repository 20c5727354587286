"""Lesson pages, their index and teacher resources."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch, Q
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from environment.models import in_locale
from korzenie.blocks import SourcesBlock
from korzenie.models import BasePage
from korzenie.models.pages import Strand
from korzenie.permissions import is_teacher
from korzenie.social import site_card
from korzenie.structured_data import collection_page, page_items, page_node, page_url
from lessons.blocks import (
    CurriculumRequirementBlock,
    LessonStreamBlock,
    ObjectiveBlock,
    TimingStepBlock,
    WorksheetStreamBlock,
)
from origins.models import OriginStoryPage, Product

__all__ = [
    "AgeGroup",
    "DurationBand",
    "LessonIndexPage",
    "LessonPage",
    "LessonPageTag",
    "LessonResource",
    "LessonSubject",
    "Subject",
    "TeacherResourcesPage",
]

TEACHER_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class AgeGroup(models.TextChoices):
    GRADES_1_3 = "1-3", _("Grades 1–3")
    GRADES_4_6 = "4-6", _("Grades 4–6")
    GRADES_7_8 = "7-8", _("Grades 7–8")
    SECONDARY = "secondary", _("Secondary school")


class Subject(models.TextChoices):
    EARLY_YEARS = "early-years", _("Early-years education")
    NATURE = "nature", _("Nature (przyroda)")
    BIOLOGY = "biology", _("Biology")
    GEOGRAPHY = "geography", _("Geography")
    HISTORY = "history", _("History")
    TECHNOLOGY = "technology", _("Technology")
    POLISH = "polish", _("Polish language")
    CIVICS = "civics", _("Civics")


class DurationBand(models.TextChoices):
    """Lesson lengths a teacher plans with: one period, two periods, longer (projects)."""

    ONE_PERIOD = "45", _("Up to 45 minutes")
    TWO_PERIODS = "90", _("46 to 90 minutes")
    LONGER = "more", _("More than 90 minutes")

    @classmethod
    def filter(cls, queryset, band):
        if band == cls.ONE_PERIOD:
            return queryset.filter(duration__lte=45)
        if band == cls.TWO_PERIODS:
            return queryset.filter(duration__gt=45, duration__lte=90)
        if band == cls.LONGER:
            return queryset.filter(duration__gt=90)
        return queryset


class LessonPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "lessons.LessonPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class LessonSubject(Orderable):
    """A school subject a lesson belongs to (a lesson may serve several)."""

    page = ParentalKey("lessons.LessonPage", related_name="subjects", on_delete=models.CASCADE)
    subject = models.CharField(_("subject"), max_length=20, choices=Subject.choices)

    panels = [FieldPanel("subject")]

    class Meta(Orderable.Meta):
        verbose_name = _("subject")
        constraints = [
            models.UniqueConstraint(fields=["page", "subject"], name="unique_lesson_subject")
        ]

    def __str__(self):
        return self.get_subject_display()


class LessonResource(Orderable):
    """A downloadable file for teachers (lesson plan, worksheet, handout) attached to a lesson."""

    class Kind(models.TextChoices):
        WORKSHEET = "worksheet", _("Worksheet")
        LESSON_PLAN = "plan", _("Lesson plan")
        HANDOUT = "handout", _("Handout")
        OTHER = "other", _("Other")

    page = ParentalKey("lessons.LessonPage", related_name="resources", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WORKSHEET)
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Leave empty to use the file's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("kind"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("teacher resource")

    @property
    def display_title(self):
        return self.title or self.document.title


class LessonFilterMixin:
    """The filters that the lesson index and the resources page share, read from the URL."""

    per_page = 12

    def lesson_queryset(self):
        return (
            LessonPage.objects.live()
            .public()
            .descendant_of(self.lesson_root)
            .defer_streamfields()
            .prefetch_related(
                Prefetch("subjects", queryset=LessonSubject.objects.order_by("sort_order"))
            )
            .order_by("path")
        )

    def get_filter_form(self, request):
        from lessons.forms import LessonFilterForm

        return LessonFilterForm(request.GET or None, tags=self.available_tags())

    def available_tags(self):
        from taggit.models import Tag

        return (
            Tag.objects.filter(
                lessons_lessonpagetag_items__content_object__in=LessonPage.objects.live()
                .public()
                .descendant_of(self.lesson_root)
                .values("pk")
            )
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )

    def filtered_lessons(self, form):
        lessons = self.lesson_queryset()
        if form.is_bound:
            form.is_valid()  # invalid values are reported on the form and ignored
        data = getattr(form, "cleaned_data", {}) or {}
        if data.get("strand"):
            lessons = lessons.filter(strand=data["strand"])
        if data.get("age"):
            lessons = lessons.filter(age_group=data["age"])
        if data.get("subject"):
            lessons = lessons.filter(subjects__subject=data["subject"])
        if data.get("duration"):
            lessons = DurationBand.filter(lessons, data["duration"])
        if data.get("tag"):
            lessons = lessons.filter(tagged_items__tag__slug=data["tag"])
        return lessons.distinct()

    def paginate(self, request, items):
        return Paginator(items, self.per_page).get_page(request.GET.get("page"))


class LessonIndexPage(LessonFilterMixin, BasePage):
    """Every lesson of one language, filtered by strand, age group, subject, duration and tag."""

    intro = RichTextField(_("introduction"), blank=True, features=TEACHER_TEXT_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["korzenie.HomePage"]
    subpage_types = ["lessons.LessonPage", "lessons.TeacherResourcesPage"]
    max_count_per_parent = 1
    page_description = _("The list of lessons, with filters teachers use to find one.")
    template = "lessons/lesson_index_page.html"
    search_count_label = ngettext_lazy(
        "%(count)d list of lessons", "%(count)d lists of lessons", "count"
    )
    search_boost = 0.4

    class Meta:
        verbose_name = _("lesson index")
        verbose_name_plural = _("lesson indexes")

    @property
    def lesson_root(self):
        return self

    def structured_data(self, request, context):
        return [collection_page(self, request, page_items(context.get("page_obj"), request))]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.get_filter_form(request)
        lessons = self.filtered_lessons(form)
        context["filter_form"] = form
        context["page_obj"] = self.paginate(request, lessons)
        context["resources_page"] = (
            TeacherResourcesPage.objects.live().public().child_of(self).first()
        )
        return context


class LessonPage(RoutablePageMixin, BasePage):
    """A lesson: what students read and do, plus what only teachers see."""

    strand = models.CharField(_("strand"), max_length=20, choices=Strand.choices)
    age_group = models.CharField(_("age group"), max_length=20, choices=AgeGroup.choices)
    duration = models.PositiveSmallIntegerField(
        _("duration in minutes"), help_text=_("45 minutes is one school period.")
    )
    objectives = StreamField(
        [("objective", ObjectiveBlock())],
        verbose_name=_("learning objectives"),
        help_text=_("What the student can do after the lesson, one objective per item."),
    )
    curriculum = StreamField(
        [("requirement", CurriculumRequirementBlock())],
        verbose_name=_("core curriculum"),
        blank=True,
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson"))
    worksheet = StreamField(WorksheetStreamBlock(), verbose_name=_("worksheet"), blank=True)
    # Teachers only: never rendered for anyone else.
    teacher_notes = RichTextField(_("teacher notes"), blank=True, features=TEACHER_TEXT_FEATURES)
    answer_key = RichTextField(_("answer key"), blank=True, features=TEACHER_TEXT_FEATURES)
    timing = StreamField(
        [("step", TimingStepBlock())], verbose_name=_("timing suggestions"), blank=True
    )
    environment_topics = ParentalManyToManyField(
        "environment.EnvironmentTopicPage",
        verbose_name=_("environment topics"),
        related_name="lessons",
        blank=True,
    )
    products = ParentalManyToManyField(
        "origins.Product",
        verbose_name=_("register products"),
        related_name="lessons",
        blank=True,
        help_text=_(
            "The products this lesson is about: their stories, topics and catalogue pages "
            "link to the lesson. The products of the lesson's product cards are added when "
            "it is saved."
        ),
    )
    tags = ClusterTaggableManager(through=LessonPageTag, blank=True)
    sources = StreamField(
        [("sources", SourcesBlock())], verbose_name=_("sources"), blank=True, max_num=1
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("objectives"),
        index.FilterField("strand"),
        index.FilterField("age_group"),
    ]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("strand"),
                FieldPanel("age_group"),
                FieldPanel("duration"),
                InlinePanel("subjects", label=_("Subjects"), min_num=1),
                FieldPanel("tags"),
            ],
            _("Who and how long"),
        ),
        FieldPanel("objectives"),
        FieldPanel("curriculum"),
        FieldPanel("body"),
        FieldPanel("worksheet"),
        MultiFieldPanel(
            [FieldPanel("teacher_notes"), FieldPanel("answer_key"), FieldPanel("timing")],
            _("For teachers only"),
            help_text=_("Shown only to signed-in teachers; never sent to students."),
        ),
        InlinePanel("resources", label=_("Teacher resources (files)")),
        FieldPanel("environment_topics"),
        FieldPanel("products"),
        FieldPanel("sources"),
    ]
    # Linked topics and products are the same in every language; each version shows its own
    # language's pages.
    override_translatable_fields = [
        SynchronizedField("environment_topics"),
        SynchronizedField("products"),
    ]

    parent_page_types = ["lessons.LessonIndexPage"]
    subpage_types = ["lessons.QuizPage"]
    page_description = _(
        "A lesson for one age group: objectives, activities, key terms, worksheet, and notes "
        "and answer keys that only teachers see."
    )
    template = "lessons/lesson_page.html"
    search_count_label = ngettext_lazy("%(count)d lesson", "%(count)d lessons", "count")

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    # -- what the page shows ---------------------------------------------------------------

    @cached_property
    def series(self):
        """The lessons of the same strand under the same index, in the editors' order."""
        return list(
            LessonPage.objects.live()
            .public()
            .sibling_of(self, inclusive=True)
            .filter(strand=self.strand)
            .defer_streamfields()
            .only("id", "title", "url_path", "path", "depth", "locale_id", "strand")
            .order_by("path")
        )

    def series_neighbours(self):
        ids = [lesson.pk for lesson in self.series]
        if self.pk not in ids:  # a draft being previewed
            return None, None
        position = ids.index(self.pk)
        previous = self.series[position - 1] if position > 0 else None
        following = self.series[position + 1] if position + 1 < len(ids) else None
        return previous, following

    @cached_property
    def linked_topics(self):
        """The topics the editor chose and the topics about the lesson's products, in the
        lesson's language (one query, two for a translation)."""
        topic_model = self._meta.get_field("environment_topics").related_model
        topics = (
            topic_model.objects.live()
            .public()
            .filter(
                Q(pk__in=self.environment_topics.values_list("pk", flat=True))
                | Q(
                    products__in=self.products.values_list("pk", flat=True),
                    locale_id=self.locale_id,
                )
            )
            .distinct()
            .order_by("path")
        )
        localized = in_locale(topics, self.locale, queryset=topic_model.objects.live().public())
        return list({topic.pk: topic for topic in localized}.values())

    def structured_data(self, request, context):
        """A LearningResource: level, time, what it teaches, the core-curriculum requirements
        it serves and its subjects, and its quiz. Reads the page and its template's context."""
        alignments = [
            {
                "@type": "AlignmentObject",
                "alignmentType": "teaches",
                "educationalFramework": str(_("Polish core curriculum (podstawa programowa)")),
                "targetName": block.value["code"],
                "targetDescription": block.value["text"],
            }
            for block in self.curriculum
        ]
        alignments += [
            {
                "@type": "AlignmentObject",
                "alignmentType": "educationalSubject",
                "targetName": subject.get_subject_display(),
            }
            for subject in context.get("subjects", [])
        ]
        quiz = context.get("quiz")
        return [
            page_node(
                self,
                request,
                "LearningResource",
                image=site_card(request),
                learningResourceType=str(_("lesson")),
                educationalLevel=self.get_age_group_display(),
                timeRequired=f"PT{self.duration}M",
                teaches=[str(block.value) for block in self.objectives],
                educationalAlignment=alignments,
                audience={"@type": "EducationalAudience", "educationalRole": "student"},
                hasPart={"@type": "Quiz", "name": quiz.title, "url": page_url(quiz, request)}
                if quiz
                else None,
            )
        ]

    def card_story_ids(self):
        """The ids of the origin stories that the lesson's product cards lead to."""
        return [
            block["value"].get("story")
            for block in self.body.raw_data
            if block["type"] == "product_card" and block["value"].get("story")
        ]

    def product_stories(self):
        """{story id: the live origin story in this page's language} for the product cards.

        Two queries whatever the number of cards (the cards' own values are fetched in bulk).
        """
        ids = self.card_story_ids()
        if not ids:
            return {}
        stories = list(OriginStoryPage.objects.filter(pk__in=ids).defer_streamfields())
        localized = in_locale(
            stories, self.locale, queryset=OriginStoryPage.objects.live().public()
        )
        return {
            story.pk: translated
            for story, translated in zip(stories, localized, strict=True)
            if translated.live
        }

    def save(self, *args, **kwargs):
        """A lesson is about the products of its product cards (added, never removed: the
        editor may have chosen them)."""
        ids = self.card_story_ids()
        if ids and kwargs.get("update_fields") is None:
            try:
                chosen = list(self.products.all())
            except ValueError:  # a new page whose products were never set
                chosen = []
            chosen_ids = {product.pk for product in chosen}
            missing = [
                product
                for product in Product.objects.filter(stories__pk__in=ids).distinct()
                if product.pk not in chosen_ids
            ]
            if missing:
                self.products.set([*chosen, *missing])
        return super().save(*args, **kwargs)

    def quiz(self):
        """The lesson's live quiz, when the quiz engine has made one (see lessons.QuizPage)."""
        quiz_model = apps.get_model("lessons", "QuizPage")
        return self.get_children().live().public().type(quiz_model).order_by("path").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        previous, following = self.series_neighbours()
        context.update(
            is_teacher=is_teacher(request.user),
            series=self.series,
            previous_lesson=previous,
            next_lesson=following,
            linked_topics=self.linked_topics,
            subjects=list(self.subjects.all()),
            resources=list(self.resources.select_related("document")),
            quiz=self.quiz(),
            product_stories=self.product_stories(),
            pack_url=self.pack_url(request),
        )
        return context

    @property
    def reverse_pack_path(self):
        return self.reverse_subpage("lesson_pack")

    def pack_url(self, request=None):
        return (self.get_url(request) or "") + self.reverse_pack_path

    def pack_filename(self):
        return f"{slugify(self.slug) or 'lesson'}.pdf"

    # -- routes ----------------------------------------------------------------------------

    @path("", name="lesson")
    def lesson(self, request):
        response = self.render(request)
        # Teachers get a different page (notes and answer keys): never share a cached copy.
        patch_vary_headers(response, ["Cookie"])
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response

    @path(_("pack/"), name="lesson_pack")
    def lesson_pack(self, request):
        """The printable lesson pack: plan, worksheet, teacher notes. Teachers only."""
        if not is_teacher(request.user):
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        from lessons.pdf import lesson_pack_pdf

        pdf = lesson_pack_pdf(self, request)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{self.pack_filename()}"'
        patch_cache_control(response, private=True, no_store=True)
        return response


class TeacherResourcesPage(LessonFilterMixin, BasePage):
    """Every downloadable resource (lesson packs and files) with the lesson index's filters."""

    intro = RichTextField(_("introduction"), blank=True, features=TEACHER_TEXT_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["lessons.LessonIndexPage"]
    subpage_types = ["lessons.QuizPage"]
    max_count_per_parent = 1
    page_description = _("The downloadable lesson packs and files of every lesson, with filters.")
    template = "lessons/teacher_resources_page.html"
    search_count_label = ngettext_lazy(
        "%(count)d teacher resources page", "%(count)d teacher resources pages", "count"
    )
    search_boost = 0.4

    per_page = 20

    class Meta:
        verbose_name = _("teacher resources page")
        verbose_name_plural = _("teacher resources pages")

    @cached_property
    def lesson_root(self):
        return self.get_parent()

    def structured_data(self, request, context):
        return [collection_page(self, request, page_items(context.get("page_obj"), request))]

    def lesson_queryset(self):
        return (
            super()
            .lesson_queryset()
            .prefetch_related(
                Prefetch(
                    "resources",
                    queryset=LessonResource.objects.select_related("document").order_by(
                        "sort_order"
                    ),
                )
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.get_filter_form(request)
        context["filter_form"] = form
        context["page_obj"] = self.paginate(request, self.filtered_lessons(form))
        context["is_teacher"] = is_teacher(request.user)
        return context
