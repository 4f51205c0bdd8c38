"""The rule for each field's value: text, identifiers, codes, ages, coordinates, times, days,
dates, web and email addresses, and UK phone numbers.

``Fields`` reads the fields of one record and reports each problem against that record (its
label, the field and the line) through the checker; every rule returns the cleaned value, or a
default when the value is wrong, so one pass reports every problem in the file.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Callable, Optional
from urllib.parse import urlsplit

from signpost.registry.iso639 import language_name, two_letter_code
from signpost.registry.opening import DAY_CODES, END_OF_DAY
from signpost.registry.validation.reader import LineMapping, line_of
from signpost.vocabulary import FAITHS, unknown_code

if TYPE_CHECKING:
    from signpost.registry.validation.checker import Checker

RECORD_ID = re.compile(r"^[a-z0-9-]+$")
TAXONOMY_CODE = re.compile(r"^[a-z0-9_-]+$")
CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::00)?$")
# The United Kingdom with its islands (Scilly to Shetland, Northern Ireland to Lowestoft).
UK_LATITUDE = (49.8, 60.95)
UK_LONGITUDE = (-8.7, 1.8)
MAXIMUM_AGE = 130
EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


class Fields:
    """Reads and checks the fields of one record, reporting problems against it."""

    def __init__(self, checker: Checker, record: LineMapping, label: str, prefix: str = ""):
        self.checker = checker
        self.record = record
        self.label = label
        self.prefix = prefix

    def error(self, name: str, message: str) -> None:
        self.checker.error(self.label, self.prefix + name, message, line_of(self.record, name.split("[")[0]))

    def warn(self, name: str, message: str) -> None:
        self.checker.warn(self.label, self.prefix + name, message, line_of(self.record, name.split("[")[0]))

    def unknown(self, known: tuple[str, ...]) -> None:
        for key in self.record:
            if key not in known:
                self.checker.warn(self.label, self.prefix + str(key), "not a registry field; ignored", line_of(self.record, key))

    def text(self, name: str, required: bool = False) -> Optional[str]:
        value = self.record.get(name)
        if value is None or value == "":
            if required:
                self.error(name, "missing")
            return None
        if not isinstance(value, str):
            self.error(name, f"expected text, got {value!r}")
            return None
        return value.strip()

    def identifier(self, name: str, pattern: re.Pattern, allowed: str) -> Optional[str]:
        value = self.text(name, required=True)
        if value is not None and not pattern.match(value):
            self.error(name, f"{value!r} is not a valid {name}: use only {allowed}")
        return value

    def flag(self, name: str) -> bool:
        value = self.record.get(name)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error(name, f"expected true or false, got {value!r}")
            return False
        return value

    def choice(self, name: str, allowed: tuple[str, ...], default: Optional[str], required: bool = False) -> Optional[str]:
        value = self.record.get(name)
        if value is None:
            if required:
                self.error(name, f"missing: expected one of {', '.join(allowed)}")
            return default
        if value not in allowed:
            self.error(name, unknown_code(name, str(value), allowed))
            return default
        return value

    def text_list(self, name: str, required: bool = False) -> list[str]:
        value = self.record.get(name)
        if value is None or value == []:
            if required:
                self.error(name, "missing: expected a list")
            return []
        if not isinstance(value, list):
            self.error(name, f"expected a list, got {value!r}")
            return []
        items = []
        for item in value:
            if isinstance(item, str) and item.strip():
                items.append(item.strip())
            else:
                self.error(name, f"{item!r} is not text")
        return list(dict.fromkeys(items))

    def choices(self, name: str, allowed, required: bool = False, what: Optional[str] = None,
                listed: bool = True) -> list[str]:
        items = []
        for item in self.text_list(name, required=required):
            if item in allowed:
                items.append(item)
            else:
                self.error(name, unknown_code(what or name, item, allowed, listed=listed))
        return items

    def open_codes(self, name: str, known, what: str) -> list[str]:
        """Codes from an open list (the registry format calls communities "free codes"): read
        case-insensitively and kept; one the product does not know is a warning (with "did you
        mean" when it is close to a known one), never an error, so a directory that describes
        its communities in its own words still loads."""
        codes = [item.casefold() for item in self.text_list(name)]
        for code in codes:
            self.warn_unless_known(name, code, known, what)
        return codes

    def faith(self, name: str) -> Optional[str]:
        """One faith, from an open list ("e.g. muslim, christian, hindu, sikh" in the format)."""
        value = self.text(name)
        if value is None:
            return None
        self.warn_unless_known(name, value.casefold(), FAITHS, "faith")
        return value.casefold()

    def warn_unless_known(self, name: str, code: str, known, what: str) -> None:
        if code not in known:
            self.warn(name, unknown_code(what, code, known, listed=False)
                      + ": kept as written; it matches only where the same code is asked for")

    def url(self, name: str) -> Optional[str]:
        value = self.text(name)
        if value is not None:
            problem = url_problem(value)
            if problem:
                self.error(name, problem)
                return None
        return value

    def urls(self, name: str) -> list[str]:
        urls = []
        for position, item in enumerate(self.text_list(name)):
            problem = url_problem(item)
            if problem:
                self.error(f"{name}[{position}]", problem)
            else:
                urls.append(item)
        return urls

    def email(self, name: str) -> Optional[str]:
        value = self.text(name)
        if value is not None and not EMAIL.match(value):
            self.error(name, f"{value!r} is not an email address (expected name@example.org)")
            return None
        return value

    def languages(self, name: str) -> list[str]:
        value = self.record.get(name)
        codes = []
        for item in value if isinstance(value, list) else []:
            if isinstance(item, bool):
                self.error(name, f"{item!r} is not an ISO 639-1 code (YAML reads unquoted no/yes/on/off as true or false: quote the code)")
            elif isinstance(item, str) and language_name(item):
                codes.append(item)
            elif isinstance(item, str) and language_name(item.lower()):
                self.error(name, f"{item!r} is not an ISO 639-1 code (codes are lower case: {item.lower()!r})")
            elif isinstance(item, str) and two_letter_code(item.lower()):
                self.error(name, f"{item!r} has an ISO 639-1 code: write {two_letter_code(item.lower())!r}")
            else:
                self.error(name, f"{item!r} is not an ISO 639-1 or ISO 639-3 code")
        if value is not None and not isinstance(value, list):
            self.error(name, f"expected a list of ISO 639-1 codes, got {value!r}")
        return list(dict.fromkeys(codes))

    def age(self, name: str) -> Optional[int]:
        value = self.record.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAXIMUM_AGE:
            self.error(name, f"expected an age in whole years (0 to {MAXIMUM_AGE}), got {value!r}")
            return None
        return value

    def coordinate(self, name: str, bounds: tuple[float, float]) -> Optional[float]:
        value = self.record.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(name, f"expected a number, got {value!r}")
            return None
        if not bounds[0] <= value <= bounds[1]:
            self.error(name, f"{value} is outside the UK ({name} {bounds[0]} to {bounds[1]})")
            return None
        return float(value)

    def clock(self, name: str, allow_end_of_day: bool) -> Optional[str]:
        value = self.record.get(name)
        if value is None:
            self.error(name, 'missing: expected a time such as "18:00"')
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            self.error(name, f'{value!r} is not a time: write times in quotes, e.g. "18:00" (YAML reads an unquoted 18:00 as the number 1080)')
            return None
        match = CLOCK.match(value) if isinstance(value, str) else None
        if not match:
            self.error(name, f'{value!r} is not a time "HH:MM"')
            return None
        hours, minutes = int(match.group(1)), int(match.group(2))
        clock = f"{hours:02d}:{minutes:02d}"
        if clock == END_OF_DAY:
            if not allow_end_of_day:
                self.error(name, '"24:00" is only valid as a closing time')
                return None
            return clock
        if hours > 23 or minutes > 59:
            self.error(name, f'{value!r} is not a time "HH:MM" (00:00 to 23:59, or "24:00" to close at midnight)')
            return None
        return clock

    def days(self, name: str) -> tuple[str, ...]:
        value = self.record.get(name)
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",")]
        if not isinstance(value, list) or not value:
            self.error(name, f"expected a list of days ({', '.join(DAY_CODES)}), got {value!r}")
            return ()
        days = []
        for item in value:
            code = item.upper() if isinstance(item, str) else item
            if code in DAY_CODES:
                days.append(code)
            else:
                self.error(name, f"{item!r} is not a day: use {', '.join(DAY_CODES)}")
        return tuple(dict.fromkeys(days))

    def date(self, name: str) -> Optional[date]:
        value = self.record.get(name)
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                pass
        if not isinstance(value, date):
            self.error(name, f"expected a date YYYY-MM-DD, got {value!r}")
            return None
        return value

    def nested(self, name: str, known: tuple[str, ...], check: Callable[[Fields], dict]) -> list[dict]:
        value = self.record.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(name, f"expected a list, got {value!r}")
            return []
        nested = []
        for position, item in enumerate(value):
            prefix = f"{self.prefix}{name}[{position}]."
            if not isinstance(item, dict):
                self.checker.error(self.label, prefix[:-1], f"expected a mapping, got {item!r}", line_of(self.record, name))
                continue
            fields = Fields(self.checker, item, self.label, prefix)
            fields.unknown(known)
            nested.append(check(fields))
        return nested


def uk_phone_problem(number: str, kind: str) -> Optional[str]:
    """Why ``number`` is not a UK number a person can use as ``kind`` (voice, text, textphone), or None.

    voice: 999, 111 and the other three-digit services, 116 xxx (harmonised European numbers:
    Samaritans 116 123), 01 and 02 geographic numbers, 03 non-geographic, 0800 / 0808 freephone,
    084 / 087 and 07 mobile numbers; text: five-digit short codes (Shout 85258) and 07 mobiles;
    textphone: a number as for voice, or one reached through Relay UK (18001 / 18002 before it).
    Numbers may be written with spaces, hyphens, brackets and a leading +44.
    """
    written = number.strip()
    if not re.fullmatch(r"[0-9 ()+-]+", written) or not any(ch.isdigit() for ch in written):
        return f"{number!r} is not a phone number: write the digits, e.g. \"020 7946 0000\""
    digits = re.sub(r"[ ()-]", "", written)
    if digits.startswith("+"):
        if not digits.startswith("+44"):
            return f"{number!r} is not a UK number"
        digits = "0" + digits[3:]
    if "+" in digits:
        return f"{number!r} is not a phone number: '+' may only start it"
    if kind == "text":
        if re.fullmatch(r"[6-8]\d{4}", digits) or re.fullmatch(r"07\d{9}", digits):
            return None
        return f"{number!r} is not a UK text number (a five-digit short code such as 85258, or a 07 mobile)"
    if kind == "textphone":
        relayed = re.fullmatch(r"1800[12](\d+)", digits)
        if relayed:
            digits = relayed.group(1)
    problem = _voice_problem(digits)
    return f"{number!r} {problem}" if problem else None


def _voice_problem(digits: str) -> Optional[str]:
    if re.fullmatch(r"999|112|111|101|105|119", digits) or re.fullmatch(r"116\d{3}", digits):
        return None
    if digits.startswith("09"):
        return "is a premium-rate number: list a number people can afford to call"
    for prefix, pattern, rule in (
        ("01", r"01\d{8,9}", "a geographic (01) number has 10 or 11 digits"),
        ("02", r"02\d{9}", "a geographic (02) number has 11 digits"),
        ("03", r"03\d{9}", "an 03 number has 11 digits"),
        ("0800", r"0800(\d{6,7}|1111)", "a freephone 0800 number has 10 or 11 digits"),
        ("0808", r"0808\d{7}", "a freephone 0808 number has 11 digits"),
        ("084", r"084\d{8}", "an 084 number has 11 digits"),
        ("087", r"087\d{8}", "an 087 number has 11 digits"),
        ("07", r"07\d{9}", "a mobile (07) number has 11 digits"),
    ):
        if digits.startswith(prefix):
            return None if re.fullmatch(pattern, digits) else f"is not a UK number: {rule}"
    return "is not a UK phone number (01, 02, 03, 07, 0800, 0808, 084, 087, 116 xxx, 111 or 999)"


def url_problem(value: str) -> Optional[str]:
    """Why ``value`` is not a web address people can open (http or https, with a host), or None."""
    if any(ch.isspace() for ch in value):
        return f"{value!r} is not a web address: it has spaces (expected https://...)"
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not value.lower().startswith(("http://", "https://")):
        return f"{value!r} is not a web address: only http:// and https:// links are allowed"
    host = (parts.hostname or "").lower()
    if parts.username or parts.password:
        return f"{value!r} is not a web address to list: it carries a user name or password"
    if not HOST.match(host):
        return f"{value!r} is not a web address: {host or 'no host'!s} is not a domain name"
    return None
