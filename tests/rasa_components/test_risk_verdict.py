"""How SafetyOverride weighs the three layers (`risk_verdict`), and the semantic layer's character
head, run in the Rasa environment: `.venv-rasa/bin/pytest tests/rasa_components/test_risk_verdict.py`."""
import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from signpost.safety import default_lexicons, detect_risk
from signpost.text.words import word_count
from signpost_rasa.nlu import SafetyOverride, Thresholds, is_relapse, risk_verdict
from signpost_rasa.risk import CharacterHead, RiskHead, RiskModel, folded

THRESHOLDS = Thresholds(classifier_crisis=0.8, classifier_check=0.4, semantic_crisis=0.9, semantic_check=0.6,
                        semantic_clear=0.2, classifier_check_semantic_floor=0.25)


@pytest.mark.parametrize("lexicon, classifier, semantic, expected", [
    ("suicide", 0.0, {"probability": 0.5, "for": "self"}, ("crisis", "self")),
    ("harm_from_others", 0.0, {"probability": 0.5, "for": "self"}, ("crisis", "danger_from_others")),
    (None, 0.85, {"probability": 0.3, "for": "self"}, ("crisis", "self")),
    (None, 0.0, {"probability": 0.95, "for": "someone_else"}, ("crisis", "someone_else")),
    (None, 0.5, {"probability": 0.3, "for": "self"}, ("check", "self")),
    (None, 0.0, {"probability": 0.7, "for": "self"}, ("check", "self")),
    (None, 0.1, {"probability": 0.3, "for": "self"}, ("none", "self")),
    # the classifier's uncertain band asks only when the semantic layer does not rule risk out
    (None, 0.7, {"probability": 0.22, "for": "self"}, ("none", "self")),
    (None, 0.7, {"probability": 0.25, "for": "self"}, ("check", "self")),
    # ... but its crisis threshold is a crisis whatever the semantic layer says above its clear threshold
    (None, 0.85, {"probability": 0.22, "for": "self"}, ("crisis", "self")),
    # the semantic layer all but sure it is no disclosure sets aside a lexicon word about the writer
    # in a long message (words=12); the classifier's verdicts are not set aside
    ("self_harm", 0.0, {"probability": 0.05, "for": "self"}, ("none", "self")),
    ("suicide", 0.3, {"probability": 0.05, "for": "self"}, ("none", "self")),
    ("self_harm", 0.0, {"probability": 0.2, "for": "self"}, ("crisis", "self")),
    ("suicide", 0.5, {"probability": 0.05, "for": "self"}, ("crisis", "self")),
    (None, 0.9, {"probability": 0.1, "for": "self"}, ("crisis", "self")),
    # ... never a threat from others, nor "not safe now"
    ("harm_from_others", 0.0, {"probability": 0.01, "for": "self"}, ("crisis", "danger_from_others")),
    ("unsafe_now", 0.0, {"probability": 0.01, "for": "self"}, ("crisis", "self")),
    # no semantic layer (an untrained model): the lexicon and the classifier alone decide
    ("self_harm", 0.0, None, ("crisis", "self")),
    (None, 0.5, None, ("check", "self")),
])
def test_risk_verdict(lexicon, classifier, semantic, expected):
    assert risk_verdict(lexicon, classifier, semantic, THRESHOLDS, words=12) == expected


@pytest.mark.parametrize("lexicon, classifier, semantic, expected", [
    # a risk word of the writer's own with laughter is asked about ("... I'll kill myself xD")
    ("suicide", 0.3, 0.3, "check"),
    ("self_harm", 0.0, 0.0, "check"),
    # ... a model alone at its crisis threshold still makes it a crisis
    ("suicide", 0.85, 0.3, "crisis"),
    ("suicide", 0.0, 0.95, "crisis"),
    # ... and "not safe now" is never turned into a question
    ("unsafe_now", 0.0, 0.0, "crisis"),
])
def test_laughter_turns_the_lexicon_word_about_the_writer_into_a_check_in(lexicon, classifier, semantic, expected):
    verdict = risk_verdict(lexicon, classifier, {"probability": semantic, "for": "self"}, THRESHOLDS, words=5,
                           laughing=True)
    assert verdict[0] == expected
    assert risk_verdict(lexicon, classifier, {"probability": semantic, "for": "self"}, THRESHOLDS, words=5)[0] == "crisis"


