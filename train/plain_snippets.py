"""Each card's "Without this library" section: load the entry with safetensors, tokenizers and plain torch.nn (or
NumPy for a bag of words), as a user who does not install seq-zoo would. tests/test_plain_snippets.py runs every
card's snippet and compares it with the library's answers.
"""
from __future__ import annotations

import re

COMMON = '''import json
import torch
from safetensors.torch import load_file
from tokenizers import Tokenizer

folder = "lstm.imdb"  # the entry's folder, e.g. huggingface_hub.snapshot_download("ORG/NAME")
cfg = json.load(open(f"{folder}/config.json", encoding="utf-8"))
a = cfg["model_args"]
w = load_file(f"{folder}/model.safetensors")
for key in [k for k in w if k.endswith(".int8_scale")]:  # int8 rows: weight = int8 value * the row's scale
    w[key[:-len(".int8_scale")]] = w[key[:-len(".int8_scale")]].float() * w.pop(key)[:, None]
w = {k: v.float() for k, v in w.items()}
RNN = {"rnn": torch.nn.RNN, "lstm": torch.nn.LSTM, "gru": torch.nn.GRU}[a["cell"]]


def part(module, prefix):
    """Load the weights named prefix.* into a torch module."""
    module.load_state_dict({k[len(prefix) + 1:]: v for k, v in w.items() if k.startswith(prefix + ".")})
    return module.eval()
'''

CLASSIFIER = COMMON + '''

tok = Tokenizer.from_file(f"{folder}/{cfg['tokenizer_files']['text']}")
embed = part(torch.nn.Embedding(a["vocab_size"], a["embed_dim"]), "embed")
rnn = part(RNN(a["embed_dim"], a["hidden_dim"], a["num_layers"], batch_first=True,
               bidirectional=a["bidirectional"]), "rnn")
state = a["hidden_dim"] * (2 if a["bidirectional"] else 1)
head = part(torch.nn.Linear(state * (3 if a["pooling"] == "concat" else 1), a["num_labels"]), "head")


@torch.no_grad()
def probabilities(text: str) -> dict:
    """{label: probability} for one text, as the zoo's predict gives them."""
    ids, n = tok.encode(text).ids, cfg["max_tokens"]
    if len(ids) > n:  # "head" keeps the first n tokens; "head_tail" the first and the last halves
        ids = ids[:n] if cfg["truncation"] == "head" else ids[:n // 2] + ids[len(ids) - (n - n // 2):]
    h, _ = rnn(embed(torch.tensor([ids])))  # (1, T, state): the top layer's hidden state at every step
    H = a["hidden_dim"]  # the context vector: the last state (backward direction: at the first token) ...
    last = torch.cat([h[:, -1, :H], h[:, 0, H:]], -1) if a["bidirectional"] else h[:, -1]
    context = torch.cat([last, h.amax(1), h.mean(1)], -1) if a["pooling"] == "concat" else last  # ... max, mean
    p = torch.softmax(head(context)[0] / cfg.get("temperature", 1.0), -1)  # calibrated by the temperature
    return dict(zip(cfg["labels"], p.tolist()))
'''

TRANSLATOR = COMMON + '''

src_tok = Tokenizer.from_file(f"{folder}/{cfg['tokenizer_files']['source']}")
tgt_tok = Tokenizer.from_file(f"{folder}/{cfg['tokenizer_files']['target']}")
E, H, L, lstm = a["embed_dim"], a["hidden_dim"], a["num_layers"], a["cell"] == "lstm"
C = H * (2 if lstm else 1)  # the context vector: the encoder's last hidden state (and cell state for an LSTM)
src_embed = part(torch.nn.Embedding(a["src_vocab_size"], E), "src_embed")
tgt_embed = part(torch.nn.Embedding(a["tgt_vocab_size"], E), "tgt_embed")
encoder = part(RNN(E, H, L, batch_first=True), "encoder")
decoder = part(RNN(E + C, H, L, batch_first=True), "decoder")  # every step also reads the context
bridge = part(torch.nn.Linear(C, L * H * (2 if lstm else 1)), "bridge")  # context -> first decoder state
out = part(torch.nn.Linear(H + E + C, a["tgt_vocab_size"]), "out")  # reads [decoder state; token; context]


@torch.no_grad()
def translate(text: str, max_len: int = 60) -> str:
    """Greedy decoding (the zoo's beam=1)."""
    src = torch.tensor([src_tok.encode(text).ids[:cfg["max_tokens"]]])
    _, final = encoder(src_embed(src))
    context = torch.cat([final[0][-1], final[1][-1]], -1) if lstm else final[-1]  # (1, C)
    start = bridge(context)
    if lstm:
        h, c = start.chunk(2, -1)
        state = (torch.tanh(h).view(1, L, H).transpose(0, 1).contiguous(), c.view(1, L, H).transpose(0, 1).contiguous())
    else:
        state = torch.tanh(start).view(1, L, H).transpose(0, 1).contiguous()
    token, output = a["bos_id"], []
    for _ in range(max_len):
        emb = tgt_embed(torch.tensor([[token]]))  # (1, 1, E)
        step, state = decoder(torch.cat([emb, context[:, None]], -1), state)
        token = int(out(torch.cat([step[:, -1], emb[:, -1], context], -1)).argmax(-1))
        if token == a["eos_id"]:
            break
        output.append(token)
    return tgt_tok.decode(output)
'''

