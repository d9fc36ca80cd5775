"""A fake Zalo on 127.0.0.1: a real HTTP server that answers as the Zalo OA Open API v3.0,
ZNS template messages and OAuth v4 do (as Zalo documents them), so the adapters are tested
over the wire. Tests declare followers, templates and phones, inject faults and read back
every request. `serve()` runs it alone (python -m tests.fakes.zalo) for manual trials.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import random
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse
from zoneinfo import ZoneInfo

import requests

from bots.channels.zalo_signing import signature_header

CS_PATH = "/v3.0/oa/message/cs"
ZNS_PATH = "/message/template"
PERMISSION_PATH = "/v4/oa/permission"
TOKEN_PATH = "/v4/oa/access_token"
MESSAGE_PATHS = (CS_PATH, ZNS_PATH)
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

ACCESS_TTL = 90_000  # seconds: 25 hours
REFRESH_TTL = 90 * 86_400  # three months
CODE_TTL = 600  # an authorization code lives ten minutes
CS_WINDOW = 7 * 86_400  # consultation messages within 7 days of the last interaction
TEXT_LIMIT = 2000

FAULTS = (
    "server_error",  # HTTP 500 with an HTML page
    "slow",  # answer after `slow_seconds` (longer than the client's timeout)
    "timeout",  # lost on the way: no answer for `slow_seconds`, then 504, nothing done
    "rate_limit",  # -32, the per-minute call limit
    "invalid_token",  # -216 (-124 on ZNS)
    "expired_token",  # -220 (-124 on ZNS)
    "daily_quota",  # -144, the OA's daily ZNS limit
)


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    at: float

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, str]:
        return {key: values[-1] for key, values in parse_qs(self.body.decode()).items()}


@dataclass
class Fault:
    kind: str
    remaining: int
    paths: tuple[str, ...]
    answer: dict[str, Any] | None = None


@dataclass
class Sent:
    """A message the fake accepted."""

    path: str
    recipient: str
    message_id: str
    text: str = ""
    template_id: str = ""
    template_data: dict[str, Any] = field(default_factory=dict)
    tracking_id: str = ""


class FakeZalo:
    """The state of one fake Zalo app + Official Account, and its HTTP server."""

    def __init__(
        self,
        *,
        app_id: str = "2074138120372622546",
        app_secret: str = "fake-app-secret-key",
        oa_secret_key: str = "fake-oa-secret-key",
        oa_id: str = "388613280878808645",
        redirect_uri: str | None = None,
        daily_quota: int = 500,
        invalidate_replaced_access: bool = True,
        slow_seconds: float = 2.0,
        access_ttl: float = ACCESS_TTL,
        refresh_ttl: float = REFRESH_TTL,
    ) -> None:
        self.app_id = app_id
        self.app_secret = app_secret
        self.oa_secret_key = oa_secret_key
        self.oa_id = oa_id
        # The callback URL saved in the Zalo console; None accepts any.
        self.redirect_uri = redirect_uri
        self.daily_quota = daily_quota
        self.invalidate_replaced_access = invalidate_replaced_access
        self.slow_seconds = slow_seconds
        # Lifetimes of the tokens it issues, in seconds of the fake's clock.
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self.clock_offset = 0.0
        self.followers: dict[str, float] = {}
        self.blocked: set[str] = set()
        self.templates: dict[str, dict[str, int]] = {}
        self.admin_phones: set[str] = set()
        self.phones_without_zalo: set[str] = set()
        self.access_tokens: dict[str, dict[str, Any]] = {}
        self.refresh_tokens: dict[str, dict[str, Any]] = {}
        self.codes: dict[str, dict[str, Any]] = {}
        self.zns_sent_per_day: dict[str, int] = {}
        self.requests: list[RecordedRequest] = []
        self.sent: list[Sent] = []
        # Extra seconds before answering a path: widens races in concurrency tests.
        self.latency: dict[str, float] = {}
        self._faults: list[Fault] = []
        # (probability, fault kinds, seeded generator, paths) once fail_randomly is called.
        self._random_fault: tuple[float, tuple[str, ...], random.Random, tuple[str, ...]] | None = (
            None
        )
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- clock -----------------------------------------------------------------------------------

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move the fake's clock on: tokens, codes and interaction windows age."""
        self.clock_offset += seconds

    # --- what tests declare ----------------------------------------------------------------------

    def add_follower(self, user_id: str, *, days_since_interaction: float = 0) -> None:
        """A follower whose last interaction with the OA was that many days ago."""
        with self._lock:
            self.followers[str(user_id)] = self.now() - days_since_interaction * 86_400

    def add_template(self, template_id: str, params: dict[str, int] | Iterable[str]) -> None:
        """An approved ZNS template with its required parameters (name → max length)."""
        if not isinstance(params, dict):
            params = dict.fromkeys(params, 100)
        with self._lock:
            self.templates[str(template_id)] = dict(params)

    def issue_tokens(self) -> tuple[str, str]:
        """A fresh access/refresh pair, as a consent would give, for seeding a stored grant."""
        with self._lock:
            return self._issue()

    def expire_access_tokens(self) -> None:
        """Every access token issued so far expires now (Zalo answers -220)."""
        with self._lock:
            for token in self.access_tokens.values():
                token["expires"] = min(token["expires"], self.now() - 1)

    def fail_next(self, kind: str, count: int = 1, paths: Iterable[str] = MESSAGE_PATHS) -> None:
        """The next `count` requests to `paths` get fault `kind` (see FAULTS)."""
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}")
        with self._lock:
            self._faults.append(Fault(kind, count, tuple(paths)))

    def answer_next(
        self,
        code: int,
        message: str = "",
        count: int = 1,
        paths: Iterable[str] = MESSAGE_PATHS,
        *,
        payload: dict[str, Any] | None = None,
    ) -> None:
        """The next `count` requests to `paths` get Zalo's HTTP 200 error body with `code`
        (or exactly `payload`, for answers Zalo is not documented to give but might)."""
        answer = payload if payload is not None else _error(code, message or f"Error {code}")
        with self._lock:
            self._faults.append(Fault("answer", count, tuple(paths), answer))

    def fail_randomly(
        self,
        probability: float,
        kinds: Iterable[str] = ("server_error", "rate_limit"),
        *,
        seed: int = 0,
        paths: Iterable[str] = MESSAGE_PATHS,
    ) -> None:
        """Each request to `paths` fails with `probability`, a seeded pick among `kinds`."""
        kinds = tuple(kinds)
        if any(kind not in FAULTS for kind in kinds):
            raise ValueError(f"unknown fault in {kinds!r}")
        with self._lock:
            self._random_fault = (probability, kinds, random.Random(seed), tuple(paths))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self._random_fault = None

    # --- what tests read back --------------------------------------------------------------------

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [request for request in self.requests if request.path == path]

    def refresh_calls(self) -> list[RecordedRequest]:
        return [
            request
            for request in self.requests_to(TOKEN_PATH)
            if request.form().get("grant_type") == "refresh_token"
        ]

    def valid_refresh_tokens(self) -> list[str]:
        """Refresh tokens that would still work: after a clean rotation, exactly one."""
        now = self.now()
        with self._lock:
            return [
                token
                for token, state in self.refresh_tokens.items()
                if not state["used"] and state["expires"] > now
            ]

    def access_token_state(self, token: str) -> str:
        """ "valid", "expired", "revoked" or "unknown"."""
        with self._lock:
            state = self.access_tokens.get(token)
            if state is None:
                return "unknown"
            if state["revoked"]:
                return "revoked"
            return "valid" if state["expires"] > self.now() else "expired"

    # --- webhooks --------------------------------------------------------------------------------

    def webhook_event(self, event_name: str, user_id: str, text: str = "") -> dict[str, Any]:
        """The JSON body Zalo posts for `event_name` (follow, unfollow, user_send_text…)."""
        timestamp = str(int(self.now() * 1000))
        if event_name in ("follow", "unfollow"):
            return {
                "oa_id": self.oa_id,
                "follower": {"id": str(user_id)},
                "user_id_by_app": _app_scoped(user_id),
                "event_name": event_name,
                "source": "oa_profile",
                "app_id": self.app_id,
                "timestamp": timestamp,
            }
        return {
            "app_id": self.app_id,
            "sender": {"id": str(user_id)},
            "recipient": {"id": self.oa_id},
            "user_id_by_app": _app_scoped(user_id),
            "event_name": event_name,
            "message": {"text": text, "msg_id": secrets.token_hex(10)},
            "timestamp": timestamp,
        }

    def deliver_webhook(
        self,
        url: str,
        event_name: str,
        user_id: str,
        text: str = "",
        *,
        signature: str | None = None,
        retry: int = 0,
    ) -> requests.Response:
        """POST a signed event to `url` as Zalo does; the event counts as an interaction.

        `signature` replaces the computed header (to test a forged one); `retry` sets the
        num_retry header Zalo adds to re-sent events.
        """
        event = self.webhook_event(event_name, user_id, text)
        body = json.dumps(event, ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "X-ZEvent-Signature": signature
            if signature is not None
            else signature_header(self.app_id, body, event["timestamp"], self.oa_secret_key),
        }
        if retry:
            headers["num_retry"] = str(retry)
        with self._lock:
            if event_name == "unfollow":
                self.followers.pop(str(user_id), None)
            elif event_name == "follow" or event_name.startswith("user_"):
                self.followers[str(user_id)] = self.now()
        return requests.post(url, data=body, headers=headers, timeout=5)

    # --- server ----------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None, "the fake is not running"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeZalo:
        self._server = ThreadingHTTPServer((host, port), _Handler)
        self._server.daemon_threads = True
        self._server.fake = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __enter__(self) -> FakeZalo:
        return self.start() if self._server is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # --- internals -------------------------------------------------------------------------------

    def _issue(self) -> tuple[str, str]:
        now = self.now()
        access = secrets.token_urlsafe(36)
        refresh = secrets.token_urlsafe(36)
        self.access_tokens[access] = {"expires": now + self.access_ttl, "revoked": False}
        self.refresh_tokens[refresh] = {"expires": now + self.refresh_ttl, "used": False}
        return access, refresh

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if path in fault.paths and fault.remaining > 0:
                    fault.remaining -= 1
                    return fault
            if self._random_fault is not None:
                probability, kinds, rng, paths = self._random_fault
                if path in paths and rng.random() < probability:
                    return Fault(rng.choice(kinds), 0, paths)
        return None

    def _token_error(self, token: str | None, path: str) -> dict[str, Any] | None:
        state = self.access_tokens.get(token or "")
        zns = path == ZNS_PATH
        if state is None or state["revoked"]:
            return (
                _error(-124, "Access token invalid")
                if zns
                else _error(-216, "Access token is invalid")
            )
        if state["expires"] <= self.now():
            return (
                _error(-124, "Access token invalid")
                if zns
                else _error(-220, "access_token is expired or removed")
            )
        return None


