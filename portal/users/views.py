"""Admin pages of the two-factor sign-in: enter a code, set up an authenticator app, see and
renew backup codes, and a superuser's reset of another user's devices."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from portal.qr import qr_svg

from . import twofactor


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_(
            "The six digits your authenticator app shows now, or one of your backup codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


def _next_url(request: HttpRequest) -> str:
    """Where to go once verified: the page first asked for, if it is on this site."""
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _signed_in(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect(f"{reverse('wagtailadmin_login')}?{REDIRECT_FIELD_NAME}={request.path}")
    return None


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class VerifyView(View):
    """The second step of signing in: a code from the authenticator app or a backup code."""

    template_name = "users/two_factor/verify.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return _signed_in(request) or super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_verified():
            return redirect(_next_url(request))
        if not twofactor.has_authenticator(request.user):
            return redirect(reverse("two_factor_setup") + _query(request))
        return self.render(request, CodeForm())

    def post(self, request: HttpRequest) -> HttpResponse:
        form = CodeForm(request.POST)
        if form.is_valid():
            device = twofactor.verify_code(request.user, form.cleaned_data["code"])
            if device is not None:
                twofactor.mark_verified(request, device)
                return redirect(_next_url(request))
            form.add_error(
                "code",
                gettext(
                    "This code is wrong or has expired. Enter the code your app shows now; "
                    "after several wrong codes, wait a little before trying again."
                ),
            )
        return self.render(request, form, status=400)

    def render(self, request: HttpRequest, form: CodeForm, status: int = 200) -> HttpResponse:
        context = {"form": form, "next": _next_url(request)}
        return TemplateResponse(request, self.template_name, context, status=status)


def _query(request: HttpRequest) -> str:
    target = request.GET.get(REDIRECT_FIELD_NAME)
    return f"?{REDIRECT_FIELD_NAME}={target}" if target else ""


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class SetupView(View):
    """Setting up an authenticator app: a QR code and the secret, confirmed by one code; the
    backup codes are shown once at the end."""

    template_name = "users/two_factor/setup.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        refused = _signed_in(request)
        if refused:
            return refused
        if twofactor.has_authenticator(request.user):
            # Only a verified session may replace an authenticator (from the account page):
            # a password alone must never be enough to add a device.
            target = "two_factor_account" if request.user.is_verified() else "two_factor_verify"
            return redirect(reverse(target) + _query(request))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.render(request, CodeForm())

    def post(self, request: HttpRequest) -> HttpResponse:
        form = CodeForm(request.POST)
        device = twofactor.pending_authenticator(request.user)
        if form.is_valid() and device.verify_token("".join(form.cleaned_data["code"].split())):
            device.confirmed = True
            device.name = gettext("Authenticator app")
            device.save(update_fields=["confirmed", "name"])
            twofactor.mark_verified(request, device)
            codes = twofactor.new_backup_codes(request.user)
            return TemplateResponse(
                request,
                "users/two_factor/backup_codes.html",
                {"codes": codes, "next": _next_url(request), "first_time": True},
            )
        if form.is_valid():
            form.add_error(
                "code",
                gettext(
                    "This code does not match. Check that the phone's clock is right and "
                    "enter the code the app shows now."
                ),
            )
        return self.render(request, form, status=400)

    def render(self, request: HttpRequest, form: CodeForm, status: int = 200) -> HttpResponse:
        device = twofactor.pending_authenticator(request.user)
        secret = _base32(device)
        context = {
            "form": form,
            "next": _next_url(request),
            # Built from the device's own URL and an escaped title: no outside text in it.
            "qr_code": mark_safe(
                qr_svg(device.config_url, title=gettext("QR code for the authenticator app"))
            ),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "issuer": settings.OTP_TOTP_ISSUER,
            "required": twofactor.requires_two_factor(request.user),
        }
        return TemplateResponse(request, self.template_name, context, status=status)


def _base32(device: TOTPDevice) -> str:
    from base64 import b32encode

    return b32encode(device.bin_key).decode("ascii").rstrip("=")


@method_decorator(never_cache, name="dispatch")
class AccountView(WagtailAdminTemplateMixin, TemplateView):
    """A user's own two-factor settings: status, new backup codes, a new authenticator."""

    page_title = _("Two-factor sign-in")
    header_icon = "key"
    template_name = "users/two_factor/account.html"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(
            has_authenticator=twofactor.has_authenticator(user),
            backup_codes_left=StaticToken.objects.filter(device__user=user).count(),
            required=twofactor.requires_two_factor(user),
        )
        return context

    def post(self, request: HttpRequest) -> HttpResponse:
        if not request.user.is_verified():
            # Changing devices needs a verified session, even for staff not obliged to use 2FA.
            return redirect(reverse("two_factor_verify") + f"?{REDIRECT_FIELD_NAME}={request.path}")
        action = request.POST.get("action")
        if action == "backup_codes":
            codes = twofactor.new_backup_codes(request.user)
            return TemplateResponse(
                request,
                "users/two_factor/backup_codes.html",
                {"codes": codes, "next": reverse("two_factor_account"), "first_time": False},
            )
        if action == "replace":
            TOTPDevice.objects.filter(user=request.user).delete()
            return redirect("two_factor_setup")
        messages.error(request, gettext("Unknown action."))
        return redirect("two_factor_account")


