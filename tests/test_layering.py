"""The layout is the architecture: each package of signpost/ imports only the packages below it
(docs/architecture.md, "Layout"), so there is no import cycle between them, geography and
understanding included. Every import statement counts, at module level or inside a function."""
import ast
from pathlib import Path

import pytest

SIGNPOST = Path(__file__).resolve().parents[1] / "signpost"

# what each package may import, besides itself (the layers of docs/architecture.md)
ALLOWED = {
    "vocabulary": set(),
    "text": set(),
    "safety": {"text"},
    "geography": {"text"},
    "understanding": {"text", "safety", "geography", "vocabulary"},
    "i18n": set(),
    "registry": {"geography", "vocabulary"},
    "conversation": {"text", "geography", "understanding", "i18n", "registry", "vocabulary"},
    "ops": {"conversation"},
    "web": {"geography", "understanding", "i18n", "registry", "conversation", "ops", "vocabulary"},
    "cli": {"i18n", "geography", "registry", "conversation"},
}


def package_of(path: Path) -> str:
    return path.relative_to(SIGNPOST).with_suffix("").parts[0]


def imported_packages(path: Path) -> dict[str, int]:
    """The signpost packages a module imports, each with the line of its first import."""
    found: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module] if node.module != "signpost" else [f"signpost.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "signpost" and len(parts) > 1:
                found.setdefault(parts[1], node.lineno)
    return found


def modules():
    return sorted(p for p in SIGNPOST.rglob("*.py") if p.name != "__init__.py" or p.parent != SIGNPOST)


def test_every_package_has_its_layer():
    packages = {package_of(p) for p in modules()}
    assert packages == set(ALLOWED)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SIGNPOST)))
def test_a_module_imports_only_the_packages_below_its_own(path):
    own = package_of(path)
    wrong = {package: line for package, line in imported_packages(path).items()
             if package != own and package not in ALLOWED[own]}
    assert wrong == {}, f"signpost/{path.relative_to(SIGNPOST)} imports {wrong} (package: line)"


def test_the_layers_have_no_cycle():
    def reach(package, seen=()):
        for below in ALLOWED[package]:
            assert below not in seen + (package,), f"cycle through {below}"
            reach(below, seen + (package,))

    for package in ALLOWED:
        reach(package)
