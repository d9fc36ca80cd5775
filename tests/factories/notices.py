"""Notices to firms: templates, notices with their deliveries (which carry a contact's
address), reminder rules."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from outreach.notices.models import Delivery, Notice, NoticeTemplate, ReminderRule

from .campaigns import CampaignFactory, ContactFactory


class NoticeTemplateFactory(DjangoModelFactory):
    class Meta:
        model = NoticeTemplate

    name = factory.Sequence(lambda n: f"Mẫu thông báo thử nghiệm {n}")
    email_subject = "Thông báo {{ nam }}"
    email_body = "Kính gửi {{ ten_doanh_nghiep }}."


class NoticeFactory(DjangoModelFactory):
    class Meta:
        model = Notice

    campaign = factory.SubFactory(CampaignFactory)
    template = factory.SubFactory(NoticeTemplateFactory)
    title = factory.Sequence(lambda n: f"Thông báo thử nghiệm {n}")


class ReminderRuleFactory(DjangoModelFactory):
    class Meta:
        model = ReminderRule

    campaign = factory.SubFactory(CampaignFactory)
    template = factory.SubFactory(NoticeTemplateFactory)
    name = factory.Sequence(lambda n: f"Nhắc hạn thử nghiệm {n}")


class DeliveryFactory(DjangoModelFactory):
    """A delivery by e-mail to a contact: its address is the contact's."""

    class Meta:
        model = Delivery

    notice = factory.SubFactory(NoticeFactory)
    contact = factory.SubFactory(ContactFactory)
    firm = factory.SelfAttribute("contact.firm")
    channel = "email"
    address = factory.SelfAttribute("contact.email")
    idempotency_key = factory.Sequence(lambda n: f"thu-nghiem-{n}")
