"""Settings shared by every environment; everything that differs is read from the environment.

`DATABASE_URL` and `REDIS_URL` switch the portal from its embedded defaults (SQLite, an
in-process cache and a filesystem Celery broker under `var/`) to PostgreSQL and Redis.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django.contrib.sites",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "django_filters",
    "rules.apps.AutodiscoverRulesConfig",
    "udon_ecosystem",
    "members",
    "startups",
    "events",
    "coworking",
    "ninja",
    "insights",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
# Links people type without a scheme (smartudon.example) are taken as https, as in Django 6.
FORMS_URLFIELD_ASSUME_HTTPS = True
ROOT_URLCONF = "udon_ecosystem.urls"
WSGI_APPLICATION = "udon_ecosystem.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "udon_ecosystem.context_processors.portal",
            ],
            "builtins": ["udon_ecosystem.templatetags.portal"],
        },
    }
]

# --- Database -------------------------------------------------------------------------------
# Unset DATABASE_URL means the quickstart: one SQLite file. IMMEDIATE transactions serialise
# writers, which is what keeps SQLite honest where PostgreSQL would use row locks.
VAR_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'portal.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].startswith("django.db.backends.postg")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and Celery broker ----------------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "udon",
        }
    }
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # kombu's filesystem transport: a real broker a worker and beat can share, with no server.
    CELERY_BROKER_DIR = Path(env("CELERY_BROKER_DIR", default=str(VAR_DIR / "broker")))
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_DIR / "queue"),
        "data_folder_out": str(CELERY_BROKER_DIR / "queue"),
        "control_folder": str(CELERY_BROKER_DIR / "control"),
    }
    for folder in ("queue", "control"):
        (CELERY_BROKER_DIR / folder).mkdir(parents=True, exist_ok=True)

CELERY_TIMEZONE = "Asia/Bangkok"
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# What is due lives in the database; beat only wakes the sweeps that look for it.
CELERY_BEAT_SCHEDULE: dict[str, dict] = {}

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Smart Udon] "
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "members.forms.SignupForm"}
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "change_email": "1/m/user",
    "manage_email": "10/m/user",
}

# --- Mail -----------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Smart Udon <noreply@smartudon.example>")
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
# locale_overrides/ holds hand-kept Thai for Django and allauth strings their catalogues lack.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "udon_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# --- Security that holds in every environment ----------------------------------------------
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}

# --- Smart Hub co-working (coworking/) ------------------------------------------------------
COWORKING_SLOT_MINUTES = env.int("COWORKING_SLOT_MINUTES", default=30)
COWORKING_BOOKING_WINDOW_DAYS = env.int("COWORKING_BOOKING_WINDOW_DAYS", default=14)
COWORKING_MAX_ACTIVE_BOOKINGS = env.int("COWORKING_MAX_ACTIVE_BOOKINGS", default=3)
# Longest booking per resource kind in minutes; None means the whole opening day.
COWORKING_MAX_MINUTES = {
    "hot_desk": None,
    "dedicated_desk": None,
    "meeting_room": 240,
    "phone_booth": 120,
}
COWORKING_CHECK_IN_BEFORE_MINUTES = 15
COWORKING_CHECK_IN_AFTER_MINUTES = 30
COWORKING_NO_SHOW_LIMIT = 3
COWORKING_NO_SHOW_PERIOD_DAYS = 30
COWORKING_NO_SHOW_BLOCK_DAYS = 7
# Reminder this many minutes before a booking starts, sent by the shared sweep (sweeps.py).
COWORKING_REMINDER_MINUTES = env.int("COWORKING_REMINDER_MINUTES", default=120)
CELERY_BEAT_SCHEDULE["coworking-release-no-shows"] = {
    "task": "coworking.release_no_shows",
    "schedule": 300.0,
}
CELERY_BEAT_SCHEDULE["coworking-send-due-reminders"] = {
    "task": "coworking.send_due_reminders",
    "schedule": 60.0,
    "options": {"expires": 60},
}

# --- events ---------------------------------------------------------------------------------
# Reminder lead times in minutes before the start; shorten them to watch a reminder arrive,
# e.g. EVENTS_REMINDER_HOUR_MINUTES=5 make run.
EVENTS_REMINDER_DAY_MINUTES = env.int("EVENTS_REMINDER_DAY_MINUTES", default=24 * 60)
EVENTS_REMINDER_HOUR_MINUTES = env.int("EVENTS_REMINDER_HOUR_MINUTES", default=60)
EVENTS_REMINDER_BATCH_SIZE = env.int("EVENTS_REMINDER_BATCH_SIZE", default=100)
EVENTS_REMINDER_SWEEP_SECONDS = env.int("EVENTS_REMINDER_SWEEP_SECONDS", default=60)
CELERY_BEAT_SCHEDULE["events-send-due-reminders"] = {
    "task": "events.send_due_reminders",
    "schedule": EVENTS_REMINDER_SWEEP_SECONDS,
    # A sweep that could not start within one period is superseded by the next one.
    "options": {"expires": EVENTS_REMINDER_SWEEP_SECONDS},
}

# --- insights (open data API, feeds, sitemap, dashboards) -------------------------------------
# Anonymous API clients per IP address, counted in the cache ("requests/s|m|h|d").
API_ANON_RATE = env("API_ANON_RATE", default="120/m")
# Behind N reverse proxies, the client address is the Nth from the right of X-Forwarded-For;
# 0 trusts only REMOTE_ADDR, so a client cannot pick its own address to dodge the limit.
NINJA_NUM_PROXIES = env.int("NINJA_NUM_PROXIES", default=0)
