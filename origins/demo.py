"""Demo content of the origins app: both registers, the catalogue, the stories, the producers.

Idempotent: the imports change nothing on a second run, and pages, snippets and images are
created only when missing. Facts come from shared/data (copied to origins/data) and every
story lists its sources. The illustrations are drawn for this site (SVG, own work).
"""

from pathlib import Path

from django.core.files import File
from wagtail.images import get_image_model

from korzenie.demo import child_page, english, home_page, polish
from korzenie.translation import translate

from .demo_content import (
    CATALOGUE_PL,
    ILLUSTRATIONS,
    INDEX_PL,
    PRODUCERS,
    STORIES,
    TRANSLATIONS_EN,
)
from .importing import CATEGORIES, ensure_categories, ensure_regions, run_import
from .models import (
    CatalogueIndexPage,
    OriginStoryIndexPage,
    OriginStoryPage,
    Producer,
    Product,
    Register,
    StoryProducer,
    StorySeason,
)

ILLUSTRATION_DIR = Path(__file__).resolve().parent / "demo_images"


def load_registers(command=None):
    ensure_regions()
    categories = ensure_categories()
    en = english()
    for code, _name_pl, name_en in CATEGORIES:
        category = categories[code]
        if category.get_translation_or_none(en) is None:
            translate(category, "en", {category.name: name_en})
    for register in (Register.EU, Register.NATIONAL):
        report = run_import(register)
        if command is not None and report.changed:
            command.stdout.write(
                f"origins: {register} register imported in {report.seconds:.2f} s "
                f"({report.entries_created} entries created)"
            )


def load_illustrations():
    """One SVG per category, drawn for this site; stored as images with an honest credit."""
    Image = get_image_model()
    images = {}
    for code, (filename, title) in ILLUSTRATIONS.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            with open(ILLUSTRATION_DIR / filename, "rb") as handle:
                image = Image(
                    title=title,
                    credit="Ilustracja narysowana dla serwisu Korzenie Smaku",
                    licence="own",
                )
                image.file.save(filename, File(handle), save=False)
                image.save()
        images[code] = image
    return images


def load_producers():
    pl, en = polish(), english()
    producers = {}
    for data in PRODUCERS:
        fields = {
            key: value for key, value in data.items() if key not in {"key", "products", "region"}
        }
        producer = Producer.objects.filter(locale=pl, name=data["name"]).first()
        if producer is None:
            from .models import Region

            producer = Producer.objects.create(
                locale=pl, region=Region.objects.get(teryt=data["region"]), **fields
            )
            producer.products.set(Product.objects.filter(slug__in=data["products"]))
        translated = producer.get_translation_or_none(en)
        if translated is None:
            translated = translate(producer, "en", TRANSLATIONS_EN)
            translated.products.set(producer.products.all())
        producers[data["key"]] = producer
    return producers


def load_story(index, data, images, producers):
    existing = OriginStoryPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    product = Product.objects.get(slug=data["product"])
    page = OriginStoryPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        locale=index.locale,
        product=product,
        area_of_origin=data["area_of_origin"],
        image=images.get(product.category.code) if product.category else None,
        image_alt=data.get("image_alt", ""),
        body=data["body"],
        method=data.get("method", []),
        sources=[("sources", data["sources"])],
    )
    page.seasons = [
        StorySeason(label=label, start_month=start, end_month=end, sort_order=order)
        for order, (label, start, end) in enumerate(data.get("seasons", []))
    ]
    page.story_producers = [
        StoryProducer(producer=producers[key], sort_order=order)
        for order, key in enumerate(data.get("producers", []))
    ]
    page.tags.add(*data.get("tags", []))
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def load(command):
    load_registers(command)
    home = home_page()
    catalogue = child_page(home, CatalogueIndexPage, CATALOGUE_PL["slug"], **_fields(CATALOGUE_PL))
    index = child_page(home, OriginStoryIndexPage, INDEX_PL["slug"], **_fields(INDEX_PL))
    images = load_illustrations()
    producers = load_producers()
    stories = [load_story(index, data, images, producers) for data in STORIES]
    en = english()
    for page in [catalogue, index, *stories]:
        if page.get_translation_or_none(en) is None:
            translate(page, "en", TRANSLATIONS_EN)


def _fields(data):
    return {key: value for key, value in data.items() if key != "slug"}


__all__ = ["load", "load_registers"]
