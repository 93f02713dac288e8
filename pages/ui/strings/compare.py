"""Compare page strings."""

STRINGS = {
    "cmp.title": ("RNN vs LSTM vs GRU on the same input", "같은 입력에서 RNN vs LSTM vs GRU"),
    "cmp.intro": ("Three cells trained the same way on the same data read your text side by side. The last chart "
                  "shows how strongly each input step still reaches the final state. That signal fades with distance "
                  "for every cell (the vanishing gradient); gates slow the fading, they do not stop it.",
                  "같은 데이터에서 같은 방식으로 학습한 세 가지 셀이 내 텍스트를 나란히 읽습니다. 마지막 그래프는 "
                  "각 입력 단계가 마지막 상태에 얼마나 강하게 닿는지 보여 줍니다. 그 신호는 어느 셀에서나 거리에 "
                  "따라 약해집니다(기울기 소실). 게이트는 약해지는 속도를 늦출 뿐, 막지는 못합니다."),
    "cmp.no_models": ("There are no RNN, LSTM or GRU classifiers in the zoo yet, so there is nothing to compare. "
                      "Train some with `python -m train.classify rnn.sms-spam lstm.sms-spam gru.sms-spam`.",
                      "아직 RNN, LSTM, GRU 분류기가 없어서 비교할 것이 없습니다. "
                      "`python -m train.classify rnn.sms-spam lstm.sms-spam gru.sms-spam` 명령으로 학습시키세요."),
    "cmp.dataset": ("Dataset", "데이터셋"),
    "cmp.missing": ("No {cells} entry for {dataset} in the zoo: only the others are compared.",
                    "{dataset}에 대한 {cells} 모델이 없어서 나머지만 비교합니다."),
    "cmp.box": ("Text", "텍스트"),
    "cmp.placeholder": ("Type a text, then press Compare", "텍스트를 입력한 뒤 비교를 누르세요"),
    "cmp.button": ("Compare", "비교"),
    "cmp.prompt": ("Type a text or pick an example above, then press **Compare**.",
                   "텍스트를 입력하거나 위의 예문을 고른 뒤 **비교**를 누르세요."),
    "cmp.metric_help": ("The predicted label; below it, the probability of '{positive}'.",
                        "예측된 레이블입니다. 아래는 '{positive}'일 확률입니다."),
    "cmp.params": ("{k}k parameters", "매개변수 {k}k개"),
    "cmp.tokens_differ": ("The entries cut this text into different tokens (a long text is cut to each entry's own "
                          "length), so each tokenisation gets its own panel and token axis.",
                          "모델마다 이 텍스트를 다른 토큰으로 자릅니다 (긴 텍스트는 모델마다 자기 길이로 자릅니다). "
                          "그래서 토큰화마다 그림과 토큰 축을 따로 그립니다."),
    "cmp.prefix_title": ("P({positive}) after each prefix, all three cells", "각 접두부 뒤의 P({positive}), 세 셀 모두"),
    "cmp.prefix_caption": ("Each cell's answer after reading tokens 1..t.", "각 셀이 토큰 1..t를 읽은 뒤 내놓는 답입니다."),
    "cmp.norm_title": ("Size of the hidden state ‖h_t‖ over time", "시간에 따른 은닉 상태의 크기 ‖h_t‖"),
    "cmp.norm_caption": ("The length of the hidden-state vector at each step (top layer, forward direction).",
                         "각 단계에서 은닉 상태 벡터의 길이입니다 (맨 위 층, 정방향)."),
    "cmp.influence_title": ("How much each step still reaches the last state", "각 단계가 마지막 상태에 얼마나 닿는가"),
    "cmp.influence_caption": ("‖∂h_T/∂x_t‖ (log scale): how much the final forward hidden state of the top layer "
                              "would move if the embedding of token t changed a little, for this text and these "
                              "weights: a local sensitivity, not a measure of what the model uses. Compare slopes, "
                              "not heights: each model has its own scale, so on a short message the RNN's curve can "
                              "lie above the LSTM's. Read it from right to left: it falls for every cell. On the "
                              "IMDb reviews we measured it fell 60–100× over the last 10 tokens for the plain "
                              "RNN against 5–20× for the LSTM and GRU; over hundreds of tokens the gated cells' "
                              "falls too, to 1e-20 and below (values under 1e-30 are drawn at 1e-30).",
                              "‖∂h_T/∂x_t‖ (로그 눈금): 토큰 t의 임베딩이 조금 바뀌면 맨 위 층 정방향의 마지막 은닉 "
                              "상태가 얼마나 움직이는지를, 이 텍스트와 이 가중치에서 잰 값입니다. 국소적인 민감도일 "
                              "뿐, 모델이 무엇을 쓰는지 재는 값은 아닙니다. 높이가 아니라 기울기를 비교하세요. 모델마다 "
                              "척도가 달라서, 짧은 메시지에서는 RNN 곡선이 LSTM보다 위에 있을 수도 있습니다. 오른쪽에서 "
                              "왼쪽으로 읽으면 어느 셀이든 값이 떨어집니다. 우리가 잰 IMDb 리뷰에서 마지막 10개 토큰 "
                              "동안 기본 RNN은 60–100배, LSTM과 GRU는 5–20배 떨어졌고, 수백 토큰을 거슬러 가면 게이트가 "
                              "있는 셀도 1e-20 아래로 떨어집니다 (1e-30보다 작은 값은 1e-30에 그렸습니다)."),
    "cmp.working": ("Reading the text with each cell…", "셀마다 텍스트를 읽는 중…"),
    "cmp.reading": ("Reading the text step by step with {name}…", "{name} 모델로 텍스트를 한 단계씩 읽는 중…"),
    "cmp.measuring": ("Measuring ‖∂h_T/∂x_t‖ of {name} (a gradient pass)…",
                      "{name} 모델의 ‖∂h_T/∂x_t‖를 재는 중 (기울기 계산)…"),
    "cmp.done": ("{n} cells read the text step by step", "셀 {n}개가 텍스트를 한 단계씩 읽었습니다"),
}
