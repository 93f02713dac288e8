"""Recurrent language model: embeddings -> RNN/LSTM/GRU -> a next-token distribution at every time step."""
from __future__ import annotations

import torch
from torch import Tensor, nn
from torch.nn import functional as F

from zoo.format.config import LmArgs
from zoo.models.recurrent import make_rnn


class LanguageModel(nn.Module):
    """Many-to-many: after reading token t, the top hidden state h_t scores every token as token t+1.

    The output layer is tied to the input embeddings: h_t (H) is projected to E dimensions and compared with
    each token's embedding, so a token's input and output vectors are one and the same.
    Its `embed` and `rnn` carry the same names and shapes as a one-direction SequenceClassifier's, so a classifier
    can start from them (train.classify --init).
    """

    def __init__(self, args: LmArgs) -> None:
        super().__init__()
        self.args = args
        self.embed = nn.Embedding(args.vocab_size, args.embed_dim, padding_idx=args.pad_id)
        self.drop = nn.Dropout(args.dropout)
        self.rnn = make_rnn(args.cell, args.embed_dim, args.hidden_dim, args.num_layers, args.dropout)
        self.proj = nn.Linear(args.hidden_dim, args.embed_dim)
        self.out_bias = nn.Parameter(torch.zeros(args.vocab_size))

    def scores(self, states: Tensor) -> Tensor:
        """states: (..., H) top-layer hidden states -> next-token logits (..., V)."""
        return F.linear(self.drop(self.proj(states)), self.embed.weight, self.out_bias)

    def forward(self, ids: Tensor, state: Tensor | tuple[Tensor, Tensor] | None = None
                ) -> tuple[Tensor, Tensor | tuple[Tensor, Tensor]]:
        """ids: (B, T), state: the recurrent state to start from (None: zeros) -> logits (B, T, V) and the state
        after the last step (h: (layers, B, H); LSTM: (h, c))."""
        states, state = self.rnn(self.drop(self.embed(ids)), state)  # (B, T, H)
        return self.scores(states), state
