"""The two-factor pages in the Wagtail admin: their URLs, a link from the account page, and a
superuser's "reset" button in the users listing."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import views


@hooks.register("register_admin_urls")
def two_factor_urls() -> list:
    return [
        path("two-factor/", views.AccountView.as_view(), name="two_factor_account"),
        path("two-factor/verify/", views.VerifyView.as_view(), name="two_factor_verify"),
        path("two-factor/setup/", views.SetupView.as_view(), name="two_factor_setup"),
        path("two-factor/reset/<int:user_id>/", views.ResetView.as_view(), name="two_factor_reset"),
        path("sign-in-lockouts/", views.LockoutsView.as_view(), name="signin_lockouts"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def lockouts_menu_item() -> MenuItem:
    return SuperuserMenuItem(
        gettext_lazy("Sign-in lockouts"), reverse("signin_lockouts"), icon_name="lock", order=610
    )


@hooks.register("register_account_menu_item")
def two_factor_account_item(request: HttpRequest) -> dict:
    return {
        "url": reverse("two_factor_account"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Your authenticator app and backup codes."),
    }


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Reset two-factor sign-in"),
            reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
