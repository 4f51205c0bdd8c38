"""Every rule of services-format.md, each reported with the file, the record, the field and the line."""
from __future__ import annotations

import textwrap

import pytest

from signpost.registry import RegistryValidationError, validate_file
from signpost.registry.iso639 import LANGUAGE_NAMES
from signpost.registry.validation import read_registry

from .conftest import document, national_line, service, write_yaml


def errors_for(tmp_path, gazetteer, data, **options) -> list[str]:
    path = write_yaml(tmp_path / "services.yml", data)
    return [str(issue) for issue in validate_file(path, gazetteer=gazetteer, **options) if issue.is_error]


def single_error(tmp_path, gazetteer, data) -> str:
    errors = errors_for(tmp_path, gazetteer, data)
    assert len(errors) == 1, errors
    return errors[0]


def test_valid_document_has_no_issues(tmp_path, gazetteer):
    path = write_yaml(tmp_path / "services.yml", document(service("a"), national_line("b")))
    assert validate_file(path, gazetteer=gazetteer) == []


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"organization": "nobody"}, "field 'organization': unknown organization 'nobody'"),
        ({"categories": ["peer_support", "astrology"]}, "field 'categories': unknown taxonomy code 'astrology'"),
        ({"status": "closed"}, "field 'status': unknown status 'closed': expected one of active, inactive, defunct, temporarily closed"),
        ({"gender": "female"}, "field 'gender': unknown gender 'female': expected one of any, women, men"),
        ({"fees": "donation"}, "field 'fees': unknown fees 'donation': expected one of free, low_cost, paid"),
        ({"referral": ["self", "police"]}, "field 'referral': unknown referral 'police'"),
        ({"phones": [{"number": "020 7946 0000", "type": "fax"}]}, "field 'phones[0].type': unknown type 'fax'"),
        ({"phones": [{"number": 2079460000}]}, "field 'phones[0].number': 2079460000 is not text: write phone numbers in quotes"),
        ({"languages": ["en", "xx"]}, "field 'languages': 'xx' is not an ISO 639-1 or ISO 639-3 code"),
        ({"languages": ["EN"]}, "field 'languages': 'EN' is not an ISO 639-1 code (codes are lower case: 'en')"),
        ({"languages": ["eng"]}, "field 'languages': 'eng' has an ISO 639-1 code: write 'en'"),
        ({"schedules": [{"byday": ["MO"], "opens_at": "25:00", "closes_at": "20:00"}]},
         "field 'schedules[0].opens_at': '25:00' is not a time \"HH:MM\""),
        ({"schedules": [{"byday": ["MO"], "opens_at": "18.00", "closes_at": "20:00"}]},
         "field 'schedules[0].opens_at': '18.00' is not a time \"HH:MM\""),
        ({"schedules": [{"byday": ["MO"], "opens_at": "24:00", "closes_at": "24:00"}]},
         "field 'schedules[0].opens_at': \"24:00\" is only valid as a closing time"),
        ({"schedules": [{"byday": ["MO", "XX"], "opens_at": "18:00", "closes_at": "20:00"}]},
         "field 'schedules[0].byday': 'XX' is not a day: use MO, TU, WE, TH, FR, SA, SU"),
        ({"schedules": [{"byday": [], "opens_at": "18:00", "closes_at": "20:00"}]},
         "field 'schedules[0].byday': expected a list of days"),
        ({"schedules": [{"freq": "MONTHLY", "byday": ["MO"], "opens_at": "18:00", "closes_at": "20:00"}]},
         "field 'schedules[0].freq': 'MONTHLY' is not supported: only WEEKLY schedules are"),
        ({"schedules": [{"byday": ["FR"], "opens_at": "22:00", "closes_at": "02:00"}]},
         "field 'schedules[0].closes_at': 02:00 is not after opens_at 22:00 (write a session past midnight as two rows"),
        ({"schedules": [{"byday": ["FR"], "opens_at": "18:00", "closes_at": "18:00"}]},
         "field 'schedules[0].closes_at': 18:00 is not after opens_at 18:00"),
        ({"locations": [{"name": "Brittany", "latitude": 48.2, "longitude": -3.0}]},
         "field 'locations[0].latitude': 48.2 is outside the UK"),
        ({"locations": [{"name": "Atlantic", "latitude": 52.0, "longitude": -20.0}]},
         "field 'locations[0].longitude': -20.0 is outside the UK"),
        ({"locations": [{"name": "Half", "latitude": 51.5}]},
         "field 'locations[0].longitude': missing: a location with a latitude needs a longitude too"),
        ({"service_areas": ["Southwark"]},
         "field 'service_areas': 'Southwark' is not an area: write national, region:<name>, borough:<name> or city:<name>"),
        ({"service_areas": None}, "field 'service_areas': missing"),
        ({"minimum_age": 25, "maximum_age": 18}, "field 'maximum_age': 18 is below minimum_age 25"),
        ({"minimum_age": -1}, "field 'minimum_age': expected an age in whole years"),
        ({"culturally_specific": "yes"}, "field 'culturally_specific': expected true or false, got 'yes'"),
        ({"assured_date": "last week"}, "field 'assured_date': expected a date YYYY-MM-DD, got 'last week'"),
        ({"name": None}, "field 'name': missing"),
        ({"categories": None}, "field 'categories': missing"),
    ],
)
def test_each_rule_names_file_record_field_and_problem(tmp_path, gazetteer, fields, expected):
    error = single_error(tmp_path, gazetteer, document(service("bad-record", **fields)))
    assert error.startswith(f"{tmp_path / 'services.yml'}: service 'bad-record' {expected}")
    assert error.endswith(")")  # every issue in a file that parsed carries its line


