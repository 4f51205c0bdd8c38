"""A registry holding sample records says so on the pages, as the terminal does."""


def test_the_pages_say_when_the_registry_is_a_demo(web):
    samples = web.registry.sample_count()
    assert samples > 0  # the test registry's local records are examples
    for path in ("/", "/staff"):
        status, _, page = web.get(path)
        assert status == 200 and "{{DEMO_NOTICE}}" not in page, path
        assert f"<strong>Demo registry:</strong> {samples} of {web.registry.count_services()} services" in page, path
