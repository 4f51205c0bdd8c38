"""Chinese, Simplified and Traditional: real sentences through the real lexicon and gazetteer."""
import pytest
import yaml

from signpost.understanding import extract_entities
from signpost.understanding.lexicon import LEXICON_DIR
from signpost.understanding.text import normalize_phrase, tokenize
from signpost.understanding.vocabulary import LEXICON_ENTITIES, NEED_CODES


def found(text):
    return [(e.entity, e.value) for e in extract_entities(text, language="zh")]


def values(text, entity):
    return [value for name, value in found(text) if name == entity]


def norms(text):
    return [token.norm for token in tokenize(text)]


def test_the_lexicon_covers_every_entity_and_every_need():
    lexicon = yaml.safe_load((LEXICON_DIR / "zh.yml").read_text(encoding="utf-8"))
    assert set(LEXICON_ENTITIES) - {"age"} <= set(lexicon)
    needs = {value for values in lexicon["need"].values() for value in (values if isinstance(values, list) else [values])}
    assert needs == NEED_CODES


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("我想找人聊聊", "need", ["befriending", "talking_therapy", "helpline", "peer_support"]),
        ("有没有华人互助小组", "need", ["peer_support", "community_group"]),
        ("求助热线的号码", "need", ["helpline"]),
        ("我弟弟被强制住院了", "need", ["advocacy"]),
        ("想找安全的地方，不想去医院", "need", ["crisis_alternative", "crisis_alternative"]),
        ("想看心理医生", "need", ["talking_therapy"]),
        ("我妈妈很孤单", "need", ["befriending", "community_group"]),
        ("福利和房租的问题", "need", ["practical_advice", "practical_advice"]),
        ("教会的牧师", "need", ["faith_support", "faith_support"]),
        ("员工培训的资料", "need", ["staff_resources"]),
        ("会说粤语的", "service_language", ["zh"]),
        ("普通话或者广东话", "service_language", ["zh", "zh"]),
        ("我妈妈只懂中文", "service_language", ["zh"]),
        ("用英文回复", "service_language", ["en"]),
        ("我们是华人", "community", ["chinese"]),
        ("刚从香港来", "community", ["chinese"]),
        ("我是难民", "community", ["refugees_asylum_seekers"]),
        ("懂我的文化的人", "community", ["culturally_specific"]),
        ("只限女性", "gender", ["women"]),
        ("想要女的咨询师", "gender", ["women"]),
        ("男士小组", "gender", ["men"]),
        ("我是基督徒", "faith", ["christian"]),
        ("寺庙里的师父", "faith", ["buddhist"]),
        ("现在开门的", "time", ["now"]),
        ("今晚可以去哪里", "time", ["tonight"]),
        ("下班后", "time", ["evening"]),
        ("星期六或者星期天", "time", ["weekend", "weekend"]),
        ("免费的心理咨询", "fees", ["free"]),
        ("我付不起", "fees", ["free"]),
        ("便宜一点的", "fees", ["low_cost"]),
        ("不用预约可以直接去吗", "referral", ["walk_in", "walk_in"]),
        ("可以自己转介吗", "referral", ["self"]),
        ("要不要GP转介", "referral", ["gp"]),
        ("我想帮我的个案找服务", "referral", ["professional"]),
        ("第二个", "ordinal", ["2"]),
        ("第3家", "ordinal", ["3"]),
        ("最后一个", "ordinal", ["last"]),
        ("我儿子16岁", "age", ["16"]),
        ("我儿子十六岁", "age", ["16"]),
        ("奶奶七十二岁了", "age", ["72"]),
        ("我今年17", "age", ["17"]),
    ],
)
def test_each_kind_of_entity(text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize(
    "simplified, traditional",
    [
        ("有没有免费的中文热线", "有沒有免費的中文熱線"),
        ("想找会说广东话的辅导员", "想找會說廣東話的輔導員"),
        ("我儿子十六岁，需要心理咨询", "我兒子十六歲，需要心理諮詢"),
        ("第二个", "第二個"),
        ("只限女性的互助小组", "只限女性的互助小組"),
    ],
)
def test_traditional_characters_are_understood_like_simplified(simplified, traditional):
    assert found(traditional) == found(simplified) != []


@pytest.mark.parametrize(
    "text",
    [
        "我男朋友很好",  # "男" inside "男朋友" is not a men's service
        "第一次来",  # the first time is not the first result
        "我英文不好",
        "晚上好",
        "我昨天晚上没睡",
        "等了30分钟",
    ],
)
def test_everyday_chinese_that_means_nothing_here(text):
    assert found(text) == []


def test_each_chinese_character_folds_to_its_simplified_form():
    assert norms("熱線輔導") == norms("热线辅导") == ["热", "线", "辅", "导"]
    assert normalize_phrase("心理諮詢") == normalize_phrase("心理咨询")


@pytest.mark.parametrize(
    "numerals, value",
    [("七", "7"), ("十", "10"), ("十七", "17"), ("二十", "20"), ("七十二", "72"), ("一百零五", "105"), ("兩", "2"), ("二五", "25")],
)
def test_a_run_of_chinese_numerals_is_one_number(numerals, value):
    tokens = tokenize(f"我{numerals}岁")
    assert [t.norm for t in tokens] == ["我", value, "岁"]
    assert tokens[1].is_number and (tokens[1].start, tokens[1].end) == (1, 1 + len(numerals))


def test_chinese_place_names_are_found():
    assert ("place", "Manchester") in found("我在曼彻斯特")
    assert ("place", "London") in found("倫敦有沒有")
    assert ("place", "Leeds") in found("我住在 Leeds")
