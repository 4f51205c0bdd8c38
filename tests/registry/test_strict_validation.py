"""The strict checks of issue 13 point 4: phones, links, emails, assured dates, code lists,
ISO 639-3 languages and sources, each naming the file, the record, the field and the line."""
from __future__ import annotations

from datetime import date

import pytest

from signpost.registry import RegistryValidationError, validate_file
from signpost import vocabulary
from signpost.registry.validation.fields import uk_phone_problem

from .conftest import document, national_line, service, write_yaml

TODAY = date(2026, 12, 6)


def issues_for(tmp_path, gazetteer, data, severity="error") -> list[str]:
    path = write_yaml(tmp_path / "services.yml", data)
    return [str(issue) for issue in validate_file(path, gazetteer=gazetteer, today=TODAY)
            if issue.severity == severity]


@pytest.mark.parametrize(
    "fields, expected",
    [
        # the bad values the issue lists
        ({"phones": [{"number": "not a number", "type": "voice"}]},
         "field 'phones[0].number': 'not a number' is not a phone number"),
        ({"url": "samaritans dot org"}, "field 'url': 'samaritans dot org' is not a web address"),
        ({"email": "nobody"}, "field 'email': 'nobody' is not an email address"),
        ({"assured_date": "2031-01-01"}, "field 'assured_date': 2031-01-01 is in the future (today is 2026-12-06)"),
        ({"assured_date": None}, "field 'assured_date': missing: the date the record was last checked"),
        # and their neighbours
        ({"url": "javascript:alert(1)"},
         "field 'url': 'javascript:alert(1)' is not a web address: only http:// and https:// links are allowed"),
        ({"url": "data:text/html,hello"}, "field 'url': 'data:text/html,hello' is not a web address"),
        ({"url": "https://localhost/x"}, "field 'url': 'https://localhost/x' is not a web address: localhost is not a domain name"),
        ({"sources": ["https://example.org/page", "javascript:alert(1)"]},
         "field 'sources[1]': 'javascript:alert(1)' is not a web address"),
        ({"email": "hello@example"}, "field 'email': 'hello@example' is not an email address"),
        ({"phones": [{"number": "020 7946 000", "type": "voice"}]},
         "field 'phones[0].number': '020 7946 000' is not a UK number: a geographic (02) number has 11 digits"),
        ({"phones": [{"number": "0909 879 0000", "type": "voice"}]}, "is a premium-rate number"),
        ({"phones": [{"number": "+33 1 23 45 67 89", "type": "voice"}]}, "'+33 1 23 45 67 89' is not a UK number"),
        ({"phones": [{"number": "020 7946 0000", "type": "text"}]},
         "field 'phones[0].number': '020 7946 0000' is not a UK text number"),
        ({"categories": ["peer_suport"]}, "field 'categories': unknown taxonomy code 'peer_suport': did you mean 'peer_support'?"),
        ({"referral": ["self_referal"]}, "field 'referral': unknown referral 'self_referal'"),
        ({"gender": "woman"}, "field 'gender': unknown gender 'woman': did you mean 'women'?"),
        ({"languages": ["syll"]}, "field 'languages': 'syll' is not an ISO 639-1 or ISO 639-3 code"),
        ({"languages": ["urd"]}, "field 'languages': 'urd' has an ISO 639-1 code: write 'ur'"),
    ],
)
def test_each_bad_value_is_caught_and_placed(tmp_path, gazetteer, fields, expected):
    [error] = issues_for(tmp_path, gazetteer, document(service("bad-record", **fields)))
    assert error.startswith(f"{tmp_path / 'services.yml'}: service 'bad-record' field '")
    assert expected in error
    assert error.endswith(")") and "(line " in error


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"communities": ["somalli"]}, "field 'communities': unknown community 'somalli': did you mean 'somali'?"),
        ({"communities": ["Refugees"]}, "field 'communities': unknown community 'refugees': kept as written"),
        ({"faith": "muslin"}, "field 'faith': unknown faith 'muslin': did you mean 'muslim'?"),
        ({"faith": "Zoroastrian"}, "field 'faith': unknown faith 'zoroastrian': kept as written"),
    ],
)
def test_open_code_lists_warn_and_load(tmp_path, gazetteer, load, fields, expected):
    """The format calls communities "free codes" and lists faiths by example: a code the product
    does not know is a warning, not an error, so another directory's file still loads."""
    data = document(service("open-codes", **fields))
    assert issues_for(tmp_path, gazetteer, data) == []
    [warning] = issues_for(tmp_path, gazetteer, data, severity="warning")
    assert expected in warning and "(line " in warning
    view = load(service("open-codes", **fields)).get_service("open-codes")
    value = next(iter(fields.values()))
    assert (view.communities if "communities" in fields else view.faith) == (
        tuple(code.casefold() for code in value) if isinstance(value, list) else value.casefold())


