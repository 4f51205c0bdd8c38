"""The committed store of the semantic layer's training embeddings (signpost_rasa/embedding_store.py):
append-only shards, vectors found by text and encoder, and a store that covers every training text
so that `rasa train` embeds nothing on a fresh clone."""
from pathlib import Path

import numpy as np
import pytest

from signpost_rasa.embedding_store import DIRECTORY, EmbeddingStore
from signpost_rasa.risk import embed, encoder_id, layer_training_texts

REPO = Path(__file__).resolve().parents[2]


class CountingEncoder:
    """The real encoder, recording which texts it was asked for."""

    def __init__(self) -> None:
        self.asked: list = []

    def __call__(self, texts):
        self.asked.extend(texts)
        return embed(texts)


def refuse(texts):
    raise AssertionError(f"the store should have held {list(texts)}")


def test_a_new_shard_holds_only_what_no_shard_has(tmp_path):
    encode = CountingEncoder()
    store = EmbeddingStore.load(tmp_path, encoder_id())
    first = store.write_shard(tmp_path, ["i feel alone", "find me a group", "i feel alone"], encode)
    second = store.write_shard(tmp_path, ["find me a group", "kuna caawimaad u baahanahay"], encode)

    assert [first.name, second.name] == ["shard-001.npz", "shard-002.npz"]
    assert encode.asked == ["i feel alone", "find me a group", "kuna caawimaad u baahanahay"]
    assert store.write_shard(tmp_path, ["i feel alone"], encode) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shard-001.npz", "shard-002.npz"]


def test_stored_vectors_are_the_encoders_own(tmp_path):
    texts = ["我不想活了", "counselling in urdu please"]
    EmbeddingStore.load(tmp_path, encoder_id()).write_shard(tmp_path, texts, embed)

    reloaded = EmbeddingStore.load(tmp_path, encoder_id())
    assert len(reloaded) == 2
    assert np.array_equal(reloaded.embed(texts[::-1], refuse), embed(texts[::-1]))


def test_texts_the_store_lacks_are_embedded_on_the_spot(tmp_path):
    EmbeddingStore.load(tmp_path, encoder_id()).write_shard(tmp_path, ["hello"], embed)
    encode = CountingEncoder()
    vectors = EmbeddingStore.load(tmp_path, encoder_id()).embed(["hello", "thank you", "hello"], encode)

    assert encode.asked == ["thank you"]
    assert np.array_equal(vectors, embed(["hello", "thank you", "hello"]))


def test_shards_of_another_encoder_are_not_read(tmp_path):
    EmbeddingStore.load(tmp_path, "another-encoder").write_shard(tmp_path, ["hello"], embed)
    assert len(EmbeddingStore.load(tmp_path, encoder_id())) == 0


@pytest.fixture(scope="module")
def training_texts():
    return layer_training_texts(REPO / "bot" / "config.yml", REPO / "bot" / "domain",
                                [REPO / "data" / "nlu", REPO / "data" / "rules", REPO / "data" / "stories"])


def test_the_committed_store_holds_every_training_text(training_texts):
    missing = EmbeddingStore.load(DIRECTORY, encoder_id()).missing(training_texts)
    assert not missing, (f"{len(missing)} training texts have no stored embedding, e.g. {missing[:3]}: "
                         "run `make embeddings` and commit the new shard")


def test_the_committed_vectors_match_the_encoder(training_texts):
    sample = training_texts[::1500]
    stored = EmbeddingStore.load(DIRECTORY, encoder_id()).embed(sample, refuse)
    assert np.allclose(stored, embed(sample), atol=2e-3)