def _error(code: int, message: str) -> dict[str, Any]:
    return {"error": code, "message": message}


def _oauth_error(code: int, name: str, reason: str) -> dict[str, Any]:
    return {
        "error": code,
        "error_name": name,
        "error_reason": reason,
        "error_description": reason,
        "ref_doc": "https://developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new",
    }


def _app_scoped(user_id: str) -> str:
    return str(int(hashlib.sha256(str(user_id).encode()).hexdigest()[:15], 16))


def _fake_phone(phone: str) -> str | None:
    """Zalo's ZNS rule: 84…, 0… or the bare number; a Vietnamese mobile is 84 + 9 digits."""
    digits = "".join(ch for ch in str(phone or "") if ch.isdigit())
    if str(phone or "").strip().lstrip("+").replace(" ", "") != digits:
        return None  # ZNS takes digits only (a leading + at most)
    if digits.startswith("0"):
        digits = "84" + digits[1:]
    elif not digits.startswith("84") or len(digits) == 9:
        digits = "84" + digits
    if len(digits) != 11 or digits[2] == "0":
        return None
    return digits


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeZalo/1.0"
    protocol_version = "HTTP/1.1"

    @property
    def fake(self) -> FakeZalo:
        return self.server.fake  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        parsed = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        record = RecordedRequest(
            method,
            parsed.path,
            query,
            {key.lower(): value for key, value in self.headers.items()},
            body,
            self.fake.now(),
        )
        with self.fake._lock:
            self.fake.requests.append(record)
        delay = self.fake.latency.get(parsed.path, 0)
        if delay:
            time.sleep(delay)
        fault = self._apply_fault(parsed.path)
        if fault is not None:
            return
        routes = {
            ("POST", CS_PATH): self._consultation,
            ("POST", ZNS_PATH): self._template,
            ("GET", PERMISSION_PATH): self._permission,
            ("POST", TOKEN_PATH): self._access_token,
        }
        handler = routes.get((method, parsed.path))
        if handler is None:
            self._json({"error": -209, "message": "Not supported this api"}, status=404)
            return
        handler(record)

    def _apply_fault(self, path: str) -> str | None:
        fault = self.fake._take_fault(path)
        kind = fault.kind if fault is not None else None
        if fault is not None and fault.answer is not None:
            self._json(fault.answer)
            return kind
        if kind is None or kind == "slow":
            if kind == "slow":
                time.sleep(self.fake.slow_seconds)
            return None  # a slow reply still does the work, as a real late answer would
        if kind == "timeout":
            time.sleep(self.fake.slow_seconds)
            self._send(504, b"<html><body><h1>504 Gateway Time-out</h1></body></html>", "text/html")
        elif kind == "server_error":
            page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            self._send(500, page, "text/html")
        elif kind == "rate_limit":
            self._json(_error(-32, "Your application reached limit call api"))
        elif kind == "invalid_token":
            self._json(
                _error(-124, "Access token invalid")
                if path == ZNS_PATH
                else _error(-216, "Access token is invalid")
            )
        elif kind == "expired_token":
            self._json(
                _error(-124, "Access token invalid")
                if path == ZNS_PATH
                else _error(-220, "access_token is expired or removed")
            )
        elif kind == "daily_quota":
            self._json(_error(-144, "OA has exceeded the daily ZNS limit"))
        return kind

    # --- OA consultation message -----------------------------------------------------------------

    def _authorise(self, record: RecordedRequest) -> bool:
        fake = self.fake
        token = record.headers.get("access_token")
        with fake._lock:
            refusal = fake._token_error(token, record.path)
        if refusal is None:
            proof = record.headers.get("appsecret_proof")
            if proof is not None:
                expected = hmac.new(
                    fake.app_secret.encode(), (token or "").encode(), hashlib.sha256
                ).hexdigest()
                if not hmac.compare_digest(proof, expected):
                    refusal = _error(-242, "Invalid appsecret_proof provided in the API argument")
        if refusal is not None:
            self._json(refusal)
            return False
        return True

    def _consultation(self, record: RecordedRequest) -> None:
        fake = self.fake
        if not self._authorise(record):
            return
        try:
            payload = record.json()
            user_id = str(payload["recipient"]["user_id"])
            text = payload["message"]["text"]
        except (ValueError, KeyError, TypeError):
            self._json(_error(-201, "user_id is invalid!"))
            return
        if not isinstance(text, str) or not text:
            self._json(_error(-201, "text is invalid!"))
            return
        if len(text) > TEXT_LIMIT:
            self._json(_error(-210, "Parameter exceeds allowable limit"))
            return
        with fake._lock:
            if user_id in fake.blocked:
                self._json(_error(-217, "User has blocked invitation from OA"))
                return
            last = fake.followers.get(user_id)
            if last is None:
                self._json(_error(-213, "User has not followed OA"))
                return
            if fake.now() - last > CS_WINDOW:
                self._json(_error(-230, "User has not interacted with the OA in the past 7 days"))
                return
            message_id = secrets.token_hex(10)
            fake.sent.append(Sent(record.path, user_id, message_id, text=text))
        self._json(
            {
                "data": {
                    "message_id": message_id,
                    "user_id": user_id,
                    "sent_time": str(int(fake.now() * 1000)),
                },
                "error": 0,
                "message": "Success",
            }
        )

    # --- ZNS template message --------------------------------------------------------------------

    def _template(self, record: RecordedRequest) -> None:
        fake = self.fake
        if not self._authorise(record):
            return
        try:
            payload = record.json()
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            self._json(_error(-112, "Template data invalid"))
            return
        phone = _fake_phone(payload.get("phone", ""))
        if phone is None:
            self._json(_error(-108, "Phone number invalid"))
            return
        template_id = str(payload.get("template_id", ""))
        params = fake.templates.get(template_id)
        if params is None:
            self._json(_error(-109, "Template ID invalid"))
            return
        data = payload.get("template_data")
        if params and not data:
            self._json(_error(-111, "Template data empty"))
            return
        if not isinstance(data, dict):
            data = {}
        for name, limit in params.items():
            if name not in data or data[name] in ("", None):
                self._json(_error(-1122, f"Template data invalid: missing parameter {name}"))
                return
            if len(str(data[name])) > limit:
                self._json(_error(-1121, f"Template data invalid: {name} is too long"))
                return
        tracking = str(payload.get("tracking_id") or "")
        if len(tracking) > 48:
            self._json(_error(-201, "tracking_id is invalid!"))
            return
        with fake._lock:
            if payload.get("mode") == "development" and phone not in fake.admin_phones:
                self._json(_error(-127, "Template test can only be sent to administrators"))
                return
            if phone in fake.phones_without_zalo:
                self._json(_error(-118, "Zalo account not existed"))
                return
            day = datetime.fromtimestamp(fake.now(), UTC).astimezone(VIETNAM).date().isoformat()
            used = fake.zns_sent_per_day.get(day, 0)
            if used >= fake.daily_quota:
                self._json(_error(-144, "OA has exceeded the daily ZNS limit"))
                return
            fake.zns_sent_per_day[day] = used + 1
            msg_id = secrets.token_hex(10)
            fake.sent.append(
                Sent(
                    record.path,
                    phone,
                    msg_id,
                    template_id=template_id,
                    template_data=data,
                    tracking_id=tracking,
                )
            )
            remaining = fake.daily_quota - used - 1
        self._json(
            {
                "error": 0,
                "message": "Success",
                "data": {
                    "msg_id": msg_id,
                    "sent_time": str(int(fake.now() * 1000)),
                    "sending_mode": str(payload.get("sending_mode") or "1"),
                    "quota": {
                        "dailyQuota": str(fake.daily_quota),
                        "remainingQuota": str(remaining),
                    },
                },
            }
        )

    # --- OAuth v4 --------------------------------------------------------------------------------

    def _permission(self, record: RecordedRequest) -> None:
        """The consent page, with the OA administrator agreeing at once: redirect back."""
        fake = self.fake
        query = record.query
        if query.get("app_id") != fake.app_id:
            self._json(_oauth_error(-14002, "Invalid appId", "App is not active"))
            return
        redirect_uri = query.get("redirect_uri", "")
        if not redirect_uri or (fake.redirect_uri and redirect_uri != fake.redirect_uri):
            self._json(_oauth_error(-14003, "Invalid redirect uri", "Invalid redirect uri"))
            return
        challenge = query.get("code_challenge", "")
        if not challenge:
            self._json(_oauth_error(-14019, "Invalid code challenge", "code_challenge missing"))
            return
        code = secrets.token_urlsafe(32)
        with fake._lock:
            fake.codes[code] = {
                "challenge": challenge,
                "expires": fake.now() + CODE_TTL,
                "used": False,
            }
        target = redirect_uri + ("&" if "?" in redirect_uri else "?")
        target += urlencode({"code": code, "oa_id": fake.oa_id, "state": query.get("state", "")})
        self._send(302, b"", "text/plain", {"Location": target})

    def _access_token(self, record: RecordedRequest) -> None:
        fake = self.fake
        if not record.headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"
        ):
            self._json(_oauth_error(-14001, "Invalid request", "form-encoded body expected"))
            return
        form = record.form()
        if record.headers.get("secret_key") != fake.app_secret:
            self._json(_oauth_error(-14004, "Invalid secret key", "secret_key is invalid"))
            return
        if form.get("app_id") != fake.app_id:
            self._json(_oauth_error(-14002, "Invalid appId", "App is not active"))
            return
        grant_type = form.get("grant_type")
        with fake._lock:
            if grant_type == "authorization_code":
                answer = self._exchange_code(form)
            elif grant_type == "refresh_token":
                answer = self._rotate(form)
            else:
                answer = _oauth_error(-14001, "Invalid request", "grant_type is invalid")
        self._json(answer)

    def _exchange_code(self, form: dict[str, str]) -> dict[str, Any]:
        fake = self.fake
        state = fake.codes.get(form.get("code", ""))
        if state is None or state["used"] or state["expires"] <= fake.now():
            return _oauth_error(-14005, "Invalid code", "The authorization code is invalid")
        verifier = form.get("code_verifier", "")
        digest = hashlib.sha256(verifier.encode()).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != state["challenge"]:
            return _oauth_error(-14006, "Invalid code verifier", "code_verifier does not match")
        state["used"] = True
        access, refresh = fake._issue()
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": str(int(fake.access_ttl)),
        }

    def _rotate(self, form: dict[str, str]) -> dict[str, Any]:
        fake = self.fake
        state = fake.refresh_tokens.get(form.get("refresh_token", ""))
        if state is None or state["used"] or state["expires"] <= fake.now():
            # Zalo documents no code for this; the client must not depend on one.
            return _oauth_error(-14014, "Invalid refresh token", "Refresh token is invalid")
        state["used"] = True
        if fake.invalidate_replaced_access:
            for token in fake.access_tokens.values():
                token["revoked"] = True
        access, refresh = fake._issue()
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": str(int(fake.access_ttl)),
        }

    # --- replies ---------------------------------------------------------------------------------

    def _json(self, payload: dict[str, Any], status: int = 200) -> None:
        headers = {"X-RateLimit-Limit": "4000", "X-RateLimit-Remain": "3999"}
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8", headers)

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout): nothing left to answer


