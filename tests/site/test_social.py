"""Link-preview pictures: raster renditions of the site's SVG illustrations, made when they are
uploaded, and the site's card for pages without a picture."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image as Picture

from korzenie import social
from korzenie.models import CustomImage

SVG = (Path(settings.BASE_DIR) / "origins" / "demo_images" / "dairy.svg").read_bytes()


@pytest.fixture
def svg_image(db):
    return CustomImage.objects.create(title="Ser", file=ContentFile(SVG, name="ser.svg"))


def test_an_uploaded_svg_gets_its_raster_preview_at_once(svg_image):
    rendition = svg_image.renditions.get(filter_spec=social.SOCIAL_SPEC)
    with rendition.file.open("rb") as handle:
        picture = Picture.open(io.BytesIO(handle.read()))
    assert picture.format == "JPEG" and picture.size == (1200, 630)


def test_wagtail_finds_the_rendition_like_any_other(svg_image, rf):
    image = social.social_image(svg_image, rf.get("/"), alt="Ser i mleko")
    assert image.url.startswith("http://testserver/media/") and image.url.endswith(".jpg")
    assert (image.width, image.height, image.alt) == (1200, 630, "Ser i mleko")


def test_a_lost_rendition_is_drawn_again_when_asked_for(svg_image, rf):
    svg_image.renditions.all().delete()
    image = social.social_image(CustomImage.objects.get(pk=svg_image.pk), rf.get("/"))
    assert image is not None and image.url.endswith(".jpg")


def test_without_cairo_an_svg_has_no_preview_and_nothing_fails(db, rf, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_cairo(name, *args, **kwargs):
        if name == "cairosvg":
            raise OSError("no library called cairo was found")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_cairo)
    image = CustomImage.objects.create(title="Miód", file=ContentFile(SVG, name="miod.svg"))
    assert not image.renditions.exists()
    assert social.social_image(image, rf.get("/")) is None  # the page uses the site's card


def test_the_site_card_is_a_1200_by_630_png():
    path = Path(settings.BASE_DIR) / "site" / "static" / social.SITE_CARD
    picture = Picture.open(path)
    assert picture.format == "PNG" and picture.size == (social.WIDTH, social.HEIGHT)