@pytest.mark.parametrize("lexicon, classifier, semantic, expected", [
    # a medication question with only a model's uncertain band raised gets the clinical answer
    (None, 0.0, 0.75, "none"),
    (None, 0.6, 0.4, "none"),
    # ... a model at its crisis threshold or a lexicon word still makes it a crisis
    (None, 0.0, 0.95, "crisis"),
    ("suicide", 0.0, 0.5, "crisis"),
])
def test_a_clinical_question_is_not_asked_about_on_an_uncertain_score(lexicon, classifier, semantic, expected):
    verdict = risk_verdict(lexicon, classifier, {"probability": semantic, "for": "self"}, THRESHOLDS, words=12,
                           clinical=True)
    assert verdict[0] == expected


@pytest.mark.parametrize("words, expected", [(7, "crisis"), (8, "none")])
def test_a_short_message_keeps_the_lexicon_word_however_low_the_semantic_score(words, expected):
    # terse disclosures score near 0 on the semantic layer (docs/safety.md)
    assert risk_verdict("suicide", 0.0, {"probability": 0.01, "for": "self"}, THRESHOLDS, words)[0] == expected


# A relapse, in our own wording (lexicon round 19), one or two per language: the semantic layer reads the
# past in it as over, so its near-0 score must not set the lexicon's relapse match aside.
RELAPSES = [
    ("en", "when i was at college i used to cut myself and last week it started again"),
    ("en", "i'd been clean for over a year but i have started cutting again this month"),
    ("ur", "برسوں پہلے خود کو زخمی کرتی تھی اور اب پھر سے شروع ہو گیا ہے"),
    ("ur-Latn", "do saal se chhoda hua tha lekin kal raat dobara khud ko zakhmi kiya"),
    ("bn", "স্কুলে থাকতে নিজের ক্ষতি করতাম, গত মাস থেকে আবার শুরু করেছি"),
    ("pa", "ਦੋ ਸਾਲ ਤੋਂ ਛੱਡਿਆ ਸੀ ਪਰ ਕੱਲ੍ਹ ਰਾਤ ਫਿਰ ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ"),
    ("pa-Latn", "college vich apne aap nu nuksan karda si, hun pher shuru ho gaya"),
    ("gu", "કોલેજમાં મારી જાતને નુકસાન કરતી, ગયા મહિનાથી ફરીથી શરૂ થયું"),
    ("ta", "ரெண்டு வருஷமா நிறுத்தியிருந்தேன், நேத்து ராத்திரி மறுபடியும் என்னை நானே காயப்படுத்திக்கிட்டேன்"),
    ("ar", "بالجامعة كنت اجرح حالي، وهالشهر رجعت بلشت من جديد للأسف"),
    ("so", "laba sano ayaan joojiyay laakiin xalay mar kale ayaan is dhaawacay"),
    ("pl", "dwa lata bylo dobrze, ale wczoraj znowu zrobilam sobie krzywde"),
    ("ro", "doi ani nu am mai facut nimic, dar aseara mi-am facut din nou rau"),
    ("pt", "fiquei dois anos sem fazer nada, mas ontem me cortei de novo"),
    ("zh", "上大学时伤害过自己，好了两年，上个月又开始了"),
]


@pytest.mark.parametrize("lang, text", RELAPSES)
def test_a_relapse_stands_however_sure_the_semantic_layer_is(lang, text):
    signal = detect_risk(text)
    assert signal is not None and is_relapse(signal.phrase_id), f"[{lang}] should be the relapse entry: {signal}"
    verdict = risk_verdict(signal.kind, 0.0, {"probability": 0.001, "for": "self"}, THRESHOLDS,
                           words=word_count(text), relapse=True)
    assert word_count(text) >= THRESHOLDS.semantic_clear_min_words and verdict == ("crisis", "self")


def test_every_risk_lexicon_has_the_relapse_entry():
    languages = {lexicon.language for lexicon in default_lexicons().risk.lexicons}
    with_relapse = {lexicon.language for lexicon in default_lexicons().risk.lexicons
                    if any(is_relapse(phrase.phrase_id) for phrase in lexicon.phrases)}
    assert with_relapse == languages


def test_without_a_clear_threshold_a_lexicon_match_always_stands():
    thresholds = Thresholds(0.8, 0.4, 0.9, 0.6)
    assert risk_verdict("suicide", 0.0, {"probability": 0.0, "for": "self"}, thresholds, words=40)[0] == "crisis"


@pytest.mark.parametrize("config", [{"semantic_clear_probability": 0.7, "semantic_check_probability": 0.6},
                                    {"classifier_check_semantic_floor": 0.6, "semantic_check_probability": 0.6}])
def test_a_threshold_above_the_semantic_check_in_is_refused_naming_the_config(config):
    with pytest.raises(ValueError, match="bot/config.yml"):
        SafetyOverride(config)


