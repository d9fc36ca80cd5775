"""The OpenAPI 3.1 document of the catalogue API, built from the same parameter list the
filters read, so the description cannot drift from what the API accepts."""

from __future__ import annotations

from .api import API_VERSION, DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _string(nullable: bool = False, fmt: str | None = None) -> dict:
    schema: dict = {"type": ["string", "null"] if nullable else "string"}
    if fmt:
        schema["format"] = fmt
    return schema


def _object(properties: dict, required: list[str] | None = None) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
    }


SCHEMAS = {
    "Recognition": _object(
        {
            "round": {"type": "integer"},
            "top10": {"type": "boolean"},
            "certificate_number": _string(),
            "valid_until": _string(fmt="date"),
            "currently_valid": {"type": "boolean"},
        }
    ),
    "SectorRef": _object({"slug": _string(), "name": _string(), "name_en": _string()}),
    "EnterpriseRef": _object(
        {
            "slug": _string(),
            "name": _string(),
            "name_en": _string(),
            "former_district": _string(),
            "url": _string(fmt="uri"),
        }
    ),
    "Product": _object(
        {
            "id": {"type": "integer"},
            "slug": _string(),
            "name": _string(),
            "name_en": _string(),
            "description": _string(),
            "description_en": _string(),
            "sector": _ref("SectorRef"),
            "enterprise": _ref("EnterpriseRef"),
            "recognitions": {"type": "array", "items": _ref("Recognition")},
            "image": _string(nullable=True, fmt="uri"),
            "illustrative": {"type": "boolean"},
            "url": _string(fmt="uri"),
        }
    ),
    "Specification": _object(
        {"label": _string(), "label_en": _string(), "value": _string(), "value_en": _string()}
    ),
    "Enterprise": _object(
        {
            "id": {"type": "integer"},
            "slug": _string(),
            "name": _string(),
            "name_en": _string(),
            "short_name": _string(),
            "tax_code": _string(),
            "address": _string(),
            "ward": _string(),
            "former_district": _string(),
            "website": _string(),
            "fdi": {"type": "boolean"},
            "illustrative": {"type": "boolean"},
            "url": _string(fmt="uri"),
        }
    ),
    "Round": _object(
        {
            "year": {"type": "integer"},
            "decision_number": _string(),
            "decision_date": _string(nullable=True, fmt="date"),
            "council": _string(),
            "ceremony_date": _string(nullable=True, fmt="date"),
            "product_count": {"type": "integer"},
            "enterprise_count": {"type": "integer"},
            "top10_count": {"type": "integer"},
            "url": _string(fmt="uri"),
        }
    ),
    "Sector": _object(
        {
            "slug": _string(),
            "name": _string(),
            "name_en": _string(),
            "short_name": _string(),
            "short_name_en": _string(),
            "product_count": {"type": "integer"},
        }
    ),
    "Ignored": _object({"parameter": _string(), "value": _string()}),
    "Error": _object({"error": _object({"status": {"type": "integer"}, "message": _string()})}),
}
SCHEMAS["ProductDetail"] = {
    "allOf": [
        _ref("Product"),
        _object(
            {
                "specifications": {"type": "array", "items": _ref("Specification")},
                "images": {"type": "array", "items": _string(fmt="uri")},
            }
        ),
    ]
}
SCHEMAS["EnterpriseListItem"] = {
    "allOf": [_ref("Enterprise"), _object({"product_count": {"type": "integer"}})]
}
SCHEMAS["EnterpriseDetail"] = {
    "allOf": [
        _ref("Enterprise"),
        _object(
            {
                "phone": _string(),
                "email": _string(),
                "description": _string(),
                "description_en": _string(),
                "products": {"type": "array", "items": _ref("Product")},
            }
        ),
    ]
}
SCHEMAS["RoundProduct"] = {
    "allOf": [_ref("Product"), _object({"recognition": _ref("Recognition")})]
}
SCHEMAS["RoundDetail"] = {
    "allOf": [
        _ref("Round"),
        _object({"products": {"type": "array", "items": _ref("RoundProduct")}}),
    ]
}


def _page_of(item: str) -> dict:
    return _object(
        {
            "count": {"type": "integer"},
            "page": {"type": "integer"},
            "page_size": {"type": "integer"},
            "pages": {"type": "integer"},
            "next": _string(nullable=True, fmt="uri"),
            "previous": _string(nullable=True, fmt="uri"),
            "ignored": {"type": "array", "items": _ref("Ignored")},
            "results": {"type": "array", "items": _ref(item)},
        }
    )


def _list_of(item: str) -> dict:
    return _object(
        {"count": {"type": "integer"}, "results": {"type": "array", "items": _ref(item)}}
    )


SCHEMAS["ProductPage"] = _page_of("Product")
SCHEMAS["EnterprisePage"] = _page_of("EnterpriseListItem")
SCHEMAS["RoundList"] = _list_of("Round")
SCHEMAS["SectorList"] = _list_of("Sector")


