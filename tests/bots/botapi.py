"""A loopback stand-in for the Telegram Bot API, enough for the webhook and polling commands:
setWebhook, deleteWebhook, getWebhookInfo and getUpdates, with the envelope and error texts of
the official Bot API server. Records every call."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

TOKEN = "123456:TEST-token_for-loopback"


class FakeBotApi:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[tuple[str, dict]] = []
        self.webhook: dict = {}
        self.updates: list[dict] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeBotApi:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def last(self, method: str) -> dict:
        """The parameters of the latest call of `method`."""
        return [params for name, params in self.calls if name == method][-1]

    def answer(self, method: str, params: dict) -> tuple[int, dict]:
        with self.lock:
            self.calls.append((method, params))
            if method == "getMe":
                bot = {
                    "id": 123456,
                    "is_bot": True,
                    "first_name": "SPCNCL",
                    "username": "spcncl_bot",
                }
                return 200, {"ok": True, "result": bot}
            if method == "setWebhook":
                secret = params.get("secret_token", "")
                if not params.get("url", "").startswith("https://"):
                    return _error(400, "Bad Request: bad webhook: HTTPS url must be provided")
                if len(secret) > 256:
                    return _error(400, "Bad Request: secret token is too long")
                self.webhook = {"url": params["url"], "secret_token": secret}
                return 200, {"ok": True, "result": True, "description": "Webhook was set"}
            if method == "deleteWebhook":
                self.webhook = {}
                if params.get("drop_pending_updates"):
                    self.updates = []
                return 200, {"ok": True, "result": True, "description": "Webhook was deleted"}
            if method == "getWebhookInfo":
                info = {"url": self.webhook.get("url", ""), "pending_update_count": 0}
                info["pending_update_count"] = len(self.updates)
                return 200, {"ok": True, "result": info}
            if method == "getUpdates":
                if self.webhook:
                    return _error(
                        409,
                        "Conflict: can't use getUpdates method while webhook is active; "
                        "use deleteWebhook to delete the webhook first",
                    )
                offset = int(params.get("offset") or 0)
                # Telegram forgets updates below the offset once it is confirmed.
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                return 200, {"ok": True, "result": list(self.updates)}
            return _error(404, "Not Found: method not found")

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(raw or "{}")
                else:
                    # python-telegram-bot posts forms whose non-string values are JSON.
                    params = {key: _value(value) for key, value in parse_qsl(raw)}
                prefix, _, method = self.path.lstrip("/").partition("/")
                if prefix != f"bot{fake.token}":
                    status, body = _error(401, "Unauthorized: invalid token specified")
                else:
                    status, body = fake.answer(method, params)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        return Handler


def _value(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _error(code: int, description: str) -> tuple[int, dict]:
    return code, {"ok": False, "error_code": code, "description": description}
