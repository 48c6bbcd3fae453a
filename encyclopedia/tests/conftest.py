import pytest

from encyclopedia.factories import EncyclopediaPageFactory


@pytest.fixture
def encyclopedia(site_tree):
    home, _magazine = site_tree
    return EncyclopediaPageFactory(parent=home)