@method_decorator(never_cache, name="dispatch")
class ResetView(WagtailAdminTemplateMixin, TemplateView):
    """A superuser removes another user's authenticator and backup codes (a lost phone); the
    user sets up a new authenticator at their next sign-in."""

    page_title = _("Reset two-factor sign-in")
    header_icon = "key"
    template_name = "users/two_factor/reset.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated or not request.user.is_superuser:
            raise PermissionDenied
        self.target = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": gettext("Users")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            target=self.target,
            has_authenticator=twofactor.has_authenticator(self.target),
        )
        return context

    def post(self, request: HttpRequest, user_id: int) -> HttpResponse:
        twofactor.forget_devices(self.target)
        messages.success(
            request,
            gettext(
                "Two-factor sign-in of %(user)s was reset: they set up a new authenticator "
                "at their next sign-in."
            )
            % {"user": self.target.get_username()},
        )
        return redirect("wagtailusers_users:index")


def _counted(field: str) -> list[dict]:
    """Failed sign-ins still counted (within the cool-off), summed per account or address."""
    from axes.models import AccessAttempt
    from django.db.models import Max, Sum
    from django.utils import timezone

    since = timezone.now() - settings.AXES_COOLOFF_TIME
    rows = (
        AccessAttempt.objects.filter(attempt_time__gte=since)
        .exclude(**{f"{field}__isnull": True})
        .values(field)
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .order_by("-last")
    )
    return [
        {
            "value": row[field],
            "failures": row["failures"],
            "last": row["last"],
            "locked": row["failures"] >= settings.AXES_FAILURE_LIMIT,
        }
        for row in rows
    ]


@method_decorator(never_cache, name="dispatch")
class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    """Superusers see the accounts and addresses with wrong passwords still counted, and
    unlock one before its cool-off ends (the `axes_reset_*` commands do the same)."""

    page_title = _("Sign-in lockouts")
    header_icon = "lock"
    template_name = "users/two_factor/lockouts.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated or not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            accounts=_counted("username"),
            addresses=_counted("ip_address"),
            limit=settings.AXES_FAILURE_LIMIT,
            minutes=settings.LOGIN_LOCKOUT_MINUTES,
        )
        return context

    def post(self, request: HttpRequest) -> HttpResponse:
        from axes.utils import reset

        value = request.POST.get("value", "").strip()[:255]
        kind = request.POST.get("kind")
        if value and kind == "username":
            reset(username=value)
            messages.success(request, gettext("Account %(name)s unlocked.") % {"name": value})
        elif value and kind == "ip_address":
            reset(ip=value)
            messages.success(request, gettext("Address %(name)s unlocked.") % {"name": value})
        else:
            messages.error(request, gettext("Unknown action."))
        return redirect("signin_lockouts")
