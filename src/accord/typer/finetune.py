"""Fine-tuning the encoder for the typer with low-rank adapters (LoRA), in torch.

Only training imports this module (torch comes with the optional `train-typer` extra). The
encoder is rebuilt in torch from the ONNX model's own weights, so there is no second copy to
download and the weight names are the ONNX initializer names that the saved factors patch
at run time (`accord.typer.tuning`). The pairs are pooled exactly as the typer's features
pool them (`pool_weights`), with the rules' cues beside them, and a small classifier on top
is trained with the adapters; that classifier is thrown away afterwards: the shipped numpy
head is retrained on the tuned encoder's features.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import ConfigurationError
from accord.typer.encoder import MAX_TOKENS, WIDTH, encoder_folder
from accord.typer.features import LEXICAL_NAMES, POOLS, lexical_cues, pool_weights
from accord.typer.marked import MarkedPair
from accord.typer.tuning import TuneSettings, Tuning

try:
    import torch
    from torch import nn
except ModuleNotFoundError:  # pragma: no cover - depends on the installed extras
    raise ConfigurationError(
        "fine-tuning the encoder needs torch: pip install 'accord[train-typer]'"
    ) from None

LAYERS = 6
HEADS = 12
_EPSILON = 1e-12
_PROJECTIONS = ("attn.q_proj", "attn.k_proj", "attn.v_proj", "attn.o_proj", "mlp.fc1", "mlp.fc2")
Progress = Callable[[str], None]


def weight_name(layer: int, projection: str) -> str:
    return f"model.layers.{layer}.{projection}.MatMul.weight"


def bias_name(layer: int, projection: str) -> str:
    return f"model.layers.{layer}.{projection}.Add.bias"


def onnx_weights(model: Path | None = None) -> dict[str, NDArray[np.float32]]:
    """Every initializer of the packaged MiniLM ONNX model, by name."""
    import onnx
    from onnx import numpy_helper

    path = model or encoder_folder() / "onnx" / "model.onnx"
    graph = onnx.load(str(path)).graph
    return {i.name: numpy_helper.to_array(i).astype(np.float32) for i in graph.initializer}


class Projection(nn.Module):
    """`x @ weight + bias` with the ONNX (in, out) weight frozen, plus `scale * x @ a @ b`
    when it has an adapter (`b` starts at zero, so training starts from the encoder)."""

    def __init__(self, weight: NDArray[np.float32], bias: NDArray[np.float32], rank: int) -> None:
        super().__init__()
        # Plain attributes, not buffers: frozen, and never saved through torch.
        self.weight = torch.from_numpy(weight.copy())
        self.bias = torch.from_numpy(bias.copy())
        self.a: nn.Parameter | None = None
        self.b: nn.Parameter | None = None
        if rank:
            bound = 1.0 / math.sqrt(weight.shape[0])
            self.a = nn.Parameter(torch.empty(weight.shape[0], rank).uniform_(-bound, bound))
            self.b = nn.Parameter(torch.zeros(rank, weight.shape[1]))
        self.scale = 1.0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = x @ self.weight + self.bias
        if self.a is not None and self.b is not None:
            out = out + self.scale * ((x @ self.a) @ self.b)
        return out


class Encoder(nn.Module):
    """BERT (MiniLM-L6) as the ONNX graph computes it: post-norm layers, exact GELU."""

    def __init__(self, weights: dict[str, NDArray[np.float32]], settings: TuneSettings) -> None:
        super().__init__()
        self.embeddings = {
            name: torch.from_numpy(weights[f".model.embeddings.{name}_embeddings.weight"].copy())
            for name in ("word", "position", "token_type")
        }
        self.norms: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}
        self._norm(weights, "model.layers.-1.embeddings_norm_layernorm")
        self.projections = nn.ModuleDict()
        first_tuned = LAYERS - settings.layers
        for layer in range(LAYERS):
            for projection in _PROJECTIONS:
                rank = settings.rank if layer >= first_tuned else 0
                module = Projection(
                    weights[weight_name(layer, projection)],
                    weights[bias_name(layer, projection)],
                    rank,
                )
                module.scale = settings.alpha / settings.rank
                self.projections[_key(layer, projection)] = module
            self._norm(weights, f"model.layers.{layer}.attention_output_norm_layernorm")
            self._norm(weights, f"model.layers.{layer}.mlp_output_norm_layernorm")

    def _norm(self, weights: dict[str, NDArray[np.float32]], name: str) -> None:
        gain = torch.from_numpy(weights[f"{name}.weight"].copy())
        shift = torch.from_numpy(weights[f"{name}.bias"].copy())
        self.norms[name] = (gain, shift)

    def _normed(self, x: torch.Tensor, name: str) -> torch.Tensor:
        gain, shift = self.norms[name]
        normed: torch.Tensor = nn.functional.layer_norm(x, (WIDTH,), gain, shift, _EPSILON)
        return normed

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        word, position, token_type = (
            self.embeddings[n] for n in ("word", "position", "token_type")
        )
        x = word[ids] + position[: ids.shape[1]][None] + token_type[0]
        x = self._normed(x, "model.layers.-1.embeddings_norm_layernorm")
        blocked = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in range(LAYERS):
            x = self._layer(layer, x, blocked)
        return x

    def _layer(self, layer: int, x: torch.Tensor, blocked: torch.Tensor) -> torch.Tensor:
        def project(name: str, value: torch.Tensor) -> torch.Tensor:
            out: torch.Tensor = self.projections[_key(layer, name)](value)
            return out

        batch, length, _ = x.shape
        split = (batch, length, HEADS, WIDTH // HEADS)
        q, k, v = (project(n, x).view(split).transpose(1, 2) for n in _PROJECTIONS[:3])
        scores = (q @ k.transpose(-1, -2)) / math.sqrt(WIDTH // HEADS) + blocked
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, length, WIDTH)
        x = self._normed(
            x + project("attn.o_proj", context),
            f"model.layers.{layer}.attention_output_norm_layernorm",
        )
        inner = nn.functional.gelu(project("mlp.fc1", x))
        return self._normed(
            x + project("mlp.fc2", inner), f"model.layers.{layer}.mlp_output_norm_layernorm"
        )

    def tuning(self) -> Tuning:
        """The trained adapters, by the ONNX name of the weight they change."""
        factors = {}
        scale = 1.0
        for key, module in self.projections.items():
            if not isinstance(module, Projection):
                continue
            if module.a is not None and module.b is not None:
                layer, projection = key.split("|")
                factors[weight_name(int(layer), projection.replace("/", "."))] = (
                    module.a.detach().numpy().astype(np.float32),
                    module.b.detach().numpy().astype(np.float32),
                )
                scale = module.scale
        return Tuning(factors, scale)


def _key(layer: int, projection: str) -> str:
    return f"{layer}|{projection.replace('.', '/')}"  # ModuleDict keys may not hold dots


@dataclass(frozen=True, slots=True)
class Batch:
    ids: torch.Tensor  # (pairs, tokens)
    mask: torch.Tensor
    pools: torch.Tensor  # (pairs, len(POOLS), tokens): how each pool averages the tokens
    cues: torch.Tensor  # (pairs, len(LEXICAL_NAMES))
    labels: torch.Tensor


def batches(pairs: Sequence[MarkedPair], labels: Sequence[int], size: int) -> list[Batch]:
    """The pairs tokenised as the typer's encoder does, in batches of similar length."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(encoder_folder() / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    encodings = tokenizer.encode_batch([p.text for p in pairs])
    order = sorted(range(len(pairs)), key=lambda i: len(encodings[i].ids))
    made = []
    for first in range(0, len(order), size):
        chosen = order[first : first + size]
        longest = max(len(encodings[i].ids) for i in chosen)
        ids = np.zeros((len(chosen), longest), dtype=np.int64)
        pools = np.zeros((len(chosen), len(POOLS), longest), dtype=np.float32)
        cues = np.zeros((len(chosen), len(LEXICAL_NAMES)), dtype=np.float32)
        for row, index in enumerate(chosen):
            encoding, pair = encodings[index], pairs[index]
            pieces = len(encoding.ids)
            ids[row, :pieces] = encoding.ids
            offsets = np.asarray(encoding.offsets[1 : pieces - 1], dtype=np.int64).reshape(-1, 2)
            found = lexical_cues(pair)
            pools[row, :, : pieces - 1] = pool_weights(pair, offsets, found.trigger)
            cues[row] = found.vector
        made.append(
            Batch(
                torch.from_numpy(ids),
                torch.from_numpy((ids > 0).astype(np.int64)),
                torch.from_numpy(pools),
                torch.from_numpy(cues),
                torch.tensor([labels[i] for i in chosen], dtype=torch.long),
            )
        )
    return made


