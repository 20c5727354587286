"""The register imports: counts, grouping, idempotence, one transaction, bad rows, speed."""

import shutil
import time

import pytest
from django.core.management import CommandError, call_command

from origins.importing import EU_FILE, LPT_FILE, ImportFailed, group_entries, run_import
from origins.models import Product, Register, RegisterEntry


def snapshot():
    return (
        sorted(
            Product.objects.values_list(
                "pk",
                "slug",
                "name",
                "category_id",
                "eu_scheme",
                "on_national_list",
                "year",
                "first_entry_date",
            )
        ),
        sorted(
            RegisterEntry.objects.values_list(
                "pk",
                "product_id",
                "register",
                "name",
                "voivodeship_teryt",
                "entry_date",
                "registered_year",
            )
        ),
        sorted(Product.regions.through.objects.values_list("product_id", "region_id")),
    )


def test_both_registers_make_2166_entries_and_fewer_products(registers):
    assert RegisterEntry.objects.filter(register=Register.EU).count() == 46
    assert RegisterEntry.objects.filter(register=Register.NATIONAL).count() == 2120
    # 34 national entries are the same products as 30 EU names.
    assert Product.objects.count() == 2132
    assert Product.objects.filter(eu_scheme="PDO").count() == 10
    assert Product.objects.filter(eu_scheme="PGI").count() == 25
    assert Product.objects.filter(eu_scheme="TSG").count() == 11


def test_oscypek_is_one_product_on_both_registers(registers):
    oscypek = Product.objects.get(slug="oscypek")
    assert sorted(oscypek.entries.values_list("scheme", "voivodeship_teryt")) == [
        ("LPT", "12"),
        ("LPT", "24"),
        ("PDO", "12;24"),
    ]
    assert sorted(oscypek.regions.values_list("teryt", flat=True)) == ["12", "24"]
    assert oscypek.schemes == ["PDO", "LPT"]
    assert oscypek.category.code == "produkty mleczne"
    assert oscypek.year == 2005  # entered on the national list before the EU registration
    # "Oscypek" entered by łódzkie is outside the PDO's area: a product of its own.
    other = Product.objects.get(entries__name="Oscypek", entries__voivodeship_teryt="10")
    assert other.pk != oscypek.pk and other.slug == "oscypek-lodzkie"


def test_matching_rule_is_conservative():
    eu = {
        "register": "eu",
        "scheme": "PGI",
        "name": "Kołocz śląski / kołacz śląski",
        "voivodeship_teryt": "16;24",
        "eu_class": "",
        "registered_year": 2011,
    }

    def lpt(name, teryt):
        return {
            "register": "lpt",
            "scheme": "LPT",
            "name": name,
            "voivodeship_teryt": teryt,
            "category_code": "wyroby piekarnicze i cukiernicze",
            "entry_date": __import__("datetime").date(2007, 1, 1),
        }

    products, matches = group_entries(
        [eu, lpt("Kołocz śląski", "16"), lpt("Kołocz śląski", "02"), lpt("Kołocz z serem", "16")]
    )
    assert [(m[1], m[2]) for m in matches] == [("Kołocz śląski", "16")]
    assert len(products) == 3


def test_a_second_run_changes_nothing(registers):
    before = snapshot()
    for register in (Register.EU, Register.NATIONAL):
        report = run_import(register)
        assert not report.changed, report
    assert snapshot() == before


def test_dry_run_changes_nothing(taxonomy):
    report = run_import(Register.NATIONAL, dry_run=True)
    assert report.entries_created == 2120
    assert RegisterEntry.objects.count() == 0
    assert Product.objects.count() == 0


def test_import_of_2120_rows_takes_seconds_not_minutes(taxonomy):
    started = time.perf_counter()
    run_import(Register.NATIONAL)
    # About 0.4 s on an idle machine (SQLite); the margin keeps a busy CI machine green.
    assert time.perf_counter() - started < 10


BAD_LPT = """name,voivodeship_teryt,category,entry_date,source
Dobry produkt,12,miody,2010-01-01,x
Zły region,99,miody,2010-01-01,x
Zła kategoria,12,słodycze,2010-01-01,x
Zła data,12,miody,2010-13-45,x
Dobry produkt,12,miody,2011-01-01,x
,12,miody,2010-01-01,x
"""


def test_a_bad_file_changes_nothing_and_every_bad_row_is_reported(registers, tmp_path):
    before = snapshot()
    path = tmp_path / "bad.csv"
    path.write_text(BAD_LPT, encoding="utf-8")
    with pytest.raises(ImportFailed) as failure:
        run_import(Register.NATIONAL, path=path)
    errors = [(e.line, e.column) for e in failure.value.report.errors]
    assert errors == [
        (3, "voivodeship_teryt"),
        (4, "category"),
        (5, "entry_date"),
        (6, "name"),
        (7, "name"),
    ]
    assert "duplicate of line 2" in str(failure.value.report.errors[3])
    assert snapshot() == before


def test_a_file_without_a_column_is_refused(taxonomy, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,voivodeship_teryt,entry_date\nA,12,2010-01-01\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failure:
        run_import(Register.NATIONAL, path=path)
    assert "category" in str(failure.value.report.errors[0])
    assert failure.value.report.errors[0].line == 1


def test_bad_eu_rows_are_reported(taxonomy, tmp_path):
    header = EU_FILE.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "eu.csv"
    path.write_text(
        header + "\nA,a,PDX,,12,x,2008,s\nB,b,PGI,,,x,2008,s\nC,c,TSG,,,x,20x8,s\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as failure:
        run_import(Register.EU, path=path)
    assert [(e.line, e.column) for e in failure.value.report.errors] == [
        (2, "protection"),
        (3, "voivodeship_teryt"),
        (4, "registered_year"),
    ]


def test_the_file_is_the_register_rows_removed_are_deleted(taxonomy, tmp_path):
    path = tmp_path / "lpt.csv"
    shutil.copy(LPT_FILE, path)
    run_import(Register.NATIONAL, path=path)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    report = run_import(Register.NATIONAL, path=path)
    assert report.entries_deleted == 1 and report.products_deleted == 1
    assert RegisterEntry.objects.count() == 2119


def test_commands_report_and_fail_cleanly(taxonomy, tmp_path, capsys):
    call_command("import_traditional_products", "--dry-run")
    assert "Dry run" in capsys.readouterr().out
    call_command("import_eu_register")
    assert RegisterEntry.objects.count() == 46
    path = tmp_path / "bad.csv"
    path.write_text(BAD_LPT, encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("import_traditional_products", str(path))
    err = capsys.readouterr().err
    assert "line 3, column voivodeship_teryt: unknown TERYT code '99'" in err


def test_imported_products_are_found_by_the_site_search(registers):
    """Bulk writes send no indexing signals: the import updates the search index itself."""
    from wagtail.search.backends import get_search_backend

    results = get_search_backend().search("kiełbasa lisiecka", Product)
    assert "kielbasa-lisiecka" in [product.slug for product in results]
