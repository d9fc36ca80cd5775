"""Settings shared by every environment: production-safe; what varies comes from the environment.

Every environment variable the project reads is read here (or in the module it is named after
in `.env.example`), never in application code.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"
THEME_DIR = BASE_DIR / "themes" / "default"
VAR_DIR = Path(env_str("VAR_DIR") or BASE_DIR / "var")

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
PORT = env_int("PORT", 8000)
BASE_URL = env_str("BASE_URL") or f"http://127.0.0.1:{PORT}"

INSTALLED_APPS = [
    "portal",
    "portal.users",
    "portal.search",
    "portal.demo",
    "cms.core",
    "cms.images",
    "cms.pages",
    "cms.catalogue",
    "outreach.press",
    "outreach.campaigns",
    "outreach.invitations",
    "outreach.notices",
    "bots",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_q",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache: a cached page gets the header afresh on every hit, so a policy change
    # reaches cached pages at once and no per-request value is ever stored with a page.
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.RejectMalformedRequestMiddleware",
    "portal.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.users.twofactor.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [THEME_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web and worker share the file: WAL lets readers run beside the writer, IMMEDIATE takes the
    # write lock at BEGIN, so two writers queue (busy timeout) and never fail "database is locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ---------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "spcncl",
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
else:
    # A file cache, not local memory: the worker publishes scheduled pages in its own process and
    # must be able to invalidate the pages the web process cached.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "TIMEOUT": 3600,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        # Wagtail writes a rendition to its cache on every use; on the file cache each write
        # scans the cache folder. Renditions never change, so each process keeps its own.
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 3600,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

# --- Auth ----------------------------------------------------------------------------------
AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"
WAGTAILADMIN_USER_LOGIN_FORM = "portal.users.forms.StaffLoginForm"

# --- Staff sign-in: lockout, two-factor authentication, idle timeout ---------------------------
# django-axes first: it refuses a locked-out account or address before a password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Wrong passwords after which an account, and separately the address they came from, is locked.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 10)
# Each is counted on its own: guessing from many addresses locks the account, guessing many
# accounts from one address locks the address.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Minutes a lockout lasts (a wrong password during the lockout starts it again).
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 30)
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
# The client as the trusted proxies report it (TRUSTED_PROXIES), never a forgeable header.
AXES_CLIENT_IP_CALLABLE = "cms.core.clients.client_address"
AXES_LOCKOUT_CALLABLE = "portal.users.lockout.lockout_response"
# Failed attempts are what a lockout needs; no log of every successful staff sign-in.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False  # no banner on every manage.py command; lockouts are still logged
# Groups whose members must sign in with a second factor (they handle firms' personal data);
# superusers always must. TWO_FACTOR_ALL_STAFF extends it to everyone who can use the admin.
TWO_FACTOR_GROUPS = env_list("TWO_FACTOR_GROUPS", ["Cán bộ vận động"])
TWO_FACTOR_ALL_STAFF = env_bool("TWO_FACTOR_ALL_STAFF", False)
# The issuer an authenticator app shows next to the account name.
OTP_TOTP_ISSUER = "SPCNCL Hà Nội"
# Minutes without a request after which a signed-in session ends (the admin asks to sign in).
ADMIN_IDLE_MINUTES = env_int("ADMIN_IDLE_MINUTES", 30)
SESSION_COOKIE_AGE = ADMIN_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True  # each request restarts the idle clock
# The Django admin (/django-admin/) is off: the Wagtail admin is where staff work.
DJANGO_ADMIN_ENABLED = env_bool("DJANGO_ADMIN_ENABLED", False)

# --- Language, time, formats ----------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Our strings first, then the Wagtail admin strings Wagtail's own Vietnamese catalogue lacks.
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "locale_wagtail"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

# --- Static and media -------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT") or VAR_DIR / "static")
STATICFILES_DIRS = [THEME_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# The embedded default serves uploaded media itself; production puts media behind the proxy/S3.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_PERMISSIONS = 0o644
# Largest workbook the catalogue import (command and admin page) accepts, in bytes.
CATALOGUE_IMPORT_MAX_BYTES = env_int("CATALOGUE_IMPORT_MAX_BYTES", 10 * 1024 * 1024)
# LibreOffice turns the personalised invitation forms (DOCX) into PDF.
SOFFICE_PATH = env_str("SOFFICE_PATH", "soffice")
# Personalised form sets: firms per LibreOffice run (memory grows with it, not with the
# campaign), and how many runs go side by side (one CPU core each).
FORM_SETS_CHUNK_SIZE = env_int("FORM_SETS_CHUNK_SIZE", 25)
FORM_SETS_CONVERTERS = env_int("FORM_SETS_CONVERTERS", 2)
# Largest workbook of target firms the campaign import accepts, in bytes.
CAMPAIGN_IMPORT_MAX_BYTES = env_int("CAMPAIGN_IMPORT_MAX_BYTES", 5 * 1024 * 1024)
# Online applications: files firms upload are kept here, outside MEDIA_ROOT (never public),
# and served to outreach officers only through a permission-checked view.
APPLICATIONS_ROOT = Path(env_str("APPLICATIONS_ROOT") or VAR_DIR / "private" / "applications")
# Personalised invitation form sets (each zip holds the firm's personal link): private like the
# applications, outside MEDIA_ROOT, served only through permission-checked views.
FORM_SETS_ROOT = Path(env_str("FORM_SETS_ROOT") or VAR_DIR / "private" / "form-sets")
# Largest single file and largest set of files one application may send, in bytes.
APPLICATION_FILE_MAX_BYTES = env_int("APPLICATION_FILE_MAX_BYTES", 20 * 1024 * 1024)
APPLICATION_TOTAL_MAX_BYTES = env_int("APPLICATION_TOTAL_MAX_BYTES", 100 * 1024 * 1024)
# Online applications one address may send in an hour (a firm resends a few times at most).
APPLICATION_RATE_LIMIT = env_int("APPLICATION_RATE_LIMIT", 20)

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "SPCNCL Hà Nội"
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "xlsx", "zip", "doc", "xls"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILEMBEDS_FINDERS = []
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}
WAGTAIL_PASSWORD_RESET_ENABLED = True
# The dashboard would ask releases.wagtail.org for new versions from every officer's browser;
# upgrades are the maintainers' business, and admin pages make no outside requests.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no outside requests, the admin included

# --- Background worker (django-q2) -------------------------------------------------------------
Q_CLUSTER = {
    "name": "spcncl",
    "orm": "default",
    "workers": env_int("Q_WORKERS", 2),
    "timeout": 60,
    # Longer than the longest time limit a task is given (the printable catalogue's 15 minutes,
    # cms.catalogue): the broker hands a task out again when `retry` passes unacknowledged.
    "retry": 1200,
    "max_attempts": 1,
    "ack_failures": True,
    "catch_up": False,
    "save_limit": 500,
    "queue_limit": 20,
    "bulk": 1,
    "poll": 1,
    "label": "Hàng đợi tác vụ",
}

# --- Chat channels (bots) -----------------------------------------------------------------------
# Without a token, messages for Telegram land in the admin's test outbox instead.
TELEGRAM_BOT_TOKEN = env_str("TELEGRAM_BOT_TOKEN")
# Bot API root; the token and method are appended (a local Bot API server or a test fake).
TELEGRAM_API_URL = env_str("TELEGRAM_API_URL", "https://api.telegram.org").rstrip("/")
# The bot's @username without "@": deep links t.me/<username>?start=<token>.
TELEGRAM_BOT_USERNAME = env_str("TELEGRAM_BOT_USERNAME").lstrip("@")
# Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; the webhook refuses requests without it.
TELEGRAM_WEBHOOK_SECRET = env_str("TELEGRAM_WEBHOOK_SECRET")
ZALO_APP_ID = env_str("ZALO_APP_ID")
ZALO_OA_ID = env_str("ZALO_OA_ID")
# Signs the Zalo webhook (X-ZEvent-Signature); shown with the webhook settings of the app.
ZALO_OA_SECRET_KEY = env_str("ZALO_OA_SECRET_KEY")
# Zalo retries an event for about two hours with its original timestamp; older ones are refused.
ZALO_WEBHOOK_MAX_AGE = env_int("ZALO_WEBHOOK_MAX_AGE", 6 * 3600)
BOTS_LINK_TOKEN_DAYS = env_int("BOTS_LINK_TOKEN_DAYS", 30)
BOTS_INBOUND_RETENTION_DAYS = env_int("BOTS_INBOUND_RETENTION_DAYS", 30)
# Failed link attempts (unknown, used or expired code) one chat may make in an hour, and all
# chats together; past either, /start and LIENKET answer the same refusal and check nothing.
BOTS_LINK_FAILURES_PER_CHAT = env_int("BOTS_LINK_FAILURES_PER_CHAT", 5)
BOTS_LINK_FAILURES_TOTAL = env_int("BOTS_LINK_FAILURES_TOTAL", 200)

# --- E-mail ------------------------------------------------------------------------------------
EMAIL_URL = env_str("EMAIL_URL")
if EMAIL_URL.startswith("smtp"):
    from urllib.parse import unquote, urlparse

    _email = urlparse(EMAIL_URL)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or 587
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_TLS = _email.scheme == "smtp+tls"
    EMAIL_USE_SSL = _email.scheme == "smtps"
else:
    # No SMTP configured: keep mail on disk so staff can still read what would have been sent.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(VAR_DIR / "mail")
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "SPCNCL Hà Nội <no-reply@congnghiepchuluc-hanoi.gov.vn>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds an SMTP connection may wait; without it a silent mail server blocks a worker forever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# --- Chat channels (bots): Telegram timeouts -----------------------------------------------------
TELEGRAM_CONNECT_TIMEOUT = env_float("TELEGRAM_CONNECT_TIMEOUT", 5.0)  # seconds
TELEGRAM_READ_TIMEOUT = env_float("TELEGRAM_READ_TIMEOUT", 20.0)  # seconds, beyond a long poll

# --- Zalo (Official Account API, ZNS template messages, OAuth v4) -------------------------------
# Unset app id or secret, or no connected grant: the "zalo" and "zalo_zns" channels stand in as
# the outbox. The base URLs point at Zalo; tests and the fake channel servers replace them.
ZALO_APP_ID = env_str("ZALO_APP_ID")
ZALO_APP_SECRET = env_str("ZALO_APP_SECRET")
# Signs the webhooks Zalo sends (X-ZEvent-Signature); shown apart from the app secret.
ZALO_OA_SECRET_KEY = env_str("ZALO_OA_SECRET_KEY")
ZALO_OPENAPI_URL = env_str("ZALO_OPENAPI_URL", "https://openapi.zalo.me").rstrip("/")
ZALO_BUSINESS_API_URL = env_str("ZALO_BUSINESS_API_URL", "https://business.openapi.zalo.me").rstrip(
    "/"
)
ZALO_OAUTH_URL = env_str("ZALO_OAUTH_URL", "https://oauth.zaloapp.com").rstrip("/")
# Seconds to open a connection and to wait for Zalo's answer.
ZALO_CONNECT_TIMEOUT = env_float("ZALO_CONNECT_TIMEOUT", 5.0)
ZALO_READ_TIMEOUT = env_float("ZALO_READ_TIMEOUT", 20.0)
# The access token lives 25 hours; the worker renews it when less than this many minutes remain.
ZALO_REFRESH_MARGIN_MINUTES = env_int("ZALO_REFRESH_MARGIN_MINUTES", 300)
# Send the appsecret_proof header (HMAC of the access token) when the app requires it.
ZALO_APPSECRET_PROOF = env_bool("ZALO_APPSECRET_PROOF", False)
# ZNS "development" mode: template messages reach only the app's and OA's administrators.
ZALO_ZNS_DEVELOPMENT = env_bool("ZALO_ZNS_DEVELOPMENT", False)

# --- Notices and reminders to firms (outreach.notices) -----------------------------------------
# Hà Nội time in which messages may leave; rows due outside it wait for the next opening. It must
# lie within 07:00–21:00 (nothing is ever sent at night).
NOTICES_SEND_WINDOW = env_str("NOTICES_SEND_WINDOW", "08:00-20:00")
# Messages per second (/s) or per minute (/m) each channel may take from all workers together.
NOTICES_RATE_LIMITS = env_str(
    "NOTICES_RATE_LIMITS", "telegram=30/s,zalo=60/s,zalo_zns=60/s,email=10/s"
)
# The zone the send window and a contact's one reminder a day are counted in.
NOTICES_TIME_ZONE = env_str("NOTICES_TIME_ZONE", TIME_ZONE)
# Seconds a worker holds a row it is sending; a row still "sending" after that (the worker
# died) is claimed again and sent with the same idempotency key.
NOTICES_LEASE_SECONDS = env_int("NOTICES_LEASE_SECONDS", 120)
# Attempts on one channel before the row fails and the contact's next channel is tried.
NOTICES_MAX_ATTEMPTS = env_int("NOTICES_MAX_ATTEMPTS", 6)
# Seconds before the first retry of a failed send; doubled each time, at most an hour.
NOTICES_RETRY_BASE_SECONDS = env_float("NOTICES_RETRY_BASE_SECONDS", 15.0)
# Seconds one run of the sending job may work before it hands over to the next run.
NOTICES_RUN_SECONDS = env_int("NOTICES_RUN_SECONDS", 50)

# --- Feedback form spam protection ------------------------------------------------------------
FEEDBACK_RATE_LIMIT = env_int("FEEDBACK_RATE_LIMIT", 5)  # submissions per address per hour
FEEDBACK_MIN_SECONDS = env_int("FEEDBACK_MIN_SECONDS", 3)  # humans take longer than this

# --- Demo content ----------------------------------------------------------------------------
# Minutes after the demo is built that its scheduled article goes live.
DEMO_SCHEDULED_MINUTES = env_int("DEMO_SCHEDULED_MINUTES", 3)

# --- Client address behind a reverse proxy ------------------------------------------------------
# Addresses or networks (CIDR) of the reverse proxies in front of the portal. Only a request that
# arrives from one of them has its X-Forwarded-For read; empty (the default) trusts no header,
# so the client is REMOTE_ADDR. Rate limits, login lockout and consent evidence use this address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# --- Security headers that hold everywhere -----------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp). Public pages run no inline script and no inline style:
# every script and stylesheet is a static file, JSON-LD is data (not run), charts and QR codes
# are inline SVG drawn with classes and presentation attributes. frame-ancestors follows each
# response's X-Frame-Options (DENY -> 'none', SAMEORIGIN -> 'self', as on Wagtail's previews);
# see portal.middleware.ContentSecurityPolicyMiddleware.
# Extra origins images may come from, e.g. the object storage or CDN serving media in production.
CSP_IMG_SOURCES = env_list("CSP_IMG_SOURCES")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *CSP_IMG_SOURCES],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": "/csp-report/",
    },
}
# What Wagtail 8's admin needs on top, for signed-in staff only (the login and password-reset
# pages keep the public policy): Wagtail renders inline <script> from Python (chooser widgets,
# date pickers, inline panels) where no per-request nonce can reach them, and a nonce would turn
# 'unsafe-inline' off in every current browser; its templates use style="" attributes; its icons
# and image uploads' previews are data: and blob: URLs.
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:", "blob:"],
}
# Violation reports the /csp-report/ endpoint logs per client address and hour; more are dropped.
CSP_REPORT_RATE_LIMIT = env_int("CSP_REPORT_RATE_LIMIT", 30)

# Permissions-Policy (django-permissions-policy): no page uses any of these devices or APIs, so
# no page (nor a frame inside one) may ask for them.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "ambient-light-sensor": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "interest-cohort": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # httpx logs every request URL at INFO, and Bot API URLs carry the bot token.
        "httpx": {"level": "WARNING"},
    },
}
