"""Every page type of the project has a factory (STYLE.md: one test fails when one has none)."""

import importlib
import inspect
import pkgutil

import wagtail_factories
from wagtail.models import Page, get_page_models

import tests


def all_page_factories():
    factories = []
    for module_info in pkgutil.walk_packages(tests.__path__, prefix="tests."):
        if module_info.name.rsplit(".", 1)[-1] != "factories":
            continue
        module = importlib.import_module(module_info.name)
        for _, member in inspect.getmembers(module, inspect.isclass):
            if issubclass(member, wagtail_factories.PageFactory) and member._meta.model:
                factories.append(member)
    return factories


def test_every_page_type_has_a_factory():
    covered = {factory._meta.model for factory in all_page_factories()}
    ours = {
        model
        for model in get_page_models()
        if model is not Page
        and model._meta.app_label in {"korzenie", "origins", "environment", "lessons"}
    }
    missing = sorted(model.__name__ for model in ours - covered)
    assert not missing, f"Page types without a factory in tests/**/factories.py: {missing}"
