"""Permission first, lookup second, for every admin view of a model.

Wagtail's generic views (edit, delete, inspect, history, usage, copy, revisions) fetch the
record before they check the permission, so a refused user tells an existing record (refused)
from a missing one (404); its snippet choosers (choose, results, chosen) check nothing at all,
so any admin user could list contacts and consent records. Wrapping each admin URL here, once,
puts the check the listing makes (or the view's own, stricter one) in front of every such
view, including those a new viewset adds later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import update_wrapper

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver
from wagtail.admin.auth import require_admin_access
from wagtail.coreutils import resolve_model_string
from wagtail.models import Page, Task
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

#: Who may see a model's listing may reach its other views; each view then checks its own action.
LISTING_ACTIONS = ("add", "change", "delete", "view")
#: Any of these on some page lets a user work in the page tree at all.
PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
#: The page tree's views, which fetch the page before checking (the page chooser stays open).
PAGE_NAMESPACES = {"wagtailadmin_pages"}
BULK_ACTIONS = "wagtail_bulk_action"
#: Views that do not say which model they show; Wagtail's task chooser lists and creates
#: workflow tasks for anyone with admin access otherwise.
VIEWS_WITHOUT_MODEL = {
    "wagtailadmin_workflows:task_chooser": Task,
    "wagtailadmin_workflows:task_chooser_results": Task,
    "wagtailadmin_workflows:task_chooser_create": Task,
    "wagtailadmin_workflows:task_chosen": Task,
}
PAGE_URL_NAMES = {
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_explore_root",
}


@require_admin_access
def _refuse(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """Wagtail's own refusal (its redirect with a message, or 403 to a script), so a record
    refused before lookup answers exactly as one refused after it."""
    raise PermissionDenied


def _view_model(callback: Callable) -> type[Model] | None:
    view_class = getattr(callback, "view_class", None)
    initkwargs = getattr(callback, "view_initkwargs", {}) or {}
    model = initkwargs.get("model") or getattr(view_class, "model", None)
    if not model:
        return None
    try:
        model = resolve_model_string(model)
    except (LookupError, ValueError):
        return None
    return model if isinstance(model, type) and issubclass(model, Model) else None


def required_actions(callback: Callable, policy) -> tuple[str, ...]:
    """The actions of which the user needs one: the view's own when it declares them, else
    those of the model's listing (choosers, revisions and other views that declare none)."""
    view_class = getattr(callback, "view_class", None)
    initkwargs = getattr(callback, "view_initkwargs", {}) or {}

    def declared(name: str):
        return initkwargs.get(name, getattr(view_class, name, None))

    if isinstance(policy, PagePermissionPolicy):
        return PAGE_ACTIONS
    if declared("permission_required"):
        return (declared("permission_required"),)
    if declared("any_permission_required"):
        return tuple(declared("any_permission_required"))
    return LISTING_ACTIONS


def _checked(callback: Callable, policy, actions: tuple[str, ...]) -> Callable[..., HttpResponse]:
    def checked(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if user.is_authenticated and not policy.user_has_any_permission(user, actions):
            return _refuse(request)
        return callback(request, *args, **kwargs)

    return update_wrapper(checked, callback)


def _checkable(model: type[Model] | None):
    """The model's policy when this module decides for it (model policies and pages), else
    None: collections decide images and documents per collection, in their own views."""
    if model is None:
        return None
    policy = policy_registry.get_by_type(model)
    return policy if isinstance(policy, ModelPermissionPolicy | PagePermissionPolicy) else None


def permission_first(callback: Callable, model: type[Model] | None = None) -> Callable:
    """The view behind a check of the model's permission policy, made before the view runs.

    `model` names the model of a view that does not say it (the page tree's function views,
    Wagtail's task chooser); otherwise the view's own `model` is used.
    """
    policy = _checkable(model or _view_model(callback))
    if policy is None:
        return callback
    return _checked(callback, policy, required_actions(callback, policy))


def bulk_permission_first(callback: Callable) -> Callable:
    """Wagtail's bulk actions (/admin/bulk/<app>/<model>/<action>/) list the chosen records,
    those the user may not touch included, by name: the model's listing permission first."""

    def checked(request: HttpRequest, app_label: str, model_name: str, action: str):
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            model = None
        policy = _checkable(model)
        if policy is not None:
            actions = PAGE_ACTIONS if isinstance(policy, PagePermissionPolicy) else LISTING_ACTIONS
            return _checked(callback, policy, actions)(request, app_label, model_name, action)
        return callback(request, app_label, model_name, action)

    return update_wrapper(checked, callback)


def protect_admin_urls(patterns: Iterable[URLPattern | URLResolver], namespace: str = "") -> None:
    """Wrap, in place, every view of `patterns` (the admin's URLs) that shows a model."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            protect_admin_urls(pattern.url_patterns, pattern.namespace or namespace)
            continue
        callback = getattr(pattern, "callback", None)
        if callback is None or getattr(callback, "permission_first", False):
            continue
        name = f"{namespace}:{pattern.name}" if namespace else (pattern.name or "")
        if name == BULK_ACTIONS:
            pattern.callback = bulk_permission_first(callback)
        elif namespace in PAGE_NAMESPACES or name in PAGE_URL_NAMES:
            pattern.callback = permission_first(callback, Page)
        else:
            pattern.callback = permission_first(callback, VIEWS_WITHOUT_MODEL.get(name))
        pattern.callback.permission_first = True
