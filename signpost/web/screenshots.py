"""Takes the README's screenshots (docs/screenshots/) in Debian's headless Chromium.

    .venv/bin/python -m signpost.web.screenshots                 # starts a stack on free ports (test registry)
    .venv/bin/python -m signpost.web.screenshots --url http://127.0.0.1:8000   # or uses a running one
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from signpost.ops.stack import ROOT, Stack, free_port

OUT = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1100, "height": 820}
PHONE = {"width": 390, "height": 780}


def chat(page, text: str) -> None:
    box = page.locator(".sp-form input")
    box.fill(text)
    box.press("Enter")
    page.locator(".sp-card, .sp-crisis").last.wait_for()
    page.wait_for_timeout(300)


def take(url: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)

        def shot(name, viewport, path, messages, full_page=False, before=None):
            context = browser.new_context(viewport=viewport, device_scale_factor=1, locale="en-GB",
                                          reduced_motion="reduce")
            page = context.new_page()
            page.goto(url + path)
            if before:
                before(page)
            else:
                page.locator(".sp-log").wait_for()
            for message in messages:
                chat(page, message)
            page.screenshot(path=str(out / name), full_page=full_page)
            shots.append(out / name)
            context.close()

        shot("widget-en-desktop.png", DESKTOP, "/", ["peer support in Bradford"])
        shot("widget-en-phone.png", PHONE, "/embed/preview?language=en", ["I don't feel safe tonight"])
        shot("widget-ur-desktop.png", DESKTOP, "/?lang=ur", ["بریڈفورڈ میں پیئر سپورٹ"])
        shot("widget-ur-phone.png", PHONE, "/embed/preview?language=ur", ["برمنگھم میں پنجابی کونسلنگ"])

        def staff_search(page):
            page.goto(url + "/staff?taxonomy_id=befriending&postcode=Leicester&fees=low_cost")
            page.locator(".service").first.wait_for()

        shot("staff.png", {"width": 1200, "height": 1000}, "/staff", [], before=staff_search)

        def embed_form(page):
            page.goto(url + "/embed")
            page.get_by_label("Area").fill("Leeds")
            page.get_by_label("Area").press("Tab")
            page.get_by_label("Your services").fill("Chapeltown")
            page.get_by_role("button", name="Add Chapeltown Women's Wellbeing Group").click()
            page.wait_for_timeout(1500)

        shot("embed.png", {"width": 1200, "height": 1000}, "/embed", [], before=embed_form)
        browser.close()
    return shots


def shrink(path: Path) -> None:
    """Palette PNGs with pngquant when it is installed (apt-get install pngquant): a third of the size."""
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--quality", "70-95", "--strip",
                        "--output", str(path), str(path)], check=False)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="a running web app; default: start a stack on free ports")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.url:
        shots = take(args.url.rstrip("/"), args.out)
    else:
        work = Path(tempfile.mkdtemp(prefix="signpost-shots-"))
        stack = Stack(rasa_port=free_port(), action_port=free_port(), web_port=free_port(), log_dir=work,
                      env={"SIGNPOST_REGISTRY": str(ROOT / "tests" / "data" / "registry.yml"),
                           "SIGNPOST_DATABASE_URL": f"sqlite:///{work / 'registry.db'}",
                           "SIGNPOST_FEEDBACK_DATABASE_URL": f"sqlite:///{work / 'feedback.db'}"})
        with stack:
            shots = take(stack.web_url, args.out)
    for path in shots:
        shrink(path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
