"""Context-vector lab strings."""

STRINGS = {
    "lab.title": ("Context-vector lab", "문맥 벡터 실험실"),
    "lab.intro": ("Every sentence becomes one **context vector**. Type several sentences (one per line), and see "
                  "which ones the model puts close together.",
                  "문장마다 **문맥 벡터** 하나가 됩니다. 여러 문장을 한 줄에 하나씩 입력하고, 모델이 어떤 문장들을 "
                  "가까이 두는지 보세요."),
    "lab.box": ("Sentences, one per line (through {name})", "문장, 한 줄에 하나씩 ({name} 모델 사용)"),
    "lab.placeholder": ("One sentence per line", "한 줄에 문장 하나"),
    "lab.button": ("Compare vectors", "벡터 비교"),
    "lab.too_many": ("{n} sentences given: only the first {limit} are used.",
                     "문장 {n}개가 입력되었습니다. 처음 {limit}개만 사용합니다."),
    "lab.need_two": ("Type at least two different sentences, one per line.",
                     "서로 다른 문장을 한 줄에 하나씩, 두 개 이상 입력하세요."),
    "lab.unknown": ("Sentences {which} are mostly characters the model never learned (it was trained on "
                    "{trained_on}): their vectors mean little.",
                    "{which}번 문장은 대부분 모델이 배운 적 없는 문자입니다 ({trained_on}로 학습됨). 그 벡터는 큰 "
                    "의미가 없습니다."),
    "lab.truncated": ("Sentences {which} are long: the model read only {n} tokens of each.",
                      "{which}번 문장은 깁니다. 모델은 각각 {n}개 토큰만 읽었습니다."),
    "lab.coloured_label": ("Points are coloured by the model's prediction.", "점은 모델의 예측으로 칠했습니다."),
    "lab.coloured_length": ("Points are coloured by source length in words.", "점은 원문의 단어 수로 칠했습니다."),
    "lab.dims": ("{n} sentences, each a vector of {dim} numbers, squeezed to 2-D.",
                 "문장 {n}개, 각각 숫자 {dim}개짜리 벡터를 2차원으로 줄였습니다."),
    "lab.pca_title": ("PCA: the two directions of largest spread", "PCA: 가장 넓게 퍼진 두 방향"),
    "lab.tsne_title": ("t-SNE: neighbours kept together", "t-SNE: 이웃끼리 모아 두기"),
    "lab.tsne_caption": ("t-SNE (computed here in numpy, perplexity about N/3) keeps near neighbours near; distances "
                         "between far groups mean little.",
                         "t-SNE(여기서 numpy로 계산, perplexity 약 N/3)는 가까운 이웃을 가깝게 유지합니다. 멀리 "
                         "떨어진 무리 사이의 거리는 큰 의미가 없습니다."),
    "lab.tsne_needs": ("t-SNE needs at least {n} sentences to mean anything; add more lines to see it. PCA is shown.",
                       "t-SNE가 의미를 가지려면 문장이 {n}개 이상 필요합니다. 줄을 더 추가하세요. 지금은 PCA만 "
                       "보여 줍니다."),
    "lab.cosine_header": ("Cosine similarities", "코사인 유사도"),
    "lab.cosine_title": ("cos(a, b) between every pair of context vectors", "모든 문맥 벡터 쌍의 cos(a, b)"),
    "lab.nn_header": ("Nearest neighbours among your sentences", "내 문장들 사이의 최근접 이웃"),
    "lab.col_sentence": ("sentence", "문장"),
    "lab.col_nearest": ("most similar other sentence", "가장 비슷한 다른 문장"),
    "lab.col_cosine": ("cosine", "코사인"),
}
