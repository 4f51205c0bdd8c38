"""One facet vocabulary: every code list lives in signpost/vocabulary/__init__.py, and no other
source file spells one out again (as a tuple, list, set or dict in Python, an array or object in
the pages' JavaScript, or a select's options or a group of checkboxes in their HTML)."""
import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from signpost import vocabulary

REPO = Path(__file__).resolve().parents[1]
HOME = REPO / "signpost" / "vocabulary" / "__init__.py"
SOURCES = ("signpost", "actions", "signpost_rasa", "bench")
LISTS = {name: frozenset(value) for name, value in vars(vocabulary).items()
         if name.isupper() and isinstance(value, tuple) and len(value) >= 2 and all(isinstance(v, str) for v in value)}


def files(suffix):
    return sorted(path for folder in SOURCES for path in (REPO / folder).rglob(f"*{suffix}") if path != HOME)


def python_literals(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        elements = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
        if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)) and elements:
            yield node.lineno, {e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)}


JS_ARRAY = re.compile(r"\[([^\[\]{}]*)\]")
JS_OBJECT = re.compile(r"\{([^\[\]{}]*)\}")
JS_STRING = re.compile(r"""["'](\w+)["']""")
JS_KEY = re.compile(r"""(?:^|,)\s*["']?(\w+)["']?\s*:""")


def javascript_literals(path):
    """Array literals' strings and object literals' keys."""
    text = path.read_text(encoding="utf-8")
    for pattern, code in ((JS_ARRAY, JS_STRING), (JS_OBJECT, JS_KEY)):
        for match in pattern.finditer(text):
            yield text.count("\n", 0, match.start()) + 1, set(code.findall(match.group(1)))


class _Choices(HTMLParser):
    """Option values per select, and checkbox or radio values per name."""

    def __init__(self):
        super().__init__()
        self.groups, self.select = {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "select":
            self.select = attrs.get("name") or attrs.get("id")
        elif tag == "option" and self.select and attrs.get("value"):
            self.groups.setdefault(("select", self.select), set()).add(attrs["value"])
        elif tag == "input" and attrs.get("type") in ("checkbox", "radio") and attrs.get("value"):
            self.groups.setdefault(("input", attrs.get("name")), set()).add(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


def html_literals(path):
    parser = _Choices()
    parser.feed(path.read_text(encoding="utf-8"))
    for (kind, name), values in parser.groups.items():
        yield f"{kind} {name}", values


def repeats():
    found = []
    for reader, suffix in ((python_literals, ".py"), (javascript_literals, ".js"), (html_literals, ".html")):
        for path in files(suffix):
            for where, codes in reader(path):
                for name, codes_of_list in LISTS.items():
                    if codes == codes_of_list:
                        found.append(f"{path.relative_to(REPO)}:{where} spells out vocabulary.{name}")
    return found


def test_no_code_list_is_written_twice():
    assert repeats() == []


@pytest.mark.parametrize("source, reader", [
    ('GENDERS = ("women", "men")\n', python_literals),
    ('var FEES = { free: "Free", low_cost: "Low cost", paid: "Paid" };\n', javascript_literals),
    ('<select name="gender"><option value="">Any</option><option value="women">W</option>'
     '<option value="men">M</option></select>\n', html_literals),
])
def test_a_repeated_list_is_found(tmp_path, source, reader):
    path = tmp_path / "copy"
    path.write_text(source, encoding="utf-8")
    assert any(codes in LISTS.values() for _, codes in reader(path))
