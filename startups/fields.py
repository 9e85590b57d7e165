"""A set of choices stored as ",a,b," text, so one `contains` lookup filters it on any database."""

from django import forms
from django.db import models


class ChoiceSetField(models.CharField):
    def __init__(self, *args, item_choices=(), coerce=str, **kwargs):
        self.item_choices = list(item_choices)
        self.coerce = coerce
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("default", None)
        kwargs.pop("blank", None)
        if kwargs.get("max_length") == 200:
            kwargs.pop("max_length")
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list):
            return value
        if not value:
            return []
        return [self.coerce(item) for item in value.strip(",").split(",") if item]

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value
        items = self.to_python(value)
        return f",{','.join(str(item) for item in items)}," if items else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {self.coerce(key) for key, _label in self.item_choices}
        if any(item not in allowed for item in value):
            raise models.ValidationError(self.error_messages["invalid_choice"], code="invalid")
        if not self.blank and not value:
            raise models.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.item_choices,
            coerce=self.coerce,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{k: v for k, v in kwargs.items() if k in ("label", "help_text", "required")},
        )

    @staticmethod
    def lookup_value(item) -> str:
        """What to pass to `field__contains` to find rows holding `item`."""
        return f",{item},"
