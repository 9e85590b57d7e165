"""The sections of a person's page. Each app adds its own with `person_section`.

A section is a template and a function `(person, viewer) -> dict | None`; it is shown only
when the function returns a context, so a page never carries an empty placeholder. Apps
register theirs in AppConfig.ready(), e.g. startups adds "the startups they are on".
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    key: str
    title: Any
    template: str
    context: Callable
    order: int = 100


_SECTIONS: dict[str, Section] = {}


def person_section(*, key, title, template, context, order=100) -> None:
    _SECTIONS[key] = Section(key, title, template, context, order)


def person_sections(*, person, viewer) -> list[dict]:
    shown = []
    for section in sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key)):
        context = section.context(person, viewer)
        if context:
            shown.append({"key": section.key, "title": section.title,
                          "template": section.template, **context})  # fmt: skip
    return shown


def _skills(person, viewer):
    profile = getattr(person, "profile", None)
    if profile is None:
        return None
    skills = [t.name for t in profile.skills.all()]
    interests = [t.name for t in profile.interests.all()]
    return {"skills": skills, "interests": interests} if skills or interests else None


def _links(person, viewer):
    profile = getattr(person, "profile", None)
    return {"links": profile.links} if profile is not None and profile.links else None


def _membership(person, viewer):
    membership = getattr(person, "membership", None)
    return {"membership": membership} if membership is not None else None


person_section(key="skills", title=_("Skills and interests"),
               template="members/sections/_skills.html", context=_skills, order=10)  # fmt: skip
person_section(key="links", title=_("Links"),
               template="members/sections/_links.html", context=_links, order=20)  # fmt: skip
person_section(
    key="membership",
    title=_("Smart Udon Maker membership"),
    template="members/sections/_membership.html",
    context=_membership,
    order=30,
)
