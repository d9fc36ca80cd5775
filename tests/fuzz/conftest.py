"""The fuzz runs: how many generated requests each target gets, and a count of what was sent.

`FUZZ_EXAMPLES` sets the examples per target (a small, fixed sample by default, for CI);
`bin/fuzz` runs the big sample (README: "Fuzzing"). The count is printed at the end of the run.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

#: Generated requests per target: a small sample in CI, `bin/fuzz` asks for far more.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES") or 3)
#: A fixed sample unless a big run asks for new ones (FUZZ_EXAMPLES set).
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize="FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SENT: Counter[str] = Counter()


def count(response_status: int) -> None:
    SENT["requests"] += 1
    if response_status >= 500:
        SENT["server errors"] += 1
    if SENT["requests"] % 1000 == 0:  # shown with -s (bin/fuzz): a long run shows progress
        print(f"\nfuzz: {SENT['requests']} requests so far", flush=True)


def pytest_terminal_summary(terminalreporter) -> None:
    if SENT:
        terminalreporter.write_line(
            f"fuzz: {SENT['requests']} generated requests, {SENT['server errors']} answered ≥ 500"
        )


@pytest.fixture
def no_connection_close():
    """Django's test client keeps the test's database connection open across requests; a
    request through the bare WSGI handler (schemathesis) would close it at request_finished."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
