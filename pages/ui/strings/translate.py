"""Translate page strings."""

STRINGS = {
    "tr.title": ("Translate: one context vector is all the decoder knows",
                 "번역: 디코더가 아는 것은 문맥 벡터 하나뿐"),
    "tr.caption": ("Model **{name}** ({cell}, {src} → {tgt}): the encoder reads the source into one context vector; "
                   "the decoder writes the translation from that vector alone, one token per step (no attention).",
                   "모델 **{name}** ({cell}, {src} → {tgt}): 인코더가 원문을 문맥 벡터 하나로 읽어 들이고, 디코더는 "
                   "그 벡터만으로 번역문을 한 단계에 토큰 하나씩 씁니다 (어텐션 없음)."),
    "tr.use_beam": ("Beam search (off: greedy)", "빔 탐색 (끄면 탐욕적 디코딩)"),
    "tr.beam_width": ("Beam width", "빔 폭"),
    "tr.beam_default": ("This model's card reports its BLEU at width {k}, so the page starts there.",
                        "이 모델의 카드는 폭 {k}에서 잰 BLEU를 보고하므로, 페이지도 그 폭에서 시작합니다."),
    "tr.decoding_help": ("Greedy takes the most likely token at each step; beam search keeps the k best partial "
                         "translations and picks the best whole one (length-normalised).",
                         "탐욕적 디코딩은 매 단계 가장 확률이 높은 토큰을 고르고, 빔 탐색은 가장 좋은 부분 번역 "
                         "k개를 유지하다가 전체가 가장 좋은 것을 고릅니다 (길이 정규화)."),
    "tr.greedy": ("greedy", "탐욕적"),
    "tr.beam_n": ("beam search, width {k}", "빔 탐색, 폭 {k}"),
    "tr.top_k": ("Candidates shown per step (top-k)", "단계별로 보여 줄 후보 수 (top-k)"),
    "tr.box": ("Source sentence ({src})", "원문 ({src})"),
    "tr.placeholder": ("Type a sentence in the source language, then press Translate",
                       "원문 언어로 문장을 입력한 뒤 번역을 누르세요"),
    "tr.button": ("Translate", "번역"),
    "tr.prompt": ("Type a sentence or pick an example above, then press **Translate**.",
                  "문장을 입력하거나 위의 예문을 고른 뒤 **번역**을 누르세요."),
    "tr.output": ("**Translation ({tgt})**", "**번역 결과 ({tgt})**"),
    "tr.empty_output": ("(the decoder stopped at once: empty output)", "(디코더가 바로 멈췄습니다: 빈 출력)"),
    "tr.steps_caption": ("{n} decoder steps ({how}). Each column is one step: its top-{k} candidate tokens with their "
                         "probabilities; the outlined one was chosen.",
                         "디코더 {n}단계 ({how}). 각 열이 한 단계이며, 상위 {k}개 후보 토큰과 확률을 보여 줍니다. "
                         "테두리 친 것이 선택된 토큰입니다."),
    "tr.candidates_title": ("Each decoder step's top-k candidates", "디코더 단계별 상위 k개 후보"),
    "tr.steps_table": ("The same steps as a table", "같은 단계를 표로 보기"),
    "tr.col_step": ("step", "단계"),
    "tr.col_token": ("chosen token", "선택된 토큰"),
    "tr.col_p": ("p", "p"),
    "tr.col_top": ("top-k candidates", "상위 k개 후보"),
    "tr.map_header": ("Where the source's context vector sits", "원문의 문맥 벡터는 어디에 있을까"),
    "tr.map_title": ("Context vectors of test sources, coloured by length (PCA)",
                     "테스트 원문의 문맥 벡터, 길이별 색상 (PCA)"),
    "tr.map_title_examples": ("Context vectors of example sentences, coloured by length (PCA)",
                              "예문의 문맥 벡터, 길이별 색상 (PCA)"),
    "tr.length_words": ("source length (words)", "원문 길이 (단어)"),
    "tr.map_caption": ("Each dot is a test source's context vector squeezed to 2-D, coloured by its length in words; "
                       "stars are the sentences you translated since opening the page. Long sources crowd into one region: "
                       "one vector of fixed size has to hold all of them.",
                       "점 하나하나는 테스트 원문의 문맥 벡터를 2차원으로 줄인 것이며 단어 수로 칠했습니다. 별은 "
                       "이번 세션에 번역한 문장입니다. 긴 원문은 한곳에 몰립니다. 크기가 정해진 벡터 하나가 그 "
                       "모든 내용을 담아야 하기 때문입니다."),
    "tr.no_atlas": ("This entry ships no atlas of test sources, so the map shows our example sentences and yours.",
                    "이 모델에는 테스트 원문 아틀라스가 없어서, 지도에는 예문과 내 문장을 보여 줍니다."),
    "tr.interp_header": ("Between two sentences: decoding mixed context vectors",
                         "두 문장 사이: 섞은 문맥 벡터를 디코딩하기"),
    "tr.interp_text": ("Take the context vectors a and b of two sources and decode (1−α)·a + α·b for α from 0 to 1. "
                       "The decoder receives nothing else, so whatever it writes comes from that single vector.",
                       "두 원문의 문맥 벡터 a와 b를 구해, α를 0에서 1까지 바꾸며 (1−α)·a + α·b를 디코딩합니다. "
                       "디코더는 다른 아무것도 받지 않으므로, 출력은 전부 그 벡터 하나에서 나옵니다."),
    "tr.interp_a": ("Sentence a", "문장 a"),
    "tr.interp_b": ("Sentence b", "문장 b"),
    "tr.interp_steps": ("Number of mixtures", "섞는 단계 수"),
    "tr.interp_button": ("Interpolate", "보간하기"),
    "tr.interp_col": ("greedy output from the mixed vector", "섞은 벡터에서 나온 탐욕적 디코딩 출력"),
    "tr.interp_caption": ("α = 0 is sentence a's own vector, α = 1 sentence b's. Watch where the output switches.",
                          "α = 0은 문장 a의 벡터, α = 1은 문장 b의 벡터입니다. 출력이 어디서 바뀌는지 보세요."),
    "tr.bleu_header": ("The bottleneck: BLEU by source length", "병목: 원문 길이별 BLEU"),
    "tr.bleu_title": ("Test BLEU by source length (from the model card)", "원문 길이별 테스트 BLEU (모델 카드)"),
    "tr.bleu_caption": ("Longer sources must squeeze more into the same vector, and quality drops.",
                        "원문이 길수록 같은 크기의 벡터에 더 많이 눌러 담아야 하므로 품질이 떨어집니다."),
    # what each translator was trained on (pages/ui/translator_facts.py)
    "tr.domain_multi30k": ("**Trained on Multi30k**: {pairs} {src}–{tgt} pairs of short captions of Flickr photos "
                           "(“Two dogs are playing in the snow.”). It knows people, animals, clothes and places as a "
                           "picture shows them; conversation, questions, news and anything not in a photo are "
                           "outside what it saw. The examples below are captions.",
                           "**Multi30k로 학습**: Flickr 사진을 짧게 설명한 {src}–{tgt} 문장 쌍 {pairs}개(“Two dogs are "
                           "playing in the snow.”)로 배웠습니다. 사진에 보이는 사람, 동물, 옷, 장소는 알지만, 대화, "
                           "질문, 뉴스처럼 사진에 없는 것은 본 적이 없습니다. 아래 예문도 사진 설명입니다."),
    "tr.domain_tatoeba": ("**Trained on Tatoeba**: {pairs} {src}–{tgt} pairs of short everyday sentences written by "
                          "volunteers (“Where did you put my keys?”). It knows common phrases of daily life; long, "
                          "technical or literary sentences are outside what it saw. The examples below are of that "
                          "kind.",
                          "**Tatoeba로 학습**: 자원봉사자들이 쓴 짧은 일상 문장 {src}–{tgt} 쌍 {pairs}개(“Where did "
                          "you put my keys?”)로 배웠습니다. 일상의 흔한 표현은 알지만, 길거나 전문적이거나 문학적인 "
                          "문장은 본 적이 없습니다. 아래 예문도 그런 문장입니다."),
    "tr.domain_other": ("**Trained on {dataset}**: {pairs} {src}–{tgt} pairs.",
                        "**{dataset}로 학습**: {src}–{tgt} 문장 쌍 {pairs}개."),
    "tr.domain_small": ("That is a small set: expect it to get only short, common sentences right.",
                        "작은 데이터이므로 짧고 흔한 문장만 제대로 번역한다고 생각하세요."),
    "tr.domain_bottleneck": ("However long the source, the decoder receives it as one vector of the same size: long "
                             "sentences fail first (the chart at the bottom measures it).",
                             "원문이 아무리 길어도 디코더는 같은 크기의 벡터 하나로만 받습니다. 그래서 긴 문장부터 "
                             "무너집니다 (맨 아래 그래프가 이를 잽니다)."),
    "tr.long_source": ("This source has {n} tokens. The decoder saw none of them, only the one context vector the "
                       "encoder squeezed them into; dropped or repeated words in a long sentence are that bottleneck, "
                       "the one “BLEU by source length” below measures on the test set.",
                       "이 원문은 토큰 {n}개입니다. 디코더는 그 토큰을 하나도 보지 못하고, 인코더가 눌러 담은 문맥 "
                       "벡터 하나만 받았습니다. 긴 문장에서 단어가 빠지거나 반복되는 것은 바로 그 병목 때문이며, "
                       "아래 “원문 길이별 BLEU”가 테스트 세트에서 그것을 잽니다."),
    "tr.bleu_missing": ("BLEU by source length is not measured for this entry (its card has no `bleu_by_length`).",
                        "이 모델은 원문 길이별 BLEU를 측정하지 않았습니다 (카드에 `bleu_by_length`가 없음)."),
}
