"""Import the two registers from their CSV files into products and register entries.

Both imports follow the same rules:

- The file is the register: after an import, the entries of that register are exactly the rows
  of the file (new rows are created, changed rows updated, rows no longer in the file deleted).
- Idempotent: a second run with the same file changes nothing (every count is 0).
- Validated first, then written in one transaction: a file with any bad row changes nothing,
  and every bad row is reported with its line, column and reason.
- Fast: everything is read once and written with bulk operations.

Products are regrouped from all entries after each import (see `group_entries`): an EU name
and national-list entries are one product when their names match by the conservative rule of
`name_variants` and the national entry lies in a voivodeship of the EU entry (any voivodeship
for a TSG, which is not tied to an area).
"""

import csv
import datetime
import re
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .models import Category, Product, Region, RegisterEntry
from .models.products import Register, Scheme

DATA_DIR = Path(__file__).resolve().parent / "data"
EU_FILE = DATA_DIR / "polish_geographical_indications.csv"
LPT_FILE = DATA_DIR / "traditional_products.csv"
REGIONS_FILE = DATA_DIR / "voivodeships.csv"

EU_COLUMNS = [
    "name_pl",
    "name_en",
    "protection",
    "eu_class",
    "voivodeship_teryt",
    "area_of_origin",
    "registered_year",
    "source",
]
LPT_COLUMNS = ["name", "voivodeship_teryt", "category", "entry_date", "source"]

# The ten categories of the national list: register code, English name, order.
CATEGORIES = [
    ("produkty mleczne", "Produkty mleczne", "Dairy products"),
    ("produkty mięsne", "Produkty mięsne", "Meat products"),
    (
        "produkty rybołówstwa, w tym ryby",
        "Produkty rybołówstwa, w tym ryby",
        "Fish and fishery products",
    ),
    ("warzywa i owoce", "Warzywa i owoce", "Fruit and vegetables"),
    (
        "wyroby piekarnicze i cukiernicze",
        "Wyroby piekarnicze i cukiernicze",
        "Bread, pastry and confectionery",
    ),
    ("oleje i tłuszcze", "Oleje i tłuszcze", "Oils and fats"),
    ("miody", "Miody", "Honey"),
    ("gotowe dania i potrawy", "Gotowe dania i potrawy", "Ready dishes"),
    (
        "napoje (alkoholowe i bezalkoholowe)",
        "Napoje (alkoholowe i bezalkoholowe)",
        "Drinks (alcoholic and non-alcoholic)",
    ),
    ("inne produkty", "Inne produkty", "Other products"),
]

# An EU-only product takes the national category that its EU product class corresponds to.
EU_CLASS_CATEGORY = {
    "Class 1.1": "produkty mięsne",
    "Class 1.2": "produkty mięsne",
    "Class 1.3": "produkty mleczne",
    "Class 1.6": "warzywa i owoce",
    "Class 1.7": "produkty rybołówstwa, w tym ryby",
    "Class 2.4": "wyroby piekarnicze i cukiernicze",
}
# Where the class says nothing decisive (1.4 covers honey and dairy, 1.8 spices and more) or
# was not verified, the kind of product named by the registered name decides.
NAME_CATEGORY = [
    ("miód", "miody"),
    ("niak staropolski", "napoje (alkoholowe i bezalkoholowe)"),  # the four meads
    ("półtorak", "napoje (alkoholowe i bezalkoholowe)"),
    ("podpiwek", "napoje (alkoholowe i bezalkoholowe)"),
    ("olej", "oleje i tłuszcze"),
    ("kiełbasa", "produkty mięsne"),
    ("kabanosy", "produkty mięsne"),
    ("ser ", "produkty mleczne"),
    ("bryndza", "produkty mleczne"),
    ("twaróg", "produkty mleczne"),
    ("fasola", "warzywa i owoce"),
    ("jabłka", "warzywa i owoce"),
    ("rogal", "wyroby piekarnicze i cukiernicze"),
    ("cebularz", "wyroby piekarnicze i cukiernicze"),
]

# Pairs whose names differ in form but name the same product, reviewed one by one
# (EU name, national-list name); the voivodeship rule still applies.
REVIEWED_MATCHES = {
    ("Krupnioki śląskie", "Krupniok śląski"),
    (
        "Fasola Piękny Jaś z Doliny Dunajca / Fasola z Doliny Dunajca",
        "Nasiona fasoli „Piękny Jaś” z doliny Dunajca",
    ),
}

