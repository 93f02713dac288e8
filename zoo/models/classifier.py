"""Many-to-one classifier: embeddings -> RNN/LSTM/GRU over time -> context vector -> labels."""
from __future__ import annotations

import torch
from torch import Tensor, nn

from zoo.format.config import ClassifierArgs
from zoo.models.recurrent import make_rnn, unroll


class SequenceClassifier(nn.Module):
    """Reads a token sequence step by step; the output layer sees only the context vector.

    With pooling="last" the context vector is the last hidden state; with "concat" it is the last
    hidden state joined with max- and mean-pooling of the hidden states over time (ULMFiT).
    """

    def __init__(self, args: ClassifierArgs) -> None:
        super().__init__()
        self.args = args
        self.embed = nn.Embedding(args.vocab_size, args.embed_dim, padding_idx=args.pad_id)
        self.drop = nn.Dropout(args.dropout)
        self.rnn = make_rnn(args.cell, args.embed_dim, args.hidden_dim, args.num_layers, args.dropout,
                            args.bidirectional)
        self.state_dim = args.hidden_dim * (2 if args.bidirectional else 1)
        self.context_dim = self.state_dim * (3 if args.pooling == "concat" else 1)
        self.head = nn.Linear(self.context_dim, args.num_labels)

    def hidden_states(self, ids: Tensor) -> Tensor:
        """ids: (B, T) right-padded -> top-layer hidden states (B, T, state_dim)."""
        out, _ = self.rnn(self.drop(self.embed(ids)))
        return out

    def pool(self, states: Tensor, lengths: Tensor | None = None) -> Tensor:
        """states: (B, T, D), lengths: (B,), or None when no row is padded -> context vectors (B, context_dim)."""
        batch, steps, _ = states.shape
        hid = self.args.hidden_dim
        if lengths is None:  # no index or mask tensors: the masked path below took a tenth of a 1-row forward
            # (B, D): the forward direction's state at the last token, the backward one's at the first
            ends = [states[:, -1, :hid], states[:, 0, hid:]] if self.args.bidirectional else [states[:, -1]]
            pooled = [states.amax(dim=1), states.mean(dim=1)] if self.args.pooling == "concat" else []
            return torch.cat(ends + pooled, dim=-1)  # (B, C)
        last = states[torch.arange(batch), (lengths - 1).clamp(min=0)]  # (B, D): the forward direction's end
        if self.args.bidirectional:  # the backward direction ends at the first token
            last = torch.cat([last[:, :hid], states[:, 0, hid:]], dim=-1)
        if self.args.pooling == "last":
            return last
        mask = (torch.arange(steps, device=states.device)[None, :] < lengths[:, None]).unsqueeze(-1)  # (B, T, 1)
        max_pool = states.masked_fill(~mask, float("-inf")).max(dim=1).values  # (B, D)
        mean_pool = (states * mask).sum(dim=1) / lengths.clamp(min=1)[:, None]  # (B, D)
        return torch.cat([last, max_pool, mean_pool], dim=-1)  # (B, 3D)

    def context(self, ids: Tensor, lengths: Tensor | None = None) -> Tensor:
        """ids: (B, T), lengths: (B,) or None (no padding) -> the context vector the output layer receives (B, C)."""
        return self.pool(self.hidden_states(ids), lengths)

    def forward(self, ids: Tensor, lengths: Tensor | None = None) -> Tensor:
        """ids: (B, T) right-padded, lengths: (B,), or None when no row is padded -> logits (B, num_labels)."""
        return self.head(self.drop(self.context(ids, lengths)))

    @torch.no_grad()
    def prefix_logits(self, ids: Tensor, lengths: Tensor | None = None) -> Tensor:
        """ids: (T,) one sequence -> logits after each prefix, (T, num_labels); with lengths (P,), only after the
        prefixes of those lengths (P, num_labels). Call in eval mode."""
        steps = ids.shape[0]
        if lengths is not None and not self.args.bidirectional:
            return self.prefix_logits(ids)[lengths - 1]
        if self.args.bidirectional:  # the backward direction must re-read each prefix: one packed batch of them
            from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

            lengths = torch.arange(1, steps + 1) if lengths is None else lengths
            prefixes = ids[None].expand(len(lengths), -1) * (torch.arange(steps)[None] < lengths[:, None])  # (P, T)
            packed = pack_padded_sequence(self.embed(prefixes), lengths, batch_first=True, enforce_sorted=False)
            out, _ = pad_packed_sequence(self.rnn(packed)[0], batch_first=True, total_length=steps)  # (T, T, D)
            return self.head(self.pool(out, lengths))
        states = self.hidden_states(ids[None])[0]  # (T, D)
        if self.args.pooling == "last":
            return self.head(states)
        count = torch.arange(1, steps + 1, dtype=states.dtype)[:, None]
        max_pool = torch.cummax(states, dim=0).values  # (T, D)
        mean_pool = torch.cumsum(states, dim=0) / count  # (T, D)
        return self.head(torch.cat([states, max_pool, mean_pool], dim=-1))

    def step_influence(self, ids: Tensor) -> Tensor:
        """ids: (T,) -> (T,) norms of the Jacobian d h_T / d x_t of the top layer's forward final state.

        The vanishing-gradient picture: how much each input step still reaches the last hidden state.
        """
        hidden = self.args.hidden_dim
        rnn = self._forward_half() if self.rnn.bidirectional and self.rnn.num_layers == 1 else self.rnn
        with torch.enable_grad():  # one batched pass: copy b of the input carries the gradient of unit b of h_T
            x = self.embed(ids[None]).detach().expand(hidden, -1, -1).clone().requires_grad_(True)  # (H, T, E)
            out, _ = rnn(x)  # (H, T, H*dirs)
            last = out[:, -1, :hidden]  # (H, H): the forward direction's final state, per copy
            (jac,) = torch.autograd.grad(last.diagonal().sum(), x)  # (H, T, E): row b = d h_T[b] / d x
        return jac.pow(2).sum(dim=(0, 2)).sqrt()

    def _forward_half(self) -> nn.RNNBase:
        """A copy of a one-layer bidirectional network's forward direction: its final state depends on nothing else."""
        args = self.args
        half = make_rnn(args.cell, args.embed_dim, args.hidden_dim, 1, 0.0)
        half.load_state_dict({k: v for k, v in self.rnn.state_dict().items() if not k.endswith("_reverse")})
        return half.eval()

    @torch.no_grad()
    def trace(self, ids: Tensor, prefix_lengths: Tensor | None = None) -> dict:
        """ids: (T,) -> every layer's per-step states and gates, the context vector and per-prefix logits (after
        every prefix, or only after those of prefix_lengths)."""
        layers = unroll(self.rnn, self.args.cell, self.embed(ids))
        context = self.pool(layers[-1]["h"][None])[0]  # (C,)
        return {"layers": layers, "context": context, "logits": self.head(context),
                "prefix_logits": self.prefix_logits(ids, prefix_lengths)}
