"""`signpost eval`: the checks, the case file, and one real HTTP exchange with a stand-in REST channel."""
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from signpost import cli
from signpost.conversation.evaluation import CaseFileError, check, load_cases, script_share

SERVICES = {"custom": {"kind": "services", "services": [{"id": "a"}, {"id": "b"}]}}
CRISIS = {"custom": {"kind": "crisis", "lines": []}}


def test_service_checks():
    last = [{"text": "Two found"}, SERVICES]
    assert check({"expect_any": ["b", "z"]}, last, last) == []
    assert check({"expect_any": ["z"]}, last, last) == ["none of ['z'] shown (shown: ['a', 'b'])"]
    assert check({"expect_all": ["a", "z"]}, last, last) == ["z not shown (shown: ['a', 'b'])"]
    assert check({"forbid": ["a"]}, last, last) == ["a shown but forbidden"]


def test_crisis_true_reads_the_last_turn_and_false_reads_every_turn():
    earlier, last = [CRISIS], [{"text": "Where are you?"}]
    assert check({"crisis": True}, last, earlier + last) == ["no crisis payload"]
    assert check({"crisis": False}, last, earlier + last) == ["crisis payload on a non-crisis case"]
    assert check({"crisis": True}, [CRISIS], [CRISIS]) == []


def test_text_checks_read_buttons_too_and_ignore_case():
    last = [{"text": "Here is what I found", "buttons": [{"title": "Continue in Gujarati", "payload": "/x"}]}]
    assert check({"reply_contains_any": ["gujarati"]}, last, last) == []
    assert check({"reply_contains_any": ["Urdu"]}, last, last) == ["reply lacks any of ['Urdu']"]
    assert check({"reply_excludes": ["FOUND"]}, last, last) == ["reply contains 'FOUND'"]


def test_script_share():
    assert script_share("ٹھیک ہے OK", "arabic") > 0.5
    assert script_share("ठीक", "latin") == 0.0
    last = [{"text": "Hello"}]
    assert check({"reply_script": "bengali"}, last, last) == ["reply not mostly bengali script"]


@pytest.mark.parametrize("body, problem", [
    ("cases: {}", "a `cases:` list"),
    ("cases:\n  - {group: g, text: hi, crisis: false}", "no `id`"),
    ("cases:\n  - {id: a, text: hi}", "no checks"),
    ("cases:\n  - {id: a, text: hi, turns: [hi], crisis: false}", "either `text` or `turns`"),
    ("cases:\n  - {id: a, text: hi, crisis: maybe}", "`crisis` must be true or false"),
    ("cases:\n  - {id: a, text: hi, reply_script: klingon}", "`reply_script` must be one of"),
    ("cases:\n  - {id: a, text: hi, expect: [x]}", "unknown keys ['expect']"),
    ("cases:\n  - {id: a, text: hi, forbid: x}", "`forbid` must be a list of strings"),
    ("cases:\n  - {id: a, text: hi, crisis: false}\n  - {id: a, text: yo, crisis: false}", "used twice"),
])
def test_a_bad_case_file_names_the_case_and_the_problem(tmp_path, body, problem):
    path = tmp_path / "cases.yml"
    path.write_text(body)
    with pytest.raises(CaseFileError, match=problem.replace("[", r"\[").replace("(", r"\(")):
        load_cases(path)


def test_the_project_cases_load():
    cases = load_cases(Path(__file__).resolve().parent / "cases.yml")
    assert len(cases) >= 20
    assert len({c.lang for c in cases}) >= 5


class _Channel(BaseHTTPRequestHandler):
    """A stand-in for Rasa's REST channel: replies with services on "leeds", else a question."""
    seen = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append(body)
        if "leeds" in body["message"].lower():
            reply = [{"text": "Found in Leeds"}, SERVICES]
        else:
            reply = [{"text": "Whereabouts?"}]
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_the_command_talks_to_the_rest_channel_and_tallies(tmp_path, capsys):
    server = HTTPServer(("127.0.0.1", 0), _Channel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    cases = tmp_path / "cases.yml"
    cases.write_text(
        "cases:\n"
        "  - {id: two-turns, group: find, lang: en, widget_language: ur, turns: [peer support, Leeds], expect_any: [a]}\n"
        "  - {id: one-turn, group: find, lang: pl, text: grupa, expect_any: [a]}\n"
    )
    try:
        code = cli.main(["eval", str(cases), "--url", f"http://127.0.0.1:{server.server_port}",
                         "--json", str(tmp_path / "result.json")])
    finally:
        server.shutdown()
    out = capsys.readouterr().out
    assert code == 1
    result = json.loads((tmp_path / "result.json").read_text())
    assert (result["passed"], result["total"], result["failed"]) == (1, 2, ["one-turn"])
    assert result["by"]["lang:pl"] == {"passed": 0, "total": 1}
    assert "FAIL one-turn" in out and "PASS two-turns" not in out
    assert "group:find" in out and "1/2" in out and "lang:pl" in out and "0/1" in out
    assert [b["message"] for b in _Channel.seen] == ["peer support", "Leeds", "grupa"]
    assert _Channel.seen[0]["metadata"] == {"language": "ur"} and "metadata" not in _Channel.seen[2]
    assert _Channel.seen[0]["sender"] == _Channel.seen[1]["sender"] != _Channel.seen[2]["sender"]
