from wagtail import hooks

from .viewsets import ChatChannelsGroup


@hooks.register("register_admin_viewset")
def register_chat_channels_viewsets():
    return ChatChannelsGroup()
