"""Field checks with messages in the user's language."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EARLIEST_FOUNDED_YEAR = 1950
BUDDHIST_ERA_OFFSET = 543


def validate_founded_year(value: int) -> None:
    this_year = timezone.localdate().year
    # 2569 typed for 2026: the year is in the future by exactly the Buddhist-era offset.
    if value > this_year and EARLIEST_FOUNDED_YEAR <= value - BUDDHIST_ERA_OFFSET <= this_year:
        raise ValidationError(
            _(
                "%(value)s looks like a Buddhist-era year. Please enter the year in the "
                "Gregorian calendar: %(gregorian)s."
            ),
            code="buddhist_era",
            params={"value": value, "gregorian": value - BUDDHIST_ERA_OFFSET},
        )
    if value > this_year:
        raise ValidationError(_("The founding year cannot be in the future."), code="future_year")
    if value < EARLIEST_FOUNDED_YEAR:
        raise ValidationError(
            _("Please enter a year from %(earliest)s on."),
            code="too_early",
            params={"earliest": EARLIEST_FOUNDED_YEAR},
        )


def registration_number_is_valid(value: str) -> bool:
    """Thai juristic person numbers carry a mod-11 check digit, like national ID numbers."""
    if len(value) != 13 or not value.isdigit():
        return False
    total = sum(int(digit) * (13 - position) for position, digit in enumerate(value[:12]))
    return (11 - total % 11) % 10 == int(value[12])


def validate_registration_number(value: str) -> None:
    if len(value) != 13 or not value.isdigit():
        raise ValidationError(
            _("A company registration number has exactly 13 digits."), code="length"
        )
    if not registration_number_is_valid(value):
        raise ValidationError(
            _("This registration number is not valid: please check the digits."), code="checksum"
        )


validate_line_id = RegexValidator(
    r"^@?[a-z0-9._-]{3,40}$",
    _("A LINE Official Account ID looks like @smartudon (letters, digits, . _ -)."),
    flags=0,
)
