"""Production settings: refuse to start half-configured, and pass Django's deploy checklist."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "k" * 30 + "-production-secret-for-the-check-only-0123456789"


def _manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DJANGO_SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(DJANGO_SETTINGS_MODULE="udon_ecosystem.settings.production", **env)
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_check_deploy_has_zero_warnings():
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DJANGO_SECRET_KEY=SECRET, ALLOWED_HOSTS="smartudon.example",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", ALLOWED_HOSTS="smartudon.example")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _manage("check", DJANGO_SECRET_KEY=SECRET)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list" in result.stderr
