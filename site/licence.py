"""The licence of the texts written for the site: Creative Commons Attribution 4.0 (CC BY 4.0).

Stated in the footer, in each page's structured data (``license``), as ``<link rel="license">``
and in the API. It covers the texts the site's editors write (stories, lessons, quizzes,
topics); each image keeps the licence recorded with it (``CustomImage.licence``), and the
register data are public records. Why CC BY: see README, "Content licence".
"""

from dataclasses import dataclass

from django.utils import translation


@dataclass(frozen=True)
class ContentLicence:
    name: str
    url: str

    def deed_url(self, language=None):
        """The human-readable summary in the reader's language (Creative Commons has pl, en,
        uk deeds)."""
        return f"{self.url}deed.{language or translation.get_language() or 'en'}"

    def as_dict(self):
        return {"name": self.name, "url": self.url}


CONTENT_LICENCE = ContentLicence(
    name="CC BY 4.0", url="https://creativecommons.org/licenses/by/4.0/"
)
