"""Demo content of the site shell: locales, home pages, statement, accounts, workflow.

Facts about the organisation are demo placeholders (example.org addresses) and are marked as
such; editors replace them in Settings → Organisation and on the statement page.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Locale, Page, Site, Workflow, WorkflowPage

from korzenie.models import AccessibilityStatementPage, HomePage, OrganisationSettings, StandardPage
from korzenie.models.pages import HomePageStrand
from korzenie.translation import translate

DEMO_PASSWORD = "korzenie-demo"
DEMO_ACCOUNTS = [
    # username, group, superuser, first name, last name
    ("admin", None, True, "Anna", "Administratorka"),
    ("redaktor", "Editors", False, "Ewa", "Redaktorka"),
    ("moderator", "Moderators", False, "Marek", "Moderator"),
    ("nauczyciel", "Teachers", False, "Tomasz", "Nauczyciel"),
]
TODAY = datetime.date(2026, 11, 30)

HOME_PL = {
    "title": "Korzenie Smaku",
    "slug": "strona-glowna",
    "summary": "Skąd pochodzą polskie produkty regionalne i tradycyjne, jak się je wytwarza "
    "i dlaczego ich przyszłość zależy od przyrody.",
    "intro": "Poznaj historie oscypka, karpia zatorskiego czy miodu wrzosowego: skąd pochodzą, "
    "jak powstają tradycyjnymi metodami i dlaczego łąki, stawy i wrzosowiska, które je dają, "
    "warto chronić. Lekcje, quizy i mapa dla uczniów i nauczycieli.",
    "teachers_title": "Dla nauczycieli",
    "teachers_text": "<p>Gotowe lekcje z celami, kartami pracy i kluczem odpowiedzi, quizy "
    "sprawdzane automatycznie oraz klasy, do których uczniowie dołączają kodem, bez adresu "
    "e-mail.</p>",
}
STRANDS_PL = [
    (
        "origins",
        "Skąd pochodzą produkty",
        "Region, surowiec i historia: ponad dwa tysiące "
        "produktów z rejestrów UE i Listy Produktów Tradycyjnych, na liście i na mapie.",
    ),
    (
        "methods",
        "Tradycyjne metody",
        "Krok po kroku: jak baca robi oscypek, jak hoduje się "
        "karpia w stawach ziemnych i jak pszczelarze wędrują z ulami na wrzosowiska.",
    ),
    (
        "environment",
        "Przyroda i środowisko",
        "Wypas kulturowy, stawy jako mokradła, pszczoły "
        "i wrzosowiska: dlaczego ochrona przyrody to także ochrona smaku.",
    ),
]
STATEMENT_PL = {
    "title": "Deklaracja dostępności",
    "slug": "deklaracja-dostepnosci",
    "summary": "Jak serwis Korzenie Smaku spełnia wymagania dostępności cyfrowej i jak "
    "zgłosić problem.",
    "assessment_method": "Deklarację sporządzono na podstawie samooceny: każdy typ strony "
    "jest automatycznie sprawdzany narzędziem axe-core (reguły WCAG 2.1 A i AA) w przeglądarce "
    "Chromium oraz walidatorem Nu HTML Checker, a formularze i nawigację sprawdzono ręcznie "
    "przy użyciu samej klawiatury.",
    "non_accessible_content": "<ul><li>Filmy osadzone z serwisów zewnętrznych mogą nie mieć "
    "napisów; w takim przypadku pod filmem zamieszczamy opis lub transkrypcję.</li><li>Zdjęcia "
    "przesłane przez producentów mogą mieć niepełne opisy alternatywne; uzupełniamy je przy "
    "przeglądzie treści.</li></ul>",
    "contact_person": "Zespół redakcji Korzeni Smaku",
    "complaint_procedure": "<p>Każdy ma prawo zażądać zapewnienia dostępności cyfrowej strony "
    "lub jej elementu albo udostępnienia treści w alternatywnej formie. Żądanie powinno zawierać "
    "dane osoby zgłaszającej, wskazanie strony lub elementu oraz sposób kontaktu.</p><p>Żądanie "
    "realizujemy niezwłocznie, nie później niż w ciągu 7 dni; jeśli to niemożliwe, informujemy "
    "o terminie, nie dłuższym niż 2 miesiące. Po odmowie można złożyć skargę, a po jej "
    "rozpatrzeniu zwrócić się do Rzecznika Praw Obywatelskich.</p>",
}
ABOUT_PL = {
    "title": "O projekcie",
    "slug": "o-projekcie",
    "summary": "Platforma edukacyjna krajowego klastra produktów regionalnych, lokalnych "
    "i tradycyjnych.",
    "body": "<p>Korzenie Smaku uczą, skąd pochodzą polskie produkty regionalne i tradycyjne, "
    "co czyni je wyjątkowymi, jak się je tradycyjnie wytwarza i dlaczego ochrona środowiska "
    "przyrodniczego jest częścią ich ochrony. Fakty o produktach pochodzą z publicznych "
    "rejestrów: unijnego rejestru ChNP, ChOG i GTS oraz Listy Produktów Tradycyjnych "
    "Ministerstwa Rolnictwa i Rozwoju Wsi (stan na 30.07.2024).</p><p>Ilustracje w treściach "
    "demonstracyjnych zostały narysowane na potrzeby serwisu; nie są zdjęciami produktów.</p>",
}

TRANSLATIONS_EN = {
    # Home page
    "Korzenie Smaku": "Korzenie Smaku",
    "strona-glowna": "home",
    HOME_PL["summary"]: "Where Polish regional and traditional products come from, how they "
    "are made, and why their future depends on nature.",
    HOME_PL["intro"]: "Discover the stories of oscypek, Zator carp and heather honey: where they "
    "come from, how they are made by traditional methods, and why the meadows, ponds and "
    "heathlands that give them are worth protecting. Lessons, quizzes and a map for students "
    "and teachers.",
    "Dla nauczycieli": "For teachers",
    "Gotowe lekcje z celami, kartami pracy i kluczem odpowiedzi, quizy sprawdzane "
    "automatycznie oraz klasy, do których uczniowie dołączają kodem, bez adresu e-mail.": "Ready-made lessons with objectives, worksheets and answer keys, automatically marked "
    "quizzes, and classes that students join with a code, without an e-mail address.",
    "Skąd pochodzą produkty": "Where products come from",
    STRANDS_PL[0][2]: "Region, raw material and history: over two thousand products from the "
    "EU registers and the List of Traditional Products, in a list and on a map.",
    "Tradycyjne metody": "Traditional methods",
    STRANDS_PL[1][2]: "Step by step: how a baca makes oscypek, how carp are raised in earthen "
    "ponds and how beekeepers move their hives to the heathlands.",
    "Przyroda i środowisko": "Nature and the environment",
    STRANDS_PL[2][2]: "Cultural grazing, ponds as wetlands, bees and heathlands: why protecting "
    "nature also protects taste.",
    # Accessibility statement
    "Deklaracja dostępności": "Accessibility statement",
    "deklaracja-dostepnosci": "accessibility-statement",
    STATEMENT_PL["summary"]: "How the Korzenie Smaku website meets the digital accessibility "
    "requirements and how to report a problem.",
    STATEMENT_PL["assessment_method"]: "The statement was prepared by self-assessment: every "
    "page type is checked automatically with axe-core (WCAG 2.1 A and AA rules) in the Chromium "
    "browser and with the Nu HTML Checker, and forms and navigation were checked by hand using "
    "the keyboard alone.",
    "Filmy osadzone z serwisów zewnętrznych mogą nie mieć napisów; w takim przypadku pod "
    "filmem zamieszczamy opis lub transkrypcję.": "Videos embedded from external services may "
    "lack captions; in that case we publish a description or transcript below the video.",
    "Zdjęcia przesłane przez producentów mogą mieć niepełne opisy alternatywne; uzupełniamy je "
    "przy przeglądzie treści.": "Photos sent by producers may have incomplete alternative "
    "text; we complete it when we review the content.",
    "Zespół redakcji Korzeni Smaku": "The Korzenie Smaku editorial team",
    "Każdy ma prawo zażądać zapewnienia dostępności cyfrowej strony lub jej elementu albo "
    "udostępnienia treści w alternatywnej formie. Żądanie powinno zawierać dane osoby "
    "zgłaszającej, wskazanie strony lub elementu oraz sposób kontaktu.": "Anyone may request "
    "that a page or part of it be made digitally accessible, or that its content be provided in "
    "an alternative form. The request should give the requester's details, the page or element "
    "concerned and how to reply.",
    "Żądanie realizujemy niezwłocznie, nie później niż w ciągu 7 dni; jeśli to niemożliwe, "
    "informujemy o terminie, nie dłuższym niż 2 miesiące. Po odmowie można złożyć skargę, a po "
    "jej rozpatrzeniu zwrócić się do Rzecznika Praw Obywatelskich.": "We act on a request "
    "without delay and within 7 days at the latest; if that is not possible, we say when, "
    "within 2 months at most. After a refusal you may file a complaint and, once it has been "
    "considered, turn to the Commissioner for Human Rights (Rzecznik Praw Obywatelskich).",
    # About page
    "O projekcie": "About the project",
    "o-projekcie": "about",
    ABOUT_PL["summary"]: "The education platform of the national cluster of regional, local and "
    "traditional products.",
    "Korzenie Smaku uczą, skąd pochodzą polskie produkty regionalne i tradycyjne, co czyni je "
    "wyjątkowymi, jak się je tradycyjnie wytwarza i dlaczego ochrona środowiska przyrodniczego "
    "jest częścią ich ochrony. Fakty o produktach pochodzą z publicznych rejestrów: unijnego "
    "rejestru ChNP, ChOG i GTS oraz Listy Produktów Tradycyjnych Ministerstwa Rolnictwa i "
    "Rozwoju Wsi (stan na 30.07.2024).": "Korzenie Smaku teaches where Polish regional and "
    "traditional products come from, what makes them special, how they are traditionally made "
    "and why protecting the natural environment is part of protecting them. Facts about "
    "products come from public registers: the EU register of PDO, PGI and TSG names and the "
    "List of Traditional Products of the Ministry of Agriculture and Rural Development (state "
    "of 30 July 2024).",
    "Ilustracje w treściach demonstracyjnych zostały narysowane na potrzeby serwisu; nie są "
    "zdjęciami produktów.": "The illustrations in the demo content were drawn for this site; "
    "they are not photographs of the products.",
}


def english():
    locale, _ = Locale.objects.get_or_create(language_code="en")
    return locale


def polish():
    return Locale.objects.get(language_code="pl")


def home_page():
    """The Polish home page: the root of the default site (created on first run)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific

    root = Page.get_first_root_node()
    home = HomePage(
        title=HOME_PL["title"],
        slug=HOME_PL["slug"],
        summary=HOME_PL["summary"],
        intro=HOME_PL["intro"],
        locale=polish(),
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        site = Site(hostname="127.0.0.1", port=8000, is_default_site=True)
    old_root = site.root_page if site.pk else None
    site.hostname, site.port = "127.0.0.1", 8000  # where `make run` serves it
    site.root_page = home
    site.site_name = "Korzenie Smaku"
    site.save()
    if old_root is not None and not isinstance(old_root.specific, HomePage):
        old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    return home


def child_page(parent, page_class, slug, **fields):
    """Get the child of `parent` with `slug`, or create and publish it: demo content is idempotent."""
    existing = page_class.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = page_class(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_pages(home):
    statement = child_page(
        home,
        AccessibilityStatementPage,
        STATEMENT_PL["slug"],
        title=STATEMENT_PL["title"],
        summary=STATEMENT_PL["summary"],
        published_on=TODAY,
        updated_on=TODAY,
        status="partial",
        non_accessible_content=STATEMENT_PL["non_accessible_content"],
        prepared_on=TODAY,
        reviewed_on=TODAY,
        assessment_method=STATEMENT_PL["assessment_method"],
        contact_person=STATEMENT_PL["contact_person"],
        contact_email="dostepnosc@example.org",
        complaint_procedure=STATEMENT_PL["complaint_procedure"],
    )
    about = child_page(
        home,
        StandardPage,
        ABOUT_PL["slug"],
        title=ABOUT_PL["title"],
        summary=ABOUT_PL["summary"],
        show_in_menus=True,
        body=[("paragraph", ABOUT_PL["body"])],
    )
    return [statement, about]


def load_accounts():
    User = get_user_model()
    teachers, _ = Group.objects.get_or_create(name="Teachers")
    for username, group_name, superuser, first_name, last_name in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "first_name": first_name,
                "last_name": last_name,
                "is_staff": superuser or group_name in {"Editors", "Moderators"},
                "is_superuser": superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
    return teachers


def load_workflow(home):
    """Editors submit for review, moderators approve: Wagtail's default workflow, made sure of."""
    moderators = Group.objects.get(name="Moderators")
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name="Moderators approval")
    if not workflow.workflow_tasks.filter(task=task).exists():
        workflow.workflow_tasks.create(task=task, sort_order=0)
    root = Page.get_first_root_node()
    WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})


