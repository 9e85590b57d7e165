"""The shared image rules used by logos, avatars and event covers."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from udon_ecosystem.images import RandomImagePath, image_thumbnail, validate_image


def make_image(fmt="PNG", size=(400, 300), mode="RGB", name=None):
    buffer = io.BytesIO()
    Image.new(mode, size, color=0 if mode == "1" else (166, 30, 77)).save(buffer, format=fmt)
    extension = {"JPEG": "jpg"}.get(fmt, fmt.lower())
    return SimpleUploadedFile(name or f"logo.{extension}", buffer.getvalue())


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_png_jpeg_and_webp_are_accepted(fmt):
    validate_image(make_image(fmt))


def _reason(upload):
    with pytest.raises(ValidationError) as error:
        validate_image(upload)
    return error.value.code


def test_a_text_file_renamed_to_png_is_refused():
    assert _reason(SimpleUploadedFile("logo.png", b"just some text, not an image")) == (
        "image_unreadable"
    )


def test_gif_is_refused_even_though_pillow_reads_it():
    assert _reason(make_image("GIF", name="logo.gif")) == "image_format"


def test_a_file_over_two_megabytes_is_refused():
    upload = SimpleUploadedFile("big.png", b"\x89PNG" + b"0" * (2 * 1024 * 1024 + 1))
    assert _reason(upload) == "image_too_large"


def test_a_decompression_bomb_is_refused():
    # 6000 × 6000 one-bit pixels compress to a few kilobytes but decode to 36 megapixels.
    upload = make_image("PNG", size=(6000, 6000), mode="1")
    assert upload.size < 100_000
    assert _reason(upload) == "image_bomb"


def test_too_small_images_are_refused():
    assert _reason(make_image(size=(8, 8))) == "image_dimensions"


def test_stored_names_are_random_and_keep_the_real_extension():
    path = RandomImagePath("logos")
    first, second = path(None, "My Company Logo.JPEG"), path(None, "My Company Logo.JPEG")

    assert first != second
    assert first.startswith("logos/") and first.endswith(".jpg")
    assert "Company" not in first


def test_thumbnail_is_a_square_webp():
    thumbnail = image_thumbnail(make_image(size=(800, 400)), size=128)
    image = Image.open(io.BytesIO(thumbnail.read()))

    assert image.format == "WEBP"
    assert image.size == (128, 128)