def test_organization_links_and_emails_are_checked(tmp_path, gazetteer):
    data = document(service("a"))
    data["organizations"][0].update(website="javascript:alert(document.cookie)", email="nobody",
                                    led_by=["bme_lead"], sources=["samaritans dot org"])
    errors = issues_for(tmp_path, gazetteer, data)
    assert len(errors) == 4, errors
    assert "organization 'test-trust' field 'website': 'javascript:alert(document.cookie)' is not a web address" in errors[0]
    assert "organization 'test-trust' field 'email': 'nobody' is not an email address" in errors[1]
    assert "organization 'test-trust' field 'led_by': unknown led_by 'bme_lead': did you mean 'bme_led'?" in errors[2]
    assert "organization 'test-trust' field 'sources[0]': 'samaritans dot org' is not a web address" in errors[3]


def test_an_old_assured_date_is_a_warning_that_the_record_is_stale(tmp_path, gazetteer):
    data = document(service("old", assured_date="2015-03-01"))
    assert issues_for(tmp_path, gazetteer, data) == []
    [warning] = issues_for(tmp_path, gazetteer, data, severity="warning")
    assert "service 'old' field 'assured_date': last checked 2015-03-01, more than 12 months ago" in warning
    assert "not offered to residents" in warning


def test_sample_records_may_leave_out_the_assured_date(tmp_path, gazetteer):
    assert issues_for(tmp_path, gazetteer, document(service("example", assured_date=None, sample=True))) == []


@pytest.mark.parametrize(
    "number, kind",
    [
        ("116 123", "voice"), ("111", "voice"), ("999", "voice"), ("0800 1111", "voice"),
        ("0800 58 58 58", "voice"), ("0800 068 4141", "voice"), ("0808 2000 247", "voice"),
        ("0300 123 3393", "voice"), ("03444 775 774", "voice"), ("020 7946 0000", "voice"),
        ("0113 496 0320", "voice"), ("01632 960380", "voice"), ("07700 900241", "voice"),
        ("+44 20 7946 0000", "voice"), ("(020) 7946-0000", "voice"), ("0845 123 4567", "voice"),
        ("85258", "text"), ("88247", "text"), ("07700 900241", "text"),
        ("18001 111", "textphone"), ("18001 0800 068 4141", "textphone"), ("0113 496 0320", "textphone"),
    ],
)
def test_real_uk_numbers_pass(number, kind):
    assert uk_phone_problem(number, kind) is None


@pytest.mark.parametrize(
    "number, kind",
    [("116 12", "voice"), ("0800 11", "voice"), ("0808 801 052", "voice"), ("03 1234", "voice"),
     ("07700 90024", "voice"), ("1234", "voice"), ("85258", "voice"), ("852580", "text"),
     ("18001", "textphone"), ("020 7946 0000 ext 12", "voice"), ("+44", "voice")],
)
def test_malformed_numbers_fail(number, kind):
    assert uk_phone_problem(number, kind)


def test_iso_639_3_languages_are_stored_and_returned(tmp_path, load):
    registry = load(service("sylheti-circle", languages=["en", "syl", "yue", "phr", "bn"]))
    view = registry.get_service("sylheti-circle")
    assert view.languages == ("en", "syl", "yue", "phr", "bn")


def test_sources_are_stored_and_returned(tmp_path, registry):
    data = document(service("sourced", sources=["https://example.org/about", "http://example.org/hours"]))
    data["organizations"][0]["sources"] = ["https://example.org/"]
    registry.load_file(write_yaml(tmp_path / "services.yml", data))
    view = registry.get_service("sourced")
    assert view.sources == ("https://example.org/about", "http://example.org/hours")
    assert view.organization_sources == ("https://example.org/",)


def test_a_bad_file_changes_nothing(tmp_path, load):
    registry = load(service("kept"), national_line("line"))
    bad = write_yaml(tmp_path / "bad.yml", document(service("replacement", url="javascript:alert(1)")))
    with pytest.raises(RegistryValidationError) as raised:
        registry.load_file(bad)
    assert "service 'replacement' field 'url': 'javascript:alert(1)' is not a web address" in str(raised.value)
    assert registry.count_services() == 2 and registry.get_service("kept") is not None


def test_code_lists_are_written_once_without_repeats():
    for name in ("STATUSES", "GENDERS", "FEES", "REFERRALS", "PHONE_TYPES", "LED_BY", "HELPLINE_STATUSES",
                 "NEEDS", "FAITHS", "COMMUNITIES"):
        codes = getattr(vocabulary, name)
        assert len(set(codes)) == len(codes), name
    assert vocabulary.did_you_mean("South Asian", vocabulary.COMMUNITIES) == "south_asian"
    assert vocabulary.did_you_mean("astrology", vocabulary.COMMUNITIES) is None


def test_the_shipped_registries_pass_the_strict_checks(gazetteer):
    from .conftest import PROJECT_REGISTRY

    root = PROJECT_REGISTRY.parent
    for path in (PROJECT_REGISTRY, root / "tests" / "data" / "registry.yml"):
        errors = [str(issue) for issue in validate_file(path, gazetteer=gazetteer) if issue.is_error]
        assert errors == [], path
