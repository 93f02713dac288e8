"""A loaded translator entry: translate with greedy or beam search, and trace encoder and decoder."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from zoo.format.config import EntryConfig
from zoo.inference.decoding import beam_search, greedy, greedy_from_context
from zoo.errors import ZooError
from zoo.models.seq2seq import Seq2Seq
from zoo.text.text_input import Encoded, TextEncoder, check_texts, same_length_batches

DEFAULT_MAX_LEN = 60
BATCH = 64


class TranslatorEntry:
    """Attention-free encoder-decoder with its source and target tokenizers and card."""

    def __init__(self, folder: Path, config: EntryConfig, model: Seq2Seq, tokenizers: dict,
                 card: dict[str, Any]) -> None:
        self.folder, self.config, self.model, self.card = folder, config, model, card
        self.src_tok, self.tgt_tok = tokenizers["source"], tokenizers["target"]
        self.name, self.task, self.labels = config.name, config.task, []
        self._source_encoder = TextEncoder(self.src_tok, config.max_tokens, config.truncation)

    def __repr__(self) -> str:
        return f"<TranslatorEntry {self.name} ({self.config.model_args.cell})>"

    def encode_source(self, text: str) -> Encoded:
        """Source token ids, truncated to max_tokens (the head is kept)."""
        return self._source_encoder.encode(text)

    def translate(self, texts: str | list[str], beam: int | None = None, max_len: int = DEFAULT_MAX_LEN,
                  alpha: float = 1.0) -> list[str]:
        """One translation per text; beam=1 is greedy, beam>1 length-normalised beam search, None the entry's own
        beam (config.beam: the one its card was measured at)."""
        texts = check_texts(texts)
        beam = self.config.beam if beam is None else beam
        if beam < 1 or max_len < 1:
            raise ZooError("beam and max_len must be at least 1")
        sources = [self.encode_source(t).ids for t in texts]
        if beam == 1:
            outs: list[list[int]] = [[] for _ in sources]
            for chunk in same_length_batches([len(s) for s in sources], BATCH):  # no padding: exact contexts
                for i, out in zip(chunk, greedy(self.model, [sources[i] for i in chunk], max_len)):
                    outs[i] = out
        else:
            outs = [beam_search(self.model, s, beam, max_len, alpha) for s in sources]
        return [self.tgt_tok.decode(o) for o in outs]

    @torch.no_grad()
    def trace(self, text: str, beam: int | None = None, max_len: int = DEFAULT_MAX_LEN,
              top_k: int = 5) -> dict[str, Any]:
        """Encoder steps and context vector; the output (beam as in translate) and each decoder step's top-k
        candidates."""
        text = check_texts(text)[0]
        beam = self.config.beam if beam is None else beam
        if beam < 1 or max_len < 1:
            raise ZooError("beam and max_len must be at least 1")
        enc = self.encode_source(text)
        encoder = self.model.trace_encoder(torch.tensor(enc.ids))
        out_ids = (greedy(self.model, [enc.ids], max_len)[0] if beam == 1
                   else beam_search(self.model, enc.ids, beam, max_len))
        args = self.model.args
        context = encoder["context"][None]  # (1, C)
        tgt_in = torch.tensor([[args.bos_id] + out_ids])  # (1, T+1)
        logits, _, dec_h = self.model.decode(tgt_in, context, self.model.initial_state(context))
        probs = torch.softmax(logits[0], dim=-1)  # (T+1, V)
        top = probs.topk(min(top_k, probs.shape[-1]), dim=-1)
        steps = []
        for t in range(probs.shape[0]):
            chosen = out_ids[t] if t < len(out_ids) else args.eos_id
            steps.append({"token": self.tgt_tok.id_to_token(chosen), "prob": float(probs[t, chosen]),
                          "top": [(self.tgt_tok.id_to_token(int(i)), float(p))
                                  for p, i in zip(top.values[t], top.indices[t])]})
        return {"source_tokens": enc.tokens, "truncated": enc.truncated, "unknown_share": enc.unknown_share,
                "encoder_layers": [{k: v.numpy() for k, v in layer.items()} for layer in encoder["layers"]],
                "encoder_hidden": encoder["layers"][-1]["h"].numpy(),
                "context": encoder["context"].numpy(), "decoder_hidden": dec_h[0].numpy(),
                "steps": steps, "translation": self.tgt_tok.decode(out_ids)}

    @torch.no_grad()
    def contexts(self, texts: list[str]) -> torch.Tensor:
        """Context vectors of many sources, (N, C)."""
        sources = [self.encode_source(t).ids for t in check_texts(texts)]
        out = torch.zeros(len(sources), self.model.context_dim)
        for chunk in same_length_batches([len(s) for s in sources], BATCH):
            out[chunk] = self.model.encode(torch.tensor([sources[i] for i in chunk]))
        return out

    @torch.no_grad()
    def decode_contexts(self, contexts: Any, max_len: int = DEFAULT_MAX_LEN) -> list[str]:
        """Greedy translations decoded from context vectors (N, C) alone: the decoder gets nothing else."""
        context = torch.as_tensor(contexts, dtype=torch.float32).reshape(-1, self.model.context_dim)  # (N, C)
        return [self.tgt_tok.decode(o) for o in greedy_from_context(self.model, context, max_len)]