def serve(host: str = "127.0.0.1", port: int = 8091, **options: Any) -> FakeZalo:
    """Start a fake Zalo in a background thread and return it (stop() ends it)."""
    return FakeZalo(**options).start(host, port)


def main() -> None:
    parser = argparse.ArgumentParser(description="Run a fake Zalo (OA API, ZNS, OAuth v4).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8091)
    parser.add_argument("--follower", action="append", default=[], help="a follower's user id")
    parser.add_argument(
        "--template",
        action="append",
        default=[],
        help="template_id=param1,param2 (an approved ZNS template and its parameters)",
    )
    args = parser.parse_args()
    fake = serve(args.host, args.port)
    for user_id in args.follower:
        fake.add_follower(user_id)
    for spec in args.template:
        template_id, _, params = spec.partition("=")
        fake.add_template(template_id, [name for name in params.split(",") if name])
    print(f"ZALO_OPENAPI_URL={fake.url}")
    print(f"ZALO_BUSINESS_API_URL={fake.url}")
    print(f"ZALO_OAUTH_URL={fake.url}")
    print(f"ZALO_APP_ID={fake.app_id}")
    print(f"ZALO_APP_SECRET={fake.app_secret}")
    print(f"ZALO_OA_SECRET_KEY={fake.oa_secret_key}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
