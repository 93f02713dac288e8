"""A loaded language-model entry: next-token distributions, sampling with a seed, step-by-step trace, perplexity."""
from __future__ import annotations

import math
import secrets
from pathlib import Path
from typing import Any

import torch

from zoo.errors import ZooError
from zoo.evaluation.perplexity import perplexity
from zoo.format.config import EntryConfig
from zoo.models.language_model import LanguageModel
from zoo.models.recurrent import unroll
from zoo.text.text_input import Encoded, TextEncoder, check_texts

MAX_GENERATE = 200  # tokens one generate call may add


class LanguageModelEntry:
    """A recurrent language model with its tokenizer and card: one next-token distribution per time step."""

    def __init__(self, folder: Path, config: EntryConfig, model: LanguageModel, tokenizers: dict,
                 card: dict[str, Any]) -> None:
        self.folder, self.config, self.model, self.card = folder, config, model, card
        self.tokenizer = tokenizers["text"]
        self.name, self.task, self.labels = config.name, config.task, []
        self._encoder = TextEncoder(self.tokenizer, config.max_tokens, "tail")  # the last tokens carry the context

    def __repr__(self) -> str:
        return f"<LanguageModelEntry {self.name} ({self.config.model_args.cell})>"

    def encode(self, text: str) -> Encoded:
        """Token ids of a prompt (trailing spaces dropped), keeping its last max_tokens tokens."""
        return self._encoder.encode(check_texts(text)[0].rstrip())

    def token_text(self, token_id: int) -> str:
        """A token as text: '▁' (a word's start) shown as a space; byte tokens (<0xNN>) as they are."""
        return self.tokenizer.id_to_token(int(token_id)).replace("▁", " ")

    @torch.no_grad()
    def _read(self, ids: list[int]) -> tuple[torch.Tensor, Any]:
        """<s> + ids read from a zero state -> the next-token logits after the last step (V,) and the state; only
        that step is scored (the others' V-wide scores are not needed)."""
        states, state = self.model.rnn(self.model.embed(torch.tensor([[self.config.model_args.bos_id, *ids]])))
        return self.model.scores(states[0, -1]), state

    def predict_next(self, text: str, k: int = 10) -> list[dict[str, Any]]:
        """The k most likely next tokens after the text: [{"token", "id", "prob"}], most likely first."""
        if k < 1:
            raise ZooError("k must be at least 1")
        logits, _ = self._read(self.encode(text).ids)
        top = torch.softmax(logits, dim=-1).topk(min(k, logits.shape[-1]))
        return [{"token": self.token_text(i), "id": int(i), "prob": float(p)} for p, i in zip(top.values, top.indices)]

    @torch.no_grad()
    def generate_steps(self, prompt: str, max_tokens: int = 30, temperature: float = 1.0, top_k: int = 0,
                       seed: int | None = None) -> dict[str, Any]:
        """Sample a continuation token by token, each fed back as the next input (one-to-many).

        temperature 0 takes the most likely token every step; top_k > 0 samples among the k most likely only;
        the same seed gives the same text. Returns the continuation, its tokens, each token's probability, and the
        top-layer hidden state after reading each generated token (N, H).
        """
        if not 1 <= max_tokens <= MAX_GENERATE:
            raise ZooError(f"max_tokens must be from 1 to {MAX_GENERATE}, not {max_tokens}")
        if not 0 <= temperature <= 10 or math.isnan(temperature):
            raise ZooError(f"temperature must be from 0 to 10, not {temperature}")
        if top_k < 0:
            raise ZooError("top_k must be 0 (no limit) or more")
        enc = self.encode(prompt)
        args = self.config.model_args
        generator = torch.Generator().manual_seed(seed if seed is not None else secrets.randbits(63))  # torch's own RNG untouched
        last, state = self._read(enc.ids)  # (V,)
        ids, probs, hidden = [], [], []
        for _ in range(max_tokens):
            dist = torch.softmax(last, dim=-1)  # (V,)
            if temperature == 0:
                chosen = int(dist.argmax())
            else:
                scaled = last / temperature
                if top_k:
                    cut = scaled.topk(min(top_k, scaled.shape[0])).values[-1]
                    scaled = scaled.masked_fill(scaled < cut, float("-inf"))
                chosen = int(torch.multinomial(torch.softmax(scaled, dim=-1), 1, generator=generator))
            if chosen == args.eos_id:
                break
            ids.append(chosen)
            probs.append(float(dist[chosen]))
            logits, state = self.model(torch.tensor([[chosen]]), state)
            last = logits[0, -1]
            top = state[0] if isinstance(state, tuple) else state  # (layers, 1, H)
            hidden.append(top[-1, 0].clone())
        return {"prompt": prompt, "prompt_tokens": enc.tokens, "truncated": enc.truncated,
                "text": self.tokenizer.decode(enc.ids + ids)[len(self.tokenizer.decode(enc.ids)):],
                "tokens": [self.token_text(i) for i in ids], "ids": ids, "probs": probs,
                "hidden": (torch.stack(hidden) if hidden else torch.zeros(0, args.hidden_dim)).numpy(),
                "ended": len(ids) < max_tokens}

    def generate(self, prompt: str, max_tokens: int = 30, temperature: float = 1.0, top_k: int = 0,
                 seed: int | None = None) -> str:
        """The prompt's sampled continuation (see generate_steps); the same seed gives the same text."""
        return self.generate_steps(prompt, max_tokens, temperature, top_k, seed)["text"]

    @torch.no_grad()
    def trace(self, text: str, top_k: int = 5, distributions: bool = False) -> dict[str, Any]:
        """Every step of reading the text: the tokens, every layer's states (and LSTM gates), the top-k next
        tokens after each step, and each written token's probability and surprisal (bits) given those before it;
        with distributions=True also every step's whole next-token distribution, (T+1, V).

        Step 0 reads <s>; step t reads token t and predicts token t+1; the last step predicts what comes next.
        """
        enc = self.encode(text)
        args = self.config.model_args
        inputs = torch.tensor([args.bos_id, *enc.ids])  # (T+1,)
        layers = unroll(self.model.rnn, args.cell, self.model.embed(inputs))
        probs = torch.softmax(self.model.scores(layers[-1]["h"]), dim=-1)  # (T+1, V)
        written = probs[torch.arange(len(enc.ids)), torch.tensor(enc.ids, dtype=torch.long)]  # (T,)
        top = probs.topk(min(top_k, probs.shape[-1]), dim=-1)
        return {"tokens": [self.token_text(i) for i in enc.ids], "ids": enc.ids, "truncated": enc.truncated,
                "unknown_share": enc.unknown_share,
                "layers": [{k: v.numpy() for k, v in layer.items()} for layer in layers],
                "hidden": layers[-1]["h"].numpy(),  # (T+1, H): after <s>, then after each token
                "top": [[(self.token_text(i), float(p)) for p, i in zip(top.values[t], top.indices[t])]
                        for t in range(probs.shape[0])],
                "probs": written.tolist(), "surprisal": (-torch.log2(written.clamp_min(1e-12))).tolist(),
                **({"distributions": probs.numpy()} if distributions else {})}

    def perplexity(self, texts: list[str]) -> dict[str, Any]:
        """Perplexity per token and per word over texts, each read whole from a zero state."""
        args = self.config.model_args
        return perplexity(self.model, self.tokenizer, check_texts(texts), args.bos_id, args.eos_id)
