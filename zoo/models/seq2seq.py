"""Attention-free encoder-decoder: the encoder's one context vector is all the decoder gets.

The context vector is the encoder's final top-layer hidden state (for an LSTM, its hidden and
cell state joined). It initialises every decoder layer and, with context_every_step (Cho et al.
2014), is also fed to every decoder step and to the output layer. No per-step encoder output ever
reaches the decoder. Sources are left-padded so the final state follows the last real token.
"""
from __future__ import annotations

import torch
from torch import Tensor, nn

from ..config import Seq2SeqArgs
from .recurrent import make_rnn, unroll

State = Tensor | tuple[Tensor, Tensor]


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
        if self.args.context_every_step:
            ctx = context[:, None, :].expand(-1, steps, -1)  # (B, T, C)
            out, state = self.decoder(torch.cat([emb, ctx], dim=-1), state)  # (B, T, H)
            features = torch.cat([out, emb, ctx], dim=-1)  # (B, T, H+E+C)
        else:
            out, state = self.decoder(emb, state)
            features = out
        return self.out(self.drop(features)), state, out

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
