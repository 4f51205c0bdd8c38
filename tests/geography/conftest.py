from __future__ import annotations

import pytest

from signpost.geography import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The shipped data, without any SIGNPOST_POSTCODES file."""
    return Gazetteer.from_files()
