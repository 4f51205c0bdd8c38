"""Fold text into the one form that lexicon patterns are written against.

Both user messages and the literal words of every pattern go through `normalise`, so a
pattern author writes ordinary spelling ("don't", "zabić się", "ਜ਼ਿੰਦਗੀ") and matches
the many ways people actually type it ("dont", "zabic sie", "ਜਿੰਦਗੀ").

What it does, in order, for each character:
  - drops zero-width and other format characters, Arabic tatweel and apostrophes
    ("don't" -> "dont", "can’t" -> "cant");
  - NFKD (compatibility forms, full-width letters, presentation forms) and casefold;
  - strips accents from Latin letters (and folds ł, ø, đ, ı, æ, œ);
  - unifies Arabic-script letter variants and drops harakat, with the product's one table
    (signpost/text/folding.py: ي/ى/ے -> ی, ك -> ک, ه/ھ/ة -> ہ, alif with hamza or madda -> ا, ں -> ن);
  - drops marks that people type inconsistently in Gurmukhi, Bengali and Gujarati (nukta,
    bindi/tippi/anusvara, chandrabindu, adhak) and folds long i/u vowels into short ones;
  - maps Traditional Chinese characters to Simplified (the full table in signpost/text/folding.py);
  - turns punctuation, symbols and separators into a single space, and puts a space around
    every Chinese character, so that Chinese is matched character by character like words;
  - collapses a run of the same letter into one ("dieeee" -> "die", "kill" -> "kil");
  - with `laughter=True` (the risk detector), turns every laughter marker (see LAUGHTER below:
    laughing emoji, "=))", "xD", "haha", "kkkk", "rsrs", "ههههه", "哈哈", "笑死"...) into the one
    word "lol", so an exception context in any lexicon can see the joke ("the exam will kill me
    😂"); other users of the normaliser (the classifiers' features) see them as before.
    `laughs(text)` says whether a message carries any of them.

`normalise` also returns, for every output character, the index of the input character it
came from, so a match can be reported as a span of the original message.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Dict, List, Tuple

from signpost.text.folding import ARABIC_SCRIPT_FOLDS, TRADITIONAL_TO_SIMPLIFIED

# Characters deleted outright, before decomposition.
_DELETED = {
    "'", "\u2019", "\u2018", "\u02bc", "\u02bb", "`", "\u00b4", "\u2032", "\uff07",
    "\u0640",  # Arabic tatweel (kashida) used to stretch words
}

_LATIN_SPECIAL = {
    "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t",
    "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
}

_ARABIC_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)}
_ARABIC_DIGITS.update({chr(0x06F0 + d): str(d) for d in range(10)})

_INDIC_DROPPED = {
    "\u0a3c", "\u0a71", "\u0a02", "\u0a70", "\u0a01",  # Gurmukhi nukta, adhak, bindi, tippi, adak bindi
    "\u09bc", "\u0981",  # Bengali nukta, chandrabindu
    "\u0abc", "\u0a81", "\u0a82",  # Gujarati nukta, chandrabindu, anusvara
    "\u093c",  # Devanagari nukta
}
_INDIC_VOWELS = {
    "\u0a40": "\u0a3f", "\u0a42": "\u0a41", "\u0a08": "\u0a07", "\u0a0a": "\u0a09",  # Gurmukhi
    "\u09c0": "\u09bf", "\u09c2": "\u09c1", "\u0988": "\u0987", "\u098a": "\u0989",  # Bengali
    "\u0ac0": "\u0abf", "\u0ac2": "\u0ac1", "\u0a88": "\u0a87", "\u0a8a": "\u0a89",  # Gujarati
}


def _is_latin_letter(ch: str) -> bool:
    return "a" <= ch <= "z" or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff"


def _is_arabic_mark(ch: str) -> bool:
    code = ord(ch)
    return 0x064B <= code <= 0x065F or code == 0x0670 or 0x06D6 <= code <= 0x06ED


def _fold_char(ch: str) -> str:
    """Everything about one character that does not depend on its neighbours."""
    if ch in _DELETED:
        return ""
    if ch.isascii():
        return ch.lower() if ch.isalnum() else " "
    out = []
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", ch).casefold())
    latin_base = bool(decomposed) and _is_latin_letter(decomposed[0])
    for c in decomposed:
        if latin_base and unicodedata.combining(c):
            continue
        c = _LATIN_SPECIAL.get(c, c)
        c = ARABIC_SCRIPT_FOLDS.get(c, c)
        if not c:
            continue
        c = _ARABIC_DIGITS.get(c, c)
        c = _INDIC_VOWELS.get(c, c)
        c = TRADITIONAL_TO_SIMPLIFIED.get(c, c)
        if c in _INDIC_DROPPED or _is_arabic_mark(c):
            continue
        category = unicodedata.category(c)
        if category == "Cf":
            continue
        if category[0] in "PSZ" or category == "Cc":
            c = " "
        out.append(c)
    return "".join(out)


_FOLD_CACHE: Dict[str, str] = {}


HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@dataclass(frozen=True)
class Normalised:
    text: str
    starts: Tuple[int, ...]  # starts[i]: index in the input of the first character text[i] came from
    ends: Tuple[int, ...]    # ends[i]: index just past the last input character folded into text[i]

    def span_in_original(self, start: int, end: int) -> Tuple[int, int]:
        """Map a non-empty span of `text` back onto the input string."""
        return self.starts[start], self.ends[end - 1]


# Laughter markers, the one vocabulary for every language: read as the word "lol" by the risk
# detector (normalise(..., laughter=True)) and reported by `laughs`. Only what is laughter, not
# a smile or tears: 😭 counts only next to a laughing emoji ("😭😂", "💀😭"), ":)" never does.
_LAUGHING_EMOJI = ("\U0001F602\U0001F923\U0001F605\U0001F606\U0001F639\U0001F601\U0001F604"  # 😂🤣😅😆😹😁😄
                   "\U0001F480\U0001F92D")  # 💀 ("I'm dead"), 🤭
_CRYING = "\U0001F62D"  # 😭
_EMOJI_RUN = re.compile(f"[{_LAUGHING_EMOJI}{_CRYING}](?:[\\s\uFE0F\u200D]*[{_LAUGHING_EMOJI}{_CRYING}])*")
_TEXT_LAUGHTER = re.compile(
    "|".join([
        r"[:=;]-?\){2,}",                              # :)) =))) (Romanian, Polish)
        r"(?-i:[:;=]-?D+)(?!\w)",                      # :D
        # Latin-script words, whole: lol lool lolz lmao lmfao rofl haha ahaha hehe hihi huahua xD
        # kkkk (Portuguese) rsrs (Portuguese) jajaja hhhh (Somali, Arabizi)
        r"(?<!\w)(?:l+o+l+(?:o+l+)*z?|lm+f?a+o+|rofl+(?:mao+)?|a*(?:h+a+){2,}h*|(?:h+e+){2,}h*|(?:h+i+){2,}h*"
        r"|(?:h+u+a+){2,}|x+d+|k{3,}|(?:r+s+){2,}|(?:j+a+){3,}j*|h{3,})(?!\w)",
        r"[\u0647\u06c1\u06be]{3,}|(?:[\u0647\u06c1\u06be]\u0627){2,}[\u0647\u06c1\u06be]?",  # ههههه هاهاها ہاہا
        r"\u062e{3,}",                                  # خخخ (Gulf Arabic)
        r"(?:\u09b9\u09be){2,}|(?:\u09b9\u09bf){2,}",    # হাহা হিহি
        r"(?:\u0a39\u0a3e){2,}",                        # ਹਾਹਾ
        r"(?:\u0ab9\u0abe){2,}",                        # હાહા
        r"(?:\u0bb9\u0bbe){2,}",                        # ஹாஹா
        r"(?:\u0939\u093e){2,}",                        # हाहा
        r"[哈呵嘻]{2,}|笑死(?:我了|我|了|人)?",           # 哈哈 呵呵 嘻嘻, 笑死 ("laughing to death")
    ]),
    re.IGNORECASE)


def _laughter_spans(text: str) -> Dict[int, int]:
    """start -> end of every laughter marker in the original text (one span per laughing emoji)."""
    spans: Dict[int, int] = {}
    for run in _EMOJI_RUN.finditer(text):
        if any(ch in _LAUGHING_EMOJI for ch in run.group()):
            for offset, ch in enumerate(run.group()):
                if ch in _LAUGHING_EMOJI or ch == _CRYING:
                    spans[run.start() + offset] = run.start() + offset + 1
    for match in _TEXT_LAUGHTER.finditer(text):
        spans[match.start()] = match.end()
    return spans


def laughs(text: str) -> bool:
    """True when the message carries any laughter marker (a laughing emoji, "lol", "haha",
    "kkkk", "xD", "=))", "ههههه", "哈哈", "笑死"...), in any of our languages."""
    return bool(_laughter_spans(text))


def normalise(text: str, *, laughter: bool = False) -> Normalised:
    chars: List[str] = []
    starts: List[int] = []
    ends: List[int] = []
    last_was_latin = False
    laughter_ends = _laughter_spans(text) if laughter else {}
    inside_laughter_until = 0
    for index, ch in enumerate(text):
        if index < inside_laughter_until:
            continue  # the rest of a laughter marker, already written as "lol"
        if index in laughter_ends:
            end = inside_laughter_until = laughter_ends[index]
            if chars and chars[-1] != " ":
                chars.append(" ")
                starts.append(index)
                ends.append(index)
            chars.extend("lol ")
            starts.extend((index,) * 4)
            ends.extend((end, end, end, end))
            last_was_latin = False
            continue
        folded = _FOLD_CACHE.get(ch)
        if folded is None:
            folded = _fold_char(ch)
            _FOLD_CACHE[ch] = folded
        if not folded and chars and chars[-1] != " ":
            ends[-1] = index + 1  # a deleted apostrophe or joiner inside a word belongs to it
        for c in folded:
            if c == " ":
                if chars and chars[-1] != " ":
                    chars.append(c)
                    starts.append(index)
                    ends.append(index + 1)
                last_was_latin = False
                continue
            if (last_was_latin and unicodedata.combining(c)) or (chars and chars[-1] == c and c.isalpha()):
                ends[-1] = index + 1  # a separately typed accent, or a repeated letter
                continue
            if _is_han(c):
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    starts.append(index)
                    ends.append(index)
                chars.extend((c, " "))
                starts.extend((index, index))
                ends.extend((index + 1, index + 1))
                last_was_latin = False
                continue
            chars.append(c)
            starts.append(index)
            ends.append(index + 1)
            last_was_latin = _is_latin_letter(c)
    if chars and chars[-1] == " ":
        chars.pop()
        starts.pop()
        ends.pop()
    return Normalised("".join(chars), tuple(starts), tuple(ends))


def fold(text: str) -> str:
    """The normalised text alone, as used for pattern literals."""
    return normalise(text).text
