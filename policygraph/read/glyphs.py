"""Character clean-up every reader applies: look-alike glyphs back to ordinary characters.

PDFs set in Type 3 fonts often map Chinese characters to Kangxi radicals (⾦ U+2F26 for 金)
or CJK radical supplements (⻋ U+2ECB for 车), which look the same and break every lexicon
look-up. NFKC maps the Kangxi block; the supplement block has no NFKC mapping, so the
characters seen in government PDFs are listed here. Each replacement is one character for
one, so offsets into the text stay valid.
"""

from __future__ import annotations

import re
import unicodedata

# CJK Radicals Supplement characters with no NFKC decomposition, and the character they stand for.
RADICAL_SUPPLEMENT = {
    "⺁": "厂", "⺇": "几", "⺈": "刀", "⺊": "卜", "⺋": "卩", "⺌": "小", "⺍": "小", "⺎": "兀",
    "⺏": "尢", "⺐": "尢", "⺑": "尢", "⺒": "巳", "⺓": "幺", "⺔": "彐", "⺖": "心", "⺗": "心",
    "⺘": "手", "⺙": "攴", "⺛": "无", "⺜": "日", "⺝": "月", "⺞": "歹", "⺟": "母", "⺠": "民",
    "⺡": "水", "⺢": "水", "⺣": "火", "⺤": "爪", "⺥": "爪", "⺦": "丬", "⺧": "牛", "⺨": "犬",
    "⺩": "王", "⺪": "疋", "⺫": "目", "⺬": "示", "⺭": "示", "⺮": "竹", "⺯": "糸", "⺰": "纟",
    "⺱": "网", "⺲": "网", "⺳": "网", "⺴": "网", "⺵": "网", "⺶": "羊", "⺷": "羊", "⺸": "羊",
    "⺹": "老", "⺺": "肀", "⺻": "聿", "⺼": "肉", "⺽": "臼", "⺾": "艸", "⺿": "艸", "⻀": "艸",
    "⻁": "虎", "⻂": "衣", "⻃": "襾", "⻄": "西", "⻅": "见", "⻆": "角", "⻇": "角", "⻈": "讠",
    "⻉": "贝", "⻊": "足", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶", "⻏": "阝", "⻐": "金",
    "⻑": "长", "⻒": "长", "⻓": "长", "⻔": "门", "⻕": "门", "⻖": "阝", "⻗": "雨", "⻘": "青",
    "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻞": "食", "⻟": "食", "⻠": "饣",
    "⻡": "食", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦",
    "⻩": "黄", "⻪": "黾", "⻫": "齐", "⻬": "齐", "⻭": "齿", "⻮": "齿", "⻯": "龙", "⻰": "龙",
    "⻱": "龟", "⻲": "龟", "⻳": "龟",
}


# Private-use code points some Founder (方正) fonts give punctuation, as PDF text extractors
# return them: U+1001B0 is the full stop of 53􀆰6％ and 1􀆰, U+100170 the middle dot of 绿满齐鲁􀅰美丽山东.
PRIVATE_USE = {"\U001001b0": "．", "\U00100170": "·"}

# Kangxi radicals and CJK compatibility ideographs (NFKC maps them), the radicals supplement,
# and the private-use punctuation above.
LOOK_ALIKES = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U00100170\U001001b0]")

# Some PDFs set Chinese text with half-width . and , as its full stop and comma (利用.２０２５年
# 年底前,城市污泥…, 改造工程.(１)在…): where a document does so more often than it writes 。, they are read as 。 and ，.
CJK = "\u4e00-\u9fff"
HALF_WIDTH_STOP = re.compile(f"(?<=[{CJK}）”%％])\\.(?= ?[{CJK}“（(0-9０-９]|\\n|$)")
HALF_WIDTH_COMMA = re.compile(f"(?<=[{CJK}）”%％]),(?=[{CJK}“（0-9０-９])")


def _fix(char: str) -> str:
    if char in PRIVATE_USE:
        return PRIVATE_USE[char]
    fixed = unicodedata.normalize("NFKC", char)
    if fixed != char and len(fixed) == 1:
        return fixed
    return RADICAL_SUPPLEMENT.get(char, char)


def fix_glyphs(text: str) -> str:
    """``text`` with radical look-alikes and private-use punctuation replaced by the characters
    they stand for, and half-width . and , read as 。 and ， where the document uses them so."""
    text = LOOK_ALIKES.sub(lambda match: _fix(match.group()), text)
    stops = HALF_WIDTH_STOP.findall(text)
    if len(stops) > text.count("。"):
        text = HALF_WIDTH_STOP.sub("。", text)
        if len(HALF_WIDTH_COMMA.findall(text)) > text.count("，"):
            text = HALF_WIDTH_COMMA.sub("，", text)
    return text
