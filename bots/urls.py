"""Endpoints the chat providers call; mounted under /bots/ in portal/urls.py."""

from django.urls import path

from . import webhooks

app_name = "bots"

urlpatterns = [
    path("telegram/webhook/", webhooks.telegram_webhook, name="telegram_webhook"),
    path("zalo/webhook/", webhooks.zalo_webhook, name="zalo_webhook"),
]
