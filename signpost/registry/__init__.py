"""The service registry: every fact the assistant gives about a service comes from here.

    registry = Registry.open()                  # $SIGNPOST_DATABASE_URL or var/signpost.db
    registry.sync_file(default_registry_path())  # load services.yml unless already loaded
    results = registry.search(SearchQuery(categories=["peer_support"], place=place, languages=["so"]))

The names below are imported when first used, so that ``signpost.registry.vocabulary`` (the code
lists, standard library only) imports without SQLAlchemy: the Rasa server's NLU reads it on
Python 3.10.
"""
from importlib import import_module

_EXPORTS = {
    "LoadReport": "signpost.registry.loader",
    "Location": "signpost.registry.views",
    "Phone": "signpost.registry.views",
    "Registry": "signpost.registry.database",
    "RegistryValidationError": "signpost.registry.validation",
    "Schedule": "signpost.registry.opening",
    "SearchQuery": "signpost.registry.search",
    "SearchResults": "signpost.registry.search",
    "ServiceView": "signpost.registry.views",
    "TaxonomyTerm": "signpost.registry.views",
    "ValidationIssue": "signpost.registry.validation",
    "default_database_url": "signpost.registry.database",
    "default_registry_path": "signpost.registry.database",
    "validate_file": "signpost.registry.validation",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
