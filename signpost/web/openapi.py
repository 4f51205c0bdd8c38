"""The registry API described in OpenAPI 3.1 (served at /openapi.json).

Responses are Open Referral's own schemas (HSDS 3.0, as published by Open Referral), referenced
by URL; the parameters are the standard's plus signpost's own filters (their descriptions start
"signpost:").
"""
from __future__ import annotations

from signpost.vocabulary import FEE_FILTERS, GENDER_FILTERS
from signpost.web.api import (
    MAX_PER_PAGE,
    ORGANIZATION_PARAMETERS,
    SERVICE_AT_LOCATION_PARAMETERS,
    SERVICE_PARAMETERS,
    TAXONOMY_PARAMETERS,
    TAXONOMY_TERM_PARAMETERS,
    VOCABULARY_PARAMETERS,
)

HSDS_SCHEMA = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
_INTEGER = {"proximity", "page", "per_page", "age"}
_BOOLEAN = {"gender_only", "open_now", "crisis_alternative", "include_national", "widen", "full", "minimal",
            "full_service", "top_only"}
_ENUMS = {"gender": list(GENDER_FILTERS), "fees": list(FEE_FILTERS), "format": ["json"]}

ERROR = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {"type": "string", "examples": ["bad_parameter"]},
        "parameter": {"type": "string", "description": "the parameter or field that was wrong"},
        "message": {"type": "string"},
    },
}
PAGE = {
    "type": "object",
    "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    "properties": {
        "total_items": {"type": "integer"}, "total_pages": {"type": "integer"},
        "page_number": {"type": "integer"}, "size": {"type": "integer", "description": "items on this page"},
        "first_page": {"type": "boolean"}, "last_page": {"type": "boolean"}, "empty": {"type": "boolean"},
        "contents": {"type": "array"},
        "signpost": {"type": "object", "description": "signpost's extension: how a search was widened "
                     "(widened, with widen=true) and the place a postcode resolved to (place)",
                     "properties": {"widened": {"type": "array", "items": {"type": "string"}},
                                    "place": {"type": "string"}}},
    },
}
_CODES = {"type": "array", "items": {"type": "object", "required": ["code", "name"],
                                    "properties": {"code": {"type": "string"},
                                                   "name": {"type": "string", "description": "in English"}}}}
VOCABULARY = {
    "type": "object",
    "description": "signpost's code lists (signpost/vocabulary/__init__.py), each code with its English name",
    "required": ["parameters", "attributes"],
    "properties": {
        "parameters": {"type": "object", "additionalProperties": _CODES,
                       "description": "per signpost parameter of /api/services (gender, fees, referral, faith, "
                                      "community, language), the codes it takes; language: those the loaded "
                                      "services speak"},
        "attributes": {"type": "object", "additionalProperties": _CODES,
                       "description": "per attribute of the 'signpost' taxonomy with coded values (gender, fees, "
                                      "referral, faith, community, led_by, helpline_status), the codes it holds"},
    },
}
LIVE = {
    "type": "object",
    "description": "signpost's extension on a service: facts computed when asked",
    "properties": {
        "open_now": {"type": "boolean"}, "is_national": {"type": "boolean"},
        "next_opening": {"type": "string", "format": "date-time"},
        "next_closing": {"type": "string", "format": "date-time"},
        "distance_km": {"type": "number"},
    },
}


def _parameter(name: str, description: str) -> dict:
    schema: dict = {"type": "string"}
    if name in _INTEGER:
        schema = {"type": "integer", "minimum": 1}
        if name == "per_page":
            schema["maximum"] = MAX_PER_PAGE
    elif name in _BOOLEAN:
        schema = {"type": "boolean"}
    elif name in _ENUMS:
        schema = {"type": "string", "enum": _ENUMS[name]}
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def _json(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _list(operation: str, summary: str, parameters: dict[str, str], item: str) -> dict:
    page = {"allOf": [{"$ref": "#/components/schemas/Page"},
                      {"properties": {"contents": {"type": "array", "items": {"$ref": HSDS_SCHEMA + item}}}}]}
    return {"get": {
        "operationId": operation, "summary": summary,
        "parameters": [_parameter(name, text) for name, text in parameters.items()],
        "responses": {"200": _json("A page", page), "400": _json("A bad parameter, named in the body", _ERROR_REF)},
    }}


def _one(operation: str, summary: str, schema: str) -> dict:
    return {"get": {
        "operationId": operation, "summary": summary,
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"},
                        "description": "the record's uuid, or its registry id"}],
        "responses": {"200": _json("The record", {"$ref": HSDS_SCHEMA + schema}),
                      "404": _json("No such record", _ERROR_REF)},
    }}


