"""The registry API described in OpenAPI 3.1 (served at /openapi.json)."""
from __future__ import annotations

from signpost.web.api import MAX_PER_PAGE, PARAMETERS

_INTEGER = {"proximity", "page", "per_page", "age"}
_BOOLEAN = {"gender_only", "open_now", "crisis_alternative", "include_national", "widen"}
_ENUMS = {"gender": ["women", "men"], "fees": ["free", "low_cost"]}

ERROR = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {"type": "string", "examples": ["bad_parameter"]},
        "parameter": {"type": "string", "description": "the parameter or field that was wrong"},
        "message": {"type": "string"},
    },
}
SERVICE = {
    "type": "object",
    "description": "A service in HSDS 3.0 shape, with signpost's facets alongside.",
    "required": ["id", "name", "status", "organization"],
    "properties": {
        "id": {"type": "string"}, "name": {"type": "string"}, "description": {"type": ["string", "null"]},
        "status": {"type": "string", "enum": ["active", "inactive", "defunct", "temporarily closed"]},
        "url": {"type": ["string", "null"]}, "email": {"type": ["string", "null"]},
        "organization": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
        "taxonomy_terms": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}},
        "languages": {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}}}},
        "phones": {"type": "array", "items": {"type": "object", "properties": {
            "number": {"type": "string"}, "type": {"type": "string", "enum": ["voice", "text", "textphone"]},
            "description": {"type": ["string", "null"]}}}},
        "locations": {"type": "array", "items": {"type": "object"}},
        "service_areas": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}}},
        "schedules": {"type": "array", "items": {"type": "object", "properties": {
            "freq": {"type": "string"}, "byday": {"type": "string"}, "opens_at": {"type": "string"},
            "closes_at": {"type": "string"}}}},
        "fees": {"type": ["string", "null"], "enum": ["free", "low_cost", "paid", None]},
        "referral": {"type": "array", "items": {"type": "string"}},
        "crisis_alternative": {"type": "boolean"},
        "sample": {"type": "boolean", "description": "an illustrative record, not a real service"},
        "open_now": {"type": "boolean"},
        "next_opening": {"type": ["string", "null"], "format": "date-time"},
        "distance_km": {"type": ["number", "null"]},
    },
}
PAGE = {
    "type": "object",
    "required": ["total_items", "total_pages", "page_number", "size", "contents"],
    "properties": {
        "total_items": {"type": "integer"}, "total_pages": {"type": "integer"},
        "page_number": {"type": "integer"}, "size": {"type": "integer"},
        "first_page": {"type": "boolean"}, "last_page": {"type": "boolean"}, "empty": {"type": "boolean"},
        "widened": {"type": "array", "items": {"type": "string"},
                    "description": "with widen=true: the widening step that found these"},
        "place": {"type": ["string", "null"], "description": "the place the postcode resolved to"},
        "contents": {"type": "array", "items": {"$ref": "#/components/schemas/Service"}},
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


def openapi_document() -> dict:
    bad = {"description": "A bad parameter, named in the body",
           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    missing = {"description": "No such service",
               "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "signpost registry API",
            "version": "1.0.0",
            "description": "Mental health and community support services in England, in the Open Referral UK "
                           "style. Records with sample=true are illustrations, not real services.",
        },
        "paths": {
            "/services": {"get": {
                "operationId": "listServices", "summary": "Search services",
                "parameters": [_parameter(name, text) for name, text in PARAMETERS.items()],
                "responses": {"200": {"description": "A page of services, best match first",
                                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
                              "400": bad},
            }},
            "/services/{id}": {"get": {
                "operationId": "getService", "summary": "One service by id",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The service",
                                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Service"}}}},
                              "404": missing},
            }},
            "/taxonomies": {"get": {
                "operationId": "listTaxonomies", "summary": "The need codes taxonomy_id accepts",
                "responses": {"200": {"description": "Every need code"}},
            }},
            "/feedback": {"post": {
                "operationId": "reportListing",
                "summary": "Report that a listing is wrong or the service has closed (kept as anonymous daily counts)",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["service_id", "reason"], "additionalProperties": False,
                    "properties": {"service_id": {"type": "string"},
                                   "reason": {"type": "string", "enum": ["wrong", "closed"]}}}}}},
                "responses": {"201": {"description": "Counted"}, "400": bad, "404": missing},
            }},
        },
        "components": {"schemas": {"Service": SERVICE, "Page": PAGE, "Error": ERROR}},
    }
