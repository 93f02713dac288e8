"""Strings of the classifier pages (Sentiment and Spam share one implementation)."""

STRINGS = {
    "spam.title": ("Spam or not? Watch a recurrent network read a text message",
                   "스팸일까? 순환 신경망이 문자 메시지를 읽는 모습 보기"),
    "spam.box": ("Text message", "문자 메시지"),
    "spam.placeholder": ("Type or paste an SMS, then press Classify", "문자 메시지를 입력하거나 붙여 넣고 분류를 누르세요"),
    "sentiment.title": ("Positive or negative? Watch a recurrent network read a review",
                        "긍정일까 부정일까? 순환 신경망이 리뷰를 읽는 모습 보기"),
    "sentiment.box": ("Review", "리뷰"),
    "sentiment.placeholder": ("Type or paste a sentence about a film, then press Classify",
                              "영화에 대한 문장을 입력하거나 붙여 넣고 분류를 누르세요"),
    "clf.caption": ("Model **{name}** ({cell}): it reads one token per time step, updates its hidden state, and "
                    "only at the end gives its answer (many-to-one).",
                    "모델 **{name}** ({cell}): 시간 단계마다 토큰 하나를 읽고 은닉 상태를 갱신하며, 마지막에만 "
                    "답을 냅니다 (다대일)."),
    "clf.button": ("Classify", "분류"),
    "clf.prompt": ("Type a text or pick an example above, then press **Classify**.",
                   "텍스트를 입력하거나 위의 예문을 고른 뒤 **분류**를 누르세요."),
    "clf.prediction": ("Prediction", "예측"),
    "clf.confident_wrong_spam": ("The probability is calibrated on held-out data (see the model card), yet a model "
                                 "can be confidently wrong, e.g. on spam written in a style it never saw.",
                                 "확률은 검증 데이터로 보정되어 있지만(모델 카드 참고), 모델은 자신 있게 틀릴 수 "
                                 "있습니다. 예를 들어 처음 보는 문체의 스팸에서 그렇습니다."),
    "clf.confident_wrong": ("The probability is calibrated on held-out data (see the model card), yet a model can "
                            "be confidently wrong, above all where word order decides the meaning: try it on the "
                            "Word order page.",
                            "확률은 검증 데이터로 보정되어 있지만(모델 카드 참고), 모델은 자신 있게 틀릴 수 있습니다. "
                            "특히 어순이 뜻을 정하는 문장에서 그렇습니다. 어순 페이지에서 확인해 보세요."),
    "clf.steps": ("Tokens (time steps)", "토큰 (시간 단계)"),
    "clf.prefix_caption": ("The output layer applied after each prefix: where the verdict flips is where the text "
                           "started to look like the other class.",
                           "각 접두부까지 읽은 뒤 출력층을 적용한 결과입니다. 판정이 뒤집히는 지점이 텍스트가 다른 "
                           "클래스처럼 보이기 시작한 곳입니다."),
    "clf.no_atlas": ("This entry ships no atlas, so there is no map of context vectors to place your sentence on.",
                     "이 모델에는 아틀라스(atlas.json)가 없어서 문장을 올려 놓을 문맥 벡터 지도가 없습니다."),
    "clf.map_caption": ("Each dot is the context vector of a test example, squeezed to 2-D (PCA) and coloured by its "
                        "true label; stars are the sentences you typed since opening the page (the newest is biggest).",
                        "점 하나하나는 테스트 예시의 문맥 벡터를 2차원으로 줄인 것(PCA)이며 실제 레이블로 칠했습니다. "
                        "별은 이번 세션에서 입력한 내 문장입니다 (가장 최근 것이 가장 큽니다)."),
    "clf.forget": ("Forget my sentences", "내 문장 지우기"),
    "clf.hidden_header": ("Hidden state, step by step", "단계별 은닉 상태"),
    "clf.tracing": ("Reading the {n} tokens step by step for the charts…",
                    "그래프를 그리려고 토큰 {n}개를 한 단계씩 읽는 중…"),
    "clf.prefix_thinned": ("On a text this long the curve shows {n} evenly spaced prefixes.",
                           "이렇게 긴 텍스트에서는 고르게 떨어진 접두부 {n}개만 그립니다."),
    "clf.window": ("The heat maps draw {n} of the {steps} steps, from step", "히트맵은 {steps}단계 중 {n}단계를 그립니다. 시작 단계"),
    "clf.window_help": ("A long text has too many steps to tell apart in one picture: move the window along it. It "
                        "starts at the end, where the final state is made.",
                        "긴 텍스트는 단계가 너무 많아 한 그림으로는 구별할 수 없습니다. 창을 옮겨 가며 보세요. "
                        "처음에는 마지막 상태가 만들어지는 끝부분을 보여 줍니다."),
    "clf.hidden_caption": ("Each column is h_t after reading tokens 1..t; each row is one unit of the hidden state "
                           "(the {n} most active units of the top layer, strongest first).",
                           "각 열은 토큰 1..t를 읽은 뒤의 h_t이고, 각 행은 은닉 상태의 유닛 하나입니다 "
                           "(맨 위 층에서 가장 활발한 유닛 {n}개, 강한 것부터)."),
    "clf.hidden_caption_bi": ("This model is bidirectional: one direction reads the text left to right, the other "
                              "right to left, and each keeps its own hidden state. They are drawn apart. In the "
                              "forward panel, column t is h_t after tokens 1..t; in the backward panel, column t is "
                              "the state after reading from the last token back to token t. Rows are units numbered "
                              "within each direction (the {n} most active of each, strongest first).",
                              "이 모델은 양방향입니다. 한 방향은 텍스트를 왼쪽에서 오른쪽으로, 다른 방향은 오른쪽에서 "
                              "왼쪽으로 읽고, 각자 은닉 상태를 따로 가집니다. 그래서 둘을 나누어 그렸습니다. 정방향 "
                              "그림의 열 t는 토큰 1..t를 읽은 뒤의 h_t이고, 역방향 그림의 열 t는 마지막 토큰부터 "
                              "토큰 t까지 거꾸로 읽은 뒤의 상태입니다. 행은 방향마다 따로 번호를 매긴 유닛입니다 "
                              "(방향마다 가장 활발한 {n}개, 강한 것부터)."),
    "clf.cell_header_lstm": ("Inside the LSTM cell: gates, cell state c_t and h_t",
                             "LSTM 셀 안: 게이트, 셀 상태 c_t, h_t"),
    "clf.cell_header_gru": ("Inside the GRU cell: gates and h_t", "GRU 셀 안: 게이트와 h_t"),
    "clf.gates_caption_lstm": ("The same units as the forward panel above, one panel per quantity, each on its own "
                               "colour scale. The forget gate f_t (0 = forget, 1 = keep) and the input gate i_t (0..1) "
                               "decide how the cell state changes: c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t, where g_t is the "
                               "candidate (−1..1). Nothing squashes c_t, so its scale is its own range. The output "
                               "gate o_t (0..1) decides what is shown: h_t = o_t ⊙ tanh(c_t).",
                               "위 정방향 그림과 같은 유닛을, 값마다 한 그림씩 각자의 색 척도로 그렸습니다. 망각 "
                               "게이트 f_t(0 = 잊음, 1 = 간직)와 입력 게이트 i_t(0..1)가 셀 상태를 어떻게 바꿀지 "
                               "정합니다: c_t = f_t ⊙ c_(t−1) + i_t ⊙ g_t, 여기서 g_t는 후보 값(−1..1)입니다. c_t는 "
                               "눌러 담는 함수가 없으므로 색 척도도 그 값의 범위를 따릅니다. 출력 게이트 o_t(0..1)가 "
                               "무엇을 내보낼지 정합니다: h_t = o_t ⊙ tanh(c_t)."),
    "clf.gates_caption_gru": ("The same units as the forward panel above, one panel per quantity, each on its own "
                              "colour scale. The reset gate r_t (0..1) decides how much of the old state the candidate "
                              "n_t (−1..1) may use; the update gate z_t (0..1) how much of the old state is kept: "
                              "h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_(t−1).",
                              "위 정방향 그림과 같은 유닛을, 값마다 한 그림씩 각자의 색 척도로 그렸습니다. 리셋 "
                              "게이트 r_t(0..1)는 후보 n_t(−1..1)가 이전 상태를 얼마나 쓸지, 업데이트 게이트 "
                              "z_t(0..1)는 이전 상태를 얼마나 간직할지 정합니다: h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_(t−1)."),
    "clf.gates_forward": ("Forward direction of the top layer.", "맨 위 층의 정방향입니다."),
    "clf.no_gates": ("A plain RNN has no gates: every step overwrites h_t = tanh(W_x·x_t + W_h·h_(t−1) + b).",
                     "기본 RNN에는 게이트가 없습니다. 매 단계 h_t = tanh(W_x·x_t + W_h·h_(t−1) + b)로 덮어씁니다."),
}
