"""Every model configuration: shapes, forward/backward with finite gradients, traces that match the fused layers."""
from __future__ import annotations

import itertools

import pytest
import torch

from zoo.format.config import ClassifierArgs, Seq2SeqArgs
from zoo.models.build import build_model

CLASSIFIER_CONFIGS = [
    ClassifierArgs(vocab_size=40, num_labels=k, cell=cell, embed_dim=8, hidden_dim=6, num_layers=layers,
                   bidirectional=bi, pooling=pool, dropout=0.1)
    for cell, layers, bi, pool, k in itertools.product(["rnn", "lstm", "gru"], [1, 2], [False, True], ["last", "concat"], [2])
]
SEQ2SEQ_CONFIGS = [
    Seq2SeqArgs(src_vocab_size=30, tgt_vocab_size=35, cell=cell, embed_dim=8, hidden_dim=6, num_layers=layers,
                context_every_step=every)
    for cell, layers, every in itertools.product(["rnn", "lstm", "gru"], [1, 2], [True, False])
]


def _id(args) -> str:
    return "-".join(str(v) for v in vars(args).values())


@pytest.mark.parametrize("args", CLASSIFIER_CONFIGS, ids=_id)
def test_classifier_forward_backward(args: ClassifierArgs) -> None:
    torch.manual_seed(0)
    model = build_model(args)
    ids = torch.randint(1, args.vocab_size, (3, 7))
    lengths = torch.tensor([7, 4, 1])
    ids[1, 4:] = 0
    ids[2, 1:] = 0
    logits = model(ids, lengths)
    assert logits.shape == (3, args.num_labels)
    assert model.context(ids, lengths).shape == (3, model.context_dim)
    logits.sum().backward()
    grads = [p.grad for p in model.parameters() if p.requires_grad]
    assert all(g is not None and torch.isfinite(g).all() for g in grads)


@pytest.mark.parametrize("args", CLASSIFIER_CONFIGS, ids=_id)
def test_no_lengths_means_no_padding(args: ClassifierArgs) -> None:
    torch.manual_seed(0)
    model = build_model(args).eval()
    ids = torch.randint(1, args.vocab_size, (3, 9))
    with torch.no_grad():
        assert torch.allclose(model(ids), model(ids, torch.full((3,), 9)), atol=1e-6)
        assert torch.allclose(model.context(ids), model.context(ids, torch.full((3,), 9)), atol=1e-6)


@pytest.mark.parametrize("args", CLASSIFIER_CONFIGS, ids=_id)
def test_classifier_trace_matches_fused_network(args: ClassifierArgs) -> None:
    torch.manual_seed(1)
    model = build_model(args).eval()
    ids = torch.randint(1, args.vocab_size, (9,))
    trace = model.trace(ids)
    with torch.no_grad():
        full = model(ids[None], torch.tensor([9]))[0]
        fused_states = model.hidden_states(ids[None])[0]
    assert torch.allclose(trace["layers"][-1]["h"], fused_states, atol=1e-5)
    assert torch.allclose(trace["logits"], full, atol=1e-5)
    assert trace["prefix_logits"].shape == (9, args.num_labels)
    assert torch.allclose(trace["prefix_logits"][-1], full, atol=1e-5)
    with torch.no_grad():  # the prediction after a prefix is the prediction on that prefix alone
        assert torch.allclose(trace["prefix_logits"][3], model(ids[None, :4], torch.tensor([4]))[0], atol=1e-5)
    if args.cell == "lstm":
        gates = trace["layers"][0]
        for name in ("input_0", "forget_0", "output_0", "c_0"):
            assert gates[name].shape == (9, args.hidden_dim)
        assert ((gates["forget_0"] > 0) & (gates["forget_0"] < 1)).all()


@pytest.mark.parametrize("args", SEQ2SEQ_CONFIGS, ids=_id)
def test_seq2seq_forward_backward_and_context(args: Seq2SeqArgs) -> None:
    torch.manual_seed(0)
    model = build_model(args)
    src = torch.randint(4, args.src_vocab_size, (2, 6))
    src[1, :2] = args.pad_id  # left padding
    tgt_in = torch.randint(4, args.tgt_vocab_size, (2, 5))
    logits = model(src, tgt_in)
    assert logits.shape == (2, 5, args.tgt_vocab_size)
    logits.sum().backward()
    assert all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)
    model.eval()
    context = model.encode(src[:1])
    assert context.shape == (1, model.context_dim)
    trace = model.trace_encoder(src[0])
    assert torch.allclose(trace["context"], context[0], atol=1e-5)