LM = COMMON + '''

tok = Tokenizer.from_file(f"{folder}/{cfg['tokenizer_files']['text']}")
embed = part(torch.nn.Embedding(a["vocab_size"], a["embed_dim"]), "embed")
rnn = part(RNN(a["embed_dim"], a["hidden_dim"], a["num_layers"], batch_first=True), "rnn")
proj = part(torch.nn.Linear(a["hidden_dim"], a["embed_dim"]), "proj")


@torch.no_grad()
def next_tokens(text: str, k: int = 5) -> dict:
    """The k likeliest next tokens after the text, {token: probability}, as the zoo's predict_next gives them."""
    ids = tok.encode(text.rstrip(), add_special_tokens=False).ids[-cfg["max_tokens"]:]  # the last tokens are kept
    h, _ = rnn(embed(torch.tensor([[a["bos_id"], *ids]])))  # (1, T+1, H): the hidden state after every step
    logits = proj(h[0, -1]) @ embed.weight.T + w["out_bias"]  # tied output layer: h scored against every embedding
    top = torch.softmax(logits, -1).topk(k)
    return {tok.id_to_token(int(i)).replace("\u2581", " "): float(p) for p, i in zip(top.values, top.indices)}
'''

BOW = r'''import json
import re
import unicodedata

import numpy as np
from safetensors.numpy import load_file

folder = "bow.imdb"  # the entry's folder, e.g. huggingface_hub.snapshot_download("ORG/NAME")
cfg = json.load(open(f"{folder}/config.json", encoding="utf-8"))
a = cfg["model_args"]
index = {t: i for i, t in enumerate(json.load(open(f"{folder}/vocab.json", encoding="utf-8"))["terms"])}
w = load_file(f"{folder}/model.safetensors")


def terms(word: str) -> list:
    """A word's terms: the word itself, or its character n-grams with a space on each side."""
    if a["analyzer"] == "word":
        return [word]
    p = f" {word} "
    return [p[i:i + n] for n in range(a["ngram_min"], a["ngram_max"] + 1) for i in range(max(1, len(p) - n + 1))]


def probabilities(text: str) -> dict:
    """{label: probability}: TF-IDF of the words' terms (their order plays no part), then logistic regression."""
    text = re.sub(r"<br\s*/?>", " ", unicodedata.normalize("NFKC", text), flags=re.IGNORECASE).lower()
    counts = {}
    for word in re.findall(r"\w+", text):
        for term in terms(word):
            if term in index:
                counts[index[term]] = counts.get(index[term], 0) + 1
    ids = np.array(list(counts), dtype=np.int64)
    x = (1 + np.log(np.array(list(counts.values()), dtype=np.float64))) * w["idf"][ids]  # sublinear tf * idf
    x /= np.linalg.norm(x) or 1.0
    z = (float(w["coef"][0, ids] @ x) + float(w["intercept"][0])) / cfg.get("temperature", 1.0)
    p = 1 / (1 + np.exp(-z))
    return dict(zip(cfg["labels"], [1 - p, p]))
'''

INTRO = ("Load and run this entry with `safetensors`, `tokenizers` and plain `torch.nn`, without seq-zoo "
         "(`tests/test_plain_snippets.py` checks that it gives the library's answers):")
BOW_INTRO = ("Load and run this entry with `safetensors` and NumPy, without seq-zoo "
             "(`tests/test_plain_snippets.py` checks that it gives the library's probabilities):")


def snippet(architecture: str, name: str) -> str:
    """The card section's text for an entry: an intro sentence and a Python block whose folder is the entry's."""
    code = {"classifier": CLASSIFIER, "seq2seq": TRANSLATOR, "bow": BOW, "lm": LM}[architecture]
    code = re.sub(r'^folder = "[^"]*"', f'folder = "{name}"', code, count=1, flags=re.M)
    usage = {"classifier": 'print(probabilities("A quiet, moving film."))',
             "seq2seq": 'print(translate("A man is riding a bike."))',
             "bow": 'print(probabilities("A quiet, moving film."))',
             "lm": 'print(next_tokens("The acting was"))'}[architecture]
    intro = BOW_INTRO if architecture == "bow" else INTRO
    return f"{intro}\n\n```python\n{code.rstrip()}\n\n\n{usage}\n```"