_ERROR_REF = {"$ref": "#/components/schemas/Error"}


def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "signpost registry API (Open Referral UK, HSDS 3.0)",
            "version": "2.0.0",
            "description": "Mental health and community support services in England as an Open Referral UK "
                           "(HSDS 3.0) feed. Services with a signpost attribute 'sample' are illustrations, "
                           "not real services. signpost's own facts are HSDS attributes under the 'signpost' "
                           "taxonomy (see /api/taxonomy_terms); its own filters are the parameters whose "
                           "description starts 'signpost:'. Any origin may read it (CORS *).",
        },
        "paths": {
            "/api/": {"get": {
                "operationId": "apiDetails", "summary": "The API's HSDS version, profile and this document",
                "responses": {"200": _json("api_details", {"type": "object", "required": ["version", "profile", "openapi_url"],
                                                           "properties": {"version": {"type": "string"},
                                                                          "profile": {"type": "string", "format": "uri"},
                                                                          "openapi_url": {"type": "string", "format": "uri"}}})},
            }},
            "/api/services": _list("listServices", "Search services, best match first", SERVICE_PARAMETERS,
                                   "compiled/service.json"),
            "/api/services/{id}": _one("getService", "One service", "compiled/service.json"),
            "/api/organizations": _list("listOrganizations", "Organizations by name", ORGANIZATION_PARAMETERS,
                                        "compiled/organization_list.json"),
            "/api/organizations/{id}": _one("getOrganization", "One organization with its services",
                                            "compiled/organization.json"),
            "/api/service_at_locations": _list("listServiceAtLocations", "Services at their locations",
                                               SERVICE_AT_LOCATION_PARAMETERS, "compiled/service_at_location_list.json"),
            "/api/service_at_locations/{id}": _one("getServiceAtLocation", "One service at one location",
                                                   "compiled/service_at_location.json"),
            "/api/taxonomies": _list("listTaxonomies", "signpost's taxonomies: needs, and facts (attributes)",
                                     TAXONOMY_PARAMETERS, "taxonomy.json"),
            "/api/taxonomies/{id}": _one("getTaxonomy", "One taxonomy with its terms", "taxonomy.json"),
            "/api/taxonomy_terms": _list("listTaxonomyTerms", "Taxonomy terms: the need codes taxonomy_term_id "
                                         "accepts, and signpost's attribute terms", TAXONOMY_TERM_PARAMETERS,
                                         "taxonomy_term.json"),
            "/api/taxonomy_terms/{id}": _one("getTaxonomyTerm", "One taxonomy term (uuid or code)", "taxonomy_term.json"),
            "/api/vocabulary": {"get": {
                "operationId": "getVocabulary",
                "summary": "signpost's own: the codes its service parameters and attributes take, with English names "
                           "(the need codes are the signpost-need taxonomy's terms)",
                "parameters": [_parameter(name, text) for name, text in VOCABULARY_PARAMETERS.items()],
                "responses": {"200": _json("The code lists", {"$ref": "#/components/schemas/Vocabulary"}),
                              "400": _json("A bad parameter, named in the body", _ERROR_REF)},
            }},
            "/feedback": {"post": {
                "operationId": "reportListing",
                "summary": "Report that a listing is wrong or the service has closed (kept as anonymous daily counts)",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["service_id", "reason"], "additionalProperties": False,
                    "properties": {"service_id": {"type": "string", "description": "the registry id (record_id)"},
                                   "reason": {"type": "string", "enum": ["wrong", "closed"]}}}}}},
                "responses": {"201": {"description": "Counted"},
                              "400": _json("A bad field, named in the body", _ERROR_REF),
                              "404": _json("No such service", _ERROR_REF)},
            }},
        },
        "components": {"schemas": {"Page": PAGE, "Error": ERROR, "SignpostLive": LIVE, "Vocabulary": VOCABULARY}},
    }
