"""Benchmark of the origins catalogue over all 2,166 register entries.

Builds a throwaway SQLite database (migrations, the two register imports timed, a catalogue
page and one story), then requests each page N times through Django's test client and prints
the median server time and the SQL query count, plus the bytes the map adds to a page.

    .venv/bin/python bench/catalogue.py [N]      (default N = 30)
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp(prefix="korzenie-bench-")) / "bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "korzenie.settings.test")
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

URLS = [
    ("catalogue, no filter", "/pl/produkty/"),
    ("catalogue, page 50", "/pl/produkty/?page=50"),
    (
        "catalogue, all filters",
        "/pl/produkty/?region=malopolskie&region=podkarpackie&category=miody"
        "&category=produkty-mleczne&scheme=PDO&scheme=LPT&year_from=2005&year_to=2020"
        "&sort=newest&q=o",
    ),
    ("catalogue, sorted by date", "/pl/produkty/?sort=oldest"),
    ("map, no filter", "/pl/produkty/mapa/"),
    ("map, filtered", "/pl/produkty/mapa/?scheme=PGI&category=miody"),
    ("region (małopolskie)", "/pl/produkty/wojewodztwo/malopolskie/"),
    ("product (Oscypek)", "/pl/produkty/oscypek/"),
    ("story (Oscypek)", "/pl/historie/oscypek/"),
    ("API, PDO products", "/api/v2/products/?scheme=PDO"),
]


def setup():
    from wagtail.models import Locale, Page, Site

    from origins.importing import ensure_categories, ensure_regions, run_import
    from origins.models import (
        CatalogueIndexPage,
        OriginStoryIndexPage,
        OriginStoryPage,
        Product,
        Register,
    )

    call_command("migrate", verbosity=0)
    Locale.objects.get_or_create(language_code="pl")
    ensure_regions()
    ensure_categories()
    timings = {}
    for register in (Register.EU, Register.NATIONAL):
        report = run_import(register)
        timings[register] = (report.rows, report.seconds)
        again = run_import(register)
        timings[f"{register} again"] = (again.rows, again.seconds)
    from korzenie.models import HomePage

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Korzenie Smaku", slug="pl", intro="Start."))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    home.add_child(instance=CatalogueIndexPage(title="Produkty", slug="produkty"))
    index = home.add_child(instance=OriginStoryIndexPage(title="Historie", slug="historie"))
    story = OriginStoryPage(
        title="Oscypek", slug="oscypek", product=Product.objects.get(slug="oscypek")
    )
    index.add_child(instance=story)
    story.tags.add("wypas kulturowy")
    story.save_revision().publish()
    return timings


def measure(client, url, n):
    client.get(url)  # warm the caches of the shell (menus, site)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return statistics.median(times) * 1000, len(queries), len(response.content)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    timings = setup()
    print(f"Database: {DB} (SQLite)\n")
    print("Imports (rows, seconds):")
    for name, (rows, seconds) in timings.items():
        print(f"  {name:<12} {rows:>5} rows  {seconds:6.2f} s")
    from origins.models import Product, RegisterEntry

    print(f"  -> {RegisterEntry.objects.count()} entries, {Product.objects.count()} products\n")
    client = Client()
    print(f"{'page':<28} {'median ms':>10} {'queries':>8} {'bytes':>9}   (N = {n})")
    results = {}
    for label, url in URLS:
        median, queries, size = measure(client, url, n)
        results[label] = size
        print(f"{label:<28} {median:>10.1f} {queries:>8} {size:>9}")
    from origins.map import projected_regions

    paths, _size = projected_regions()
    path_bytes = sum(len(p["d"]) for p in paths.values())
    print(
        f"\nMap: {path_bytes} bytes of SVG path data; the map page is {results['map, no filter']} bytes"
    )


if __name__ == "__main__":
    main()
