"""X-ZEvent-Signature: the fake signs the webhooks it delivers exactly as the verify function
(shared with the webhook endpoint) expects, and anything else fails closed."""

from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bots.channels.zalo_signing import HEADER, verify_zalo_signature, zalo_signature

KEY = "oa-secret-for-tests"


@pytest.fixture
def receiver():
    """A loopback endpoint that keeps what it is sent, standing for the portal's webhook."""
    received: list[tuple[dict[str, str], bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(({k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/webhooks/zalo/", received
    server.shutdown()
    server.server_close()


def test_signature_is_sha256_of_app_id_body_timestamp_and_key():
    body = b'{"app_id":"123","timestamp":"1540368141908"}'
    expected = hashlib.sha256(b"123" + body + b"1540368141908" + KEY.encode()).hexdigest()
    assert zalo_signature("123", body, "1540368141908", KEY) == expected
    assert zalo_signature("123", body.decode(), "1540368141908", KEY) == expected


def test_fake_delivers_signed_events_the_verifier_accepts(fake_zalo, receiver):
    url, received = receiver
    assert fake_zalo.deliver_webhook(url, "follow", "2468").status_code == 200
    text = "Cho tôi hỏi hạn nộp hồ sơ SPCNCL"
    fake_zalo.deliver_webhook(url, "user_send_text", "2468", text, retry=1)
    (_, follow_body), (text_headers, text_body) = received
    for headers, body in received:
        assert headers[HEADER.lower()].startswith("mac=")
        assert verify_zalo_signature(headers[HEADER.lower()], body, fake_zalo.oa_secret_key)
        assert not verify_zalo_signature(headers[HEADER.lower()], body, "another-key")
    follow = json.loads(follow_body)
    assert follow["event_name"] == "follow" and follow["follower"] == {"id": "2468"}
    assert follow["app_id"] == fake_zalo.app_id and follow["timestamp"].isdigit()
    message = json.loads(text_body)
    assert message["sender"] == {"id": "2468"} and message["message"]["text"] == text
    assert text_headers["num_retry"] == "1"
    # The events were interactions: the follower may now get consultation messages.
    assert "2468" in fake_zalo.followers


def test_tampered_or_forged_deliveries_fail(fake_zalo, receiver):
    url, received = receiver
    fake_zalo.deliver_webhook(url, "user_send_text", "2468", "Xin chào")
    fake_zalo.deliver_webhook(url, "user_send_text", "2468", "Xin chào", signature="mac=00")
    (headers, body), (forged_headers, forged_body) = received
    signature = headers[HEADER.lower()]
    key = fake_zalo.oa_secret_key
    assert verify_zalo_signature(signature, body, key)
    assert not verify_zalo_signature(forged_headers[HEADER.lower()], forged_body, key)
    assert not verify_zalo_signature(signature, body.replace(b"Xin", b"Xim"), key)
    assert not verify_zalo_signature(signature.removeprefix("mac="), body, key)
    assert not verify_zalo_signature(signature, body, "")
    assert not verify_zalo_signature("", body, key)
    assert not verify_zalo_signature(signature, b"not json", key)
    assert not verify_zalo_signature(signature, b"[1, 2]", key)
    unsigned = json.dumps({"event_name": "user_send_text"}).encode()
    assert not verify_zalo_signature("mac=" + zalo_signature("", unsigned, "", key), unsigned, key)


def test_unfollow_closes_the_window(fake_zalo, receiver):
    url, _ = receiver
    fake_zalo.deliver_webhook(url, "follow", "2468")
    fake_zalo.deliver_webhook(url, "unfollow", "2468")
    assert "2468" not in fake_zalo.followers
