from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import ChatIdentity, InboundUpdate, LinkToken
from .viewsets import ChatChannelsGroup, NoEditingPolicy

register_permission_policy(ChatIdentity, NoEditingPolicy(ChatIdentity, denied=("add", "change")))
register_permission_policy(LinkToken, NoEditingPolicy(LinkToken, denied=("change",)))
register_permission_policy(InboundUpdate, NoEditingPolicy(InboundUpdate, denied=("add", "change")))


@hooks.register("register_admin_viewset")
def register_chat_channels_viewsets():
    return ChatChannelsGroup()
