"""Garrison's settings, read from the environment (see `.env.example`).

`GARRISON_ENV=development` (the default) runs with DEBUG and a development secret
key; `GARRISON_ENV=production` requires `SECRET_KEY` and turns on the security
settings that `manage.py check --deploy` asks for.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from garrison import backing_services, security

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

GARRISON_ENV = env.str("GARRISON_ENV", default="development")
if GARRISON_ENV not in {"development", "production"}:
    raise ImproperlyConfigured(
        f"GARRISON_ENV must be 'development' or 'production', not {GARRISON_ENV!r}."
    )
PRODUCTION = GARRISON_ENV == "production"

DEBUG = env.bool("DEBUG", default=not PRODUCTION)

if PRODUCTION:
    SECRET_KEY = env.str("SECRET_KEY", default="")
    if not SECRET_KEY.strip():
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when GARRISON_ENV=production."
        )
else:
    SECRET_KEY = env.str(
        "SECRET_KEY", default="development-only-key-never-used-in-production"
    )

ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost"]
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "articles",
    "encyclopedia",
    "search",
    "community",
    "readers",
    "discussion",
    "history",
    "citations",
    "assessment",
    "core",
    "api",
    "axes",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks_db",
    "ninja",
    "corsheaders",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
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
    # Production serves the collected static files itself (hashed, compressed;
    # never the manifest, staticfiles.json).
    *(["core.static_files.StaticFilesMiddleware"] if PRODUCTION else []),
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Inside the policy: the admin and the API's docs page get a looser one.
    "core.security.LooserPolicyForTools",
    # Before anything that may answer: the API's CORS headers and error shape.
    "corsheaders.middleware.CorsMiddleware",
    "api.middleware.ApiErrorShape",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: it picks the language from the /cs/ prefix.
    "django.middleware.locale.LocaleMiddleware",
    # Knows the language, needs nothing else: a cached page costs no query.
    "core.caching.pages.AnonymousPageCache",
    "django.middleware.common.CommonMiddleware",
    # After common, which refuses hosts not allowed: the site, known already.
    "core.caching.process_copies.KnownSite",
    # What is private is read at most once per request, by whichever asks first.
    "core.privacy.PrivateRootsPerRequest",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a sign-in refused for too many failures into the 429 page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out sign-in before any password is
# checked, on the admin's login and every other form that authenticates.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Readers sign in with their email address (or a contributor's username).
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Reader accounts (django-allauth): an email address, confirmed by a link
# before the account may sign in; the display name is the reader's own
# (readers.ReaderProfile), never the address. allauth's rate limits stay on.
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_ADAPTER = "readers.adapter.ReaderAccountAdapter"
ACCOUNT_FORMS = {"signup": "readers.forms.ReaderSignupForm"}
# Two-factor sign-in (an authenticator app's codes, and recovery codes), offered
# to everyone who works in the admin; the admin's own sign-in asks for it too
# (core.staff_sign_in).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Garrison"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "readers:settings"

ROOT_URLCONF = "garrison.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "garrison.wsgi.application"

# Each service falls back to an embedded default when its variable is unset
# (garrison/backing_services.py): SQLite under data/, the process's memory for the
# cache, tasks run at once, media files under data/media.
DATABASES = {
    "default": backing_services.database(
        env.str(
            "DATABASE_URL",
            default=f"sqlite:///{BASE_DIR / 'data' / 'garrison.sqlite3'}",
        )
    )
}
# Production keeps each worker's connection open between requests: opening one
# costs PostgreSQL a process fork and the page several milliseconds. A broken
# connection is noticed before a request uses it.
DATABASES["default"]["CONN_MAX_AGE"] = env.int(
    "CONN_MAX_AGE", default=60 if PRODUCTION else 0
)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")

REDIS_URL = env.str("REDIS_URL", default="") or None
if REDIS_URL:
    backing_services.redis_url(REDIS_URL)
CACHES = backing_services.caches(REDIS_URL)
# A Redis that failed is not asked again for this many seconds: meanwhile every
# request is served from the database at once instead of waiting on it.
REDIS_RETRY_SECONDS = env.float("REDIS_RETRY_SECONDS", default=5.0)
# Anonymous readers' pages, whole, for this many seconds (core/caching/pages.py);
# on by default only with Redis, the one cache every web process shares.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600 if REDIS_URL else 0)
# Fragments of pages ({% fragmentcache %}: an article's body, an entry's
# content), kept for this many seconds or until what they show changes
# (core/caching/fragments.py); on by default only with Redis.
CONTENT_CACHE_SECONDS = env.int(
    "CONTENT_CACHE_SECONDS", default=600 if REDIS_URL else 0
)
# A cache in front (deploy/nginx refreshes a page on PURGE): Wagtail sends a
# PURGE for each page published, unpublished or moved, and the page cache one
# for each address it stored that a change made stale (core/caching/store.py).
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", default="")
WAGTAILFRONTENDCACHE = (
    {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    if FRONTEND_CACHE_URL
    else {}
)
if REDIS_URL:
    # Sessions are written through to the database, so a Redis restart logs
    # nobody out; they are read from Redis.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background work: "immediate" runs each task in the request that queues it;
# "database" queues it for `manage.py db_worker` (django-tasks-db). Wagtail's
# own index and reference updates go the same way.
TASKS = backing_services.tasks(env.str("TASK_BACKEND", default="immediate"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("cs", "Čeština")]
# Pages exist per language (Wagtail locales); the Czech tree follows the English
# one through wagtail-localize's synchronisation until a page is translated.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Prague")

# "Join us": how many applications one address may send per window (seconds),
# and how long the emailed confirm and withdraw links work (seconds).
JOIN_RATE_LIMIT = env.int("JOIN_RATE_LIMIT", default=5)
JOIN_RATE_WINDOW = env.int("JOIN_RATE_WINDOW", default=3600)
APPLICATION_LINK_MAX_AGE = env.int("APPLICATION_LINK_MAX_AGE", default=3 * 24 * 3600)
# The set-password link in the welcome email uses Django's reset token.
PASSWORD_RESET_TIMEOUT = env.int("PASSWORD_RESET_TIMEOUT", default=3 * 24 * 3600)

# Sign-in (core/signin.py, django-axes): failed sign-ins are counted per account
# and per address, each against its own limit; past either, sign-in is refused
# (even with the right password) for a cool-off that doubles each time the
# limit is reached again, up to the longest.
SIGN_IN_FAILURES_PER_ACCOUNT = env.int("SIGN_IN_FAILURES_PER_ACCOUNT", default=5)
SIGN_IN_FAILURES_PER_ADDRESS = env.int("SIGN_IN_FAILURES_PER_ADDRESS", default=30)
SIGN_IN_COOL_OFF_MINUTES = env.int("SIGN_IN_COOL_OFF_MINUTES", default=15)
SIGN_IN_COOL_OFF_MAX_HOURS = env.int("SIGN_IN_COOL_OFF_MAX_HOURS", default=24)
AXES_HANDLER = "core.signin.SignInAttempts"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = "core.signin.failure_limit"
AXES_COOLOFF_TIME = "core.signin.cool_off"
AXES_USE_ATTEMPT_EXPIRATION = True
AXES_LOCKOUT_CALLABLE = "core.signin.lockout_response"
AXES_USERNAME_CALLABLE = "core.signin.account_name"
AXES_CLIENT_IP_CALLABLE = "core.clients.client_address"
# Failures are kept until they expire; successful sign-ins are not logged.
AXES_DISABLE_ACCESS_LOG = True
WAGTAILADMIN_USER_LOGIN_FORM = "core.signin.AdminLoginForm"
# Password-reset emails asked for, per address and per email address.
PASSWORD_RESET_RATE_LIMIT = env.str("PASSWORD_RESET_RATE_LIMIT", default="5/h")

# A workflow approved to the end publishes, whoever approved its last step.
WAGTAIL_FINISH_WORKFLOW_ACTION = "community.workflows.publish_approved"

# The public API: any site may read it from a browser (GET only), and each
# client address may make API_RATE_LIMIT requests ("120/m", "2000/h").
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
API_RATE_LIMIT = env.str("API_RATE_LIMIT", default="120/m")

# The longest list /timeline/ shows before it asks the reader to narrow it.
TIMELINE_MAX_ITEMS = env.int("TIMELINE_MAX_ITEMS", default=500)
# The most bytes `import_site` unpacks an archive to (`--max-size` overrides).
SITE_ARCHIVE_MAX_SIZE = env.int("SITE_ARCHIVE_MAX_SIZE", default=10 * 1024**3)

# Maps: the reader's browser loads the tiles; an empty URL draws markers only.
MAP_TILE_URL = env.str(
    "MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
MAP_TILE_ATTRIBUTION = env.str(
    "MAP_TILE_ATTRIBUTION",
    default='&copy; <a href="https://www.openstreetmap.org/copyright">'
    "OpenStreetMap</a> contributors",
)
USE_I18N = True
FORMAT_MODULE_PATH = ["garrison.formats"]
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static_collected")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "data" / "media")
MEDIA_STORAGE = env.str("MEDIA_STORAGE", default="filesystem")
if MEDIA_STORAGE == "s3":
    AWS_S3_CLIENT_CONFIG = backing_services.s3_client_config()
STORAGES = {
    "default": backing_services.media_storage(MEDIA_STORAGE, env),
    # Hashed, compressed names in production (whitenoise serves them with
    # far-future caching); plain names in development, where nothing is collected.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

MAILERS = {
    "default": {
        "BACKEND": env.str(
            "MAILER_BACKEND",
            default="django.core.mail.backends.smtp.EmailBackend"
            if PRODUCTION
            else "django.core.mail.backends.console.EmailBackend",
        ),
        "OPTIONS": env.json("MAILER_OPTIONS", default={}),
    }
}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="garrison@localhost")

# The site's public address (https://garrison.example). Set, every absolute URL
# the site writes begins with it (core/absolute_urls.py); unset, each begins with
# the address the request came to.
SITE_URL = backing_services.site_url(env.str("SITE_URL", default=""))

# Wagtail
WAGTAIL_SITE_NAME = "Garrison"
# Nothing is fetched at run time: the admin does not ask wagtail.org for news of
# releases (its Content-Security-Policy would refuse it anyway).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# A private page's password form and sign-in, in the site's layout and language.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "core/password_required.html"
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "core/login.html"
# Links the admin emails; the demo site's host and port in development.
# Avatars are the ones people upload, or Wagtail's own: never fetched from
# Gravatar, which the CSP would refuse and which would learn who edits.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env.str(
    "WAGTAILADMIN_BASE_URL", default=SITE_URL or "http://127.0.0.1:8000"
)
WAGTAILIMAGES_IMAGE_MODEL = "core.GarrisonImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
# Past this many matches, PostgreSQL ranks a broad query's best candidates only
# (search/backend.py explains why).
SEARCH_BROAD_QUERY_MATCHES = env.int("SEARCH_BROAD_QUERY_MATCHES", default=500)
# Searches and search-box suggestions each client address may ask for.
SEARCH_RATE_LIMIT = env.str("SEARCH_RATE_LIMIT", default="60/m")
SEARCH_SUGGEST_RATE_LIMIT = env.str("SEARCH_SUGGEST_RATE_LIMIT", default="120/m")
# Discussion: a reader's discussion posts appear without a moderator after
# this many of theirs were approved; each reader may post at these rates.
DISCUSSION_TRUSTED_AFTER = env.int("DISCUSSION_TRUSTED_AFTER", default=3)
# A post flagged by this many trusted readers is hidden until a moderator looks.
DISCUSSION_HIDE_AFTER_FLAGS = env.int("DISCUSSION_HIDE_AFTER_FLAGS", default=3)
# Links a reader's post may hold until they are trusted (spam is made of links).
DISCUSSION_NEW_READER_LINKS = env.int("DISCUSSION_NEW_READER_LINKS", default=2)
# A reader whose additions became part of this many pages is invited to join.
DISCUSSION_INVITE_AFTER = env.int("DISCUSSION_INVITE_AFTER", default=3)
DISCUSSION_POSTS_PER_MINUTE = env.str("DISCUSSION_POSTS_PER_MINUTE", default="3/m")
DISCUSSION_POSTS_PER_DAY = env.str("DISCUSSION_POSTS_PER_DAY", default="50/d")
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp4", "webm", "ogv", "odt", "docx", "csv", "txt"]
# Embeds are looked up when an article is shown; an empty list (used by the tests)
# turns every video URL into a plain link without touching the network.
WAGTAILEMBEDS_FINDERS = [
    {"class": finder}
    for finder in env.list("EMBED_FINDERS", default=["wagtail.embeds.finders.oembed"])
]

# Garrison
# How long one visitor's repeated loads of an article count as a single view.
VIEW_COUNT_WINDOW_SECONDS = env.int("VIEW_COUNT_WINDOW_SECONDS", default=30 * 60)
# The most views one address may add to one article within that window, however
# many browsers it claims to be.
VIEW_COUNT_PER_ADDRESS = env.int("VIEW_COUNT_PER_ADDRESS", default=10)
# With Redis, how often the views it buffers are flushed to the database.
VIEW_FLUSH_SECONDS = env.int("VIEW_FLUSH_SECONDS", default=60)
# A reverse proxy in front (deploy/nginx) that sets X-Forwarded-Proto and
# X-Forwarded-For: only then are those headers believed, for HTTPS
# (SECURE_PROXY_SSL_HEADER, below) and for the client's address (the last hop,
# core/clients.py). Without a proxy any client could send them, to pass as
# HTTPS or to change address at every request and slip past the rate limits.
if "TRUST_X_FORWARDED_FOR" in env:
    raise ImproperlyConfigured(
        "TRUST_X_FORWARDED_FOR is now BEHIND_PROXY, which governs both the "
        "X-Forwarded-For and X-Forwarded-Proto headers."
    )
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)

LOG_LEVEL = env.str("LOG_LEVEL", default="WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # The task framework logs every task's start and end at INFO, twice (Django's
    # module and the backport Wagtail uses), with any exception the task's own
    # code had already handled; failures still come through at WARNING and up.
    "loggers": {
        # Django gives its logger a console handler of its own in development:
        # with the root's, every line came out twice.
        "django": {"handlers": [], "level": LOG_LEVEL},
        # Which resets the loggers under it: runserver's lines, as Django has them.
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
        },
        **{name: {"level": "WARNING"} for name in ("django.tasks", "django_tasks")},
    },
}

# Django's own CSP middleware sends this on every reader-facing page.
SECURE_CSP = security.content_security_policy(
    tile_url=MAP_TILE_URL,
    media_origin=backing_services.media_origin(STORAGES["default"]),
)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None

if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    # Off only for `make serve`, which serves production over plain HTTP locally.
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.bool(
        "SECURE_COOKIES", default=True
    )

# Link rot (citations/linkrot.py): the cited web addresses, checked by the task
# worker host by host, politely, and their archived copies.
LINK_CHECK_USER_AGENT = env.str(
    "LINK_CHECK_USER_AGENT",
    default=f"GarrisonLinkCheck/1.0 (+{WAGTAILADMIN_BASE_URL})",
)
LINK_CHECK_DELAY = env.float("LINK_CHECK_DELAY", default=5.0)  # seconds per host
LINK_CHECK_TIMEOUT = env.float("LINK_CHECK_TIMEOUT", default=10.0)
LINK_CHECK_INTERVAL_DAYS = env.int("LINK_CHECK_INTERVAL_DAYS", default=30)
LINK_DEAD_AFTER = env.int("LINK_DEAD_AFTER", default=3)  # failures in a row
# Only addresses on the public internet are asked (a cited address must not make
# the server ask its own network); the tests' servers on 127.0.0.1 need this on.
LINK_CHECK_PRIVATE_ADDRESSES = env.bool("LINK_CHECK_PRIVATE_ADDRESSES", default=False)
# The archive: where to ask for a snapshot ({url} is the cited address,
# escaped), and where to ask for one to be made ("" to never ask).
LINK_ARCHIVE_AVAILABILITY_URL = env.str(
    "LINK_ARCHIVE_AVAILABILITY_URL",
    default="https://archive.org/wayback/available?url={url}",
)
LINK_ARCHIVE_SAVE_URL = env.str(
    "LINK_ARCHIVE_SAVE_URL", default="https://web.archive.org/save/{url}"
)
