"""Chat channels' rows: a linked chat identity, a link token, an inbound update and an outbox
message (each names or addresses a person)."""

from __future__ import annotations

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from bots.models import ChatIdentity, InboundUpdate, LinkToken, OutboxMessage


class ChatIdentityFactory(DjangoModelFactory):
    class Meta:
        model = ChatIdentity

    channel = "telegram"
    external_id = factory.Sequence(lambda n: f"77{n:08d}")
    display_name = "Trần Thị Bảo Mật"
    subject = "contact:0"
    linked_at = factory.LazyFunction(timezone.now)


class LinkTokenFactory(DjangoModelFactory):
    class Meta:
        model = LinkToken

    subject = "contact:0"
    display_name = "Trần Thị Bảo Mật"


class InboundUpdateFactory(DjangoModelFactory):
    class Meta:
        model = InboundUpdate

    channel = "telegram"
    external_id = factory.Sequence(lambda n: f"update-{n}")
    event = "message"


class OutboxMessageFactory(DjangoModelFactory):
    class Meta:
        model = OutboxMessage

    channel = "email"
    recipient = "bao.mat.hop-thu@lien-he.vi-du.vn"
    subject = "Thông báo thử nghiệm"
    text = "Kính gửi quý doanh nghiệp."