@pytest.mark.parametrize("args", SEQ2SEQ_CONFIGS, ids=_id)
def test_inference_step_equals_teacher_forced_decode(args: Seq2SeqArgs) -> None:
    """Seq2Seq.step (context share precomputed once) gives decode's logits and state at every step."""
    torch.manual_seed(1)
    model = build_model(args).eval()
    context = torch.randn(3, model.context_dim)
    tgt_in = torch.randint(4, args.tgt_vocab_size, (3, 7))
    with torch.no_grad():
        full, full_state, _ = model.decode(tgt_in, context, model.initial_state(context))
        state, start = model.initial_state(context), model.start(context)
        for t in range(tgt_in.shape[1]):
            logits, state = model.step(tgt_in[:, t], state, start)
            assert torch.allclose(logits, full[:, t], atol=1e-5), t
    for got, want in zip(state if isinstance(state, tuple) else (state,),
                         full_state if isinstance(full_state, tuple) else (full_state,)):
        assert torch.allclose(got, want, atol=1e-5)


def test_inference_step_follows_changed_weights() -> None:
    """step keeps transposed copies of its weights; new weights (a training step, a load) must replace them."""
    args = Seq2SeqArgs(src_vocab_size=30, tgt_vocab_size=35, cell="gru", embed_dim=8, hidden_dim=6)
    torch.manual_seed(2)
    model, other = build_model(args).eval(), build_model(args).eval()
    context, prev = torch.randn(2, model.context_dim), torch.tensor([2, 5])
    with torch.no_grad():
        model.step(prev, model.initial_state(context), model.start(context))  # fills the copies
        model.load_state_dict(other.state_dict())  # in place, as loading and optimizer steps do
        got, _ = model.step(prev, model.initial_state(context), model.start(context))
        want, _ = other.step(prev, other.initial_state(context), other.start(context))
    assert torch.allclose(got, want, atol=1e-6)


def test_decoder_sees_only_the_context_vector() -> None:
    """Two sources with the same context vector must give the same decoder output: no attention path."""
    args = Seq2SeqArgs(src_vocab_size=30, tgt_vocab_size=35, cell="gru", embed_dim=8, hidden_dim=6)
    model = build_model(args).eval()
    context = torch.randn(1, model.context_dim)
    tgt_in = torch.tensor([[2, 5, 7]])
    with torch.no_grad():
        a, _, _ = model.decode(tgt_in, context, model.initial_state(context))
        b, _, _ = model.decode(tgt_in, context.clone(), model.initial_state(context.clone()))
    assert torch.equal(a, b)
    assert set(dict(model.named_children())) == {"src_embed", "tgt_embed", "drop", "encoder", "bridge", "decoder", "out"}


@pytest.mark.parametrize("cell,bidirectional,layers", list(itertools.product(["rnn", "lstm", "gru"], [False, True], [1, 2])))
def test_step_influence_matches_a_direct_jacobian(cell: str, bidirectional: bool, layers: int) -> None:
    torch.manual_seed(0)
    model = build_model(ClassifierArgs(vocab_size=40, num_labels=2, cell=cell, embed_dim=5, hidden_dim=4,
                                       bidirectional=bidirectional, num_layers=layers)).eval()
    ids = torch.randint(1, 40, (6,))
    influence = model.step_influence(ids)
    x = model.embed(ids[None]).detach()

    def last_state(inputs: torch.Tensor) -> torch.Tensor:
        return model.rnn(inputs)[0][0, -1, :4]  # the top layer's forward direction at the last step

    jac = torch.autograd.functional.jacobian(last_state, x)  # (H, 1, T, E)
    assert torch.allclose(influence, jac.pow(2).sum(dim=(0, 1, 3)).sqrt(), atol=1e-5)
