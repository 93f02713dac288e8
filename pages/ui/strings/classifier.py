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
    "clf.steps": ("Tokens (time steps)", "토큰 (시간 단계)"),
    "clf.prefix_caption": ("The output layer applied after each prefix: where the verdict flips is where the text "
                           "started to look like the other class.",
                           "각 접두부까지 읽은 뒤 출력층을 적용한 결과입니다. 판정이 뒤집히는 지점이 텍스트가 다른 "
                           "클래스처럼 보이기 시작한 곳입니다."),
    "clf.no_atlas": ("This entry ships no atlas, so there is no map of context vectors to place your sentence on.",
                     "이 모델에는 아틀라스(atlas.json)가 없어서 문장을 올려 놓을 문맥 벡터 지도가 없습니다."),
    "clf.map_caption": ("Each dot is the context vector of a test example, squeezed to 2-D (PCA) and coloured by its "
                        "true label; stars are your sentences this session (the newest is biggest).",
                        "점 하나하나는 테스트 예시의 문맥 벡터를 2차원으로 줄인 것(PCA)이며 실제 레이블로 칠했습니다. "
                        "별은 이번 세션에서 입력한 내 문장입니다 (가장 최근 것이 가장 큽니다)."),
    "clf.forget": ("Forget my sentences", "내 문장 지우기"),
    "clf.hidden_header": ("Hidden state, step by step", "단계별 은닉 상태"),
    "clf.hidden_caption": ("Each column is h_t after reading one more token; each row is one unit of the hidden "
                           "state (the most active units of the top layer, strongest first).",
                           "각 열은 토큰을 하나 더 읽은 뒤의 h_t이고, 각 행은 은닉 상태의 유닛 하나입니다 "
                           "(맨 위 층에서 가장 활발한 유닛부터)."),
    "clf.gates_header": ("Gates", "게이트"),
    "clf.gates_caption_lstm": ("Sigmoid gates run from 0 (closed) to 1 (open): the forget gate decides what the cell "
                               "keeps, the input gate what it writes, the output gate what it shows as h_t. The "
                               "candidate runs from -1 to 1. Forward direction of the top layer.",
                               "시그모이드 게이트는 0(닫힘)에서 1(열림) 사이입니다. 망각 게이트는 셀이 무엇을 간직할지, "
                               "입력 게이트는 무엇을 쓸지, 출력 게이트는 무엇을 h_t로 내보낼지 정합니다. 후보 값은 "
                               "-1에서 1 사이입니다. 맨 위 층의 정방향입니다."),
    "clf.gates_caption_gru": ("Sigmoid gates run from 0 to 1: the update gate decides how much of the old state to "
                              "keep, the reset gate how much of it the new candidate may use. The candidate runs from "
                              "-1 to 1. Forward direction of the top layer.",
                              "시그모이드 게이트는 0에서 1 사이입니다. 업데이트 게이트는 이전 상태를 얼마나 간직할지, "
                              "리셋 게이트는 새 후보가 이전 상태를 얼마나 쓸지 정합니다. 후보 값은 -1에서 1 "
                              "사이입니다. 맨 위 층의 정방향입니다."),
    "clf.no_gates": ("A plain RNN has no gates: every step overwrites h_t = tanh(W_x·x_t + W_h·h_(t−1) + b).",
                     "기본 RNN에는 게이트가 없습니다. 매 단계 h_t = tanh(W_x·x_t + W_h·h_(t−1) + b)로 덮어씁니다."),
}
