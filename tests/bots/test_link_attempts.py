"""Guessing a chat link code, over the webhooks as Telegram and Zalo post them: each kind of
code works only on its own channel, failures are limited per chat and for all chats, and
every failure (unknown, used, expired, wrong channel, too many) gets the same answer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from bots import linking
from bots.models import ChatIdentity, LinkToken

pytestmark = pytest.mark.django_db

FIRM = "Công ty TNHH Thử Mã Liên Kết"
CHAT = 700_000_001
USER = "8801234567890"


@pytest.fixture
def token(db):
    return linking.issue_link_token("campaigns.contact:77", FIRM)


def linked(channel: str, external_id) -> bool:
    identity = ChatIdentity.objects.filter(channel=channel, external_id=str(external_id)).first()
    return bool(identity and identity.is_linked)


def test_the_zalo_code_does_not_link_on_telegram(telegram, channels, token):
    telegram.send(CHAT, f"/start {token.code}")
    assert not linked("telegram", CHAT)
    assert FIRM not in channels["telegram"].texts(str(CHAT))[0]
    assert LinkToken.objects.get(pk=token.pk).used_at is None
    telegram.send(CHAT, f"/start {token.token}")
    assert linked("telegram", CHAT)


def test_the_telegram_token_does_not_link_on_zalo(zalo, channels, token):
    zalo.send(USER, f"LIENKET {token.token}")
    assert not linked("zalo", USER)
    zalo.send(USER, f"LIENKET {token.code}")
    assert linked("zalo", USER)


def test_every_failure_gets_the_same_answer(telegram, zalo, channels, token, settings):
    settings.BOTS_LINK_FAILURES_PER_CHAT = 2
    stale = linking.issue_link_token("campaigns.contact:78", "Công ty Hết Hạn")
    LinkToken.objects.filter(pk=stale.pk).update(expires_at=timezone.now() - timedelta(days=2))
    telegram.send(CHAT, f"/start {token.token}")  # links: the token is used from now on
    telegram.send(CHAT + 1, f"/start {token.token}")  # used
    telegram.send(CHAT + 2, f"/start {stale.token}")  # expired
    telegram.send(CHAT + 3, "/start ABC-not-a-token")  # unknown
    telegram.send(CHAT + 4, f"/start {stale.code}")  # a Zalo code on Telegram
    for _ in range(2):
        telegram.send(CHAT + 5, "/start still-guessing")
    fresh = linking.issue_link_token("campaigns.contact:79", "Công ty Mới")
    telegram.send(CHAT + 5, f"/start {fresh.token}")  # refused: too many failures
    answers = [channels["telegram"].texts(str(CHAT + n))[0] for n in (1, 2, 3, 4)]
    answers.append(channels["telegram"].texts(str(CHAT + 5))[-1])
    assert len(set(answers)) == 1
    assert "Công ty Hết Hạn" not in answers[0] and FIRM not in answers[0]

    zalo.send(USER, f"LIENKET {token.code}")  # used
    zalo.send("1111", f"LIENKET {stale.code}")  # expired
    zalo.send("2222", "LIENKET ABCD2345")  # unknown
    zalo_answers = [channels["zalo"].texts(user)[0] for user in (USER, "1111", "2222")]
    assert len(set(zalo_answers)) == 1
    assert zalo_answers[0] == answers[0]


def test_a_chat_that_failed_too_often_is_not_checked_any_more(telegram, channels, token, settings):
    settings.BOTS_LINK_FAILURES_PER_CHAT = 3
    for guess in ("AAAA2345", "BBBB2345", "CCCC2345"):
        telegram.send(CHAT, f"/start {guess}")
    telegram.send(CHAT, f"/start {token.token}")
    assert not linked("telegram", CHAT)
    assert LinkToken.objects.get(pk=token.pk).used_at is None
    # Another chat is not held back by this one.
    telegram.send(CHAT + 1, f"/start {token.token}")
    assert linked("telegram", CHAT + 1)


def test_failures_of_all_chats_together_stop_the_checking(zalo, channels, token, settings):
    settings.BOTS_LINK_FAILURES_PER_CHAT = 100
    settings.BOTS_LINK_FAILURES_TOTAL = 4
    for number in range(4):
        zalo.send(f"90{number}", f"LIENKET ABCD{2345 + number}")
    zalo.send(USER, f"LIENKET {token.code}")
    assert not linked("zalo", USER)
    assert LinkToken.objects.get(pk=token.pk).used_at is None
    assert len(set(channels["zalo"].texts())) == 1


def test_the_owner_of_a_code_is_not_counted_as_failing(telegram, channels, token, settings):
    settings.BOTS_LINK_FAILURES_PER_CHAT = 2
    for _ in range(4):
        telegram.send(CHAT, f"/start {token.token}")  # linked, then "already linked"
    assert all(FIRM in text for text in channels["telegram"].texts(str(CHAT)))


def test_unlink_subjects_unlinks_chats_and_voids_unused_codes(token):
    used = linking.link_with_token("telegram", str(CHAT), token.token)
    assert used.ok
    spare = linking.issue_link_token("campaigns.contact:77", FIRM)
    other = linking.issue_link_token("campaigns.contact:80", "Công ty Khác")
    assert linking.unlink_subjects(["campaigns.contact:77", ""]) == 1
    identity = ChatIdentity.objects.get(external_id=str(CHAT))
    assert not identity.is_linked and identity.linked_at is None and not identity.display_name
    assert LinkToken.objects.get(pk=spare.pk).is_expired
    assert not LinkToken.objects.get(pk=other.pk).is_expired
    assert not linking.link_with_token("telegram", str(CHAT), token.token).ok
    assert linking.unlink_subjects([]) == 0
