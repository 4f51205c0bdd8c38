"""The e5 embeddings of the semantic layer's training texts, committed beside the data.

Embedding the ~31,000 texts the layer trains on takes ~400 s on two cores, most of `rasa train`;
the store holds each one's vector so training embeds only what is new. It is a cache, never an
input: a vector is found by a hash of its text, within shards written by the same encoder, and
the layer rounds every embedding to float16 whether it comes from here or from the encoder
(signpost_rasa.risk.embed), so a model trained with the store is the model trained without it.

Shards are append-only: `make embeddings` writes one new shard holding what no shard has, and
never rewrites an older one, so a data round adds one small file to git.
"""
from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Sequence

import numpy as np

from signpost import safety

DIRECTORY = safety.DATA_DIR / "embeddings"
SHARD_GLOB = "shard-*.npz"


def text_key(text: str) -> int:
    """The 64-bit key of a text's vector (the first 8 bytes of its SHA-256)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")


class EmbeddingStore:
    """Vectors by text, read from the shards an encoder wrote."""

    def __init__(self, encoder_id: str, vectors: Dict[int, np.ndarray]) -> None:
        self.encoder_id = encoder_id
        self._vectors = vectors

    @classmethod
    def load(cls, directory: Path, encoder_id: str) -> "EmbeddingStore":
        vectors: Dict[int, np.ndarray] = {}
        for path in sorted(Path(directory).glob(SHARD_GLOB)):
            with np.load(path, allow_pickle=False) as shard:
                if str(shard["encoder"]) != encoder_id:
                    continue
                vectors.update(zip(shard["keys"].tolist(), shard["vectors"]))
        return cls(encoder_id, vectors)

    def __len__(self) -> int:
        return len(self._vectors)

    def __contains__(self, text: str) -> bool:
        return text_key(text) in self._vectors

    def missing(self, texts: Iterable[str]) -> List[str]:
        """The distinct texts that have no vector, in first-seen order."""
        return [text for text in dict.fromkeys(texts) if text not in self]

    def embed(self, texts: Sequence[str], encode: Callable[[Sequence[str]], np.ndarray]) -> np.ndarray:
        """One row per text: the stored vector, or `encode`'s for the texts the store lacks."""
        missing = self.missing(texts)
        if missing:
            self._vectors.update(zip(map(text_key, missing), encode(missing).astype(np.float16)))
        return np.stack([self._vectors[text_key(text)] for text in texts]).astype(np.float32)

    def write_shard(self, directory: Path, texts: Sequence[str],
                    encode: Callable[[Sequence[str]], np.ndarray]) -> Path | None:
        """Embed the texts no shard holds and write them as the next shard; None when none is missing."""
        missing = self.missing(texts)
        if not missing:
            return None
        vectors = encode(missing).astype(np.float16)
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        numbers = [int(p.stem.split("-")[1]) for p in directory.glob(SHARD_GLOB)]
        path = directory / f"shard-{max(numbers, default=0) + 1:03d}.npz"
        keys = np.array([text_key(text) for text in missing], dtype=np.uint64)
        np.savez_compressed(path, encoder=np.array(self.encoder_id), keys=keys, vectors=vectors)
        self._vectors.update(zip(keys.tolist(), vectors))
        return path


def main(argv: Sequence[str] | None = None) -> None:
    """`make embeddings`: store the vectors of the layer's training texts that no shard holds."""
    from signpost_rasa import risk

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--config", type=Path, default=Path("bot/config.yml"))
    parser.add_argument("--domain", type=Path, default=Path("bot/domain"))
    parser.add_argument("--data", type=Path, nargs="+", default=[Path("data/nlu"), Path("data/rules"),
                                                                  Path("data/stories")])
    args = parser.parse_args(argv)
    texts = risk.layer_training_texts(args.config, args.domain, args.data)
    store = EmbeddingStore.load(DIRECTORY, risk.encoder_id())
    missing = len(store.missing(texts))
    path = store.write_shard(DIRECTORY, texts, risk.embed)
    print(f"{len(set(texts))} distinct training texts, {missing} not stored before"
          + (f": written to {path}" if path else ""))


if __name__ == "__main__":
    main()
