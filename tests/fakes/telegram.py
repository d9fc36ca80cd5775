"""A fake Telegram Bot API server on 127.0.0.1: a real HTTP server (stdlib, one thread per
request) that answers like api.telegram.org, so the adapter is tested on the wire.

It keeps chats (known, blocked, deactivated), numbers messages per chat, holds incoming
updates for getUpdates (long poll), remembers the webhook, applies the flood limits when
asked, injects faults, and records every request. Stdlib only, so a development command can
run it outside pytest (`serve`).
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import math
import random
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

DEFAULT_TOKEN = "123456:TEST-fake-telegram-token_0123456789"
MAX_TEXT_LENGTH = 4096
SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
WEBHOOK_PORTS = {80, 88, 443, 8443}

# Parameters that arrive as strings in form bodies but mean numbers, flags or JSON.
INT_PARAMS = {"offset", "limit", "timeout", "max_connections", "message_thread_id"}
BOOL_PARAMS = {"disable_notification", "protect_content", "drop_pending_updates"}
JSON_PARAMS = {
    "reply_markup",
    "allowed_updates",
    "link_preview_options",
    "reply_parameters",
    "entities",
}

# What an injected fault answers: (HTTP status = error_code, description).
FAULTS = {
    "blocked": (403, "Forbidden: bot was blocked by the user"),
    "deactivated": (403, "Forbidden: user is deactivated"),
    "cant_initiate": (403, "Forbidden: bot can't initiate conversation with a user"),
    "chat_not_found": (400, "Bad Request: chat not found"),
    "text_empty": (400, "Bad Request: message text is empty"),
    "unauthorized": (401, "Unauthorized: invalid token specified"),
    "server_error": (500, "Internal Server Error"),
    "bad_gateway": (502, "Bad Gateway"),
}


@dataclass
class RecordedRequest:
    """One request as the fake received it."""

    http_method: str
    path: str
    method: str  # Bot API method name, "" when the path named none
    params: dict[str, Any]
    content_type: str
    time: float
    status: int = 0


@dataclass
class Fault:
    kind: str  # a FAULTS key, "retry_after", "slow" or "timeout"
    retry_after: int = 1
    delay_ms: int = 0
    methods: frozenset[str] = frozenset()  # empty: every method

    def applies_to(self, method: str) -> bool:
        return not self.methods or method.lower() in self.methods


@dataclass
class Chat:
    id: int
    first_name: str = "Doanh nghiệp"
    type: str = "private"
    username: str = ""
    blocked: bool = False
    deactivated: bool = False
    migrated_to: int = 0  # a group upgraded to this supergroup
    last_message_id: int = 0

    def as_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.type == "private":
            data["first_name"] = self.first_name
        else:
            data["title"] = self.first_name
        if self.username:
            data["username"] = self.username
        return data


class Bucket:
    """Token bucket: `capacity` sends at once, refilled at `rate` per second."""

    def __init__(self, capacity: float, rate: float) -> None:
        self.capacity = capacity
        self.rate = rate
        self.tokens = capacity
        self.stamp = time.monotonic()

    def take(self) -> float:
        """0 when a send may go now, else the seconds until it may."""
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


class FakeTelegram:
    """The fake's state and its controls for tests. Thread-safe: the server answers each
    request in its own thread."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_id: int = 7000000001,
        username: str = "spcncl_test_bot",
        first_name: str = "SPCNCL Hà Nội",
    ) -> None:
        self.token = token
        self.bot = {
            "id": bot_id,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.requests: list[RecordedRequest] = []
        self.chats: dict[int, Chat] = {}
        self.sent: list[dict[str, Any]] = []  # every Message the bot sent, as returned
        self.webhook: dict[str, Any] = {}
        self.rate_limits = False
        self.latency_ms = 0  # every answer waits this long, like a far-away API
        self.chat_burst = 3  # messages a private chat may take at once, then 1/s
        self.overall_per_second = 30
        self.group_per_minute = 20
        self._faults: list[Fault] = []
        self._random_fault: tuple[float, tuple[Fault, ...], random.Random] | None = None
        self.hang_seconds = 3.0  # how long a "timeout" fault keeps the client waiting
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 100000
        self._lock = threading.Lock()
        self._updates_ready = threading.Condition(self._lock)
        self._buckets: dict[Any, Bucket] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False

    # --- running -------------------------------------------------------------------------

    def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeTelegram:
        fake = self

        class Handler(TelegramRequestHandler):
            state = fake

        self._stopping = False
        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-telegram", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._updates_ready:
            self._stopping = True  # ends pending long polls now, not at their timeout
            self._updates_ready.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def url(self) -> str:
        """The value for TELEGRAM_API_URL."""
        assert self._server is not None, "start() the fake first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeTelegram:
        return self.start() if self._server is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- test controls -----------------------------------------------------------------

    def add_chat(self, chat_id: int, first_name: str = "Doanh nghiệp", **fields: Any) -> Chat:
        """A chat that has started the bot (only those can be written to)."""
        with self._lock:
            chat = self.chats.get(chat_id) or Chat(id=chat_id, first_name=first_name, **fields)
            self.chats[chat_id] = chat
            return chat

    def block(self, chat_id: int) -> None:
        self.add_chat(chat_id).blocked = True

    def deactivate(self, chat_id: int) -> None:
        self.add_chat(chat_id).deactivated = True

    def migrate(self, chat_id: int, new_chat_id: int) -> None:
        """A group upgraded to a supergroup: sends to the old id point to the new one."""
        self.add_chat(chat_id, type="group").migrated_to = new_chat_id
        self.add_chat(new_chat_id, type="supergroup")

    def fail_next(
        self,
        kind: str,
        count: int = 1,
        *,
        retry_after: int = 1,
        delay_ms: int = 0,
        methods: tuple[str, ...] = (),
    ) -> None:
        """The next `count` requests (of `methods`, default any) fail with `kind`: a FAULTS
        key, "retry_after" (429), "slow" (answered normally after `delay_ms`) or "timeout"
        (lost on the way: no answer for `hang_seconds`, nothing done)."""
        fault = self._fault(kind, retry_after, delay_ms, methods)
        with self._lock:
            self._faults.extend([fault] * count)

    def fail_randomly(
        self,
        probability: float,
        kinds: str | Iterable[str],
        *,
        seed: int = 0,
        retry_after: int = 1,
        delay_ms: int = 0,
        methods: tuple[str, ...] = (),
    ) -> None:
        """Each request (of `methods`) fails at `probability` with a seeded pick among `kinds`
        (repeat a kind to weight it); seeded, so a test sees the same sequence every run.
        Probability 0 switches it off."""
        kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
        faults = tuple(self._fault(kind, retry_after, delay_ms, methods) for kind in kinds)
        with self._lock:
            self._random_fault = (
                (probability, faults, random.Random(seed)) if probability > 0 else None
            )

    @staticmethod
    def _fault(kind: str, retry_after: int, delay_ms: int, methods: tuple[str, ...]) -> Fault:
        if kind not in FAULTS and kind not in {"retry_after", "slow", "timeout"}:
            raise ValueError(f"unknown fault {kind!r}")
        return Fault(kind, retry_after, delay_ms, frozenset(m.lower() for m in methods))

    def enqueue_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """An incoming update for getUpdates; `update_id` is assigned when missing."""
        with self._updates_ready:
            if "update_id" not in update:
                update = {"update_id": self._next_update_id, **update}
            self._next_update_id = max(self._next_update_id, update["update_id"]) + 1
            self._updates.append(update)
            self._updates_ready.notify_all()
            return update

    def incoming_message(self, chat_id: int, text: str, first_name: str = "An") -> dict:
        """A user writes to the bot (commands carry the bot_command entity PTB needs)."""
        chat = self.add_chat(chat_id, first_name)
        with self._lock:
            chat.last_message_id += 1
            message_id = chat.last_message_id
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "from": {"id": chat_id, "is_bot": False, "first_name": first_name},
            "chat": chat.as_api(),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"offset": 0, "length": len(command), "type": "bot_command"}]
        return self.enqueue_update({"message": message})

    def calls(self, method: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method.lower() == method.lower()]

    def messages_to(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self.sent if m["chat"]["id"] == chat_id]

    # --- request handling ------------------------------------------------------------------

    def handle(self, record: RecordedRequest, token: str) -> tuple[int, dict[str, Any]]:
        if self.latency_ms:
            time.sleep(self.latency_ms / 1000)
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized: invalid token specified")
            fault = self._take_fault(record.method)
            if fault is not None:
                if fault.kind == "slow":
                    time.sleep(fault.delay_ms / 1000)
                elif fault.kind == "timeout":
                    # Lost before the Bot API saw it: the client waits in vain, nothing is sent.
                    time.sleep(self.hang_seconds)
                    raise ApiError(504, "Gateway Timeout")
                elif fault.kind == "retry_after":
                    raise ApiError(
                        429,
                        f"Too Many Requests: retry after {fault.retry_after}",
                        {"retry_after": fault.retry_after},
                    )
                else:
                    raise ApiError(*FAULTS[fault.kind])
            handler = getattr(self, f"api_{record.method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result, description = handler(record.params)
            body: dict[str, Any] = {"ok": True, "result": result}
            if description:
                body["description"] = description
            return 200, body
        except ApiError as error:
            body = {"ok": False, "error_code": error.code, "description": error.description}
            if error.parameters:
                body["parameters"] = error.parameters
            return error.code, body

    def _take_fault(self, method: str) -> Fault | None:
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.applies_to(method):
                    return self._faults.pop(index)
            if self._random_fault is not None:
                probability, faults, rng = self._random_fault
                if faults[0].applies_to(method) and rng.random() < probability:
                    return faults[0] if len(faults) == 1 else rng.choice(faults)
        return None

    def _flood_wait(self, chat: Chat) -> float:
        """Seconds to wait when the flood limits are on and this send exceeds them."""
        if not self.rate_limits:
            return 0.0
        with self._lock:
            overall = self._bucket("all", self.overall_per_second, self.overall_per_second)
            if chat.type == "private":
                per_chat = self._bucket(chat.id, self.chat_burst, 1.0)
            else:
                per_chat = self._bucket(chat.id, self.group_per_minute, self.group_per_minute / 60)
            return max(per_chat.take(), overall.take())

    def _bucket(self, key: Any, capacity: float, rate: float) -> Bucket:
        bucket = self._buckets.get(key)
        if bucket is None or bucket.capacity != capacity or bucket.rate != rate:
            bucket = self._buckets[key] = Bucket(capacity, rate)
        return bucket

    def _chat(self, params: dict[str, Any]) -> Chat:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise ApiError(400, "Bad Request: chat_id is empty")
        with self._lock:
            if isinstance(chat_id, str) and chat_id.startswith("@"):
                name = chat_id[1:].lower()
                chat = next((c for c in self.chats.values() if c.username.lower() == name), None)
            else:
                chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if chat.migrated_to:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        if chat.deactivated:
            raise ApiError(403, "Forbidden: user is deactivated")
        if chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    # --- Bot API methods (each returns result, description) --------------------------------

    def api_getme(self, params: dict[str, Any]) -> tuple[Any, str]:
        return dict(self.bot), ""

    def api_sendmessage(self, params: dict[str, Any]) -> tuple[Any, str]:
        chat = self._chat(params)
        text = str(params.get("text") or "")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise ApiError(400, "Bad Request: message is too long")
        wait = self._flood_wait(chat)
        if wait:
            seconds = max(1, math.ceil(wait))
            raise ApiError(
                429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}
            )
        with self._lock:
            chat.last_message_id += 1
            message = {
                "message_id": chat.last_message_id,
                "from": {k: self.bot[k] for k in ("id", "is_bot", "first_name", "username")},
                "chat": chat.as_api(),
                "date": int(time.time()),
                "text": text,
            }
            self.sent.append(message)
        return message, ""

    def api_setwebhook(self, params: dict[str, Any]) -> tuple[Any, str]:
        url = str(params.get("url") or "")
        if not url:
            return self.api_deletewebhook(params)
        secret = params.get("secret_token")
        if secret is not None:
            if len(str(secret)) > 256:
                raise ApiError(400, "Bad Request: secret token is too long")
            if not SECRET_TOKEN.match(str(secret)):
                raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise ApiError(400, "Bad Request: invalid webhook URL specified") from None
        if not parts.hostname:
            raise ApiError(400, "Bad Request: invalid webhook URL specified")
        if parts.scheme != "https":
            raise ApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        if port not in WEBHOOK_PORTS:
            raise ApiError(
                400,
                "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
            )
        webhook = {
            "url": url,
            "secret_token": secret or "",
            "max_connections": int(params.get("max_connections") or 40),
            "allowed_updates": params.get("allowed_updates") or [],
        }
        with self._lock:
            already = self.webhook == webhook
            self.webhook = webhook
            if params.get("drop_pending_updates"):
                self._updates.clear()
        return True, "Webhook is already set" if already else "Webhook was set"

    def api_deletewebhook(self, params: dict[str, Any]) -> tuple[Any, str]:
        with self._updates_ready:
            had = bool(self.webhook)
            self.webhook = {}
            if params.get("drop_pending_updates"):
                self._updates.clear()
            self._updates_ready.notify_all()
        return True, "Webhook was deleted" if had else "Webhook is already deleted"

    def api_getwebhookinfo(self, params: dict[str, Any]) -> tuple[Any, str]:
        with self._lock:
            info: dict[str, Any] = {
                "url": self.webhook.get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }
            if self.webhook:
                info["max_connections"] = self.webhook["max_connections"]
                if self.webhook["allowed_updates"]:
                    info["allowed_updates"] = self.webhook["allowed_updates"]
        return info, ""

    def api_getupdates(self, params: dict[str, Any]) -> tuple[Any, str]:
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(int(params.get("timeout") or 0), 0)
        deadline = time.monotonic() + timeout
        with self._updates_ready:
            while True:
                if self.webhook:
                    raise ApiError(
                        409,
                        "Conflict: can't use getUpdates method while webhook is active; "
                        "use deleteWebhook to delete the webhook first",
                    )
                if offset:
                    # Asking from `offset` confirms (and forgets) everything before it.
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if self._updates:
                    return [dict(u) for u in self._updates[:limit]], ""
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stopping:
                    return [], ""
                self._updates_ready.wait(remaining)


