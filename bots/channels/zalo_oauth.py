"""Zalo OAuth v4 for Official Accounts: the consent URL with PKCE, the code exchange and the
refresh call. Talks HTTP only; storing what comes back is the token store's job
(zalo_tokens), so the rotation rules live in one place."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests
from django.conf import settings
from django.utils.translation import gettext

#: The lifetime Zalo documents for an access token (25 hours); used only when an answer
#: carries tokens but no readable `expires_in`, because dropping rotated tokens loses the grant.
DEFAULT_EXPIRES_IN = 90_000


def timeouts() -> tuple[float, float]:
    """(connect, read) seconds for every call to Zalo."""
    return (float(settings.ZALO_CONNECT_TIMEOUT), float(settings.ZALO_READ_TIMEOUT))


@dataclass(frozen=True)
class TokenAnswer:
    access_token: str
    refresh_token: str
    expires_in: int


class OAuthError(Exception):
    """The token endpoint did not hand out tokens.

    `transient` is True when the answer never arrived or was a server fault (the stored grant
    is probably still good, try again later); False when Zalo answered with a refusal.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | str | None = None,
        transient: bool = False,
        raw: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.transient = transient
        self.raw = raw or {}


def new_code_verifier() -> str:
    """A PKCE verifier: 43 URL-safe characters, as Zalo's SDKs make them."""
    return secrets.token_urlsafe(32)


def code_challenge(verifier: str) -> str:
    """The S256 challenge: unpadded base64url of the verifier's SHA-256."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(redirect_uri: str, challenge: str, state: str) -> str:
    """Where an OA administrator grants our app access to the Official Account."""
    query = urlencode(
        {
            "app_id": settings.ZALO_APP_ID,
            "redirect_uri": redirect_uri,
            "code_challenge": challenge,
            "state": state,
        }
    )
    return f"{settings.ZALO_OAUTH_URL}/v4/oa/permission?{query}"


def exchange_code(code: str, code_verifier: str) -> TokenAnswer:
    """Trade the authorization code of the consent redirect for the first token pair."""
    return _token_request(
        {
            "code": code,
            "app_id": settings.ZALO_APP_ID,
            "grant_type": "authorization_code",
            "code_verifier": code_verifier,
        }
    )


def refresh_tokens(refresh_token: str) -> TokenAnswer:
    """Spend `refresh_token` (single-use) for a new access token and a new refresh token."""
    return _token_request(
        {
            "refresh_token": refresh_token,
            "app_id": settings.ZALO_APP_ID,
            "grant_type": "refresh_token",
        }
    )


def _token_request(form: dict[str, str]) -> TokenAnswer:
    url = f"{settings.ZALO_OAUTH_URL}/v4/oa/access_token"
    try:
        response = requests.post(
            url,
            data=form,
            headers={"secret_key": settings.ZALO_APP_SECRET},
            timeout=timeouts(),
        )
    except requests.Timeout as error:
        raise OAuthError(
            gettext("Zalo OAuth did not answer in time: %(error)s") % {"error": error},
            transient=True,
        ) from error
    except requests.RequestException as error:
        raise OAuthError(
            gettext("Zalo OAuth could not be reached: %(error)s") % {"error": error},
            transient=True,
        ) from error
    if response.status_code >= 500:
        raise OAuthError(
            gettext("Zalo OAuth answered HTTP %(status)s.") % {"status": response.status_code},
            code=response.status_code,
            transient=True,
        )
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        raise OAuthError(
            gettext("Zalo OAuth answered HTTP %(status)s without a JSON object.")
            % {"status": response.status_code},
            code=response.status_code,
            transient=True,
        )
    access_token = payload.get("access_token")
    refresh_token = payload.get("refresh_token")
    if not access_token or not refresh_token:
        # Zalo documents no code for "refresh token used or expired": any answer without
        # both tokens is a refusal, whatever its code.
        code = payload.get("error")
        reason = (
            payload.get("error_description")
            or payload.get("error_reason")
            or payload.get("error_name")
            or payload.get("message")
            or gettext("the answer holds no access token")
        )
        if code is None:
            message = gettext("Zalo OAuth refused: %(reason)s") % {"reason": reason}
        else:
            message = gettext("Zalo OAuth refused (%(code)s): %(reason)s") % {
                "code": code,
                "reason": reason,
            }
        raise OAuthError(message, code=code, raw=payload)
    try:
        expires_in = int(payload.get("expires_in"))
    except (TypeError, ValueError):
        expires_in = DEFAULT_EXPIRES_IN
    return TokenAnswer(str(access_token), str(refresh_token), max(expires_in, 0))