class Typer(nn.Module):
    """The encoder, the typer's pooling and a small classifier, trained together."""

    def __init__(self, encoder: Encoder, classes: int, hidden: int = 256) -> None:
        super().__init__()
        self.encoder = encoder
        self.classifier = nn.Sequential(
            nn.Dropout(0.1),
            nn.Linear(len(POOLS) * WIDTH + len(LEXICAL_NAMES), hidden),
            nn.ReLU(),
            nn.Linear(hidden, classes),
        )

    def forward(self, batch: Batch) -> torch.Tensor:
        hidden = self.encoder(batch.ids, batch.mask)
        pooled = (batch.pools @ hidden).flatten(1)
        logits: torch.Tensor = self.classifier(torch.cat([pooled, batch.cues], dim=1))
        return logits


def tune_encoder(
    pairs: Sequence[MarkedPair],
    labels: Sequence[int],
    classes: int,
    settings: TuneSettings,
    progress: Progress | None = None,
) -> Tuning:
    """Adapters for the encoder, trained on the labelled pairs (class-balanced loss)."""
    say = progress or (lambda _: None)
    torch.manual_seed(settings.seed)
    torch.set_num_threads(settings.threads)
    rng = np.random.default_rng(settings.seed)
    model = Typer(Encoder(onnx_weights(), settings), classes)
    counts = np.bincount(np.asarray(labels), minlength=classes).astype(np.float32)
    weight = np.where(counts > 0, len(labels) / (classes * np.maximum(counts, 1)), 0.0)
    loss = nn.CrossEntropyLoss(weight=torch.from_numpy(weight.astype(np.float32)))
    data = batches(pairs, labels, settings.batch)
    trained = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trained, lr=settings.learning_rate, weight_decay=0.01)
    steps = settings.epochs * len(data)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / (0.06 * steps)) * max(0.0, 1 - step / steps)
    )
    model.train()
    for epoch in range(settings.epochs):
        total = 0.0
        for number in rng.permutation(len(data)):
            batch = data[number]
            optimiser.zero_grad()
            value = loss(model(batch), batch.labels)
            value.backward()
            optimiser.step()
            schedule.step()
            total += float(value.detach())
        average = total / len(data)
        say(f"tuning the encoder: epoch {epoch + 1}/{settings.epochs}, loss {average:.3f}")
    return model.encoder.tuning()


def encode_hidden(encoder: Encoder, ids: NDArray[np.int64], mask: NDArray[np.int64]) -> Any:
    """The torch encoder's last hidden states (for checking it against onnxruntime)."""
    encoder.eval()
    with torch.no_grad():
        return encoder(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()
