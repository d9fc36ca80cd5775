"""Fixtures of the chat channel tests: a Zalo grant the loopback fake issued."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone


@pytest.fixture
def zalo_grant(fake_zalo):
    """A connected OA: the stored grant holds a token pair the fake issued, as after consent."""
    from bots.models import ZaloGrant

    access, refresh = fake_zalo.issue_tokens()
    return ZaloGrant.objects.create(
        app_id=fake_zalo.app_id,
        oa_id=fake_zalo.oa_id,
        access_token=access,
        refresh_token=refresh,
        access_expires_at=timezone.now() + timedelta(hours=25),
        refresh_expires_at=timezone.now() + timedelta(days=90),
        version=1,
    )
