"""Developer machine and `make run`: debug on, mail written to files under var/mail/."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
# A fixed key is fine for a machine that never serves the public; production refuses one.
SECRET_KEY = env("DJANGO_SECRET_KEY", default="local-only-insecure-key-smart-udon-portal")
