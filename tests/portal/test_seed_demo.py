import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.core.management import call_command

from members.roles import is_depa_staff


def _counts():
    return {
        model._meta.label: model.objects.count()
        for app in ("members", "startups", "events", "coworking", "account")
        for model in apps.get_app_config(app).get_models()
    }


@pytest.mark.django_db
def test_seed_demo_twice_gives_the_same_world(capsys):
    call_command("seed_demo")
    first = _counts()
    call_command("seed_demo")

    assert _counts() == first
    assert first["members.User"] >= 7
    assert EmailAddress.objects.filter(verified=True).count() == first["members.User"]
    assert "staff@smartudon.example" in capsys.readouterr().out


@pytest.mark.django_db
def test_seed_demo_staff_account_is_depa_staff():
    from members.models import User

    call_command("seed_demo")

    assert is_depa_staff(User.objects.get(email="staff@smartudon.example"))
    assert not is_depa_staff(User.objects.get(email="somchai@smartudon.example"))


@pytest.mark.django_db
def test_createsuperuser_noinput_reads_email_and_password_from_the_environment(monkeypatch):
    from members.models import User

    monkeypatch.setenv("DJANGO_SUPERUSER_EMAIL", "root@smartudon.example")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-admin-password-1")
    call_command("createsuperuser", "--noinput", verbosity=0)

    admin = User.objects.get(email="root@smartudon.example")
    assert admin.is_superuser and admin.is_staff
    assert admin.check_password("a-long-admin-password-1")