RESERVED_SLUGS = {"map", "producers", "region"}
POLISH_LETTERS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def make_slug(name):
    slug = slugify(unicodedata.normalize("NFKD", name.translate(POLISH_LETTERS)))[:200]
    slug = slug.strip("-") or "produkt"
    return f"{slug}-produkt" if slug in RESERVED_SLUGS else slug


def normalise_name(name):
    name = unicodedata.normalize("NFC", name).casefold()
    name = re.sub(r"[\"„”“'‘’«»]", "", name)
    return re.sub(r"\s+", " ", name).strip()


def name_variants(name):
    """The forms a register name can be matched by: the whole name, each alternative of
    "A / B" or "A lub B", and a name without its trailing parenthesis ("Oscypek (oszczypek)" → "oscypek")."""
    variants = set()
    for part in [name, *re.split(r" / | lub ", name)]:
        part = normalise_name(part)
        if part:
            variants.add(part)
            bare = re.sub(r"\s*\([^)]*\)$", "", part).strip()
            if bare:
                variants.add(bare)
    return variants


@dataclass
class RowError:
    line: int
    column: str
    reason: str

    def __str__(self):
        return f"line {self.line}, column {self.column}: {self.reason}"


@dataclass
class ImportReport:
    register: str
    rows: int = 0
    entries_created: int = 0
    entries_updated: int = 0
    entries_deleted: int = 0
    products_created: int = 0
    products_updated: int = 0
    products_deleted: int = 0
    errors: list = field(default_factory=list)
    seconds: float = 0.0
    dry_run: bool = False
    matches: list = field(default_factory=list)

    @property
    def changed(self):
        return any(
            (
                self.entries_created,
                self.entries_updated,
                self.entries_deleted,
                self.products_created,
                self.products_updated,
                self.products_deleted,
            )
        )


class ImportFailed(Exception):
    def __init__(self, report):
        self.report = report
        super().__init__(f"{len(report.errors)} bad rows; nothing was changed")


# Reference records ---------------------------------------------------------------------------


def ensure_regions(path=REGIONS_FILE):
    """The 16 voivodeships from voivodeships.csv (created or corrected, never duplicated)."""
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            defaults = {
                "name_pl": row["name_pl"],
                "name_en": row["name_en"],
                "capital": row["capital"],
                "slug": make_slug(row["name_pl"]),
            }
            region = Region.objects.filter(teryt=row["teryt"]).first()
            if region is None:
                Region.objects.create(teryt=row["teryt"], **defaults)
            elif any(getattr(region, key) != value for key, value in defaults.items()):
                Region.objects.filter(pk=region.pk).update(**defaults)
    return {region.teryt: region for region in Region.objects.all()}


def ensure_categories():
    """The ten categories of the national list in the source locale (Polish)."""
    from wagtail.models import Locale

    polish = Locale.objects.get_or_create(language_code="pl")[0]
    existing = {c.code: c for c in Category.objects.filter(locale=polish)}
    for order, (code, name_pl, _name_en) in enumerate(CATEGORIES):
        if code not in existing:
            existing[code] = Category.objects.create(
                code=code, slug=make_slug(code), name=name_pl, sort_order=order, locale=polish
            )
    return existing


# Reading and validating ----------------------------------------------------------------------


