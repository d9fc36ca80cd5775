"""Schemathesis against the catalogue API's own OpenAPI document, served by the WSGI app.

Every operation gets requests that fit the document and requests that do not (negative mode:
wrong types, values outside the enums and ranges). Each answer must have a documented status
(never ≥ 500), the documented content type and a body that matches the document's schema.
Values outside the schema are ignored, as the document says, so "negative data rejection" is
not one of the checks.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import given
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import FUZZ_SETTINGS, count

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

API = "/api/catalogue/v1"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def api_schema(demo_site, no_connection_close):
    from django.core.handlers.wsgi import WSGIHandler

    return schemathesis.openapi.from_wsgi(f"{API}/openapi.json", WSGIHandler())


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_keeps_to_its_document(api_schema, mode):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 7
    tried = 0
    for operation in operations:

        @given(operation.as_strategy(generation_mode=mode))
        @FUZZ_SETTINGS
        def check(case):
            response = case.call()
            count(response.status_code)
            case.validate_response(response, checks=CHECKS)

        try:
            check()
        except Unsatisfiable:
            # Negative mode: nothing in this operation can be made invalid (no parameters,
            # or only free text); the positive run covers it.
            assert mode == GenerationMode.NEGATIVE, operation.label
            continue
        tried += 1
    assert tried >= 5
