"""The OpenAPI document is the published contract: no private field may appear in it."""

import re

import pytest

pytestmark = pytest.mark.django_db

PRIVATE = re.compile(
    r"e-?mail|phone|tel(ephone)?$|line_id|password|token|motivation|online_url|"
    r"registration_number|preferred_language|notify|is_staff|is_superuser|consent|ticket|"
    r"^status$|reason$|checked_in_at|member$|rsvps?$|search_text",
    re.IGNORECASE,
)


def _schema(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def _properties(document):
    """Every property name of every schema, as (schema, property)."""
    for name, schema in document["components"]["schemas"].items():
        for prop in schema.get("properties", {}):
            yield name, prop


def test_no_schema_of_the_openapi_document_has_a_private_field(client):
    document = _schema(client)
    properties = list(_properties(document))

    assert ("StartupDetail", "team") in properties  # the walk really sees the schemas
    assert [pair for pair in properties if PRIVATE.search(pair[1])] == []


def test_no_query_parameter_of_the_api_is_private(client):
    document = _schema(client)
    parameters = [
        parameter["name"]
        for methods in document["paths"].values()
        for operation in methods.values()
        for parameter in operation.get("parameters", [])
    ]

    assert {"sector", "stage", "district", "kind", "topic", "q", "page"} <= set(parameters)
    assert [name for name in parameters if PRIVATE.search(name)] == []


def test_every_list_and_item_endpoint_is_documented(client):
    paths = set(_schema(client)["paths"])

    assert paths == {
        "/api/v1/startups/", "/api/v1/startups/{slug}/", "/api/v1/events/",
        "/api/v1/events/{slug}/", "/api/v1/members/", "/api/v1/members/{member_id}/",
        "/api/v1/smart-hub/", "/api/v1/smart-hub/{slug}/",
    }  # fmt: skip


def test_the_api_is_read_only(client):
    methods = {method for ops in _schema(client)["paths"].values() for method in ops}

    assert methods == {"get"}
    assert client.post("/api/v1/startups/").status_code == 405


def test_docs_pages_render_in_both_languages_without_a_cdn(client):
    thai = client.get("/api/")
    english = client.get("/en/api/")
    swagger = client.get("/api/v1/docs/")

    assert "/api/v1/startups/" in thai.content.decode()
    assert "Open data API" in english.content.decode()
    assert swagger.status_code == 200
    assert "cdn" not in swagger.content.decode().lower()
    assert "/static/ninja/swagger-ui-bundle" in swagger.content.decode()
