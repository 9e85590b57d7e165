"""Uploaded images (startup logos, member avatars, event covers): one set of rules for all.

An upload is accepted only if Pillow fully decodes it as PNG, JPEG or WebP within the size and
dimension limits: a renamed text file, a truncated file or a decompression bomb is refused with
a message in the user's language. Stored files get random names so nothing about the uploader's
file name leaks, and thumbnails are re-encoded copies (which also drops EXIF metadata).
"""

import io
import uuid
import warnings

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 4096
MIN_IMAGE_SIDE = 32
ALLOWED_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
# Anything bigger than the largest image we accept is a bomb, not a photo.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_SIDE * MAX_IMAGE_SIDE


def _open_fully_decoded(file) -> Image.Image:
    file.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(file)
        image.load()
    file.seek(0)
    return image


def validate_image(file) -> None:
    """Model-field validator: raises ValidationError with a translated reason."""
    size = getattr(file, "size", None)
    if size is not None and size > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The image is %(size).1f MB; the largest accepted is 2 MB."),
            code="image_too_large",
            params={"size": size / (1024 * 1024)},
        )
    try:
        image = _open_fully_decoded(file)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The image has too many pixels. Please upload a smaller image."),
            code="image_bomb",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not an image we can read. Please upload a PNG, JPEG or WebP image."),
            code="image_unreadable",
        ) from None
    if image.format not in ALLOWED_FORMATS:
        raise ValidationError(_("Only PNG, JPEG or WebP images are accepted."), code="image_format")
    width, height = image.size
    if max(width, height) > MAX_IMAGE_SIDE:
        raise ValidationError(
            _("The image is %(width)s×%(height)s pixels; at most %(limit)s pixels per side."),
            code="image_dimensions",
            params={"width": width, "height": height, "limit": MAX_IMAGE_SIDE},
        )
    if min(width, height) < MIN_IMAGE_SIDE:
        raise ValidationError(
            _("The image is too small; it needs at least %(limit)s pixels per side."),
            code="image_dimensions",
            params={"limit": MIN_IMAGE_SIDE},
        )


@deconstructible
class RandomImagePath:
    """`upload_to` that stores a file as <folder>/<random hex>.<real extension>."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "img"
        if extension == "jpeg":
            extension = "jpg"
        return f"{self.folder}/{uuid.uuid4().hex}.{extension}"

    def __eq__(self, other):
        return isinstance(other, RandomImagePath) and other.folder == self.folder


def image_thumbnail(file, *, size: int = 256) -> ContentFile:
    """A square WebP thumbnail, cropped to the centre, as a file ready to save to a field."""
    image = _open_fully_decoded(file)
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA")
    thumbnail = ImageOps.fit(image, (size, size), method=Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    thumbnail.save(buffer, format="WEBP", quality=85)
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.webp")


class ImageUploadField(forms.FileField):
    """An optional upload form field checked by `validate_image`.

    A plain FileField rather than Django's ImageField, so the portal's own messages (size,
    format, dimensions) are what people see, not Django's generic "not a valid image".
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("validators", [validate_image])
        kwargs.setdefault(
            "widget",
            forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        )
        super().__init__(**kwargs)
