"""Admin menu entries of custom pages, shown only to users the page would not refuse."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    permission = ""

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(self.permission)


def menu_item_requiring(permission: str) -> type[MenuItem]:
    """A menu item class for a ViewSet's `menu_item_class`, shown with `permission`."""
    name = "MenuItem_" + permission.replace(".", "_")
    return type(name, (PermissionMenuItem,), {"permission": permission})
