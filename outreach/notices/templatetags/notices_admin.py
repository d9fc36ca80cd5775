"""The firm's messages on its admin page: every notice and reminder sent to its contacts and
every chat message its linked contacts sent in."""

from __future__ import annotations

from django import template

from bots.models import ChatIdentity, InboundUpdate
from outreach.campaigns.chat import SUBJECT_PREFIX

from ..models import Delivery

register = template.Library()

LIMIT = 100


@register.inclusion_tag("notices/admin/_firm_messages.html", takes_context=True)
def firm_messages(context, firm) -> dict:
    request = context.get("request")
    allowed = request is not None and request.user.has_perm("notices.view_notice")
    if not allowed:
        return {"allowed": False}
    outgoing = [
        {
            "at": row.sent_at or row.updated_at,
            "direction": "out",
            "channel": row.channel_label,
            "who": row.contact.name if row.contact else "",
            "text": row.subject or row.text or row.template_id,
            "state": row.get_state_display(),
            "notice": row.notice,
        }
        for row in Delivery.objects.filter(firm=firm)
        .exclude(state="queued")
        .select_related("notice", "contact")
        .order_by("-updated_at")[:LIMIT]
    ]
    subjects = {
        f"{SUBJECT_PREFIX}{pk}": name for pk, name in firm.contacts.values_list("pk", "name")
    }
    identities = {
        (identity.channel, identity.external_id): subjects[identity.subject]
        for identity in ChatIdentity.objects.filter(subject__in=subjects)
    }
    incoming = []
    for update in InboundUpdate.objects.filter(
        channel__in={channel for channel, _ in identities}
    ).order_by("-received_at")[: LIMIT * 5]:
        chat = _chat_id(update)
        if (update.channel, chat) in identities:
            incoming.append(
                {
                    "at": update.received_at,
                    "direction": "in",
                    "channel": update.get_channel_display(),
                    "who": identities[(update.channel, chat)],
                    "text": _text(update),
                    "state": update.get_status_display(),
                    "notice": None,
                }
            )
    items = sorted(outgoing + incoming[:LIMIT], key=lambda item: item["at"], reverse=True)
    return {"allowed": True, "items": items}


def _chat_id(update: InboundUpdate) -> str:
    payload = update.payload or {}
    message = payload.get("message") or {}
    if "chat" in message:
        return str(message["chat"].get("id", ""))
    sender = payload.get("sender") or payload.get("follower") or {}
    return str(sender.get("id", ""))


def _text(update: InboundUpdate) -> str:
    message = (update.payload or {}).get("message") or {}
    return message.get("text") or update.event
