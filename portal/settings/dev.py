"""The embedded default: one machine, no services, a secret generated once into var/."""

import secrets

from .base import *  # noqa: F403
from .base import SECRET_KEY, VAR_DIR
from .env import env_bool

if not SECRET_KEY:
    _key_file = VAR_DIR / "secret_key"
    if not _key_file.exists():
        _key_file.write_text(secrets.token_urlsafe(50))
        _key_file.chmod(0o600)
    SECRET_KEY = _key_file.read_text().strip()

SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
