from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import ChatIdentity, InboundUpdate, LinkToken
from .viewsets import ChatChannelsGroup, NoEditingPolicy

register_permission_policy(ChatIdentity, NoEditingPolicy(ChatIdentity, denied=("add", "change")))
register_permission_policy(LinkToken, NoEditingPolicy(LinkToken, denied=("change",)))
register_permission_policy(InboundUpdate, NoEditingPolicy(InboundUpdate, denied=("add", "change")))
register_snippet(ChatChannelsGroup)
