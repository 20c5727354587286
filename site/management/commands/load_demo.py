"""Load the demo content and accounts: idempotent, so every `make run` may call it.

Each app that has demo content keeps it in its own `demo.py` with a `load(command)`
function; they run in INSTALLED_APPS order (the shell first, then origins, environment,
lessons...), and the shell's `finish(command)` runs last to link the home page to them.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


def demo_modules():
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.demo"
        if find_spec(module_name) is not None:
            yield import_module(module_name)


class Command(BaseCommand):
    help = "Create or update the demo content and the demo accounts, then print how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Do not print the accounts.")

    def handle(self, *args, quiet=False, **options):
        modules = list(demo_modules())
        with transaction.atomic():
            for module in modules:
                module.load(self)
            for module in modules:
                if hasattr(module, "finish"):
                    module.finish(self)
        if not quiet:
            from korzenie.demo import print_accounts

            print_accounts(self)
