"""Open data: CSV and JSON downloads of any filter, and the JSON API against its OpenAPI
document."""

from __future__ import annotations

import csv
import io
import json

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from cms.catalogue.models import Enterprise, Product, Recognition, Round, Sector
from cms.core.spreadsheets import neutralise

pytestmark = pytest.mark.django_db

API = "/api/catalogue/v1"


@pytest.fixture
def formula_product(catalogue):
    firm = Enterprise.objects.create(name="@Công ty Thử Công Thức", illustrative=True)
    product = Product.objects.create(
        name='=HYPERLINK("http://example.com","bấm")',
        enterprise=firm,
        sector=Sector.objects.get(slug="co-khi"),
        illustrative=True,
    )
    Recognition.objects.create(product=product, round=Round.objects.get(year=2025))
    return product


def read_csv(response) -> list[list[str]]:
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for Excel"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_of_a_filter_holds_exactly_its_products(catalogue, fresh_client):
    response = fresh_client.get(catalogue.sub_url("export_csv"), {"round": "2021", "top10": "1"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0][:3] == ["Sản phẩm", "Sản phẩm (tiếng Anh)", "Doanh nghiệp"]
    assert len(rows) == 11
    assert "Đèn LED Rạng Đông" in {row[0] for row in rows[1:]}
    assert all("2021" in row[8] for row in rows[1:])


def test_csv_neutralises_formulas(catalogue, fresh_client, formula_product):
    rows = read_csv(fresh_client.get(catalogue.sub_url("export_csv"), {"round": "2025"}))
    row = next(r for r in rows if "HYPERLINK" in r[0])
    assert row[0].startswith("'=") and row[2].startswith("'@")
    assert neutralise("-1") == "'-1" and neutralise("+84") == "'+84" and neutralise("Hà") == "Hà"


def test_json_download_matches_the_api_records(catalogue, fresh_client):
    response = fresh_client.get(catalogue.sub_url("export_json"), {"sector": "cntt"})
    data = json.loads(response.content)
    assert data["filters"] == {"sector": ["cntt"]}
    assert data["count"] == len(data["results"]) > 0
    assert all(item["sector"]["slug"] == "cntt" for item in data["results"])


@pytest.fixture
def openapi(fresh_client, catalogue):
    document = fresh_client.get(f"{API}/openapi.json").json()
    validate(document)
    return document


def validator_for(document: dict, schema_name: str) -> Draft202012Validator:
    registry = Registry().with_resource("urn:api", DRAFT202012.create_resource(document))
    return Draft202012Validator(
        {"$ref": f"urn:api#/components/schemas/{schema_name}"}, registry=registry
    )


def response_schema(document: dict, path: str, status: str = "200") -> str:
    ref = document["paths"][path]["get"]["responses"][status]["content"]["application/json"][
        "schema"
    ]["$ref"]
    return ref.rsplit("/", 1)[-1]


def check(document, path_template: str, url: str, client, status: int = 200, **params) -> dict:
    response = client.get(url, params)
    assert response.status_code == status, url
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    schema = response_schema(document, path_template, str(status))
    errors = list(validator_for(document, schema).iter_errors(data))
    assert not errors, errors[:3]
    return data


def test_openapi_document_is_valid_and_describes_the_filters(openapi):
    names = {p["name"] for p in openapi["paths"]["/products/"]["get"]["parameters"]}
    assert {"sector", "round", "area", "top10", "valid", "q", "page", "page_size"} <= names


def test_every_endpoint_answers_as_documented(openapi, fresh_client):
    product = Product.objects.get(name="Đèn LED Rạng Đông")
    page = check(openapi, "/products/", f"{API}/products/", fresh_client, round="2021")
    assert page["count"] == 46 and len(page["results"]) == 24 and page["next"]
    check(openapi, "/products/{slug}/", f"{API}/products/{product.slug}/", fresh_client)
    check(openapi, "/products/{slug}/", f"{API}/products/khong-co/", fresh_client, status=404)
    firms = check(openapi, "/enterprises/", f"{API}/enterprises/", fresh_client, q="rang dong")
    assert firms["count"] >= 1
    slug = product.enterprise.slug
    check(openapi, "/enterprises/{slug}/", f"{API}/enterprises/{slug}/", fresh_client)
    rounds = check(openapi, "/rounds/", f"{API}/rounds/", fresh_client)
    assert {r["year"]: r["product_count"] for r in rounds["results"]}[2022] == 33
    check(openapi, "/rounds/{year}/", f"{API}/rounds/2021/", fresh_client)
    check(openapi, "/rounds/{year}/", f"{API}/rounds/1990/", fresh_client, status=404)
    sectors = check(openapi, "/sectors/", f"{API}/sectors/", fresh_client)
    assert len(sectors["results"]) == 8


def test_api_pages_through_every_result_once(openapi, fresh_client):
    seen: list[int] = []
    url, params = f"{API}/products/", {"sector": "co-khi", "page_size": "50"}
    while url:
        data = fresh_client.get(url, params).json()
        seen += [item["id"] for item in data["results"]]
        url, params = data["next"], {}
    assert len(seen) == len(set(seen)) == data["count"]


def test_api_lists_bad_values_instead_of_failing(openapi, fresh_client):
    data = check(
        openapi,
        "/products/",
        f"{API}/products/",
        fresh_client,
        sector="khong-co",
        page_size="5000",
        page="abc",
    )
    assert {item["parameter"] for item in data["ignored"]} == {"sector", "page_size", "page"}
    beyond = fresh_client.get(f"{API}/products/", {"page": "999"}).json()
    assert beyond["results"] == [] and beyond["next"] is None


def test_api_never_shows_what_the_page_does_not(openapi, fresh_client):
    unrecognised = Product.objects.create(
        name="Sản phẩm chưa được công nhận",
        enterprise=Enterprise.objects.first(),
        sector=Sector.objects.first(),
    )
    assert fresh_client.get(f"{API}/products/{unrecognised.slug}/").status_code == 404
    data = fresh_client.get(f"{API}/products/", {"q": "chua duoc cong nhan"}).json()
    assert data["count"] == 0


def test_libreoffice_reads_the_csv_as_text_in_utf8(
    catalogue, fresh_client, formula_product, tmp_path
):
    """LibreOffice's CSV import (comma, double quote, UTF-8, as its import dialog offers)
    drops the BOM, keeps the Vietnamese letters and leaves neutralised formulas as text."""
    import shutil
    import subprocess

    from openpyxl import load_workbook

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is missing: run bin/services")
    source = tmp_path / "danh-muc.csv"
    source.write_bytes(fresh_client.get(catalogue.sub_url("export_csv"), {"round": "2025"}).content)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--infilter=CSV:44,34,UTF8",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    sheet = load_workbook(tmp_path / "danh-muc.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Sản phẩm"
    formula_row = next(row for row in rows if "HYPERLINK" in str(row[0]))
    assert str(formula_row[0]).startswith("'=")
    assert sheet.cell(row=rows.index(formula_row) + 1, column=1).data_type == "s"
    assert len(rows) == 1 + Recognition.objects.filter(round__year=2025).count()
