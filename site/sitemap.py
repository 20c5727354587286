"""sitemap.xml for every language of the site.

Wagtail's own sitemap lists the descendants of the site's root page, which is the Polish home page
only; the English tree hangs from the root page's translation, so it is added here.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page


class Sitemap(WagtailSitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).only("path")
        in_any_tree = reduce(or_, (Q(path__startswith=tree.path) for tree in roots))
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
