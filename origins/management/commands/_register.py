"""What the two import commands share: arguments, the report, the exit status."""

from django.core.management.base import BaseCommand, CommandError

from origins.importing import ImportFailed, run_import


class RegisterImportCommand(BaseCommand):
    register = None
    default_path = None

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", default=None, help=f"CSV file (default: {self.default_path})"
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Validate and report what would change, then change nothing.",
        )

    def handle(self, *args, path=None, dry_run=False, verbosity=1, **options):
        try:
            report = run_import(self.register, path=path, dry_run=dry_run)
        except ImportFailed as failure:
            for error in failure.report.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(failure.report.errors)} problem(s) in {path or self.default_path}; "
                "nothing was changed."
            ) from failure
        prefix = "Dry run (nothing saved): " if dry_run else ""
        self.stdout.write(
            f"{prefix}{report.rows} rows in {report.seconds:.2f} s. "
            f"Entries: {report.entries_created} created, {report.entries_updated} updated, "
            f"{report.entries_deleted} deleted. Products: {report.products_created} created, "
            f"{report.products_updated} updated, {report.products_deleted} deleted."
        )
        if verbosity > 1:
            for eu_name, lpt_name, teryt in report.matches:
                self.stdout.write(f"  one product: {eu_name!r} (EU) = {lpt_name!r} ({teryt})")
