"""Compare page strings."""

STRINGS = {
    "cmp.title": ("RNN vs LSTM vs GRU on the same input", "같은 입력에서 RNN vs LSTM vs GRU"),
    "cmp.intro": ("Three cells trained the same way on the same data read your text side by side. The last chart "
                  "shows how strongly each input step still reaches the final state: for the plain RNN that signal "
                  "fades quickly with distance (the vanishing gradient), while gates keep it alive.",
                  "같은 데이터에서 같은 방식으로 학습한 세 가지 셀이 내 텍스트를 나란히 읽습니다. 마지막 그래프는 "
                  "각 입력 단계가 마지막 상태에 얼마나 강하게 닿는지 보여 줍니다. 기본 RNN에서는 그 신호가 거리에 "
                  "따라 빠르게 사라지지만(기울기 소실), 게이트가 있으면 살아남습니다."),
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
    "cmp.tokens_differ": ("The entries tokenize this text differently; the axis shows the longest tokenization.",
                          "모델마다 이 텍스트를 다르게 토큰화합니다. 축에는 가장 긴 토큰화를 표시합니다."),
    "cmp.prefix_title": ("P({positive}) after each prefix, all three cells", "각 접두부 뒤의 P({positive}), 세 셀 모두"),
    "cmp.prefix_caption": ("Each cell's answer after reading tokens 1..t.", "각 셀이 토큰 1..t를 읽은 뒤 내놓는 답입니다."),
    "cmp.norm_title": ("Size of the hidden state ‖h_t‖ over time", "시간에 따른 은닉 상태의 크기 ‖h_t‖"),
    "cmp.norm_caption": ("The length of the hidden-state vector at each step (top layer, forward direction).",
                         "각 단계에서 은닉 상태 벡터의 길이입니다 (맨 위 층, 정방향)."),
    "cmp.influence_title": ("How much each step still reaches the last state", "각 단계가 마지막 상태에 얼마나 닿는가"),
    "cmp.influence_caption": ("‖∂h_T/∂x_t‖: how much the final hidden state would change if input t changed (log "
                              "scale). Read it from right to left: for the plain RNN it falls by orders of magnitude "
                              "within a few steps; that is the vanishing signal.",
                              "‖∂h_T/∂x_t‖: 입력 t가 바뀌면 마지막 은닉 상태가 얼마나 바뀌는지 (로그 눈금). 오른쪽에서 "
                              "왼쪽으로 읽으세요. 기본 RNN은 몇 단계 만에 몇 자릿수씩 떨어집니다. 이것이 사라지는 "
                              "신호입니다."),
}
