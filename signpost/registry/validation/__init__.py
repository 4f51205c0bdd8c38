"""Reading and checking a registry file (docs/registry-format.md).

The whole file is checked before anything is loaded, and every problem is reported, each naming
the file, the record (its id, or its index when the id is missing), the field and the line:

    services.yml: service 'foo' field 'languages': 'xx' is not an ISO 639-1 or ISO 639-3 code (line 42)

The parts: ``reader`` (YAML that keeps its line numbers), ``fields`` (the rule for each field's
value), ``checker`` (each kind of record, the document as a whole, and the entry points below) and
``issues`` (what a check reports).
"""
from signpost.registry.validation.checker import read_document, read_registry, validate_file
from signpost.registry.validation.issues import ParsedRegistry, RegistryValidationError, ValidationIssue

__all__ = [
    "ParsedRegistry", "RegistryValidationError", "ValidationIssue", "read_document", "read_registry",
    "validate_file",
]
