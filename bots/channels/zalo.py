"""The Zalo channels: consultation messages to OA followers ("zalo", Open API v3.0) and ZNS
template messages to phone numbers ("zalo_zns"). Both send with the OA access token from the
token store and turn every documented Zalo error code into the channel error kinds.

Zalo answers HTTP 200 with `error` in the body; a non-zero `error` is a failure. A refusal
of the token itself (-216, -220, -124) refreshes the grant and sends once more, never twice.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import requests
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext

from . import zalo_tokens
from .base import (
    Channel,
    ChannelError,
    ConfigurationError,
    CredentialError,
    DeliveryResult,
    ErrorKind,
    Message,
    RecipientError,
    RetryableError,
    check_text,
)
from .outbox import OutboxChannel
from .registry import register_channel
from .zalo_oauth import timeouts

CONSULTATION = "zalo"
TEMPLATE = "zalo_zns"

#: Codes that mean "this access token is no good": refresh the grant, send once more.
REFRESH_CODES = frozenset({-216, -220, -124})

# Kinds per code, from Zalo's OA API error table and its ZNS error table.
# The two tables reuse some numbers (-100 is an expired attachment on the OA API, an unknown
# fault on ZNS), so each channel reads its own table over the shared one.
_R, _P, _C, _K = (
    ErrorKind.RETRYABLE,
    ErrorKind.RECIPIENT,
    ErrorKind.CREDENTIAL,
    ErrorKind.CONFIGURATION,
)
SHARED_CODES: dict[int, ErrorKind] = {
    -32: _R,  # the app's or OA's per-minute call limit
    -216: _C,  # access token invalid
    -220: _C,  # access token expired or removed
    -124: _C,  # access token invalid (ZNS)
    -223: _C,  # the OA never granted this API to our app: reconnect with the permission
    -242: _K,  # appsecret_proof does not match: the app secret setting is wrong
}
CONSULTATION_CODES: dict[int, ErrorKind] = {
    -100: _K,  # attachment expired
    -200: _R,  # send failed, no reason given
    -201: _K,  # a parameter is invalid (a user_id one is the recipient's, see classify)
    -204: _K,  # OA disabled
    -205: _K,  # OA does not exist
    -209: _K,  # API not supported: app not activated
    -210: _K,  # a parameter exceeds its limit (text too long)
    -211: _R,  # the feature's quota is used up for now
    -212: _K,  # the app has not registered this API
    -213: _P,  # not a follower
    -217: _P,  # the user blocked the OA
    -218: _P,  # the user's own receiving quota is used up
    -219: _K,  # app removed or disabled
    -221: _K,  # the OA must be verified
    -224: _K,  # the OA must upgrade its tier package
    -227: _P,  # user banned or inactive for more than 45 days
    -230: _P,  # no interaction in the past 7 days: outside the consultation window
    -232: _P,  # no interaction, or the last one has expired
    -233: _K,  # message type invalid or not supported
    -234: _R,  # not at night (promotion messages)
    -240: _K,  # the v2 message API is shut down
    -244: _P,  # the user restricted this message type from our OA
    -248: _K,  # violates Zalo's platform standards
    -320: _K,  # the app must be linked to a Zalo Cloud Account
    -321: _K,  # the Zalo Cloud Account is out of money
}
TEMPLATE_CODES: dict[int, ErrorKind] = {
    -100: _R,  # unknown fault, retry later
    -101: _K,  # application invalid
    -102: _K,  # application does not exist
    -103: _K,  # application not activated
    -104: _K,  # app secret key invalid
    -105: _K,  # application not linked to an OA
    -106: _K,  # method unsupported
    -107: _K,  # message id invalid
    -108: _P,  # phone number invalid
    -109: _K,  # template id invalid
    -110: _P,  # the recipient's Zalo version is too old
    -111: _K,  # template data empty
    -112: _K,  # template data invalid
    -1121: _K,  # a parameter is too long
    -1122: _K,  # a parameter is missing
    -1124: _K,  # a parameter has the wrong format
    -113: _K,  # button invalid
    -114: _P,  # the user cannot receive (inactive, refused ZNS, old app)
    -115: _K,  # ZNS balance insufficient
    -116: _K,  # text invalid
    -117: _K,  # no permission for this template
    -118: _P,  # no Zalo account for this phone
    -119: _P,  # the account cannot receive messages
    -125: _K,  # OA id invalid
    -126: _K,  # development-mode quota exhausted
    -127: _P,  # development mode: the recipient is not an administrator
    -131: _K,  # template not approved
    -133: _R,  # not at night
    -135: _K,  # the OA may not send ZNS
    -136: _K,  # a Zalo Cloud Account connection is required
    -137: _K,  # the Zalo Cloud Account could not be charged
    -139: _P,  # the user refused this type of ZNS
    -141: _P,  # the user refused ZNS from our OA
    -144: _R,  # the OA's daily ZNS limit is reached
    -146: _K,  # template disabled for low quality
    -147: _R,  # the template's daily limit is reached
}
ERROR_CLASSES: dict[ErrorKind, type[ChannelError]] = {
    _R: RetryableError,
    _P: RecipientError,
    _C: CredentialError,
    _K: ConfigurationError,
}
#: Per-minute call limits: wait for the next minute.
RATE_LIMIT_WAIT = 60.0
#: A feature quota used up "for now" (-211): Zalo gives no time, try again in an hour.
QUOTA_WAIT = 3600.0
NIGHT_CODES = frozenset({-133, -234})
DAILY_CODES = frozenset({-144, -147})
#: Zalo's night ends at 06:00, Vietnamese time.
NIGHT_ENDS_HOUR = 6
TRACKING_ID_MAX = 48
_PHONE_DIGITS = re.compile(r"\D+")


def error_code(payload: dict[str, Any]) -> int:
    """The `error` field as an int; 0 when absent (success answers may omit it)."""
    try:
        return int(payload.get("error") or 0)
    except (TypeError, ValueError):
        return -1


def classify(channel: str, payload: dict[str, Any], now: datetime | None = None) -> ChannelError:
    """The channel error for a Zalo answer whose `error` is not 0."""
    code = error_code(payload)
    table = CONSULTATION_CODES if channel == CONSULTATION else TEMPLATE_CODES
    # An unknown code is retried: the ledger's backoff gives up in time, and a channel-wide
    # stop for a code nobody has seen would be worse than a few repeats.
    kind = table.get(code) or SHARED_CODES.get(code) or _R
    text = str(payload.get("message") or payload.get("error_name") or "")
    if code == -201 and "user_id" in text.lower():
        kind = _P  # "user_id is invalid!": this recipient, not our request
    message = gettext("Zalo refused the message (%(code)s): %(text)s") % {
        "code": code,
        "text": text or gettext("no reason given"),
    }
    return ERROR_CLASSES[kind](
        message,
        channel=channel,
        code=code,
        retry_after=retry_after(code, now) if kind == _R else None,
        raw=payload,
    )


def retry_after(code: int, now: datetime | None = None) -> float | None:
    """Seconds to wait before sending again after a retryable code, when Zalo implies one."""
    if code in (-32,):
        return RATE_LIMIT_WAIT
    if code == -211:
        return QUOTA_WAIT
    local = timezone.localtime(now or timezone.now())
    if code in NIGHT_CODES:
        morning = local.replace(hour=NIGHT_ENDS_HOUR, minute=0, second=0, microsecond=0)
        if morning <= local:
            morning += timedelta(days=1)
        return (morning - local).total_seconds()
    if code in DAILY_CODES:
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        return (midnight - local).total_seconds()
    return None


def normalise_phone(phone: str) -> str:
    """A Vietnamese mobile in ZNS's 84… form, or RecipientError.

    Digits only (an international 00 dropped); a leading 0 becomes 84; a number without 84
    gets it (spreadsheets drop the 0); the result must be 84 followed by nine digits.
    """
    digits = _PHONE_DIGITS.sub("", phone or "")
    if digits.startswith("00"):
        digits = digits[2:]  # the international call prefix, as in 0084…
    if digits.startswith("0"):
        digits = "84" + digits[1:]
    elif not digits.startswith("84") or len(digits) == 9:
        digits = "84" + digits
    if len(digits) != 11 or digits[2] == "0":
        raise RecipientError(
            gettext("“%(phone)s” is not a Vietnamese mobile number.") % {"phone": phone},
            channel=TEMPLATE,
            code="phone",
        )
    return digits


def tracking_id(idempotency_key: str) -> str:
    """The key itself when Zalo's 48 characters hold it, else a stable digest of it."""
    if len(idempotency_key) <= TRACKING_ID_MAX:
        return idempotency_key
    return hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:TRACKING_ID_MAX]