def test_closing_at_24_00_is_valid(tmp_path, gazetteer):
    late = service("late", schedules=[{"byday": ["FR"], "opens_at": "20:00", "closes_at": "24:00"}])
    assert errors_for(tmp_path, gazetteer, document(late)) == []


def test_unknown_service_area_is_reported_with_the_gazetteer_reason(tmp_path, gazetteer):
    error = single_error(tmp_path, gazetteer, document(service("lost", service_areas=["borough:Atlantis"])))
    assert error.startswith(f"{tmp_path / 'services.yml'}: service 'lost' field 'service_areas': ")
    assert "Atlantis" in error


def test_record_id_format(tmp_path, gazetteer):
    error = single_error(tmp_path, gazetteer, document(service("Peer Circle")))
    assert "service 'Peer Circle' field 'id': 'Peer Circle' is not a valid id: use only lower-case letters, digits and '-'" in error


def test_missing_id_names_the_record_by_its_index(tmp_path, gazetteer):
    nameless = service("x")
    del nameless["id"]
    error = single_error(tmp_path, gazetteer, document(service("first"), nameless))
    assert f"{tmp_path / 'services.yml'}: services[1] field 'id': missing" in error


@pytest.mark.parametrize("kind", ["services", "organizations", "taxonomy"])
def test_duplicate_ids_point_at_the_first(tmp_path, gazetteer, kind):
    data = document(service("same"))
    records = data[kind]
    records.append(dict(records[0]))
    [error] = errors_for(tmp_path, gazetteer, data)
    label = {"services": "service 'same' field 'id'", "organizations": "organization 'test-trust' field 'id'",
             "taxonomy": "taxonomy term 'helpline' field 'code'"}[kind]
    assert label in error
    assert "duplicate" in error and "(first at line" in error


def test_organization_rules(tmp_path, gazetteer):
    data = document(service("a"))
    data["organizations"][0]["led_by"] = ["bme_led", "celebrity_led"]
    data["organizations"][1]["helpline_status"] = "famous"
    errors = errors_for(tmp_path, gazetteer, data)
    assert len(errors) == 2
    assert "organization 'test-trust' field 'led_by': unknown led_by 'celebrity_led'" in errors[0]
    assert "organization 'national-charity' field 'helpline_status': unknown helpline_status 'famous'" in errors[1]


def test_version_must_be_1(tmp_path, gazetteer):
    data = document(service("a"))
    data["version"] = 2
    assert single_error(tmp_path, gazetteer, data).startswith(f"{tmp_path / 'services.yml'}: field 'version': expected 1, got 2")


def test_every_error_is_reported_not_just_the_first(tmp_path, gazetteer):
    data = document(
        service("one", languages=["xx"], fees="donation"),
        service("two", organization="nobody", schedules=[{"byday": ["MO"], "opens_at": "20:00", "closes_at": "19:00"}]),
        service("one"),
    )
    path = write_yaml(tmp_path / "services.yml", data)
    errors = [str(issue) for issue in validate_file(path, gazetteer=gazetteer) if issue.is_error]
    where = [error[len(str(path)) + 2:].split(":")[0] for error in errors]
    assert where == [
        "service 'one' field 'languages'",
        "service 'one' field 'fees'",
        "service 'two' field 'organization'",
        "service 'two' field 'schedules[0].closes_at'",
        "service 'one' field 'id'",
    ]
    for error, fragment in zip(errors, ("'xx' is not an ISO 639-1 or ISO 639-3 code", "unknown fees 'donation'",
                                        "unknown organization 'nobody'", "19:00 is not after opens_at 20:00",
                                        "duplicate id")):
        assert fragment in error

    parsed = read_registry(path, gazetteer=gazetteer)
    with pytest.raises(RegistryValidationError) as raised:
        raise RegistryValidationError(parsed.issues)
    message = str(raised.value)
    assert message.splitlines()[0] == f"{path}: 5 errors, nothing loaded"
    assert message.splitlines()[1:] == errors


