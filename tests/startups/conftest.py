import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from startups.enums import Status
from tests.factories import StartupFactory, TeamMembershipFactory, UserFactory


@pytest.fixture
def founder(db):
    return UserFactory(preferred_language="th")


@pytest.fixture
def draft(founder):
    return StartupFactory(founder=founder)


@pytest.fixture
def submitted(founder):
    return StartupFactory(founder=founder, status=Status.SUBMITTED)


@pytest.fixture
def approved(founder):
    return StartupFactory(founder=founder, status=Status.APPROVED)


@pytest.fixture
def team_member(approved):
    return TeamMembershipFactory(startup=approved).user


def png_upload(name="logo.png", size=(64, 64), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (166, 30, 77)).save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


VALID_FORM = {
    "name_th": "ข้าวหอมดิจิทัล",
    "name_en": "Khao Hom Digital",
    "tagline_th": "ตลาดข้าวออนไลน์สำหรับเกษตรกรอุดรธานี",
    "tagline_en": "An online rice market for Udon Thani farmers",
    "description_th": "เชื่อมเกษตรกรกับผู้ซื้อโดยตรง",
    "description_en": "Connects farmers with buyers directly.",
    "website": "https://khaohom.example",
    "contact_email": "hello@khaohom.example",
    "facebook_url": "",
    "line_id": "@khaohom",
    "linkedin_url": "",
    "founded_year": "2023",
    "team_size": "2-5",
    "sector": "agritech",
    "stage": "seed",
    "district": "kumphawapi",
    "looking_for": ["funding", "partners"],
    "hiring": "on",
    "sdgs": ["2", "8"],
    "registration_number": "",
}