class TelegramRequestHandler(BaseHTTPRequestHandler):
    """Parses /bot<token>/<method> with query, JSON, form or multipart parameters."""

    state: FakeTelegram
    protocol_version = "HTTP/1.1"
    server_version = "FakeTelegramBotAPI/1.0"
    path_pattern = re.compile(r"^/bot(?P<token>[^/]*)/(?P<method>[A-Za-z]*)/?$")

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read `state.requests` instead."""

    def _answer(self) -> None:
        parts = urlsplit(self.path)
        match = self.path_pattern.match(parts.path)
        content_type = self.headers.get("Content-Type", "")
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        record = RecordedRequest(
            http_method=self.command,
            path=parts.path,
            method=match["method"] if match else "",
            params={},
            content_type=content_type.split(";")[0].strip(),
            time=time.time(),
        )
        try:
            record.params = parse_params(parts.query, content_type, body)
        except ValueError:
            status, payload = (
                400,
                {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: can't parse request parameters",
                },
            )
        else:
            if match is None:
                status, payload = (
                    404,
                    {
                        "ok": False,
                        "error_code": 404,
                        "description": "Not Found",
                    },
                )
            else:
                status, payload = self.state.handle(record, match["token"])
        record.status = status
        with self.state._lock:
            self.state.requests.append(record)
        data = json.dumps(payload, ensure_ascii=False).encode()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)


def parse_params(query: str, content_type: str, body: bytes) -> dict[str, Any]:
    """Merge query-string and body parameters; values typed as the Bot API means them."""
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    kind = content_type.split(";")[0].strip().lower()
    if body and kind == "application/json":
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("JSON body is not an object")
        params.update(data)
        return {key: typed(key, value) for key, value in params.items()}
    if body and kind == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif body and kind == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name and part.get_filename() is None:
                params[name] = part.get_content()
    return {key: typed(key, value) for key, value in params.items()}


def typed(key: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if key == "chat_id" and re.fullmatch(r"-?\d+", value):
        return int(value)
    if key in INT_PARAMS and re.fullmatch(r"-?\d+", value):
        return int(value)
    if key in BOOL_PARAMS:
        return value.lower() in {"true", "1"}
    if key in JSON_PARAMS:
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            raise ValueError(f"{key} is not JSON") from None
    return value


def serve(host: str = "127.0.0.1", port: int = 8081, token: str = DEFAULT_TOKEN) -> FakeTelegram:
    """Start the fake in the background for a development command; call .stop() to end it.
    Point the portal at it with TELEGRAM_API_URL=http://host:port and TELEGRAM_BOT_TOKEN."""
    return FakeTelegram(token).start(host, port)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Fake Telegram Bot API on the loopback.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--chat", type=int, action="append", default=[], help="known chat id")
    args = parser.parse_args()
    fake = serve(args.host, args.port, args.token)
    for chat_id in args.chat:
        fake.add_chat(chat_id)
    print(f"TELEGRAM_API_URL={fake.url} TELEGRAM_BOT_TOKEN={fake.token}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()
