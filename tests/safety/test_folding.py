"""One text folding for the whole product (signpost/text/folding.py)."""
from signpost.safety import detect_risk
from signpost.safety.normalise import fold
from signpost.text.folding import ARABIC_SCRIPT_FOLDS, TRADITIONAL_TO_SIMPLIFIED, simplify_chinese
from signpost.understanding.intent_features import classifier_text
from signpost.understanding.text import normalize_phrase


def test_the_traditional_table_is_the_full_one():
    assert len(TRADITIONAL_TO_SIMPLIFIED) > 2800
    assert TRADITIONAL_TO_SIMPLIFIED["攢"] == "攒" and TRADITIONAL_TO_SIMPLIFIED["葯"] == "药"


def test_arabic_script_folds_in_one_direction():
    targets = {value for value in ARABIC_SCRIPT_FOLDS.values() if value}
    assert not targets & set(ARABIC_SCRIPT_FOLDS)


def test_safety_understanding_and_features_fold_alike():
    for variant, plain in [("خودكشي", "خودکشی"), ("چاھتا", "چاہتا"), ("藥", "药"), ("葯", "药")]:
        assert fold(variant) == fold(plain)
        assert normalize_phrase(variant) == normalize_phrase(plain)
        assert classifier_text(variant).split()[0] == classifier_text(plain).split()[0]
    assert simplify_chinese("熱線") == "热线"


def test_traditional_characters_the_short_table_lacked_still_match():
    assert detect_risk("我想自殺") is not None
    assert fold("攢夠葯") == fold("攒够药")
