"""The service registry: every fact the assistant gives about a service comes from here.

    registry = Registry.open_configured()  # $SIGNPOST_DATABASE_URL (or var/signpost.db), synced with
                                           # $SIGNPOST_REGISTRY (or services.yml) unless already loaded
    results = registry.search(SearchQuery(categories=["peer_support"], place=place, languages=["so"]))
"""
from signpost.registry.database import Registry, default_database_url, default_registry_path
from signpost.registry.loader import LoadReport
from signpost.registry.opening import Schedule
from signpost.registry.search import SearchQuery, SearchResults
from signpost.registry.validation import RegistryValidationError, ValidationIssue, validate_file
from signpost.registry.views import Location, Phone, ServiceView, TaxonomyTerm

__all__ = [
    "LoadReport",
    "Location",
    "Phone",
    "Registry",
    "RegistryValidationError",
    "Schedule",
    "SearchQuery",
    "SearchResults",
    "ServiceView",
    "TaxonomyTerm",
    "ValidationIssue",
    "default_database_url",
    "default_registry_path",
    "validate_file",
]
