"""SVG images and renditions render integer width and height from their first use (Willow
measures SVG files in floats, and `width="480.0"` or, in Polish, `width="480,0"` is invalid)."""

from django.core.files.base import ContentFile
from django.template import Context, Template
from django.utils import translation

from korzenie.models import CustomImage

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640" viewBox="0 0 960 640">'
    b'<rect width="960" height="640" fill="#2d6a4f"/></svg>'
)


def test_svg_image_and_new_rendition_have_integer_dimensions(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = CustomImage(title="Test SVG", file=ContentFile(SVG, name="test.svg"))
    image.save()
    assert (image.width, image.height) == (960, 640)
    assert isinstance(image.width, int)

    rendition = image.get_rendition("fill-480x320|preserve-svg")  # created now, not read back
    assert (rendition.width, rendition.height) == (480, 320)
    assert 'width="480"' in rendition.img_tag()

    template = Template('<img width="{{ r.width }}" height="{{ r.height }}">')
    with translation.override("pl"):
        assert template.render(Context({"r": rendition})) == '<img width="480" height="320">'
