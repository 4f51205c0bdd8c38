import pytest


@pytest.fixture
def registry_db(tmp_path):
    """A registry in a fresh SQLite file."""
    from signpost.registry import Registry

    return Registry.open(f"sqlite:///{tmp_path / 'registry.db'}")
