"""The e-mail channel: sends through Django's mail backend (locmem for the happy path, a
loopback SMTP server for what real servers answer) and sorts failures into error kinds."""

from __future__ import annotations

import socket

import pytest
from django.core import mail

from bots.channels.base import (
    ConfigurationError,
    CredentialError,
    Message,
    RecipientError,
    RetryableError,
)
from bots.channels.email import EmailChannel

ADDRESS = "lienhe@rangdong.example.vn"


def reminder(**fields) -> Message:
    values = {
        "recipient": ADDRESS,
        "subject": "Nhắc hạn nộp hồ sơ SPCNCL 2026",
        "text": "Kính gửi Quý doanh nghiệp,\nHạn nộp hồ sơ là 30/06/2026.",
    }
    return Message(**(values | fields))


def test_a_message_is_sent_through_the_mail_backend(settings):
    settings.DEFAULT_FROM_EMAIL = "SPCNCL Hà Nội <no-reply@congnghiepchuluc-hanoi.gov.vn>"
    result = EmailChannel().send(reminder())
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [ADDRESS]
    assert sent.subject == "Nhắc hạn nộp hồ sơ SPCNCL 2026"
    assert sent.body.startswith("Kính gửi Quý doanh nghiệp")
    assert sent.from_email == settings.DEFAULT_FROM_EMAIL
    assert result.channel == "email"
    assert result.provider_message_id == sent.extra_headers["Message-ID"]
    assert result.provider_message_id.endswith("@congnghiepchuluc-hanoi.gov.vn>")


def test_a_repeated_send_keeps_its_message_id():
    channel = EmailChannel()
    first = channel.send(reminder(idempotency_key="notice-3:firm-9:email"))
    again = channel.send(reminder(idempotency_key="notice-3:firm-9:email"))
    other = channel.send(reminder())
    assert first.provider_message_id == again.provider_message_id
    assert other.provider_message_id != first.provider_message_id


def test_bad_addresses_and_empty_messages_are_refused_before_sending():
    with pytest.raises(RecipientError, match="không phải là địa chỉ thư điện tử hợp lệ"):
        EmailChannel().send(reminder(recipient="rangdong.example.vn"))
    with pytest.raises(ConfigurationError):
        EmailChannel().send(reminder(text=""))
    assert mail.outbox == []


def test_delivery_through_smtp(fake_smtp):
    EmailChannel().send(reminder())
    assert [m.recipients for m in fake_smtp.received] == [[ADDRESS]]
    assert b"Subject: =?utf-8?" in fake_smtp.received[0].data


@pytest.mark.parametrize(
    ("setup", "error_class", "code"),
    [
        ({"rcpt": {ADDRESS: "550 5.1.1 User unknown"}}, RecipientError, 550),
        ({"rcpt": {ADDRESS: "450 4.2.1 Mailbox busy"}}, RetryableError, 450),
        ({"mail_from": "451 4.3.0 Try again later"}, RetryableError, 451),
        ({"mail_from": "553 5.7.1 Sender not allowed"}, ConfigurationError, 553),
        ({"data_end": "452 4.3.1 Insufficient storage"}, RetryableError, 452),
        ({"data_end": "554 5.6.0 Message rejected"}, ConfigurationError, 554),
    ],
)
def test_smtp_replies_are_classified(fake_smtp, setup, error_class, code):
    for name, value in setup.items():
        setattr(fake_smtp.behaviour, name, value)
    with pytest.raises(error_class) as caught:
        EmailChannel().send(reminder())
    assert caught.value.code == code
    assert caught.value.channel == "email"
    assert fake_smtp.received == []


def test_refused_login_is_a_credential_error(fake_smtp, settings):
    fake_smtp.behaviour.login = ("portal", "right-password")
    settings.EMAIL_HOST_USER = "portal"
    settings.EMAIL_HOST_PASSWORD = "wrong-password"
    with pytest.raises(CredentialError, match="EMAIL_URL"):
        EmailChannel().send(reminder())
    settings.EMAIL_HOST_PASSWORD = "right-password"
    EmailChannel().send(reminder())
    assert len(fake_smtp.received) == 1


def test_a_silent_or_absent_server_is_retryable(fake_smtp, settings):
    fake_smtp.behaviour.silent = True
    with pytest.raises(RetryableError):
        EmailChannel().send(reminder())

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        settings.EMAIL_PORT = probe.getsockname()[1]
    with pytest.raises(RetryableError, match="Không kết nối được với máy chủ thư"):
        EmailChannel().send(reminder())
