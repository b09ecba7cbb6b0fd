"""Field parsing as Django REST Framework does it, with DRF's own error messages.

A request body is JSON or a form (urlencoded or multipart); `RequestData` hides the
difference. `parse_fields` turns it into column values and a DRF-style error dict
`{"field": ["message"]}`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from starlette.datastructures import FormData, UploadFile

from importer.sandbox.store import format_datetime

MISSING: Final = object()
"""A field absent from the request (different from an explicit null)."""

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

TRUE_VALUES = frozenset({"t", "y", "yes", "true", "on", "1"})
FALSE_VALUES = frozenset({"f", "n", "no", "false", "off", "0"})

REQUIRED = "This field is required."
NOT_NULL = "This field may not be null."
NOT_BLANK = "This field may not be blank."
BAD_DATETIME = (
    "Datetime has wrong format. Use one of these formats instead: "
    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
)


class FieldError(ValueError):
    """One field's value is invalid; the message is DRF's."""


class RequestData:
    """A parsed body: JSON object or form. Form values are strings or uploaded files."""

    def __init__(self, values: dict[str, Any] | FormData, *, is_form: bool) -> None:
        self._values = values
        self.is_form = is_form

    def get(self, name: str) -> Any:
        if name not in self._values:
            return MISSING
        return self._values[name]  # a form gives the last value, as Django's QueryDict

    def get_list(self, name: str) -> Any:
        if name not in self._values:
            return MISSING
        if isinstance(self._values, FormData):
            return self._values.getlist(name)
        return self._values[name]


def parse_text(value: Any, *, allow_blank: bool = True, max_length: int | None = None) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise FieldError("Not a valid string.")
    text = str(value)
    if not allow_blank and not text.strip():
        raise FieldError(NOT_BLANK)
    if max_length is not None and len(text) > max_length:
        raise FieldError(f"Ensure this field has no more than {max_length} characters.")
    return text


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | str) and str(value).strip().lower() in TRUE_VALUES:
        return True
    if isinstance(value, int | str) and str(value).strip().lower() in FALSE_VALUES:
        return False
    raise FieldError("Must be a valid boolean.")


def parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise FieldError("A valid integer is required.")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    try:
        return int(str(value).strip()) if isinstance(value, int | str) else int("x")
    except ValueError:
        raise FieldError("A valid integer is required.") from None


def parse_float(value: Any) -> float:
    """A finite number: NaN and infinities cannot be stored nor written back as JSON."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise FieldError("A valid number is required.")
    try:
        number = float(value)
    except ValueError:
        raise FieldError("A valid number is required.") from None
    if not math.isfinite(number):
        raise FieldError("A valid number is required.")
    return number


def parse_datetime(value: Any) -> str:
    """ISO 8601 with a time (Z, +HH:MM or +HHMM offsets); naive values are taken as UTC."""
    if not isinstance(value, str) or len(value.strip()) < 16 or value.strip()[10] not in "Tt ":
        raise FieldError(BAD_DATETIME)
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise FieldError(BAD_DATETIME) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return format_datetime(parsed)


def parse_pk(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise FieldError(f"Incorrect type. Expected pk value, received {type(value).__name__}.")
    try:
        return int(value)
    except ValueError:
        raise FieldError("Incorrect type. Expected pk value, received str.") from None


def parse_pk_list(value: Any) -> list[int]:
    if not isinstance(value, list):
        raise FieldError(f'Expected a list of items but got type "{type(value).__name__}".')
    return [parse_pk(item) for item in value]


def choice_parser(choices: Sequence[int]) -> Callable[[Any], int]:
    def parse_choice(value: Any) -> int:
        try:
            number = parse_int(value)
        except FieldError:
            number = None
        if number is None or number not in choices:
            raise FieldError(f'"{value}" is not a valid choice.')
        return number

    return parse_choice


@dataclass(frozen=True)
class ImageUpload:
    """An uploaded image recognised by its magic bytes."""

    data: bytes
    extension: str
    content_type: str


def parse_image(value: Any) -> ImageUpload:
    """PNG or JPEG only, judged by content rather than by the name or the declared type."""
    if not isinstance(value, UploadFile):
        raise FieldError(
            "The submitted data was not a file. Check the encoding type on the form."
        )
    content = value.file.read()
    if not content:
        raise FieldError("The submitted file is empty.")
    if content.startswith(PNG_MAGIC):
        return ImageUpload(content, "png", "image/png")
    if content.startswith(JPEG_MAGIC):
        return ImageUpload(content, "jpg", "image/jpeg")
    raise FieldError(
        "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
    )


@dataclass(frozen=True)
class FieldSpec:
    """One writable field: how to parse it, whether it is required, nullable, a list."""

    name: str
    parse: Callable[[Any], Any]
    required: bool = False
    nullable: bool = False
    default: Any = None
    many: bool = False
    allow_blank: bool = False


def parse_fields(
    data: RequestData, specs: Sequence[FieldSpec], *, partial: bool
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Values of the fields sent (plus defaults on create) and the errors, DRF-style.

    Unknown and read-only fields are ignored, as DRF does.
    """
    values: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for spec in specs:
        raw = data.get_list(spec.name) if spec.many else data.get(spec.name)
        if data.is_form and raw == "" and not spec.many:
            raw = _empty_form_value(spec)
        if raw is MISSING:
            if spec.required and not partial:
                errors[spec.name] = [REQUIRED]
            elif not partial:
                values[spec.name] = spec.default
            continue
        try:
            values[spec.name] = _parse_present(spec, raw)
        except FieldError as exc:
            errors[spec.name] = [str(exc)]
    return values, errors


def _empty_form_value(spec: FieldSpec) -> Any:
    """DRF reads an empty form value as blank or null if allowed, else as absent."""
    if spec.allow_blank:
        return ""
    if spec.nullable:
        return None
    return "" if spec.required else MISSING


def _parse_present(spec: FieldSpec, raw: Any) -> Any:
    if raw is None:
        if spec.nullable:
            return None
        raise FieldError(NOT_NULL)
    return spec.parse(raw)
