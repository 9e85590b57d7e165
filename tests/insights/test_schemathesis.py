"""Property-based run over the OpenAPI document: no 5xx, no response that breaks its schema.

Real HTTP against pytest-django's live server. Bounded (a dozen examples per endpoint, no
deadline) so the file runs in seconds; the database holds one public item of each kind so
the item endpoints are reached too.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from insights.api import api
from startups.enums import Status
from tests.factories import ResourceFactory, SpaceFactory, StartupFactory, member
from tests.factories.events import EventFactory

schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/v1/"))


@pytest.fixture
def public_data(transactional_db, settings):
    settings.API_ANON_RATE = "100000/m"
    StartupFactory(slug="khao-hom", status=Status.APPROVED, founder=member())
    EventFactory(slug="brainstorm")
    ResourceFactory(space=SpaceFactory())


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_answers_every_generated_request_within_its_schema(case, public_data, live_server):
    case.call_and_validate(
        base_url=live_server.url,
        checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
    )
