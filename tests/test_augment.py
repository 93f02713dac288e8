"""Training-time input noise: BPE-dropout re-splits words without changing the text; token dropout spares padding."""
from __future__ import annotations

import torch

from train.augment import UNK_ID, drop_tokens, with_bpe_dropout
from train.classify import classification_batcher
from zoo.text.tokenization import train_tokenizer

TEXTS = ["the film was wonderful and moving", "a dull and lifeless film", "영화가 정말 재미있었어요"] * 40


def test_bpe_dropout_resplits_words_but_keeps_the_text() -> None:
    tok = train_tokenizer(TEXTS, 400)
    noisy = with_bpe_dropout(tok, 0.5)
    text = "the film was wonderful 영화가 정말"
    plain = tok.encode(text).tokens
    splits = {tuple(noisy.encode(text).tokens) for _ in range(30)}
    assert len(splits) > 1 and max(len(s) for s in splits) > len(plain)
    assert all(noisy.decode(noisy.encode(text).ids) == text for _ in range(10))
    assert tok.encode(text).tokens == plain  # the original tokenizer is untouched
    assert tok.model.dropout is None


def test_token_dropout_replaces_only_real_tokens_at_about_the_rate() -> None:
    torch.manual_seed(0)
    ids = torch.full((200, 50), 7)
    lengths = torch.randint(1, 51, (200,))
    ids[torch.arange(50)[None, :] >= lengths[:, None]] = 0  # right padding
    dropped = drop_tokens(ids, lengths, 0.2)
    real = ids != 0
    assert torch.equal(dropped[~real], ids[~real])  # padding untouched
    share = (dropped[real] == UNK_ID).float().mean().item()
    assert 0.17 < share < 0.23
    assert torch.equal(drop_tokens(ids, lengths, 0.0), ids)


def test_batcher_reencodes_each_visit() -> None:
    """With a re-encoder the batcher tokenizes afresh on every call (a new split per epoch)."""
    calls: list[int] = []

    def reencode(i: int) -> list[int]:
        calls.append(i)
        return [5] * (i + 1)

    make_batch = classification_batcher([[9]] * 3, torch.tensor([0, 1, 0]), 0.0, reencode)
    ids, lengths, labels = make_batch([0, 2])
    make_batch([0, 2])
    assert calls == [0, 2, 0, 2] and lengths.tolist() == [1, 3] and labels.tolist() == [0, 0]
    assert ids.tolist() == [[5, 0, 0], [5, 5, 5]]


def test_teacher_guesses_are_out_of_fold_and_do_not_depend_on_the_process_count() -> None:
    """The distillation teacher: each training text's probabilities come from a fit without it; fitting the
    folds in two processes gives exactly what one process gives."""
    from train.baseline import out_of_fold_probs

    words = {"pos": ["great", "lovely", "superb", "fine"], "neg": ["awful", "dull", "poor", "bad"]}
    train = [(f"a {words[l][i % 4]} film number {i}", l) for i in range(60) for l in ("pos", "neg")]
    train.append(("a great film, but", "neg"))  # its fold's model has never seen it: the guess stays wrong
    one = out_of_fold_probs(train, "word", ["neg", "pos"], folds=3, jobs=1)
    two = out_of_fold_probs(train, "word", ["neg", "pos"], folds=3, jobs=2)
    assert one.shape == (len(train), 2) and (one == two).all()
    assert abs(one.sum(axis=1) - 1).max() < 1e-5
    assert (one[:-1].argmax(axis=1) == [1 if l == "pos" else 0 for _, l in train[:-1]]).mean() > 0.95
    assert one[-1].argmax() == 1


def test_distillation_temperature_softens_the_teacher_term() -> None:
    """At T = 1 the teacher term is plain cross-entropy; at any T it has no gradient when the student already
    matches the teacher, and T > 1 pulls towards the teacher's softened distribution."""
    import torch
    import torch.nn.functional as F

    from train.classify import distillation_loss

    class Fixed(torch.nn.Module):
        def __init__(self, logits: torch.Tensor) -> None:
            super().__init__()
            self.logits = torch.nn.Parameter(logits.clone())

        def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
            return self.logits

    logits = torch.tensor([[2.0, -1.0], [0.5, 0.3]])
    x, lengths, y = torch.zeros(2, 3, dtype=torch.long), torch.tensor([3, 3]), torch.tensor([0, 1])
    teacher = torch.tensor([[0.9, 0.1], [0.2, 0.8]])
    plain = distillation_loss(0.5)(Fixed(logits), (x, lengths, y, teacher))
    expected = 0.5 * F.cross_entropy(logits, y) + 0.5 * F.cross_entropy(logits, teacher)
    assert torch.allclose(plain, expected)
    for temperature in (1.0, 2.0, 4.0):
        net = Fixed(logits)
        distillation_loss(1.0, temperature)(net, (x, lengths, y, F.softmax(logits, dim=-1))).backward()
        assert torch.allclose(net.logits.grad, torch.zeros_like(logits), atol=1e-6)
    hot, soft = (distillation_loss(1.0, t)(Fixed(logits), (x, lengths, y, teacher)) for t in (1.0, 2.0))
    assert not torch.allclose(hot, soft)


def test_the_teacher_cache_key_changes_with_anything_the_probabilities_depend_on() -> None:
    """A stored teacher is reused only for the same pairs in the same order, labels and baseline settings."""
    from train.classify import teacher_key

    train = [("a fine film", "pos"), ("a dull film", "neg")]
    key = teacher_key(train, "word", ["neg", "pos"])
    assert key == teacher_key(list(train), "word", ["neg", "pos"])
    assert key != teacher_key(train[::-1], "word", ["neg", "pos"])
    assert key != teacher_key([train[0], ("a dull film", "pos")], "word", ["neg", "pos"])
    assert key != teacher_key(train, "char14", ["neg", "pos"])
    assert key != teacher_key(train, "word", ["pos", "neg"])
