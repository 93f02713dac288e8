"""Next-word page strings (url `generate`): a language model's next-token predictions, surprisal and sampling."""

STRINGS = {
    "nav.generate": ("Next word", "다음 단어"),
    "nav.generate.blurb": ("a language model guesses the next token at every step, and writes on from your beginning",
                           "언어 모델이 단계마다 다음 토큰을 예측하고, 입력한 시작 부분에 이어서 글을 씁니다"),
    "gen.title": ("Next word: a language model reads and writes", "다음 단어: 읽고 쓰는 언어 모델"),
    "gen.caption": ("{name}: {cell} language model, {layers} layer(s), a hidden state of {hidden} numbers, a "
                    "vocabulary of {vocab:,} subword tokens.",
                    "{name}: {cell} 언어 모델, 층 {layers}개, 숫자 {hidden}개로 된 은닉 상태, 서브워드 토큰 {vocab:,}개의 "
                    "어휘."),
    "gen.reviews_only": ("**{name} learned only from movie reviews** ({data}). It knows how reviewers write and "
                         "nothing else: start a recipe or a news story and it still goes on like a review, and it "
                         "repeats the opinions and biases of the reviews it read.",
                         "**{name}은(는) 영화 리뷰로만 학습했습니다** ({data}). 리뷰어가 글을 쓰는 방식만 알고 그 밖의 것은 "
                         "모릅니다. 요리법이나 뉴스 기사를 시작해도 리뷰처럼 이어 쓰고, 읽은 리뷰에 담긴 의견과 편견을 그대로 "
                         "되풀이합니다."),
    "gen.intro": ("A **language model** answers one question again and again: *which token comes next?* It reads "
                  "your text one token at a time, and each token is one **time step** *t*. At every step the cell "
                  "combines the new token x_t with its **hidden state** h_t−1, a vector of "
                  "{hidden} numbers that sums up everything read so far, into a new h_t; from "
                  "h_t the output layer gives every one of the {vocab:,} tokens of its vocabulary a "
                  "probability of coming next. Nobody labelled anything: the next token of each review was the "
                  "answer to learn.",
                  "**언어 모델**은 같은 질문에 계속 답합니다. *다음에 올 토큰은 무엇일까?* 모델은 텍스트를 토큰 하나씩 "
                  "읽고, 토큰 하나가 **시간 단계** *t* 하나입니다. 단계마다 셀은 새 토큰 x_t와 지금까지 읽은 "
                  "모든 것을 요약한 숫자 {hidden}개짜리 벡터인 **은닉 상태** h_t−1을 합쳐 새 "
                  "h_t를 만듭니다. 출력층은 h_t로 어휘의 토큰 {vocab:,}개 각각이 다음에 올 확률을 "
                  "계산합니다. 사람이 붙인 레이블은 없습니다. 리뷰의 다음 토큰 자체가 배울 정답이었습니다."),
    "gen.other_language": ("Only {share} of the letters of this text are {language}: {name} learned from {language} "
                           "movie reviews, so what it expects here means little.",
                           "이 텍스트의 글자 중 {language} 글자는 {share}뿐입니다. {name}은(는) {language} 영화 리뷰로 "
                           "학습했으므로 여기서 예상하는 다음 토큰은 큰 의미가 없습니다."),
    "gen.k": ("Candidates per step", "단계별 후보 수"),
    "gen.k_help": ("How many of the likeliest next tokens to show after each step.",
                   "각 단계 뒤에 보여 줄, 가장 가능성 높은 다음 토큰의 수입니다."),
    "gen.box": ("The beginning of a text ({language})", "텍스트의 시작 부분 ({language})"),
    "gen.placeholder": ("Type the first words of a review, e.g. 'the acting was'",
                        "리뷰의 첫 몇 단어를 입력하세요. 예: '배우들 연기가'"),
    "gen.button": ("Predict the next token", "다음 토큰 예측"),
    "gen.prompt": ("Type a beginning or pick an example above, then press **Predict the next token**.",
                   "시작 부분을 입력하거나 위의 예문을 고른 뒤 **다음 토큰 예측**을 누르세요."),
    "gen.next_header": ("What comes next", "다음에 올 토큰"),
    "gen.next_text": ("After reading all {n} tokens of your text, the model's {k} likeliest next tokens. "
                      "**▁** marks a token that starts a new word; `</s>` is the end mark (the review could end "
                      "here); `<0x..>` is one byte of a character the vocabulary has no token for.",
                      "입력한 텍스트의 토큰 {n}개를 모두 읽은 뒤, 모델이 가장 가능성 높게 보는 다음 토큰 {k}개입니다. "
                      "**▁** 표시는 새 단어를 시작하는 토큰이고, `</s>`는 끝 표시(리뷰가 여기서 끝날 수 있음), "
                      "`<0x..>`는 어휘에 토큰이 없는 글자의 한 바이트입니다."),
    "gen.next_title": ("The next token after your text", "입력한 텍스트 다음에 올 토큰"),
    "gen.col_token": ("token", "토큰"),
    "gen.col_p": ("probability", "확률"),
    "gen.steps_header": ("A prediction after every time step (many-to-many)", "시간 단계마다 하나씩 예측 (다대다)"),
    "gen.steps_text": ("A classifier answers once, after the last token (**many-to-one**). A language model answers "
                       "after **every** step: one output per input, **many-to-many**. Column *t* is what the model "
                       "expected after reading the token below it, with only the tokens before it to go on; the first "
                       "column is its guess from the start mark `<s>` alone.",
                       "분류기는 마지막 토큰을 읽은 뒤 한 번만 답합니다(**다대일**). 언어 모델은 **모든** 단계 뒤에 답합니다. "
                       "입력 하나에 출력 하나, **다대다**입니다. *t*번째 열은 아래에 적힌 토큰을 읽은 뒤, 그때까지의 "
                       "토큰만 보고 모델이 예상한 다음 토큰입니다. 첫 열은 시작 표시 `<s>`만 보고 한 추측입니다."),
    "gen.steps_title": ("The top {k} next tokens after each step", "각 단계 뒤 상위 {k}개 다음 토큰"),
    "gen.steps_caption": ("Darker cells are likelier. Outlined: the token you actually wrote next, where it is among "
                          "the {k}. The last column is the guess about what follows your text (the bars above).",
                          "색이 진할수록 확률이 높습니다. 테두리: 실제로 다음에 입력한 토큰(상위 {k}개 안에 있을 때). 마지막 "
                          "열은 텍스트 다음에 올 토큰에 대한 추측입니다(위의 막대그래프)."),
    "gen.surprisal_header": ("Surprisal: how unexpected was each token you wrote?",
                             "놀라움(surprisal): 입력한 토큰은 각각 얼마나 뜻밖이었을까?"),
    "gen.surprisal_text": ("Before the model read each of your tokens, it had given that token a probability *p*. "
                           "Its **surprisal** is −log₂ *p*, in bits: 1 bit is as surprising as a coin landing heads "
                           "(*p* = 1/2), 10 bits like a 1-in-1,024 guess coming true. A token the model saw coming "
                           "costs almost nothing; a rare word, a name or a typo costs many bits. The average over a "
                           "text gives its **perplexity**, 2^(mean bits): the model was as unsure as if it had to "
                           "pick among that many equally likely tokens at each step.",
                           "모델은 각 토큰을 읽기 전에 그 토큰에 확률 *p*를 주었습니다. 그 토큰의 **놀라움**(surprisal)은 "
                           "−log₂ *p*, 단위는 비트입니다. 1비트는 동전이 앞면으로 떨어지는 정도(*p* = 1/2), 10비트는 "
                           "1,024분의 1 확률의 추측이 맞는 정도의 놀라움입니다. 모델이 예상한 토큰은 거의 0비트이고, 드문 "
                           "단어나 이름, 오타는 많은 비트가 듭니다. 텍스트 전체의 평균으로 **퍼플렉서티** 2^(평균 비트)"
                           "를 구합니다. 매 단계 그만큼의 똑같이 그럴듯한 토큰 가운데 하나를 고르는 것만큼 모델이 "
                           "불확실했다는 뜻입니다."),
    "gen.surprisal_title": ("Surprisal of each token you wrote (bits)", "입력한 토큰별 놀라움 (비트)"),
    "gen.mean_bits": ("Mean surprisal", "평균 놀라움"),
    "gen.bits": ("{bits} bits", "{bits}비트"),
    "gen.perplexity": ("Perplexity of your text", "입력한 텍스트의 퍼플렉서티"),
    "gen.perplexity_help": ("2 to the power of the mean surprisal, over your tokens only (the card's figure also "
                            "scores the end mark).",
                            "2를 평균 놀라움만큼 거듭제곱한 값입니다. 입력한 토큰만 셉니다(카드의 수치는 끝 표시도 셉니다)."),
    "gen.most_surprising": ("Most surprising", "가장 뜻밖의 토큰"),
    "gen.most_surprising_help": ("The token you wrote that the model expected least, and the probability it had given "
                                 "it.",
                                 "모델이 가장 예상하지 못한 입력 토큰과, 모델이 그 토큰에 주었던 확률입니다."),
    "gen.write_header": ("Let it write (one-to-many)", "이어 쓰게 하기 (일대다)"),
    "gen.write_text": ("Now the model writes on. At each step it draws one token from its next-token distribution, "
                       "then reads that token back in as its next input: from one beginning, many outputs, "
                       "**one-to-many**. **Temperature** reshapes the distribution before each draw: below 1 it "
                       "favours the likeliest tokens (0 always takes the likeliest), above 1 it flattens it (more "
                       "surprising, less sensible). **Top-k** draws only among the k likeliest (0: no limit). The "
                       "**seed** fixes the random draws: the same beginning, settings and seed give the same text "
                       "every time.",
                       "이제 모델이 이어서 씁니다. 단계마다 다음 토큰 분포에서 토큰 하나를 뽑고, 그 토큰을 다음 입력으로 "
                       "다시 읽습니다. 시작 하나에서 출력이 여러 개 나오는 **일대다**입니다. **온도**(temperature)는 뽑기 "
                       "전에 분포의 모양을 바꿉니다. 1보다 작으면 가능성 높은 토큰을 더 선호하고(0이면 항상 가장 높은 "
                       "토큰), 1보다 크면 분포가 평평해집니다(더 뜻밖이고 덜 말이 됨). **Top-k**는 가장 가능성 높은 "
                       "k개 안에서만 뽑습니다(0: 제한 없음). **시드**(seed)는 무작위 뽑기를 고정합니다. 시작 부분, 설정, "
                       "시드가 같으면 언제나 같은 글이 나옵니다."),
    "gen.temperature": ("Temperature", "온도"),
    "gen.temperature_help": ("0: always the likeliest token. 1: the model's own distribution. Above 1: flatter, "
                             "wilder.",
                             "0: 항상 가장 가능성 높은 토큰. 1: 모델 본래의 분포. 1보다 크면: 더 평평하고 엉뚱해집니다."),
    "gen.top_k": ("Top-k sampling", "Top-k 샘플링"),
    "gen.top_k_help": ("Draw only among the k likeliest tokens; 0 for no limit.",
                       "가장 가능성 높은 k개 토큰 안에서만 뽑습니다. 0이면 제한이 없습니다."),
    "gen.max_tokens": ("Tokens to write", "쓸 토큰 수"),
    "gen.seed": ("Seed", "시드"),
    "gen.seed_help": ("The same seed gives the same continuation; change it for another one.",
                      "같은 시드는 같은 글을 만듭니다. 다른 글을 보려면 바꾸세요."),
    "gen.generate": ("Generate", "생성"),
    "gen.write_prompt": ("Press **Generate** to let the model write on from your text.",
                         "**생성**을 누르면 모델이 입력한 텍스트에 이어서 글을 씁니다."),
    "gen.continuation": ("**Your beginning** and what {name} wrote (seed {seed}, temperature {temperature}, top-k "
                         "{top_k}):",
                         "**입력한 시작 부분**과 {name}이(가) 쓴 글 (시드 {seed}, 온도 {temperature}, top-k {top_k}):"),
    "gen.ended": ("The model drew the end mark `</s>` after {n} token(s): for it, the review was over.",
                  "모델이 토큰 {n}개 뒤에 끝 표시 `</s>`를 뽑았습니다. 모델이 보기에 리뷰가 끝났습니다."),
    "gen.ended_at_once": ("The model drew the end mark `</s>` first: it wrote nothing. Try another seed.",
                          "모델이 처음부터 끝 표시 `</s>`를 뽑아 아무것도 쓰지 않았습니다. 다른 시드를 써 보세요."),
    "gen.states_title": ("The hidden state h_t over the generated steps", "생성한 단계별 은닉 상태 h_t"),
    "gen.states_caption": ("Each column is one generated token. Bottom: the {units} most active of the {hidden} "
                           "numbers of the hidden state after the model read that token back in (the state it drew "
                           "the next token from). Top: the probability the token had when it was drawn.",
                           "각 열은 생성한 토큰 하나입니다. 아래: 모델이 그 토큰을 다시 읽은 뒤의 은닉 상태(다음 토큰을 뽑을 "
                           "때 쓴 상태)를 이루는 숫자 {hidden}개 가운데 가장 활발한 {units}개. 위: 그 토큰이 뽑힐 때의 "
                           "확률."),
    "gen.tokens_table": ("The generated tokens, one per step", "생성한 토큰 (단계마다 하나)"),
    "gen.col_step": ("step", "단계"),
    "gen.shapes_header": ("Many-to-one, many-to-many, one-to-many", "다대일, 다대다, 일대다"),
    "gen.shapes_text": ("The same kind of recurrent cell, wired three ways:\n\n"
                        "| shape | reads | outputs | in this app |\n|---|---|---|---|\n"
                        "| **many-to-one** | a whole text | one answer, after the last step | the sentiment and spam "
                        "classifiers |\n"
                        "| **many-to-many** | a whole text | one next-token distribution after every step | this page: "
                        "the predictions and surprisal above |\n"
                        "| **one-to-many** | a beginning | token after token, each fed back in as the next input | "
                        "this page: Generate |",
                        "같은 종류의 순환 셀을 세 가지로 연결합니다.\n\n"
                        "| 형태 | 읽는 것 | 내놓는 것 | 이 앱에서 |\n|---|---|---|---|\n"
                        "| **다대일** | 텍스트 전체 | 마지막 단계 뒤에 답 하나 | 감성 분석과 스팸 분류기 |\n"
                        "| **다대다** | 텍스트 전체 | 단계마다 다음 토큰 분포 하나 | 이 페이지: 위의 예측과 놀라움 |\n"
                        "| **일대다** | 시작 부분 | 토큰을 하나씩, 각각을 다음 입력으로 다시 넣으며 | 이 페이지: 생성 |"),
    "gen.sentiment_link": ("See many-to-one on the sentiment page", "감성 분석 페이지에서 다대일 보기"),
    "axis.next_token": ("next token", "다음 토큰"),
    "axis.surprisal": ("surprisal (bits)", "놀라움 (비트)"),
    "axis.read": ("token read at this step", "이 단계에서 읽은 토큰"),
    "axis.written": ("you wrote next", "실제로 다음에 입력한 토큰"),
    "axis.mean": ("mean", "평균"),
    "axis.generated_step": ("generated token (time step)", "생성한 토큰 (시간 단계)"),
    "axis.sampled_p": ("p when drawn", "뽑힐 때 확률"),
}
