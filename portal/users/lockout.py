"""What a locked-out sign-in sees: the Wagtail login page again, with the reason in words
(django-axes calls `lockout_response` instead of its bare "account locked" text)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from wagtail.admin.views.account import LoginView


def lockout_message() -> str:
    """The sentence shown on the login page while an account or address is locked."""
    minutes = settings.LOGIN_LOCKOUT_MINUTES
    return ngettext(
        "Too many wrong passwords: signing in is locked for %(minutes)d minute. Wait and try "
        "again, or ask an administrator to unlock the account.",
        "Too many wrong passwords: signing in is locked for %(minutes)d minutes. Wait and try "
        "again, or ask an administrator to unlock the account.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials=None
) -> HttpResponse:
    """The admin's login page with the lockout message, answered with 429 Too Many Requests.

    The same answer whether or not the password was right, so a locked-out guesser learns
    nothing more.
    """
    view = LoginView()
    view.setup(request)
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    form = view.get_form_class()(request, initial={"username": username})
    messages.error(request, lockout_message())
    context = view.get_context_data(form=form)
    response = TemplateResponse(request, view.template_name, context, status=429)
    response["Retry-After"] = str(settings.LOGIN_LOCKOUT_MINUTES * 60)
    # Returned from a middleware, after the point where Django renders a view's template.
    return response.render()
