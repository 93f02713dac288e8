"""Attention-free encoder-decoder: the encoder's one context vector is all the decoder gets.

The context vector is the encoder's final top-layer hidden state (for an LSTM, its hidden and
cell state joined). It initialises every decoder layer and, with context_every_step (Cho et al.
2014), is also fed to every decoder step and to the output layer. No per-step encoder output ever
reaches the decoder. Sources are left-padded so the final state follows the last real token.
"""
from __future__ import annotations

from typing import NamedTuple

import torch
from torch import Tensor, nn
from torch.nn import functional as F

from zoo.format.config import Seq2SeqArgs
from zoo.models.recurrent import cell_step, make_rnn, unroll

State = Tensor | tuple[Tensor, Tensor]


class DecoderStart(NamedTuple):
    """What the decoder computes from the context once per sentence (see Seq2Seq.start)."""

    context: Tensor  # (B, C)
    gates: Tensor | None  # (B, gates*H): the context's share of the first decoder layer's input
    logits: Tensor | None  # (B, V): the context's share of the output layer, bias included

    def select(self, index: Tensor) -> "DecoderStart":
        """Reorder (or repeat) along the batch, as beam search does with its hypotheses."""
        return DecoderStart(*(None if t is None else t[index] for t in self))


class Seq2Seq(nn.Module):
    """Encoder RNN -> context vector (B, C) -> decoder RNN -> next-token logits."""

    def __init__(self, args: Seq2SeqArgs) -> None:
        super().__init__()
        self.args = args
        E, H, L = args.embed_dim, args.hidden_dim, args.num_layers
        self.src_embed = nn.Embedding(args.src_vocab_size, E, padding_idx=args.pad_id)
        self.tgt_embed = nn.Embedding(args.tgt_vocab_size, E, padding_idx=args.pad_id)
        self.drop = nn.Dropout(args.dropout)
        self.encoder = make_rnn(args.cell, E, H, L, args.dropout)
        self.context_dim = H * (2 if args.cell == "lstm" else 1)
        states = 2 if args.cell == "lstm" else 1
        self.bridge = nn.Linear(self.context_dim, L * H * states)  # context -> initial decoder states
        dec_in = E + (self.context_dim if args.context_every_step else 0)
        self.decoder = make_rnn(args.cell, dec_in, H, L, args.dropout)
        out_in = H + (E + self.context_dim if args.context_every_step else 0)
        self.out = nn.Linear(out_in, args.tgt_vocab_size)

    def encode(self, src: Tensor) -> Tensor:
        """src: (B, S) left-padded -> context vector (B, C)."""
        _, final = self.encoder(self.drop(self.src_embed(src)))
        if self.args.cell == "lstm":
            h, c = final  # (L, B, H) each
            return torch.cat([h[-1], c[-1]], dim=-1)  # (B, 2H)
        return final[-1]  # (B, H)

    def initial_state(self, context: Tensor) -> State:
        """context: (B, C) -> decoder state (L, B, H), or (h, c) for an LSTM."""
        L, H = self.args.num_layers, self.args.hidden_dim
        flat = self.bridge(context)  # (B, L*H*states)
        if self.args.cell == "lstm":
            h, c = flat.chunk(2, dim=-1)
            return (torch.tanh(h).view(-1, L, H).transpose(0, 1).contiguous(),
                    c.view(-1, L, H).transpose(0, 1).contiguous())
        return torch.tanh(flat).view(-1, L, H).transpose(0, 1).contiguous()

    def decode(self, tgt_in: Tensor, context: Tensor, state: State) -> tuple[Tensor, State, Tensor]:
        """tgt_in: (B, T) previous tokens -> logits (B, T, V), new state, decoder outputs (B, T, H)."""
        emb = self.drop(self.tgt_embed(tgt_in))  # (B, T, E)
        steps = tgt_in.shape[1]
        if not self.args.context_every_step:
            out, state = self.decoder(emb, state)  # (B, T, H)
            return self.out(self.drop(out)), state, out
        ctx = context[:, None, :].expand(-1, steps, -1)  # (B, T, C)
        out, state = self.decoder(torch.cat([emb, ctx], dim=-1), state)  # (B, T, H)
        # The output layer reads [out; emb; ctx]. The context's share is the same at every step, so it is
        # computed once per sentence: the same sum, with a third fewer multiplications.
        w_steps, w_ctx = self._out_split()
        logits = F.linear(self.drop(torch.cat([out, emb], dim=-1)), w_steps)  # (B, T, V)
        return logits + self._context_logits(self.drop(context), w_ctx)[:, None, :], state, out

    def _out_split(self) -> tuple[Tensor, Tensor]:
        """Output weight columns for [out; emb] (V, H+E) and for the context (V, C)."""
        cut = self.args.hidden_dim + self.args.embed_dim
        return self.out.weight[:, :cut], self.out.weight[:, cut:]

    def _context_logits(self, context: Tensor, w_ctx: Tensor) -> Tensor:
        """The context's share of the logits, bias included: (B, C) -> (B, V)."""
        return F.linear(context, w_ctx, self.out.bias)

    @torch.no_grad()
    def _step_weights(self) -> tuple[Tensor, Tensor]:
        """Transposed contiguous copies of the weight columns a decoding step multiplies by, kept until the
        weights change: layer 0's input weights for the token embedding (E, gates*H) and the output layer's
        weights for [out; emb] (H+E, V). A matmul by a column slice of a wider matrix is about twice as slow."""
        key = tuple((w.data_ptr(), w._version) for w in (self.decoder.weight_ih_l0, self.out.weight))
        cached = getattr(self, "_step_cache", None)
        if cached is None or cached[0] != key:
            E = self.args.embed_dim
            ih_emb = self.decoder.weight_ih_l0[:, :E].t().contiguous()  # (E, gates*H)
            out_steps = self._out_split()[0].t().contiguous()  # (H+E, V)
            self._step_cache = cached = (key, ih_emb, out_steps)
        return cached[1], cached[2]

    @torch.no_grad()
    def start(self, context: Tensor) -> DecoderStart:
        """Everything the decoder computes from the context alone, once per sentence. context: (B, C)."""
        if not self.args.context_every_step:
            return DecoderStart(context, None, None)
        E = self.args.embed_dim
        w_ih, b_ih = self.decoder.weight_ih_l0, self.decoder.bias_ih_l0
        gates = F.linear(context, w_ih[:, E:], b_ih)  # (B, gates*H): the context's share of layer 0's input
        return DecoderStart(context, gates, self._context_logits(context, self._out_split()[1]))

    @torch.no_grad()
    def step(self, prev: Tensor, state: State, start: DecoderStart) -> tuple[Tensor, State]:
        """One inference step (eval mode): prev (B,) tokens -> logits (B, V), new state. Same math as decode."""
        if start.gates is None:
            logits, state, _ = self.decode(prev[:, None], start.context, state)
            return logits[:, 0], state
        cell = self.args.cell
        ih_emb, out_steps = self._step_weights()
        emb = self.tgt_embed(prev)  # (B, E)
        h_all, c_all = state if isinstance(state, tuple) else (state, None)
        new_h, new_c = [], []
        inp = emb
        for layer in range(self.args.num_layers):
            w_ih = getattr(self.decoder, f"weight_ih_l{layer}")
            b_ih = getattr(self.decoder, f"bias_ih_l{layer}")
            x_proj = (torch.addmm(start.gates, emb, ih_emb) if layer == 0
                      else F.linear(inp, w_ih, b_ih))  # (B, gates*H)
            h, c, _ = cell_step(cell, x_proj, h_all[layer], None if c_all is None else c_all[layer],
                                getattr(self.decoder, f"weight_hh_l{layer}"),
                                getattr(self.decoder, f"bias_hh_l{layer}"))
            new_h.append(h)
            new_c.append(c)
            inp = h
        logits = torch.addmm(start.logits, torch.cat([inp, emb], dim=-1), out_steps)  # (B, V)
        h_stack = torch.stack(new_h)  # (L, B, H)
        return logits, ((h_stack, torch.stack(new_c)) if c_all is not None else h_stack)

    def forward(self, src: Tensor, tgt_in: Tensor) -> Tensor:
        """Teacher forcing. src: (B, S) left-padded, tgt_in: (B, T) starting with BOS -> logits (B, T, V)."""
        context = self.encode(src)
        logits, _, _ = self.decode(tgt_in, context, self.initial_state(context))
        return logits

    @torch.no_grad()
    def trace_encoder(self, src: Tensor) -> dict:
        """src: (S,) one sentence -> per-layer per-step encoder states/gates and the context vector (C,)."""
        layers = unroll(self.encoder, self.args.cell, self.src_embed(src))
        top = layers[-1]
        last = top["h_0"][-1]
        context = torch.cat([last, top["c_0"][-1]]) if self.args.cell == "lstm" else last
        return {"layers": layers, "context": context}