def test_yaml_syntax_error_gives_the_line(tmp_path, gazetteer):
    path = tmp_path / "services.yml"
    path.write_text(textwrap.dedent("""\
        version: 1
        taxonomy:
          - {code: peer_support, name: Peer support}
        services:
          - id: broken
            name: [unclosed
            status: active
        """))
    [issue] = validate_file(path, gazetteer=gazetteer)
    assert str(issue).startswith(f"{path}: YAML syntax error")
    assert issue.line is not None and 6 <= issue.line <= 8


def test_line_numbers_point_at_the_field(tmp_path, gazetteer):
    path = tmp_path / "services.yml"
    path.write_text(textwrap.dedent("""\
        version: 1
        taxonomy:
          - {code: peer_support, name: Peer support}
        organizations:
          - {id: org, name: Org}
        services:
          - id: lined
            organization: org
            name: Lined
            status: active
            categories: [peer_support]
            languages: [en, xx]
            service_areas: [national]
            schedules:
              - {byday: [MO], opens_at: 18:00, closes_at: "20:00"}
        """))
    issues = validate_file(path, gazetteer=gazetteer)
    by_field = {issue.field: issue for issue in issues}
    assert by_field["languages"].line == 12
    # unquoted 18:00 is a base-60 number in YAML 1.1: the message says to quote it
    assert by_field["schedules[0].opens_at"].line == 15
    assert "1080 is not a time: write times in quotes" in str(by_field["schedules[0].opens_at"])


def test_unquoted_no_is_read_as_false_and_explained(tmp_path, gazetteer):
    path = tmp_path / "services.yml"
    write_yaml(path, document(service("norsk")))
    path.write_text(path.read_text().replace("  languages:\n  - en\n", "  languages:\n  - no\n"))
    [error] = [str(issue) for issue in validate_file(path, gazetteer=gazetteer) if issue.is_error]
    assert "field 'languages': False is not an ISO 639-1 code (YAML reads unquoted no/yes/on/off" in error


def test_duplicate_keys_in_a_record_are_errors(tmp_path, gazetteer):
    path = tmp_path / "services.yml"
    write_yaml(path, document(service("twice")))
    path.write_text(path.read_text().replace("  fees: free\n", "  fees: free\n  fees: paid\n"))
    [error] = [issue for issue in validate_file(path, gazetteer=gazetteer) if issue.is_error]
    assert error.field == "fees" and "written twice" in error.message


def test_unknown_fields_are_accepted_with_a_warning(tmp_path, gazetteer):
    data = document(service("extra", colour="green", phones=[{"number": "020 7946 0000", "extension": "12"}]))
    data["publisher"] = "someone"
    path = write_yaml(tmp_path / "services.yml", data)
    issues = validate_file(path, gazetteer=gazetteer)
    assert [issue.severity for issue in issues] == ["warning"] * 3
    warnings = [str(issue) for issue in issues]
    assert f"{path}: warning: field 'publisher': not a registry field; ignored" in warnings[0]
    assert "warning: service 'extra' field 'colour': not a registry field; ignored" in warnings[1]
    assert "warning: service 'extra' field 'phones[0].extension'" in warnings[2]


def test_samples_refused_when_not_allowed(tmp_path, gazetteer, monkeypatch):
    data = document(service("real"), service("illustration", sample=True))
    assert errors_for(tmp_path, gazetteer, data, allow_samples=True) == []
    [error] = errors_for(tmp_path, gazetteer, data, allow_samples=False)
    assert "service 'illustration' field 'sample': sample records are not allowed here (SIGNPOST_ALLOW_SAMPLES=0)" in error

    monkeypatch.setenv("SIGNPOST_ALLOW_SAMPLES", "0")
    assert len(errors_for(tmp_path, gazetteer, data)) == 1
    monkeypatch.setenv("SIGNPOST_ALLOW_SAMPLES", "1")
    assert errors_for(tmp_path, gazetteer, data) == []


def test_not_a_mapping(tmp_path, gazetteer):
    path = tmp_path / "services.yml"
    path.write_text("- just\n- a list\n")
    [issue] = validate_file(path, gazetteer=gazetteer)
    assert "expected a mapping with version, taxonomy, organizations and services" in str(issue)


def test_the_iso_639_1_list_is_complete():
    assert len(LANGUAGE_NAMES) == 184
    assert all(len(code) == 2 and code.islower() for code in LANGUAGE_NAMES)
    for code in ("en", "so", "ar", "ur", "pa", "bn", "gu", "ta", "pl", "pt", "zh", "fa", "ti", "cy"):
        assert code in LANGUAGE_NAMES
