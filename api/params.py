"""Parameter types shared by the endpoints, strict enough that bad input is a 400."""

from typing import Annotated, Literal

from ninja import Field, Schema

from .schemas import ErrorOut

MAX_ID = 2**63 - 1
MAX_QUERY_LENGTH = 500

#: Printable text: control characters (NUL among them) are refused up front.
Text = Annotated[str, Field(max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")]
Slug = Annotated[str, Field(max_length=255, pattern=r"^[-a-zA-Z0-9_]+$")]
Year = Annotated[int, Field(ge=1, le=9999)]

#: The error answers every endpoint may give, for the OpenAPI schema.
ERRORS = {400: ErrorOut, 404: ErrorOut, 429: ErrorOut}


class LanguageFilter(Schema):
    lang: Literal["en", "cs"] | None = Field(
        None, description="Only pages in this language tree (en or cs)."
    )
