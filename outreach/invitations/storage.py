"""Private file storage: the application files and the form-set zips (they hold personal
links). Outside MEDIA_ROOT, without any URL, readable by the portal's own user only (files
0600, folders 0700); staff and firms get them through permission-checked views."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible

FILE_MODE = 0o600
FOLDER_MODE = 0o700
#: The settings that name a private folder, each checked to lie outside the public ones.
PRIVATE_ROOTS = ("APPLICATIONS_ROOT", "FORM_SETS_ROOT")


@deconstructible
class PrivateStorage(FileSystemStorage):
    """The folder named by the setting `root_setting`, read at each use (tests and
    deployments change it); it has no URL, so nothing in it is ever linked publicly."""

    def __init__(self, root_setting: str = "APPLICATIONS_ROOT") -> None:
        self.root_setting = root_setting
        super().__init__(
            base_url=None,
            file_permissions_mode=FILE_MODE,
            directory_permissions_mode=FOLDER_MODE,
        )

    @property
    def base_location(self):
        return getattr(settings, self.root_setting)

    @property
    def location(self):
        return str(Path(self.base_location).resolve())

    def url(self, name):
        raise ValueError("Private files have no public address.")


application_storage = PrivateStorage("APPLICATIONS_ROOT")
form_set_storage = PrivateStorage("FORM_SETS_ROOT")


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


@register()
def check_private_roots(app_configs=None, **kwargs) -> list[Error]:
    """A private folder inside the media or static folder would be served to anyone."""
    errors = []
    public = {
        name: Path(value).resolve()
        for name in ("MEDIA_ROOT", "STATIC_ROOT")
        if (value := getattr(settings, name, None))
    }
    for name in PRIVATE_ROOTS:
        private = Path(getattr(settings, name)).resolve()
        for public_name, folder in public.items():
            if _inside(private, folder) or _inside(folder, private):
                errors.append(
                    Error(
                        f"{name} ({private}) must lie outside {public_name} ({folder}).",
                        hint="Private files (applications, form sets) must never be served "
                        "by the web server: move the folder out of the public one.",
                        id="invitations.E001",
                    )
                )
    return errors