def _read(path, columns, report):
    try:
        handle = open(path, encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as error:
        report.errors.append(RowError(0, "-", f"cannot read the file: {error.strerror}"))
        return []
    with handle:
        try:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [column for column in columns if column not in header]
            if missing:
                report.errors.append(
                    RowError(1, ", ".join(missing), "column missing from the header")
                )
                return []
            rows = []
            for row in reader:
                if None in row:
                    report.errors.append(
                        RowError(reader.line_num, "-", "more fields than the header has")
                    )
                    continue
                if any(row[column] is None for column in columns):
                    report.errors.append(
                        RowError(reader.line_num, "-", "fewer fields than the header has")
                    )
                    continue
                rows.append((reader.line_num, {key: value.strip() for key, value in row.items()}))
            return rows
        except (csv.Error, UnicodeDecodeError) as error:
            report.errors.append(RowError(0, "-", f"not a readable UTF-8 CSV file: {error}"))
            return []


def read_eu(path, regions, report):
    entries = []
    seen = {}
    for line, row in _read(path, EU_COLUMNS, report):
        errors = []
        name = unicodedata.normalize("NFC", row["name_pl"])
        if not name:
            errors.append(RowError(line, "name_pl", "empty name"))
        scheme = row["protection"]
        if scheme not in {Scheme.PDO, Scheme.PGI, Scheme.TSG}:
            errors.append(RowError(line, "protection", f"{scheme!r} is not one of PDO, PGI, TSG"))
        codes = [code.strip() for code in row["voivodeship_teryt"].split(";") if code.strip()]
        unknown = [code for code in codes if code not in regions]
        if unknown:
            errors.append(
                RowError(line, "voivodeship_teryt", f"unknown TERYT code(s): {', '.join(unknown)}")
            )
        if not codes and scheme in {Scheme.PDO, Scheme.PGI}:
            errors.append(
                RowError(line, "voivodeship_teryt", "a PDO or PGI needs at least one voivodeship")
            )
        year = None
        if not re.fullmatch(r"\d{4}", row["registered_year"]):
            errors.append(
                RowError(line, "registered_year", f"{row['registered_year']!r} is not a year")
            )
        else:
            year = int(row["registered_year"])
            if not 1992 <= year <= datetime.date.today().year:
                errors.append(
                    RowError(line, "registered_year", f"{year} is outside 1992 to this year")
                )
        if name and name in seen:
            errors.append(RowError(line, "name_pl", f"duplicate of line {seen[name]}"))
        if errors:
            report.errors.extend(errors)
            continue
        seen[name] = line
        entries.append(
            {
                "register": Register.EU,
                "scheme": scheme,
                "name": name,
                "name_en": row["name_en"],
                "voivodeship_teryt": ";".join(codes),
                "category_code": "",
                "eu_class": row["eu_class"],
                "area_of_origin": row["area_of_origin"],
                "registered_year": year,
                "entry_date": None,
                "sources": row["source"],
            }
        )
    return entries


def read_lpt(path, regions, categories, report):
    entries = []
    seen = {}
    for line, row in _read(path, LPT_COLUMNS, report):
        errors = []
        name = unicodedata.normalize("NFC", re.sub(r"\s+", " ", row["name"]))
        if not name:
            errors.append(RowError(line, "name", "empty name"))
        teryt = row["voivodeship_teryt"]
        if teryt not in regions:
            errors.append(RowError(line, "voivodeship_teryt", f"unknown TERYT code {teryt!r}"))
        if row["category"] not in categories:
            errors.append(
                RowError(line, "category", f"{row['category']!r} is not one of the ten categories")
            )
        entry_date = None
        try:
            entry_date = datetime.date.fromisoformat(row["entry_date"])
        except ValueError:
            errors.append(
                RowError(line, "entry_date", f"{row['entry_date']!r} is not a YYYY-MM-DD date")
            )
        else:
            if not datetime.date(2005, 1, 1) <= entry_date <= datetime.date.today():
                errors.append(
                    RowError(line, "entry_date", f"{entry_date} is outside 2005 to today")
                )
        key = (name, teryt)
        if name and key in seen:
            errors.append(
                RowError(line, "name", f"duplicate of line {seen[key]} (same name and voivodeship)")
            )
        if errors:
            report.errors.extend(errors)
            continue
        seen[key] = line
        entries.append(
            {
                "register": Register.NATIONAL,
                "scheme": Scheme.LPT,
                "name": name,
                "name_en": "",
                "voivodeship_teryt": teryt,
                "category_code": row["category"],
                "eu_class": "",
                "area_of_origin": "",
                "registered_year": None,
                "entry_date": entry_date,
                "sources": row["source"],
            }
        )
    return entries


# Grouping entries into products --------------------------------------------------------------


def eu_category(entry):
    name = normalise_name(entry["name"])
    for prefix, code in EU_CLASS_CATEGORY.items():
        if entry["eu_class"].startswith(prefix + " "):
            return code
    for word, code in NAME_CATEGORY:
        if word in name:
            return code
    return ""


def group_entries(entries, region_slugs=None):
    """Group register entries into products: {slug: {"name", "entries", ...}}.

    Deterministic: the same entries always give the same slugs, whatever their order.
    """
    region_slugs = region_slugs or {}
    eu_entries = sorted((e for e in entries if e["register"] == Register.EU), key=_entry_key)
    lpt_entries = sorted((e for e in entries if e["register"] == Register.NATIONAL), key=_entry_key)
    by_variant = defaultdict(list)
    for lpt in lpt_entries:
        for variant in name_variants(lpt["name"]):
            by_variant[variant].append(lpt)

    groups = []
    taken = set()
    matches = []
    for eu in eu_entries:
        teryts = set(eu["voivodeship_teryt"].split(";")) - {""}
        members = [eu]
        candidates = [
            lpt
            for variant in sorted(name_variants(eu["name"]))
            for lpt in by_variant.get(variant, [])
        ] + [lpt for lpt in lpt_entries if (eu["name"], lpt["name"]) in REVIEWED_MATCHES]
        for lpt in candidates:
            key = _entry_key(lpt)
            if key in taken:
                continue
            if eu["scheme"] == Scheme.TSG or lpt["voivodeship_teryt"] in teryts:
                taken.add(key)
                members.append(lpt)
                matches.append((eu["name"], lpt["name"], lpt["voivodeship_teryt"]))
        groups.append(members)
    for lpt in lpt_entries:
        if _entry_key(lpt) not in taken:
            groups.append([lpt])

    base = defaultdict(list)
    for members in groups:
        # The first alternative of "A / B" names the product in its address.
        base[make_slug(members[0]["name"].split(" / ")[0])].append(members)
    products = {}
    for slug, same in base.items():
        for index, members in enumerate(same):
            first = members[0]
            final = slug
            if len(same) > 1 and not (index == 0 and first["register"] == Register.EU):
                # The same name in several voivodeships: the EU product keeps the plain slug,
                # the national entries are told apart by their voivodeship.
                codes = first["voivodeship_teryt"].split(";")
                final = "-".join([slug, *(region_slugs.get(code, code) for code in codes)])
            number = 2
            while final in products:
                final, number = f"{slug}-{number}", number + 1
            products[final] = _product_fields(members)
    return products, matches


def _entry_key(entry):
    return (entry["register"], entry["name"], entry["voivodeship_teryt"])


def _product_fields(members):
    eu = next((m for m in members if m["register"] == Register.EU), None)
    lpts = [m for m in members if m["register"] == Register.NATIONAL]
    dates = sorted(m["entry_date"] for m in lpts)
    years = [d.year for d in dates] + ([eu["registered_year"]] if eu else [])
    teryts = set()
    for member in members:
        teryts.update(code for code in member["voivodeship_teryt"].split(";") if code)
    category = lpts[0]["category_code"] if lpts else eu_category(eu)
    return {
        "name": (eu or lpts[0])["name"],
        "category_code": category,
        "eu_scheme": eu["scheme"] if eu else "",
        "on_national_list": bool(lpts),
        "year": min(years),
        "first_entry_date": dates[0] if dates else None,
        "teryts": teryts,
        "entries": members,
    }


# Writing -------------------------------------------------------------------------------------

ENTRY_FIELDS = [
    "scheme",
    "name_en",
    "category_code",
    "eu_class",
    "area_of_origin",
    "registered_year",
    "entry_date",
    "sources",
]
PRODUCT_FIELDS = [
    "name",
    "category_id",
    "eu_scheme",
    "on_national_list",
    "year",
    "first_entry_date",
]


def _as_row(entry):
    return {
        "register": entry.register,
        "scheme": entry.scheme,
        "name": entry.name,
        "name_en": entry.name_en,
        "voivodeship_teryt": entry.voivodeship_teryt,
        "category_code": entry.category_code,
        "eu_class": entry.eu_class,
        "area_of_origin": entry.area_of_origin,
        "registered_year": entry.registered_year,
        "entry_date": entry.entry_date,
        "sources": entry.sources,
    }


def write(register, rows, regions, categories, report):
    """Make the entries of `register` exactly `rows`, then regroup every entry into products."""
    existing = {(e.register, e.name, e.voivodeship_teryt): e for e in RegisterEntry.objects.all()}
    others = [_as_row(e) for e in existing.values() if e.register != register]
    products, report.matches = group_entries(
        [*rows, *others], {code: region.slug for code, region in regions.items()}
    )

    # Products, by slug.
    current = {p.slug: p for p in Product.objects.all()}
    current_regions = defaultdict(set)
    for product_id, region_id in Product.regions.through.objects.values_list(
        "product_id", "region_id"
    ):
        current_regions[product_id].add(region_id)
    to_create, to_update = [], []
    for slug, fields in products.items():
        category = categories.get(fields["category_code"])
        values = {
            "name": fields["name"],
            "category_id": category.pk if category else None,
            "eu_scheme": fields["eu_scheme"],
            "on_national_list": fields["on_national_list"],
            "year": fields["year"],
            "first_entry_date": fields["first_entry_date"],
        }
        product = current.get(slug)
        if product is None:
            to_create.append(Product(slug=slug, **values))
        elif any(getattr(product, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(product, key, value)
            to_update.append(product)
    Product.objects.bulk_create(to_create, batch_size=500)
    Product.objects.bulk_update(to_update, PRODUCT_FIELDS, batch_size=500)
    report.products_created, report.products_updated = len(to_create), len(to_update)
    for product in to_create:
        current[product.slug] = product

    # Their voivodeships.
    through = Product.regions.through
    add, remove = [], []
    for slug, fields in products.items():
        product = current[slug]
        wanted = {regions[code].pk for code in fields["teryts"]}
        have = current_regions.get(product.pk, set())
        add += [through(product_id=product.pk, region_id=pk) for pk in wanted - have]
        remove += [(product.pk, pk) for pk in have - wanted]
    through.objects.bulk_create(add, batch_size=500)
    for product_id, region_id in remove:
        through.objects.filter(product_id=product_id, region_id=region_id).delete()

    # Entries of this register.
    entry_product = {}
    for slug, fields in products.items():
        for member in fields["entries"]:
            entry_product[_entry_key(member)] = current[slug].pk
    new_entries, changed_entries = [], []
    wanted_keys = set()
    for row in rows:
        key = _entry_key(row)
        wanted_keys.add(key)
        entry = existing.get(key)
        values = {name: row[name] for name in ENTRY_FIELDS}
        values["product_id"] = entry_product[key]
        if entry is None:
            new_entries.append(RegisterEntry(**{**row, "product_id": entry_product[key]}))
        elif any(getattr(entry, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(entry, name, value)
            changed_entries.append(entry)
    # Entries of the other register may move to another product when the grouping changes.
    for key, entry in existing.items():
        if entry.register != register and entry.product_id != entry_product[key]:
            entry.product_id = entry_product[key]
            changed_entries.append(entry)
    stale = [
        e.pk for key, e in existing.items() if e.register == register and key not in wanted_keys
    ]
    RegisterEntry.objects.filter(pk__in=stale).delete()
    RegisterEntry.objects.bulk_create(new_entries, batch_size=500)
    RegisterEntry.objects.bulk_update(changed_entries, [*ENTRY_FIELDS, "product"], batch_size=500)
    report.entries_created = len(new_entries)
    report.entries_updated = len(changed_entries)
    report.entries_deleted = len(stale)

    # Products left without entries (only possible when a file drops rows).
    orphans = Product.objects.exclude(slug__in=list(products)).filter(stories__isnull=True)
    report.products_deleted = orphans.count()
    orphans.delete()


def run_import(register, path=None, dry_run=False):
    """Import one register file. Raises ImportFailed (nothing changed) when any row is bad."""
    started = time.perf_counter()
    report = ImportReport(register=register, dry_run=dry_run)
    with transaction.atomic():
        regions = ensure_regions()
        categories = ensure_categories()
        if register == Register.EU:
            rows = read_eu(path or EU_FILE, regions, report)
        else:
            rows = read_lpt(path or LPT_FILE, regions, categories, report)
        report.rows = len(rows) + len({e.line for e in report.errors})
        if report.errors:
            transaction.set_rollback(True)
            report.seconds = time.perf_counter() - started
            raise ImportFailed(report)
        write(register, rows, regions, categories, report)
        if dry_run:
            transaction.set_rollback(True)
    if report.changed and not dry_run:
        index_products()
    report.seconds = time.perf_counter() - started
    return report


def index_products():
    """Bring the site search up to date: bulk writes send none of the signals that index a row."""
    from wagtail.search.backends import get_search_backends

    products = list(Product.objects.all())
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Product, products)
