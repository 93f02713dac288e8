"""Home page strings: the concepts, taught on the live model."""

STRINGS = {
    "home.title": ("Sequence models, live", "시퀀스 모델, 실시간으로 들여다보기"),
    "home.intro": ("A recurrent network reads a sentence **one piece at a time** and carries a memory from step to "
                   "step. Below, a real pretrained model from the zoo reads your sentence; every number and every "
                   "matrix size on this page comes from it.",
                   "순환 신경망(RNN)은 문장을 **한 조각씩** 읽으며, 단계에서 단계로 기억을 넘겨줍니다. 아래에서는 "
                   "모델 목록에 있는 실제 사전 학습 모델이 여러분의 문장을 읽습니다. 이 페이지의 모든 숫자와 행렬 "
                   "크기는 그 모델에서 나온 것입니다."),
    "home.box": ("Your sentence (read by {name})", "내 문장 ({name} 모델이 읽습니다)"),
    "home.box_help": ("Type any sentence and press Enter: every section below follows it.",
                      "아무 문장이나 입력하고 Enter를 누르세요. 아래의 모든 설명이 그 문장을 따라 바뀝니다."),
    "home.tokens_header": ("1. Tokens", "1. 토큰"),
    "home.tokens_text": ("The text is cut into **tokens** from a vocabulary of {vocab} pieces (▁ marks the start of a "
                         "word; rare words are split into smaller pieces):",
                         "텍스트는 {vocab}개 조각으로 된 어휘에서 고른 **토큰**으로 잘립니다 (▁는 단어의 시작을 "
                         "뜻하고, 드문 단어는 더 작은 조각으로 나뉩니다):"),
    "home.steps_header": ("2. Time steps and the cell, unrolled", "2. 시간 단계와 펼쳐 놓은 셀"),
    "home.steps_text": ("Each token is one **time step**: your sentence takes T = {steps} steps. At step t the token "
                        "becomes a vector x_t of {embed} numbers (its embedding: the **input layer**) and goes into the "
                        "**cell**, the **hidden layer**. The "
                        "same cell, with the same weights, runs once per step; drawn side by side it looks like a "
                        "chain (the network *unrolled* over time):",
                        "토큰 하나가 **시간 단계** 하나입니다. 이 문장은 T = {steps} 단계가 걸립니다. 단계 t에서 "
                        "토큰은 숫자 {embed}개로 된 벡터 x_t(임베딩: **입력층**)가 되어 **은닉층**인 **셀**로 들어갑니다. 같은 가중치를 가진 "
                        "같은 셀이 단계마다 한 번씩 실행되므로, 나란히 그리면 사슬처럼 보입니다 (시간에 따라 "
                        "*펼친* 신경망):"),
    "home.unrolled_title": ("The cell unrolled over your sentence (many-to-one)",
                            "내 문장 위에 펼친 셀 (다대일)"),
    "home.hidden_header": ("3. The hidden state, passed from step t−1 to t", "3. 단계 t−1에서 t로 전달되는 은닉 상태"),
    "home.hidden_text": ("The cell keeps a **hidden state** h_t of {hidden} numbers: its memory of everything read so "
                         "far. At each step it mixes the new input with the previous state. For a plain RNN cell:",
                         "셀은 숫자 {hidden}개로 된 **은닉 상태** h_t를 유지합니다. 지금까지 읽은 모든 것에 대한 "
                         "기억입니다. 매 단계 새 입력과 이전 상태를 섞습니다. 기본 RNN 셀이라면:"),
    "home.shapes_plain": ("x_t has {e} numbers and h_t has {h}, so a plain cell needs W_x: {h}×{e}, W_h: {h}×{h} "
                          "and b: {h}.",
                          "x_t는 숫자 {e}개, h_t는 {h}개이므로 기본 셀에는 W_x: {h}×{e}, W_h: {h}×{h}, "
                          "b: {h}가 필요합니다."),
    "home.shapes_rnn": ("This model is a plain **RNN**: its W_x is {wx0}×{wx1}, W_h is {wh0}×{wh1} and b has {b} "
                        "numbers. The same weights are used at every time step.",
                        "이 모델은 기본 **RNN**입니다. W_x는 {wx0}×{wx1}, W_h는 {wh0}×{wh1}, b는 숫자 {b}개이며, "
                        "모든 시간 단계에서 같은 가중치를 씁니다."),
    "home.shapes_gated": ("This model is an **{cell}**: it computes {gates} such blocks at once (its gates decide what "
                          "to keep, write and show), so its stacked matrices are W_x: {wx0}×{wx1}, W_h: {wh0}×{wh1}, "
                          "b: {b}, that is {gates} × {h} rows. The same weights are used at every time step.",
                          "이 모델은 **{cell}**입니다. 이런 블록 {gates}개를 한꺼번에 계산하므로(게이트가 무엇을 "
                          "간직하고, 쓰고, 내보낼지 정합니다) 쌓인 행렬은 W_x: {wx0}×{wx1}, W_h: {wh0}×{wh1}, "
                          "b: {b}, 즉 {gates} × {h}행입니다. 모든 시간 단계에서 같은 가중치를 씁니다."),
    "home.bidirectional": ("It is also **bidirectional**: a second cell reads the sentence backwards, and the two "
                           "hidden states are joined.",
                           "또한 **양방향**이라서, 두 번째 셀이 문장을 거꾸로 읽고 두 은닉 상태를 이어 붙입니다."),
    "home.hidden_title": ("h_t for your sentence (the most active units)", "내 문장의 h_t (가장 활발한 유닛)"),
    "home.fallback": ("The lesson below reads this sentence meanwhile: “{sentence}”",
                      "그동안 아래 설명은 이 문장을 읽습니다: “{sentence}”"),
    "home.m2o_header": ("4. Many-to-one vs. encoder–decoder", "4. 다대일 vs. 인코더–디코더"),
    "home.m2o_text": ("A classifier is **many-to-one**: it reads many steps and gives one answer. For your sentence "
                      "it says **{label}** (p = {p}). The curve shows the answer it would give after each prefix.",
                      "분류기는 **다대일**입니다. 여러 단계를 읽고 답 하나를 냅니다. 이 문장에 대한 답은 "
                      "**{label}** (p = {p})입니다. 아래 곡선은 각 접두부까지 읽었을 때 내놓을 답입니다."),
    "home.ed_text_live": ("A translator is an **encoder–decoder**: an encoder RNN reads the source, its last state "
                          "becomes the context vector, and a decoder RNN writes the output one token per step from "
                          "that vector alone. Here **{name}** translates one of our example sentences:",
                          "번역기는 **인코더–디코더**입니다. 인코더 RNN이 원문을 읽고, 그 마지막 상태가 문맥 벡터가 "
                          "되며, 디코더 RNN은 그 벡터만 보고 출력을 한 단계에 토큰 하나씩 씁니다. 여기서는 "
                          "**{name}** 모델이 예문 하나를 번역합니다:"),
    "home.ed_text_schematic": ("A translator is an **encoder–decoder**: an encoder RNN reads the source, its last "
                               "state becomes the context vector, and a decoder RNN writes the output one token per "
                               "step from that vector alone. There is no translator in the zoo yet, so this one is "
                               "a sketch:",
                               "번역기는 **인코더–디코더**입니다. 인코더 RNN이 원문을 읽고, 그 마지막 상태가 문맥 "
                               "벡터가 되며, 디코더 RNN은 그 벡터만 보고 출력을 한 단계에 토큰 하나씩 씁니다. 아직 "
                               "번역 모델이 없어서 아래는 개념도입니다:"),
    "home.ed_title": ("Encoder–decoder on a real sentence", "실제 문장에서의 인코더–디코더"),
    "home.ed_title_schematic": ("Encoder–decoder (sketch: no translator in the zoo yet)",
                                "인코더–디코더 (개념도: 아직 번역 모델 없음)"),
    "home.context_header": ("5. The context vector", "5. 문맥 벡터"),
    "home.pooling_concat": ("the last hidden state joined with the maximum and the mean of all hidden states over time",
                            "마지막 은닉 상태에 시간 축 전체 은닉 상태의 최댓값과 평균을 이어 붙인 것"),
    "home.pooling_last": ("the last hidden state", "마지막 은닉 상태"),
    "home.context_text": ("The **output layer** never sees the tokens, only one **context vector** summarising the whole "
                          "sequence: here {pooling}, {dim} numbers. The output layer is a {head0}×{head1} matrix "
                          "mapping it to the labels {labels}.",
                          "**출력층**은 토큰을 직접 보지 않고, 시퀀스 전체를 요약한 **문맥 벡터** 하나만 봅니다. "
                          "여기서는 {pooling}이며 숫자 {dim}개입니다. 출력층은 이를 레이블 {labels}로 보내는 "
                          "{head0}×{head1} 행렬입니다."),
    "home.context_title": ("The context vector of your sentence ({dim} numbers)", "내 문장의 문맥 벡터 (숫자 {dim}개)"),
    "home.part_last": ("last h_T", "마지막 h_T"),
    "home.part_max": ("max over time", "시간 축 최댓값"),
    "home.part_mean": ("mean over time", "시간 축 평균"),
    "home.pages_header": ("Try it on every page", "모든 페이지에서 직접 해 보기"),
}
