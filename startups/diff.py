"""A field-by-field comparison of a pending edit with the public profile, for staff."""

from django.db.models.fields.files import FieldFile

from .models import PUBLIC_FIELDS, Startup


def _display(startup: Startup, field: str, value):
    model_field = Startup._meta.get_field(field)
    if field in ("looking_for", "sdgs"):
        labels = dict(model_field.item_choices)
        return ", ".join(str(labels.get(item, item)) for item in value or [])
    if model_field.choices:
        return str(dict(model_field.choices).get(value, value))
    if isinstance(value, bool):
        from django.utils.translation import gettext

        return gettext("Yes") if value else gettext("No")
    if isinstance(value, FieldFile):
        return value.name or ""
    return "" if value is None else str(value)


def revision_diff(startup: Startup, revision) -> list[dict]:
    rows = []
    for field in PUBLIC_FIELDS:
        if field not in revision.data:
            continue
        old = getattr(startup, field)
        old_value = old.name if isinstance(old, FieldFile) else old
        new_value = revision.data[field]
        if (old_value or "") == (new_value or ""):
            continue
        rows.append({
            "field": field,
            "label": Startup._meta.get_field(field).verbose_name,
            "old": _display(startup, field, old_value),
            "new": _display(startup, field, new_value),
            "is_image": field == "logo",
        })  # fmt: skip
    return rows