def load(command):
    english()
    home = home_page()
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.email:
        settings.email = "kontakt@example.org"
        settings.city = "Kraków"
        settings.save()
    load_pages(home)
    load_accounts()
    load_workflow(home)


def strand_targets():
    """The index page that each strand leads to, when the app that owns it has made one."""
    from django.apps import apps

    targets = {}
    for strand, (app_label, model_name) in {
        "origins": ("origins", "CatalogueIndexPage"),
        "methods": ("lessons", "LessonIndexPage"),
        "environment": ("environment", "EnvironmentIndexPage"),
    }.items():
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        targets[strand] = model.objects.filter(locale=polish()).first()
    return targets


def teachers_page():
    """The page the home page's "For teachers" section leads to: the teacher resources."""
    from django.apps import apps

    try:
        model = apps.get_model("lessons", "TeacherResourcesPage")
    except LookupError:
        return None
    return model.objects.live().filter(locale=polish()).first()


def featured_stories(limit=3):
    from django.apps import apps

    try:
        story_model = apps.get_model("origins", "OriginStoryPage")
    except LookupError:
        return []
    return list(story_model.objects.live().filter(locale=polish()).order_by("path")[:limit])


def finish(command):
    """Link the home page to what the apps created, then synchronise the English tree.

    Publishes (and makes a revision) only when something changed, so a second run adds nothing.
    """
    home = home_page()
    targets = strand_targets()
    strands = [
        (strand, title, text, getattr(targets.get(strand), "pk", None))
        for strand, title, text in STRANDS_PL
    ]
    features = [story.pk for story in featured_stories()]
    current_strands = list(home.strands.values_list("strand", "title", "text", "link_page_id"))
    current_features = list(home.features.values_list("feature_id", flat=True))
    teachers = teachers_page()
    changed = (
        strands != current_strands
        or features != current_features
        or home.teachers_title != HOME_PL["teachers_title"]
        or home.teachers_page_id != getattr(teachers, "pk", None)
    )
    if changed:
        home.strands.all().delete()
        for order, (strand, title, text, link_page_id) in enumerate(strands):
            home.strands.add(
                HomePageStrand(
                    strand=strand,
                    title=title,
                    text=text,
                    link_page_id=link_page_id,
                    sort_order=order,
                )
            )
        home.features.all().delete()
        for order, feature_id in enumerate(features):
            home.features.create(feature_id=feature_id, sort_order=order)
        home.teachers_title = HOME_PL["teachers_title"]
        home.teachers_text = HOME_PL["teachers_text"]
        home.teachers_page = teachers
        home.save_revision().publish()

    for page in [
        home,
        *Page.objects.child_of(home).filter(slug__in=[STATEMENT_PL["slug"], ABOUT_PL["slug"]]),
    ]:
        if changed or page.get_translation_or_none(english()) is None:
            translate(page.specific, "en", TRANSLATIONS_EN)

    # "About the project" closes the menu, in every language.
    about = Page.objects.child_of(home).filter(slug=ABOUT_PL["slug"]).first()
    for version in about.get_translations(inclusive=True) if about else []:
        if version.get_next_siblings().exists():
            version.move(version.get_parent(), pos="last-child")


def print_accounts(command):
    write = command.stdout.write
    write("")
    write(command.style.SUCCESS("Korzenie Smaku is ready at http://127.0.0.1:8000/"))
    write("  Site (Polish):  http://127.0.0.1:8000/pl/")
    write("  Site (English): http://127.0.0.1:8000/en/")
    write("  Admin:          http://127.0.0.1:8000/admin/")
    write(f"Demo accounts (password for each: {DEMO_PASSWORD}):")
    for username, group_name, superuser, *_ in DEMO_ACCOUNTS:
        role = "superuser" if superuser else group_name
        write(f"  {username:<11} {role}")
    write("")