class _ZaloChannel:
    name = ""
    max_length = 0

    def _post(self, url: str, body: dict[str, Any], access_token: str) -> dict[str, Any]:
        headers = {"access_token": access_token}
        if settings.ZALO_APPSECRET_PROOF:
            headers["appsecret_proof"] = hmac.new(
                settings.ZALO_APP_SECRET.encode("utf-8"),
                access_token.encode("utf-8"),
                hashlib.sha256,
            ).hexdigest()
        try:
            response = requests.post(url, json=body, headers=headers, timeout=timeouts())
        except requests.Timeout as error:
            raise RetryableError(
                gettext("Zalo did not answer in time."), channel=self.name
            ) from error
        except requests.RequestException as error:
            raise RetryableError(
                gettext("Zalo could not be reached: %(error)s") % {"error": error},
                channel=self.name,
            ) from error
        if response.status_code >= 500 or response.status_code == 429:
            raise RetryableError(
                gettext("Zalo answered HTTP %(status)s.") % {"status": response.status_code},
                channel=self.name,
                code=response.status_code,
            )
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            raise RetryableError(
                gettext("Zalo answered HTTP %(status)s without a JSON object.")
                % {"status": response.status_code},
                channel=self.name,
                code=response.status_code,
            )
        return payload

    def _send_with_refresh(self, call: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
        """Send; on a refused token refresh the grant (once, single-flight) and send again."""
        access_token, version = zalo_tokens.access_token_for_send()
        payload = call(access_token)
        if error_code(payload) in REFRESH_CODES:
            grant = zalo_tokens.refresh_grant(seen_version=version)
            payload = call(grant.access_token)
        if error_code(payload) != 0:
            raise classify(self.name, payload)
        return payload


class ZaloConsultationChannel(_ZaloChannel):
    """A consultation ("tin tư vấn") message to an OA follower by user id.

    Zalo delivers it only within 7 days of the follower's last interaction with the OA.
    """

    name = CONSULTATION
    max_length = 2000

    def send(self, message: Message) -> DeliveryResult:
        # Composed form (NFC), as Vietnamese text should travel; it is also what the limit counts.
        message = replace(
            message,
            recipient=(message.recipient or "").strip(),
            text=unicodedata.normalize("NFC", message.text or ""),
        )
        check_text(message, channel=self.name, max_length=self.max_length)
        user_id, text = message.recipient, message.text
        url = f"{settings.ZALO_OPENAPI_URL}/v3.0/oa/message/cs"
        body = {"recipient": {"user_id": user_id}, "message": {"text": text}}
        payload = self._send_with_refresh(lambda token: self._post(url, body, token))
        data = payload.get("data") or {}
        return DeliveryResult(self.name, str(data.get("message_id", "")), raw=payload)


class ZaloTemplateChannel(_ZaloChannel):
    """A ZNS template message to a phone number: an approved template with its parameters."""

    name = TEMPLATE
    # ZNS sends no free text (the approved template fixes it; parameters have their own
    # limits), so the text of a message never stands in the way.
    max_length = 100_000

    def send(self, message: Message) -> DeliveryResult:
        phone = normalise_phone(message.recipient)
        if not message.template_id:
            raise ConfigurationError(
                gettext("A Zalo template message needs a ZNS template ID."), channel=self.name
            )
        body: dict[str, Any] = {
            "phone": phone,
            "template_id": str(message.template_id),
            "template_data": {key: _param(value) for key, value in message.template_data.items()},
        }
        if message.idempotency_key:
            body["tracking_id"] = tracking_id(message.idempotency_key)
        if settings.ZALO_ZNS_DEVELOPMENT:
            body["mode"] = "development"
        url = f"{settings.ZALO_BUSINESS_API_URL}/message/template"
        payload = self._send_with_refresh(lambda token: self._post(url, body, token))
        data = payload.get("data") or {}
        return DeliveryResult(self.name, str(data.get("msg_id", "")), raw=payload)


def _param(value: Any) -> Any:
    """Template parameters as Zalo reads them: dates as dd/mm/yyyy, numbers and text as is."""
    if isinstance(value, datetime):
        return timezone.localtime(value).strftime("%d/%m/%Y %H:%M")
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return value


def register_zalo_channels(outbox_factory: Callable[[str], Channel] | None = None) -> None:
    """Register "zalo" and "zalo_zns": the real adapters once the app credentials are set and
    the OA is connected, otherwise the test outbox standing in for them (with the same text
    limit, so texts are checked alike). `outbox_factory(name)` replaces that stand-in.

    Decided at each `get_channel` call, so connecting the OA takes effect without a restart.
    """

    def stand_in(adapter: type[_ZaloChannel]) -> Channel:
        if outbox_factory is not None:
            return outbox_factory(adapter.name)
        return OutboxChannel(stands_in_for=adapter.name, max_length=adapter.max_length)

    def factory(adapter: type[_ZaloChannel]) -> Callable[[], Channel]:
        return lambda: adapter() if zalo_tokens.is_configured() else stand_in(adapter)

    register_channel(CONSULTATION, factory(ZaloConsultationChannel))
    register_channel(TEMPLATE, factory(ZaloTemplateChannel))