#: Said of every parameter with an enum, a range or a length: the API ignores what falls outside
#: rather than refusing the request, so a link copied from the catalogue page keeps working.
IGNORED_NOTE = (
    " Values outside this schema (other words, numbers out of range or not written in ASCII "
    "digits, longer text) do not fail the request: they are left out and listed under `ignored`."
)
_CONSTRAINTS = {"enum", "minimum", "maximum", "maxLength"}


def _constrained(schema: dict) -> bool:
    return bool(_CONSTRAINTS & set(schema)) or schema.get("items", {}).get("type") == "integer"


def _query(name: str, description: str, schema: dict, explode: bool = False) -> dict:
    if _constrained(schema):
        description += IGNORED_NOTE
    parameter = {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }
    if explode:
        parameter.update(style="form", explode=True)
    return parameter


PAGING = [
    _query(
        "page",
        "Page number, from 1.",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1},
    ),
    _query(
        "page_size",
        "Results per page.",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
    ),
]
LANGUAGE = {
    "name": "lang",
    "in": "query",
    "required": False,
    "description": "Language of the page addresses in the results; any other value means vi.",
    "schema": {"type": "string", "enum": ["vi", "en"]},
}


def _ok(schema: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": _ref(schema)}},
    }


def _failure(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


NOT_FOUND = _failure("Not found.")
#: Every operation: a query string that is not UTF-8, holds a NUL or is too long.
BAD_REQUEST = _failure("The query string cannot be read (not UTF-8, a NUL byte, over 16 KB).")


def _responses(ok: dict, *, can_miss: bool = False) -> dict:
    """The answers of one operation: 200, 404 for a record that may be missing, 400 always."""
    responses = {"200": ok, "400": BAD_REQUEST}
    if can_miss:
        responses["404"] = NOT_FOUND
    return responses


def _path_param(name: str, schema: dict) -> dict:
    return {"name": name, "in": "path", "required": True, "schema": schema}


def build_document(server: str, filter_parameters: list[dict]) -> dict:
    filters = [
        _query(p["name"], p["description"], p["schema"], p.get("explode", False))
        for p in filter_parameters
    ]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "SPCNCL Hà Nội: product catalogue API",
            "version": API_VERSION,
            "description": (
                "Read-only open data of Hà Nội's key industrial products programme: recognised "
                "products, their firms, rounds and sectors. Unknown filter values are listed "
                "under `ignored` and do not fail the request. Errors are JSON (`Error`): 400 "
                "for a query string that cannot be read, 404 for an unknown record or address. "
                "Only GET and HEAD read; OPTIONS answers 204 with `Allow`; any other method "
                "gets 405 with `Allow: GET, HEAD, OPTIONS`."
            ),
        },
        "servers": [{"url": server}],
        "paths": {
            "/products/": {
                "get": {
                    "operationId": "listProducts",
                    "summary": "Recognised products, filtered and paginated",
                    "parameters": [*filters, *PAGING, LANGUAGE],
                    "responses": _responses(_ok("ProductPage", "A page of products.")),
                }
            },
            "/products/{slug}/": {
                "get": {
                    "operationId": "getProduct",
                    "summary": "One product with specifications and images",
                    "parameters": [_path_param("slug", {"type": "string"}), LANGUAGE],
                    "responses": _responses(_ok("ProductDetail", "The product."), can_miss=True),
                }
            },
            "/enterprises/": {
                "get": {
                    "operationId": "listEnterprises",
                    "summary": "Firms with at least one recognised product",
                    "parameters": [
                        _query("q", "Words of the name; diacritics optional.", {"type": "string"}),
                        _query(
                            "area",
                            "Former district slug; any of them.",
                            {"type": "array", "items": {"type": "string"}},
                            explode=True,
                        ),
                        _query(
                            "fdi",
                            "1: foreign-invested only; 0: domestic only.",
                            {"type": "string", "enum": ["0", "1"]},
                        ),
                        *PAGING,
                        LANGUAGE,
                    ],
                    "responses": _responses(_ok("EnterprisePage", "A page of firms.")),
                }
            },
            "/enterprises/{slug}/": {
                "get": {
                    "operationId": "getEnterprise",
                    "summary": "One firm with its recognised products",
                    "parameters": [_path_param("slug", {"type": "string"}), LANGUAGE],
                    "responses": _responses(_ok("EnterpriseDetail", "The firm."), can_miss=True),
                }
            },
            "/rounds/": {
                "get": {
                    "operationId": "listRounds",
                    "summary": "Recognition rounds with their counts",
                    "parameters": [LANGUAGE],
                    "responses": _responses(_ok("RoundList", "Every round, newest first.")),
                }
            },
            "/rounds/{year}/": {
                "get": {
                    "operationId": "getRound",
                    "summary": "One round with the products it recognised",
                    "parameters": [_path_param("year", {"type": "integer"}), LANGUAGE],
                    "responses": _responses(_ok("RoundDetail", "The round."), can_miss=True),
                }
            },
            "/sectors/": {
                "get": {
                    "operationId": "listSectors",
                    "summary": "The sector groups with their product counts",
                    "responses": _responses(_ok("SectorList", "Every sector.")),
                }
            },
        },
        "components": {"schemas": SCHEMAS},
    }
