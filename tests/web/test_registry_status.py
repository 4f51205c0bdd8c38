"""The web app says whether its registry is a demo, so the pages can show a notice."""
from __future__ import annotations


def test_a_registry_with_sample_records_is_a_demo(web):
    status, _, body = web.get("/registry/status")
    assert status == 200
    assert body["demo"] is True
    assert 0 < body["sample_services"] < body["services"] == web.registry.count_services()
