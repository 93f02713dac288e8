"""Zoo page strings."""

STRINGS = {
    "zoo.title": ("The zoo: every pretrained entry", "모델 목록: 사전 학습된 모든 모델"),
    "zoo.intro": ("Each entry is a folder that is also a Hugging Face model repository: weights (safetensors), "
                  "tokenizer, config and a model card with honestly measured test metrics.",
                  "각 모델은 Hugging Face 모델 저장소이기도 한 폴더입니다. 가중치(safetensors), 토크나이저, 설정, "
                  "그리고 정직하게 측정한 테스트 지표가 담긴 모델 카드가 들어 있습니다."),
    "zoo.empty": ("The zoo is empty. Train an entry with `python -m train.classify lstm.sms-spam`.",
                  "모델 목록이 비어 있습니다. `python -m train.classify lstm.sms-spam` 명령으로 학습시키세요."),
    "zoo.col_name": ("entry", "모델"),
    "zoo.col_task": ("task", "작업"),
    "zoo.col_cell": ("cell", "셀"),
    "zoo.col_dataset": ("dataset", "데이터셋"),
    "zoo.col_split": ("split", "평가 데이터"),
    "zoo.col_params": ("params", "매개변수"),
    "zoo.col_size": ("size (MB)", "크기 (MB)"),
    "zoo.col_time": ("training time", "학습 시간"),
    "zoo.col_rival_accuracy": ("rival acc.", "경쟁 정확도"),
    "zoo.col_rival_f1": ("rival F1", "경쟁 F1"),
    "zoo.col_pairs_accuracy": ("order pairs acc.", "어순 쌍 정확도"),
    "zoo.col_pair_accuracy": ("pair acc.", "쌍 정확도"),
    "zoo.col_bow_pair_accuracy": ("BoW pair acc.", "BoW 쌍 정확도"),
    "zoo.col_ece": ("ECE", "ECE"),
    "zoo.pairs_accuracy_help": ("Accuracy on the minimal pairs of the model's language (zoo/evalsets): sentences "
                                "whose word order, negation or contrast decides the label.",
                                "모델 언어의 최소 쌍(zoo/evalsets) 정확도: 어순, 부정, 대조가 레이블을 정하는 문장들."),
    "zoo.pair_accuracy_help": ("Share of minimal pairs with both sentences right. A bag of words gets at most one "
                               "of a same-words pair right.",
                               "두 문장을 모두 맞힌 최소 쌍의 비율. 단어 가방 모델은 같은 단어로 된 쌍에서 많아야 "
                               "한 문장만 맞힙니다."),
    "zoo.bow_pair_accuracy_help": ("The same pair accuracy for the dataset's bag-of-words entry, which cannot see "
                                   "word order.",
                                   "같은 데이터셋의 단어 가방 모델(어순을 보지 못함)의 쌍 정확도."),
    "zoo.ece_help": ("Expected calibration error on the test split (10 bins) after temperature scaling: how far "
                     "the stated probabilities are from the observed accuracy.",
                     "온도 보정 후 테스트 데이터의 기대 보정 오차(10구간): 모델이 말하는 확률과 실제 정확도의 차이."),
    "zoo.rival_help": ("The entry's TF-IDF rival on the same split: word or character n-grams and logistic "
                       "regression (its card's baseline). A recurrent model that does not beat it is not worth "
                       "its cost.",
                       "같은 데이터에서 잰 TF-IDF 경쟁 모델의 점수입니다: 단어나 글자 n-그램과 로지스틱 회귀(카드의 "
                       "baseline). 이보다 못한 순환 모델은 비용만큼의 값을 못 합니다."),
    "zoo.classifiers": ("Classifiers", "분류기"),
    "zoo.translators": ("Translators", "번역기"),
    "zoo.language_models": ("Language models", "언어 모델"),
    "zoo.perplexity_help": ("Perplexity per token on the card's test text: e to the mean negative log-likelihood of "
                            "each subword and the end mark. Lower is better; it depends on the tokenizer.",
                            "카드에 적힌 테스트 텍스트의 토큰당 퍼플렉서티: 각 서브워드와 끝 표시의 평균 음의 로그 우도를 "
                            "지수로 한 값. 낮을수록 좋고, 토크나이저에 따라 달라집니다."),
    "zoo.word_perplexity_help": ("The same log-likelihood divided by the words (split at spaces) plus the end mark: "
                                 "comparable across tokenizers.",
                                 "같은 로그 우도를 (공백으로 나눈) 단어 수와 끝 표시로 나눈 값. 토크나이저가 달라도 비교할 "
                                 "수 있습니다."),
    "zoo.details_header": ("One entry in full", "모델 하나 자세히 보기"),
    "zoo.pick": ("Entry", "모델"),
    "zoo.table_caption": ("Click a column header to sort. Metrics are on the split named in each card.",
                          "열 제목을 누르면 정렬됩니다. 지표는 각 카드에 적힌 평가 데이터 기준입니다."),
    "zoo.missing_tasks": ("No entries yet for: {tasks}.", "아직 모델이 없는 작업: {tasks}."),
    "zoo.split": ("evaluated on", "평가 데이터"),
    "zoo.train_time": ("training time", "학습 시간"),
    "zoo.language": ("language", "언어"),
    "zoo.license": ("license", "라이선스"),
    "zoo.baseline": ("baseline on the same split", "같은 데이터의 기준 모델"),
    "zoo.curves_title": ("Training curves of {name}", "{name} 학습 곡선"),
    "zoo.no_history": ("This entry has no training history.", "이 모델에는 학습 기록이 없습니다."),
    "zoo.reproduce": ("**Reproduce it**", "**재현하기**"),
    "zoo.no_reproduce": ("the card names no reproduce command", "카드에 재현 명령이 없습니다"),
    "zoo.python": ("**Load it in Python**", "**파이썬에서 불러오기**"),
    "zoo.cli": ("**From the command line**", "**명령줄에서**"),
    "zoo.download": ("Download {name}.zip", "{name}.zip 다운로드"),
    "zoo.card_text": ("The full model card", "모델 카드 전체"),
}