def test_without_a_semantic_floor_the_classifier_band_always_asks():
    thresholds = Thresholds(0.8, 0.4, 0.9, 0.6)
    assert risk_verdict(None, 0.5, {"probability": 0.0, "for": "self"}, thresholds)[0] == "check"


TEXTS = ["i want to die", "mujhe mar jana hai yaar", "find me a group in leeds", "this traffic is killing me",
         "我不想活了", "ma 3ad baddi 3ish", "counselling in urdu", "he hits me", "i want a group", "dying to go"]
LABELS = ["self", "self", "none", "none", "self", "self", "none", "danger_from_others", "none", "someone_else"]


def test_the_character_head_computes_what_scikit_learn_computes_and_round_trips():
    head = CharacterHead.fit(TEXTS, LABELS, np.ones(len(TEXTS)), 10.0, (2, 5), 50000)
    reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    reference.fit([folded(t) for t in TEXTS])
    unseen = TEXTS + ["Mujhe MARR jaana hai!!", "nothing in common ~"]
    columns = [reference.vocabulary_[g] for g in head.vocabulary]
    expected = reference.transform([folded(t) for t in unseen]).toarray()[:, columns]
    assert np.allclose(head.features(unseen).toarray(), expected)
    again = CharacterHead.from_dict(head.to_dict())
    assert np.allclose(again.probabilities(unseen), head.probabilities(unseen))


def meaning_head(weights=None) -> RiskHead:
    """A head fitted on features that separate the classes: twenty noisy copies of each label's point."""
    rng = np.random.default_rng(0)
    labels = LABELS * 20
    centres = {label: rng.normal(size=8) * 3 for label in set(LABELS)}
    X = np.array([centres[label] + rng.normal(size=8) * 0.3 for label in labels])
    return RiskHead.fit(X, labels, np.ones(len(labels)) if weights is None else weights, 16, 0.01)


def test_the_embedding_head_learns_and_round_trips_through_json():
    head = meaning_head()
    rng = np.random.default_rng(1)
    X = rng.normal(size=(5, 8))
    again = RiskHead.from_json(head.to_json())
    assert np.allclose(again.probabilities(X), head.probabilities(X), atol=1e-5)
    assert np.allclose(head.probabilities(X).sum(axis=1), 1.0)
    assert len(head.layers) == 2 and head.layers[0][0].shape == (8, 16)


def test_a_weight_counts_a_message_that_many_times():
    """MLPClassifier takes no sample weights: weight 3 is the same fit as three copies."""
    labels = LABELS * 20
    rng = np.random.default_rng(0)
    X = rng.normal(size=(len(labels), 8))
    weighted = RiskHead.fit(X, labels, np.full(len(labels), 3.0), 16, 0.01)
    copied = RiskHead.fit(np.repeat(X, 3, axis=0), list(np.repeat(labels, 3)), np.ones(3 * len(labels)), 16, 0.01)
    assert np.allclose(weighted.probabilities(X), copied.probabilities(X))


def test_a_model_without_a_character_head_is_the_embedding_head_alone():
    model = RiskModel.from_json(meaning_head().to_json())
    assert model.spelling is None and model.character_weight == 0.0


def test_a_character_weight_outside_zero_to_one_is_refused():
    meaning = meaning_head()
    spelling = CharacterHead.fit(TEXTS, LABELS, np.ones(len(TEXTS)), 10.0, (2, 5), 50000)
    with pytest.raises(ValueError, match="character_weight"):
        RiskModel(meaning, spelling, 1.5)


@pytest.mark.parametrize("classifier, semantic, words, expected", [
    # a threat from someone with laughter ("my mum said she'll murder me if I'm late again lol") is
    # asked about: the danger check-in (signpost_rasa.crisis_policy)
    (0.0, 0.0, 5, "check"),
    (0.5, 0.7, 5, "check"),
    # ... laughter never clears it, however sure the semantic layer is that it is nothing, however long
    (0.0, 0.01, 20, "check"),
    # ... and a model alone at its crisis threshold still makes it a crisis
    (0.85, 0.3, 5, "crisis"),
    (0.0, 0.95, 5, "crisis"),
])
def test_laughter_turns_a_threat_from_someone_into_the_danger_check_in(classifier, semantic, words, expected):
    for_self = {"probability": semantic, "for": "self"}
    assert risk_verdict("harm_from_others", classifier, for_self, THRESHOLDS, words=words, laughing=True) \
        == (expected, "danger_from_others")
    # without laughter it is the full danger-from-others response
    assert risk_verdict("harm_from_others", classifier, for_self, THRESHOLDS, words=words) \
        == ("crisis", "danger_from_others")
