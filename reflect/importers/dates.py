"""The date formats the exports use. Each parser returns an aware datetime, or None when the
text is not a date it knows (the caller counts the item as skipped).

No ``strptime`` with ``%a``/``%b``: those follow the process locale, which Qt sets from the
user's environment, and the exports are in English whatever the locale.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

#: Dates outside these years are taken as unreadable rather than counted in year 1 or 9999.
FIRST_YEAR, LAST_YEAR = 1990, 2100
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# X: "Fri Feb 20 09:10:58 +0000 2026"
_X = re.compile(
    r"\s*[A-Za-z]{3} ([A-Za-z]{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) "
    r"(\d{4})\s*"
)
# "2013-01-31 12:00:00 +0000" (old X archives), "2023-05-04 10:12:13 UTC", "2023/05/04 10:12"
_NUMERIC = re.compile(
    r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*",
    re.IGNORECASE,
)
# "5/4/23, 10:12 AM", "05/04/2023 10:12:13" (month first, as LinkedIn writes it in the US)
_US = re.compile(
    r"\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?"
    r"\s*(UTC|GMT)?\s*",
    re.IGNORECASE,
)


def _aware(year, month, day, hour, minute, second=0, micro=0, tz=UTC) -> datetime | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    except ValueError:
        return None


_OFFSETS: dict[str, timezone | None] = {}


def _offset(text: str | None) -> timezone | None:
    if not text or text.upper() in ("Z", "UTC", "GMT"):
        return UTC
    known = _OFFSETS.get(text, False)
    if known is not False:
        return known
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    zone = None
    if hours <= 23 and minutes <= 59:
        zone = (
            UTC
            if not hours and not minutes
            else timezone(sign * timedelta(hours=hours, minutes=minutes))
        )
    if len(_OFFSETS) < 1000:
        _OFFSETS[text] = zone
    return zone


def parse_x(text: object) -> datetime | None:
    """``Fri Feb 20 09:10:58 +0000 2026``; also the numeric form of old archives."""
    if not isinstance(text, str):
        return None
    fast = _x_fast(text)
    if fast is not None:
        return fast
    match = _X.fullmatch(text)
    if match is None:
        return parse_numeric(text)
    month = _MONTHS.get(match[1].lower())
    tz = _offset(f"{match[6]}{match[7]}{match[8]}")
    if month is None or tz is None:
        return None
    return _aware(int(match[9]), month, int(match[2]), *map(int, match.group(3, 4, 5)), tz=tz)


def _x_fast(text: str) -> datetime | None:
    """The usual fixed-width form, through the C ``fromisoformat`` (a 100,000-tweet archive
    spends a noticeable part of its import here otherwise)."""
    if len(text) != 30 or text[19] != " " or text[25] != " " or text[10] != " ":
        return None
    month = _MONTHS.get(text[4:7].lower())
    if month is None or not text[26:30].isdigit() or not text[8:10].isdigit():
        return None
    try:
        moment = datetime.fromisoformat(
            f"{text[26:30]}-{month:02d}-{text[8:10]}T{text[11:19]}{text[20:25]}"
        )
    except ValueError:
        return None
    if moment.tzinfo is None or not FIRST_YEAR <= moment.year <= LAST_YEAR:
        return None
    return moment


def parse_numeric(text: object) -> datetime | None:
    """Year first: ``2023-05-04 10:12:13``, ``2023/05/04 10:12:13 UTC``, ISO 8601 with ``T``,
    a ``Z`` or an offset. No zone means UTC (what the exports write)."""
    if not isinstance(text, str):
        return None
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    tz = _offset(match[8])
    if tz is None:
        return None
    micro = int((match[7] or "0")[:6].ljust(6, "0"))
    return _aware(*map(int, match.group(1, 2, 3, 4, 5)), int(match[6] or 0), micro, tz=tz)


def parse_us(text: object) -> datetime | None:
    """Month first: ``5/4/23, 10:12 AM`` or ``05/04/2023 10:12:13``, in UTC."""
    if not isinstance(text, str):
        return None
    match = _US.fullmatch(text)
    if match is None:
        return None
    month, day, year, hour, minute = map(int, match.group(1, 2, 3, 4, 5))
    if year < 100:
        year += 2000
    if match[7]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[7].upper() == "PM" else 0)
    return _aware(year, month, day, hour, minute, int(match[6] or 0))


def parse_any(text: object) -> datetime | None:
    """Whichever of the forms above fits."""
    return parse_numeric(text) or parse_x(text) or parse_us(text)


def from_unix(value: object) -> datetime | None:
    """Unix seconds (Facebook); milliseconds are recognised by their size."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value:  # NaN
        return None
    if abs(value) > 1e11:  # milliseconds
        value = value / 1000
    if not 631152000 <= value <= 4102444800:  # 1990 … 2100
        return None
    return datetime.fromtimestamp(value, UTC)
