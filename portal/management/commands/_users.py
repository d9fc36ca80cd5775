"""What the staff account commands share: finding the account named on the command line."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError


def user_named(username: str):
    """The user with this username, or a CommandError that names it."""
    User = get_user_model()
    try:
        return User.objects.get(username=username)
    except User.DoesNotExist as error:
        raise CommandError(f"No user named {username!r}.") from error
