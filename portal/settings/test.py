"""Settings for the test suite.

The database comes from DATABASE_URL (SQLite when unset: a file, so a worker process started by
a test sees the same data); the cache is Redis when REDIS_URL is set, local memory otherwise.
"""

from .base import *  # noqa: F403
from .base import DATABASES, REDIS_URL, VAR_DIR

SECRET_KEY = "test-only-secret-key-not-for-any-deployment"
DEBUG = False
ALLOWED_HOSTS = ["*"]
SERVE_MEDIA = True
MEDIA_ROOT = VAR_DIR / "test-media"
APPLICATIONS_ROOT = VAR_DIR / "test-private" / "applications"
FORM_SETS_ROOT = VAR_DIR / "test-private" / "form-sets"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "spcncl-test",
        }
    }
else:
    # A file cache, so a worker process started by a test shares (and invalidates) it.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "test-cache"),
        }
    }
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
FEEDBACK_MIN_SECONDS = 0
# The demo snapshot outlives a suite run: its scheduled article must stay ahead of it.
DEMO_SCHEDULED_MINUTES = 24 * 60
