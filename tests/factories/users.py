"""Staff users in the groups the migrations create (officers, editors…)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def staff_user(username: str, group: str):
    """An active user with a password, an e-mail and a first name, in `group`."""
    user = get_user_model().objects.create_user(
        username, email=f"{username}@so-congthuong.vi-du.vn", password="x", first_name=username
    )
    user.groups.add(Group.objects.get(name=group))
    return user
