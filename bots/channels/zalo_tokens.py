"""The Zalo token store: hands out the current access token and refreshes it single-flight.

Zalo's refresh tokens work once and rotate, so two processes that refresh with the same token
lose the grant: the loser's call fails and, worse, a process that saved nothing after Zalo
rotated leaves a dead token behind. Hence, for every refresh:

- the ZaloGrant row is locked (select_for_update; on SQLite the IMMEDIATE transaction takes
  the write lock at BEGIN) and re-read; if its version moved since the caller read it,
  someone else already refreshed and their tokens are used;
- the new tokens are committed before anyone uses them (the lock's transaction ends first);
- a refusal keeps the stored grant, records the error, tells staff once and raises
  CredentialError; a call that never got an answer raises RetryableError.

Sends and refreshes must not run inside a caller's transaction: the commit has to happen
when the lock is released, not whenever (or if ever) the caller commits. They refuse to.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from ..models import ZaloGrant
from . import zalo_oauth
from .base import ConfigurationError, CredentialError, RetryableError

logger = logging.getLogger(__name__)

#: Who may connect the OA and who hears about a broken grant.
PERMISSION = "bots.change_zalogrant"
#: A token this close to its expiry is refreshed before a send rather than after a refusal.
SEND_MARGIN = timedelta(seconds=60)
#: Zalo documents three months for a refresh token; kept only to warn staff in time.
REFRESH_TOKEN_LIFETIME = timedelta(days=90)
CHANNEL = "zalo"


def get_grant() -> ZaloGrant | None:
    """The stored grant of the configured app, if an administrator connected the OA."""
    if not settings.ZALO_APP_ID:
        return None
    return ZaloGrant.objects.filter(app_id=settings.ZALO_APP_ID).first()


def is_configured() -> bool:
    """The app credentials are set and the OA is connected: real sends are possible."""
    return bool(settings.ZALO_APP_ID and settings.ZALO_APP_SECRET) and get_grant() is not None


def not_connected_error() -> CredentialError:
    return CredentialError(
        gettext("The Zalo Official Account is not connected: connect it in the admin."),
        channel=CHANNEL,
    )


def in_callers_transaction() -> bool:
    """True inside a transaction someone else opened (the atomic blocks a test case wraps
    around each test roll back anyway and do not count)."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return False
    return not all(getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


def refuse_callers_transaction() -> None:
    """A refresh inside the caller's transaction would commit the rotated refresh token only
    with it, and lose it if it rolls back: the grant would be gone. Fail loudly instead."""
    if in_callers_transaction():
        raise ConfigurationError(
            gettext("Zalo sends and token refreshes must run outside a database transaction."),
            channel=CHANNEL,
        )


def access_token_for_send() -> tuple[str, int]:
    """The access token to send with and the grant version it belongs to.

    A token about to expire is refreshed first; the version lets a later refusal ask for a
    refresh of exactly that token (see `refresh_grant`).
    """
    refuse_callers_transaction()
    grant = get_grant()
    if grant is None:
        raise not_connected_error()
    if grant.expires_within(SEND_MARGIN):
        grant = refresh_grant(seen_version=grant.version)
    return grant.access_token, grant.version


def refresh_grant(*, seen_version: int | None = None, margin: timedelta | None = None) -> ZaloGrant:
    """Refresh the grant once, whoever else is trying at the same moment.

    `seen_version`: the version whose access token the caller found wanting; when the row has
    moved on, another process refreshed and its tokens are returned as they are.
    `margin`: refresh only when the access token expires within it (the scheduled job).
    Neither: refresh now (the admin's "refresh now").
    """
    refuse_callers_transaction()
    failure: zalo_oauth.OAuthError | None = None
    alert = False
    with transaction.atomic(durable=True):
        grant = ZaloGrant.objects.select_for_update().filter(app_id=settings.ZALO_APP_ID).first()
        if grant is None:
            raise not_connected_error()
        if seen_version is not None and grant.version != seen_version:
            return grant
        if margin is not None and not grant.expires_within(margin):
            return grant
        now = timezone.now()
        try:
            answer = zalo_oauth.refresh_tokens(grant.refresh_token)
        except zalo_oauth.OAuthError as error:
            failure = error
            grant.last_error = str(error)
            grant.last_error_at = now
            fields = ["last_error", "last_error_at"]
            if not error.transient and grant.alerted_at is None:
                grant.alerted_at = now
                fields.append("alerted_at")
                alert = True
            grant.save(update_fields=fields)
        else:
            _apply(grant, answer, now)
            grant.refreshed_at = now
            grant.save()
    # Committed: the rotated refresh token is safe before the new access token goes out.
    if failure is None:
        logger.info("Zalo access token refreshed (grant version %s).", grant.version)
        return grant
    if failure.transient:
        logger.warning("Zalo token refresh did not complete: %s", failure)
        raise RetryableError(
            gettext("Zalo could not renew the access token now: %(error)s") % {"error": failure},
            channel=CHANNEL,
            code=failure.code,
        ) from failure
    logger.error("Zalo refused to renew the access token: %s", failure)
    if alert:
        alert_staff(grant)
    raise CredentialError(
        gettext("Zalo refused to renew the access token: %(error)s") % {"error": failure},
        channel=CHANNEL,
        code=failure.code,
        raw=failure.raw,
    ) from failure


def refresh_if_due() -> ZaloGrant | None:
    """The scheduled renewal: refresh when less than ZALO_REFRESH_MARGIN_MINUTES remain."""
    if get_grant() is None:
        return None
    return refresh_grant(margin=timedelta(minutes=settings.ZALO_REFRESH_MARGIN_MINUTES))


def store_authorization(answer: zalo_oauth.TokenAnswer, *, oa_id: str = "", user=None) -> ZaloGrant:
    """Keep the first token pair of a (re)connection, replacing whatever grant was there."""
    refuse_callers_transaction()
    now = timezone.now()
    with transaction.atomic(durable=True):
        grant = ZaloGrant.objects.select_for_update().filter(app_id=settings.ZALO_APP_ID).first()
        if grant is None:
            grant = ZaloGrant(app_id=settings.ZALO_APP_ID)
        _apply(grant, answer, now)
        if oa_id:
            grant.oa_id = oa_id
        grant.connected_at = now
        grant.connected_by = user if getattr(user, "pk", None) else None
        grant.refreshed_at = None
        grant.save()
    return grant


def _apply(grant: ZaloGrant, answer: zalo_oauth.TokenAnswer, now) -> None:
    grant.access_token = answer.access_token
    grant.refresh_token = answer.refresh_token
    grant.access_expires_at = now + timedelta(seconds=answer.expires_in)
    grant.refresh_expires_at = now + REFRESH_TOKEN_LIFETIME
    grant.last_error = ""
    grant.last_error_at = None
    grant.alerted_at = None
    grant.version += 1


def alert_staff(grant: ZaloGrant) -> int:
    """Mail everyone who may reconnect the OA that Zalo messages have stopped.

    A mail failure is logged, never raised: the CredentialError that follows matters more.
    """
    # Permissions live in ModelBackend; the sign-in lockout backend in front of it has none.
    users = get_user_model().objects.with_perm(
        PERMISSION, include_superusers=True, backend="django.contrib.auth.backends.ModelBackend"
    )
    recipients = sorted({user.email for user in users if user.email})
    if not recipients:
        logger.error("No staff member with an e-mail address can reconnect Zalo.")
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Zalo messages have stopped: reconnect the Official Account")
        body = gettext(
            "Zalo refused to renew the portal's access token, so no Zalo message can be sent "
            "until an administrator connects the Official Account again.\n\n"
            "Error: %(error)s\nTime: %(time)s\n\n"
            "Open the admin, menu “Connect Zalo OA”, and press “Connect”: %(url)s"
        ) % {
            "error": grant.last_error,
            "time": timezone.localtime(grant.last_error_at).strftime("%d/%m/%Y %H:%M"),
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("zalo_connect:index"),
        }
    try:
        return send_mail(subject, body, None, recipients)
    except Exception:  # a broken SMTP server must not hide the token failure
        logger.exception("Could not mail staff about the Zalo token failure.")
        return 0
