"""Word order page strings."""

STRINGS = {
    "nav.order": ("Word order", "어순"),
    "nav.order.blurb": ("reorder your sentence: the RNN, LSTM and GRU notice, a bag of words cannot",
                        "문장의 어순을 바꿔 보세요: RNN, LSTM, GRU는 알아차리지만 단어 주머니 모델은 알 수 없습니다"),
    "order.title": ("Word order matters", "어순이 의미를 바꿉니다"),
    "order.intro": ("*It starts bad but ends good* and *It starts good but ends bad* use the same words and mean "
                    "opposite things. A sequence model reads the words one after another, so it can tell them apart. "
                    "A **bag of words** only counts which words occur: it cannot. Type a sentence; the page reorders "
                    "it (shuffled words, clauses swapped around *but*, a negation moved) and scores every version "
                    "with the RNN, LSTM and GRU of one dataset and with that dataset's bag of words.",
                    "*연기는 좋았지만 스토리가 지루했다*와 *스토리가 지루했지만 연기는 좋았다*는 거의 같은 단어로 "
                    "이루어졌지만 전하는 느낌이 다릅니다. 순환 모델은 단어를 하나씩 차례로 읽으므로 이 차이를 알아챌 수 "
                    "있습니다. **단어 주머니**(bag of words) 모델은 어떤 단어가 몇 번 나왔는지만 셉니다. 문장을 입력하면 "
                    "이 페이지가 어순을 바꾼 변형(단어 섞기, '-지만' 앞뒤 절 바꾸기, 부정 옮기기)을 만들고, 한 데이터셋의 "
                    "RNN, LSTM, GRU와 그 데이터셋의 단어 주머니 모델로 모두 채점합니다."),
    "order.no_models": ("There are no sentiment classifiers in the zoo yet, so there is nothing to reorder. Train "
                        "some with `python -m train.classify lstm.imdb` and `python -m train.bow bow.imdb`.",
                        "아직 감성 분석 모델이 없어서 실행할 것이 없습니다. `python -m train.classify lstm.imdb`와 "
                        "`python -m train.bow bow.imdb` 명령으로 학습시키세요."),
    "order.dataset": ("Dataset", "데이터셋"),
    "order.dataset_help": ("The models trained on this dataset read your sentence and its variants.",
                           "이 데이터셋으로 학습한 모델들이 문장과 그 변형을 읽습니다."),
    "order.no_bow": ("There is no bag-of-words entry bow.{dataset} in the zoo: only the recurrent models score the "
                     "variants. Train it with `python -m train.bow bow.{dataset}`.",
                     "bow.{dataset} 단어 주머니 모델이 없어서 순환 모델만 변형을 채점합니다. "
                     "`python -m train.bow bow.{dataset}` 명령으로 학습시키세요."),
    "order.missing": ("No {cells} entry for {dataset}: the others read the sentence.",
                      "{dataset}에 대한 {cells} 모델이 없어서 나머지 모델만 읽습니다."),
    "order.box": ("Sentence", "문장"),
    "order.placeholder": ("A sentence with two clauses works best, e.g. one with 'but'",
                          "두 절로 된 문장이 가장 좋습니다. 예: '-지만'이 들어간 문장"),
    "order.button": ("Reorder and score", "어순 바꿔 채점"),
    "order.prompt": ("Type a sentence or pick an example above, then press **Reorder and score**.",
                     "문장을 입력하거나 위의 예문을 고른 뒤 **어순 바꿔 채점**을 누르세요."),
    "order.no_variants": ("This text has fewer than two different words, so there is no other order to try.",
                          "서로 다른 단어가 두 개보다 적어서 바꿔 볼 어순이 없습니다."),
    "order.verdict_header": ("Every version, every model", "모든 변형, 모든 모델"),
    "order.col_variant": ("version", "변형"),
    "order.col_text": ("text", "텍스트"),
    "order.col_same": ("same words?", "같은 단어?"),
    "order.same_yes": ("✓", "✓"),
    "order.same_no": ("✗", "✗"),
    "order.same_help": ("✓: exactly the original's words, so a bag of words scores it exactly as the original. ✗: "
                        "some words changed form (a Korean ending moved, or don't became do … not).",
                        "✓: 원문과 단어가 똑같아서 단어 주머니 모델의 점수도 원문과 똑같습니다. ✗: 일부 단어의 형태가 "
                        "바뀌었습니다 (한국어 어미가 옮겨 가는 등)."),
    "order.p_help": ("P({positive}) from {name}: 0 is sure '{negative}', 1 is sure '{positive}'.",
                     "{name}의 P({positive}): 0이면 확실히 '{negative}', 1이면 확실히 '{positive}'입니다."),
    "order.verdict_caption": ("Each bar is the probability of '{positive}'. Above 0.5 the model says '{positive}'.",
                              "각 막대는 '{positive}'일 확률입니다. 0.5보다 크면 모델은 '{positive}'라고 답합니다."),
    "order.bow_same": ("**Bag of words ({name})**: the original and its {n} reorderings with the same words all get "
                       "P({positive}) = {p}.",
                       "**단어 주머니 ({name})**: 원문과 같은 단어로 된 변형 {n}개가 모두 P({positive}) = {p}를 받습니다."),
    "order.spread": ("**{cell} ({name})**: from {low} to {high} on the same words.",
                     "**{cell} ({name})**: 같은 단어로 {low}에서 {high}까지."),
    "order.kind.original": ("original", "원문"),
    "order.kind.shuffle": ("shuffle {n}", "섞기 {n}"),
    "order.kind.contrast": ("clauses swapped", "절 바꾸기"),
    "order.kind.negation": ("negation moved", "부정 옮기기"),
    "order.note.original": ("your sentence", "입력한 문장"),
    "order.note.shuffle.shuffle": ("the same words in a random order", "같은 단어를 무작위 순서로"),
    "order.note.contrast.clauses": ("the clauses on either side of '{marker}' swapped",
                                    "'{marker}' 앞뒤의 절을 맞바꿈"),
    "order.note.contrast.phrases": ("the words on either side of '{marker}' swapped ('{marker}' takes a noun, so it "
                                    "may not read as English)",
                                    "'{marker}' 앞뒤의 단어를 맞바꿈 ('{marker}' 뒤에는 명사가 와야 해서 문법에 맞지 "
                                    "않을 수 있음)"),
    "order.note.contrast.sentences": ("the sentence before '{marker}' and the one it starts swapped",
                                      "'{marker}' 앞의 문장과 뒤의 문장을 맞바꿈"),
    "order.note.contrast.leading": ("the two clauses after '{marker}' swapped; '{marker}' stays first",
                                    "'{marker}' 뒤의 두 절을 맞바꿈 ('{marker}'의 자리는 그대로)"),
    "order.note.contrast.ending": ("the clauses around the ending '{marker}' swapped: '{first}' now closes the first "
                                   "clause, '{last}' ends the sentence",
                                   "어미 '{marker}' 앞뒤의 절을 맞바꿈 (앞 절의 끝: '{first}', 문장의 끝: "
                                   "'{last}')"),
    "order.note.negation.after": ("the negation moved to the other clause: '{word}' after '{target}'",
                                  "부정을 다른 절로 옮김: '{target}' 뒤에 '{word}'"),
    "order.note.negation.before": ("the negation moved to the other clause: '{word}' before '{target}'",
                                   "부정을 다른 절로 옮김: '{target}' 앞에 '{word}'"),
    "order.note.negation.short": ("'{word}' moved to the other clause, before '{target}'",
                                  "'{word}'의 자리를 다른 절의 '{target}' 앞으로 옮김"),
    "order.note.negation.long": ("'-지 않-' made positive; '{word}' put before '{target}' in the other clause",
                                 "'-지 않-'을 긍정으로 바꾸고 다른 절의 '{target}' 앞에 '{word}' 추가"),
    "order.bars_title": ("P({positive}) of every version, per model", "모델별, 변형별 P({positive})"),
    "order.bars_caption": ("**Why are the grey bars level?** A bag of words counts words and forgets their order, so "
                           "every reordering of the same words gets the same score. The RNN, LSTM and GRU read the "
                           "words in order, so their bars can move. Versions marked ✗ above changed some words' form "
                           "(a Korean ending moved, or *don't* became *do … not*), so even the bag of words may score "
                           "them differently.",
                           "**회색 막대는 왜 높이가 같을까요?** 단어 주머니 모델은 단어를 세기만 하고 순서는 잊기 "
                           "때문에, 같은 단어를 어떻게 재배열해도 점수가 똑같습니다. RNN, LSTM, GRU는 단어를 차례로 "
                           "읽으므로 막대가 달라질 수 있습니다. 위 표에서 ✗로 표시된 변형은 일부 단어의 형태가 바뀌었으므로"
                           "(어미가 옮겨 가는 등) 단어 주머니 모델의 점수도 달라질 수 있습니다. 한국어는 조사(-가, -를)가 "
                           "역할을 표시하므로 단어를 섞어도 뜻이 유지되는 경우가 많습니다."),
    "order.bow_header": ("What the bag of words sees", "단어 주머니 모델이 보는 것"),
    "order.bow_title": ("Each word's part of {name}'s score (original)", "{name} 점수에서 각 단어의 몫 (원문)"),
    "order.bow_caption": ("Each bar is one word's part of the logit (green towards '{positive}', red away from it); "
                          "with the intercept they add up to the logit, {logit}. Reorder the words and every bar "
                          "stays as it is: only the words count, not where they stand.",
                          "각 막대는 한 단어가 로짓에 보탠 몫입니다 (초록은 '{positive}' 쪽, 빨강은 반대쪽). 절편과 "
                          "더하면 로짓이 됩니다: {logit}. 단어의 순서를 바꿔도 막대는 그대로입니다. 단어가 어디에 "
                          "있는지는 상관없고 어떤 단어인지만 중요합니다."),
    "order.curves_header": ("Where the readings part", "읽기가 갈라지는 곳"),
    "order.curve_model": ("Recurrent model", "순환 모델"),
    "order.curve_variant": ("Compare the original with", "원문과 비교할 변형"),
    "order.curves_title": ("{name}: P({positive}) after each token", "{name}: 토큰마다 P({positive})"),
    "order.curves_caption": ("The model's answer after reading tokens 1..t: the original's tokens along the bottom, "
                             "the variant's along the top (orange). Where the two curves part is where the order "
                             "starts to matter to this model.",
                             "토큰 1..t를 읽은 뒤 모델의 답입니다. 원문의 토큰은 아래, 변형의 토큰은 위(주황색)에 "
                             "있습니다. 두 곡선이 갈라지는 지점부터 이 모델에게 어순이 중요해집니다."),
    "order.pairs_header": ("Minimal pairs: the models' record", "최소 대립쌍: 모델별 성적"),
    "order.pairs_text": ("A test set of **minimal pairs** ({language}): two sentences that differ only in order or in "
                         "one small word, with opposite labels (*it starts bad but ends good* / *it starts good but "
                         "ends bad*). **Pair accuracy** counts a pair as right only when both of its sentences are "
                         "classified right. When the two sentences have the same words, a bag of words gives both "
                         "the same score, so it gets at most one of them right: on such pairs its pair accuracy is 0.",
                         "**최소 대립쌍** 테스트 세트({language}): 어순이나 작은 단어 하나만 다르고 레이블은 반대인 두 "
                         "문장입니다 (*연기는 좋았지만 스토리가 지루했다* / *스토리가 지루했지만 연기는 좋았다*). "
                         "**쌍 정확도**는 두 문장을 모두 맞혔을 때만 그 쌍을 맞힌 것으로 셉니다. 두 문장의 단어가 같으면 "
                         "단어 주머니 모델은 둘에 같은 점수를 주므로 많아야 하나만 맞힐 수 있습니다. 그런 쌍에서 "
                         "단어 주머니 모델의 쌍 정확도는 0입니다."),
    "order.pairs_none": ("No {language} sentiment model is in the zoo.", "{language} 감성 분석 모델이 없습니다."),
    "order.pairs_missing": ("— : that entry's card has no minimal-pair results yet.",
                            "— : 그 모델의 카드에 아직 최소 대립쌍 결과가 없습니다."),
    "order.col_model": ("entry", "모델"),
    "order.col_kind": ("architecture", "구조"),
    "order.col_dataset": ("trained on", "학습 데이터"),
    "order.col_pairs": ("pairs", "쌍 수"),
    "order.col_accuracy": ("accuracy", "정확도"),
    "order.col_pair_accuracy": ("pair accuracy", "쌍 정확도"),
    "order.bow": ("bag of words", "단어 주머니"),
    "axis.variant": ("version", "변형"),
    "axis.intercept": ("(intercept)", "(절편)"),
    "axis.contribution": ("part of the logit", "로짓에 보탠 몫"),
    "axis.word": ("word", "단어"),
}
