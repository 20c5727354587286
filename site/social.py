"""The picture of a page in link previews (Open Graph, Twitter cards) and structured data.

Link previews want a raster image of about 1200×630: most services ignore SVG. A raster image
gets a Wagtail rendition (``SOCIAL_SPEC``). Wagtail cannot rasterise SVG, so for an SVG image
(the demo's illustrations) the same rendition is drawn here with CairoSVG when the image is
saved (and, should it be missing, when it is first asked for); Wagtail then finds it like any
other rendition. A page without a picture of its own uses the site's card
(``korzenie/img/social-card.png``, made from ``social-card.svg`` by ``make social-card``).
No request leaves the site: the images are the site's own files.
"""

import io
import logging
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.templatetags.static import static
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import Filter

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
SOCIAL_SPEC = f"fill-{WIDTH}x{HEIGHT}|format-jpeg|jpegquality-85"
SITE_CARD = "korzenie/img/social-card.png"


@dataclass(frozen=True)
class SocialImage:
    url: str  # absolute
    width: int
    height: int
    alt: str = ""
    mime_type: str = "image/jpeg"


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


def site_card(request, alt=""):
    return SocialImage(absolute(request, static(SITE_CARD)), WIDTH, HEIGHT, alt, "image/png")


def social_image(image, request, alt=""):
    """The link-preview picture of a CustomImage (None if it cannot be made)."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SOCIAL_SPEC)
    except InvalidFilterSpecError:  # an SVG whose raster rendition is missing
        rendition = rasterise_svg(image)
    except (OSError, ValueError):
        logger.warning("No social image for image %s", image.pk, exc_info=True)
        rendition = None
    if rendition is None:
        return None
    return SocialImage(absolute(request, rendition.url), rendition.width, rendition.height, alt)


def cover(picture, width=WIDTH, height=HEIGHT):
    """`picture` (Pillow) scaled to cover width×height and cropped to the middle."""
    scale = max(width / picture.width, height / picture.height)
    resized = picture.resize((round(picture.width * scale), round(picture.height * scale)))
    left = (resized.width - width) // 2
    top = (resized.height - height) // 2
    return resized.crop((left, top, left + width, top + height))


def rasterise_svg(image):
    """Draw the SOCIAL_SPEC rendition of an SVG image (JPEG, 1200×630); None if CairoSVG or
    the cairo library is not there (the page then uses the site's card)."""
    if not image.is_svg():
        return None
    try:
        import cairosvg  # needs the system's libcairo2 (README, "The two commands")
        from PIL import Image as Picture
    except (ImportError, OSError):
        logger.warning("CairoSVG cannot run here: no social image for SVG image %s", image.pk)
        return None
    with image.open_file() as source:
        svg = source.read()
    png = cairosvg.svg2png(bytestring=svg, output_width=WIDTH * 2)
    picture = cover(Picture.open(io.BytesIO(png)).convert("RGB"))
    output = io.BytesIO()
    picture.save(output, "JPEG", quality=85, optimize=True)
    spec_filter = Filter(SOCIAL_SPEC)
    name = f"{image.file.name.rsplit('/', 1)[-1].rsplit('.', 1)[0]}.social.jpg"
    rendition, _created = image.renditions.update_or_create(
        filter_spec=SOCIAL_SPEC,
        focal_point_key=spec_filter.get_cache_key(image),
        defaults={"file": ContentFile(output.getvalue(), name=name)},
    )
    return rendition


def rasterise_on_save(sender, instance, **kwargs):
    """post_save of the image model: an SVG gets its raster picture when it is uploaded."""
    if instance.is_svg() and instance.file:
        try:
            rasterise_svg(instance)
        except Exception:  # a preview picture must never stop an upload
            logger.warning("Could not rasterise SVG image %s", instance.pk, exc_info=True)
