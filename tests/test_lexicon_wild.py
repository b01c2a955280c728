"""Organisations the wild corpus names, resolved through the lexicon data (issue 14).

National ministries and agencies, 自治区 departments, regulators and the central bank's
branches, state-owned enterprises: each name below is a real organisation's, written as plans
write it, and must resolve (``normalize.units.resolve``) to the expected organisation and type.
No corpus is built here.
"""

import csv
from importlib import resources

import pytest

from policygraph.normalize.lexicon import load_lexicon
from policygraph.normalize.places import CHINA
from policygraph.normalize.units import resolve

LEXICON = load_lexicon()


def place(code):
    return CHINA if code == "CN" else LEXICON.jurisdiction(code)


def unit(surface, code):
    return resolve(surface, False, place(code), LEXICON)


# -- national bodies ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "surface, key",
    [
        ("国家发展改革委", "CN/dev-reform"),
        ("国家发展和改革委员会", "CN/dev-reform"),
        ("工业和信息化部", "CN/economy-it"),
        ("工信部", "CN/economy-it"),
        ("财政部", "CN/finance"),
        ("生态环境部", "CN/ecology-env"),
        ("住房城乡建设部", "CN/construction"),
        ("住房和城乡建设部", "CN/construction"),
        ("交通运输部", "CN/transport"),
        ("商务部", "CN/commerce"),
        ("中国人民银行", "CN/pboc-branch"),
        ("国家能源局", "CN/energy"),
        ("国务院国资委", "CN/sasac"),
        ("市场监管总局", "CN/market-regulation"),  # its 市 is no level prefix
        ("国家统计局", "CN/statistics"),
        ("银保监会", "CN/banking-regulator"),
        ("证监会", "CN/securities-regulator"),
        ("国家林草局", "CN/forestry"),
        ("自然资源部", "CN/planning-resources"),
        ("水利部", "CN/water"),
        ("农业农村部", "CN/agriculture"),
        ("科技部", "CN/science-tech"),
        ("教育部", "CN/education"),
        ("国管局", "CN/gov-affairs-admin"),
        ("中央宣传部", "CN/party-publicity"),
        ("中央网信办", "CN/cyberspace"),
        ("税务总局", "CN/tax"),
        ("海关总署", "CN/customs"),
        ("全国妇联", "CN/womens-federation"),
    ],
)
def test_a_national_body_named_in_a_provinces_plan_is_chinas(surface, key):
    ref = unit(surface, "440000")
    assert (ref.key, ref.jurisdiction, ref.kind) == (key, "CN", "department")
    assert ref.type_id == key.split("/")[1] and ref.type_label


def test_short_and_long_forms_and_a_national_plans_bare_name_are_one_organisation():
    forms = [unit("国家发展改革委", "440000"), unit("国家发展和改革委员会", "CN"), unit("发展改革委", "CN"), unit("国家发改委", "CN")]
    assert {ref.key for ref in forms} == {"CN/dev-reform"}
    assert {ref.name for ref in forms} == {"国家发展和改革委员会"}


def test_a_provinces_development_and_reform_commission_is_not_the_national_one():
    provincial = unit("省发展改革委", "440000")
    assert provincial.key == "440000/dev-reform" and provincial.jurisdiction == "440000"
    assert provincial.key != unit("国家发展改革委", "440000").key
    assert unit("江苏省发展和改革委员会", "CN").key == "320000/dev-reform"


def test_a_second_national_body_of_one_type_keeps_its_own_name():
    assert unit("中直管理局", "CN").key == "CN/unit/中共中央直属机关事务管理局"
    assert unit("中直管理局", "CN").type_id == "gov-affairs-admin"


def test_china_is_a_listed_place_but_never_read_at_the_start_of_a_name():
    assert LEXICON.jurisdiction("CN").rank.value == "national"
    assert LEXICON.places_named("中国", short=True) == []
    assert unit("中国人民银行", "310000").jurisdiction == "CN"


# -- 自治区 departments ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "surface, code, key",
    [
        ("自治区发展改革委", "640000", "640000/dev-reform"),
        ("自治区生态环境厅", "640000", "640000/ecology-env"),
        ("自治区市场监管厅", "640000", "640000/market-regulation"),
        ("自治区党委网信办", "640000", "640000/cyberspace"),
        ("自治区通信管理局", "450000", "450000/communications-admin"),
        ("广西壮族自治区通信管理局", "CN", "450000/communications-admin"),
    ],
)
def test_an_autonomous_regions_department_resolves_by_type(surface, code, key):
    ref = unit(surface, code)
    assert (ref.key, ref.kind) == (key, "department")


# -- regulators, the central bank's branches, state agencies' branches ---------------------

@pytest.mark.parametrize(
    "surface, code, key",
    [
        ("广东银保监局", "440000", "440000/banking-regulator"),
        ("北海银保监分局", "450500", "450500/banking-regulator"),
        ("深圳证监局", "440000", "440300/securities-regulator"),
        ("山东能源监管办", "CN", "370000/energy-regulator"),
        ("天津海关", "120000", "120000/customs"),
        ("市海关", "371400", "371400/customs"),
        ("德州海关", "371400", "371400/customs"),
        ("山东海事局", "370000", "370000/maritime"),
        ("省通信管理局", "330000", "330000/communications-admin"),
        ("市税务局", "450500", "450500/tax"),
    ],
)
def test_a_regulators_branch_named_with_its_place_is_that_places(surface, code, key):
    assert unit(surface, code).key == key


@pytest.mark.parametrize(
    "surface, code, type_id",
    [
        ("人民银行广州分行", "440000", "pboc-branch"),
        ("人民银行深圳市中心支行", "440000", "pboc-branch"),
        ("人行杭州中心支行", "330000", "pboc-branch"),
        ("中国人民银行沈阳分行", "210000", "pboc-branch"),
        ("人民银行上海总部", "310000", "pboc-branch"),
        ("人行重庆营管部", "500000", "pboc-branch"),
        ("中国银行广州分行", "440000", "bank"),  # a commercial bank's branch is no central bank's
        ("拱北海关", "440000", "customs"),
        ("长江海事局", "420000", "maritime"),
        ("华北能源监管局", "CN", "energy-regulator"),
        ("国家税务总局上海市税务局", "310000", "tax"),
        ("广铁集团长沙办事处", "430000", None),  # an office, not a 处 of a department
    ],
)
def test_a_branch_without_a_place_first_is_typed_by_its_name(surface, code, type_id):
    ref = unit(surface, code)
    assert ref.type_id == type_id and ref.kind == "named"


# -- state-owned enterprises -----------------------------------------------------------------

@pytest.mark.parametrize(
    "forms, key",
    [
        (("国家电网", "国家电网有限公司", "国家电网公司"), "CN/unit/国家电网有限公司"),
        (("南方电网", "中国南方电网有限责任公司"), "CN/unit/中国南方电网有限责任公司"),
        (("中石油", "中国石油"), "CN/unit/中国石油天然气集团有限公司"),
        (("中石化", "中国石化"), "CN/unit/中国石油化工集团有限公司"),
        (("中海油", "中国海油"), "CN/unit/中国海洋石油集团有限公司"),
        (("国家能源集团",), "CN/unit/国家能源投资集团有限责任公司"),
        (("华能", "华能集团"), "CN/unit/中国华能集团有限公司"),
        (("大唐", "大唐集团"), "CN/unit/中国大唐集团有限公司"),
        (("华电", "华电集团"), "CN/unit/中国华电集团有限公司"),
        (("国家电投",), "CN/unit/国家电力投资集团有限公司"),
        (("三峡集团",), "CN/unit/中国长江三峡集团有限公司"),
        (("中国铁塔", "铁塔公司"), "CN/unit/中国铁塔股份有限公司"),
        (("宝武集团",), "CN/unit/中国宝武钢铁集团有限公司"),
    ],
)
def test_a_central_state_owned_enterprise_is_one_organisation_under_all_its_names(forms, key):
    refs = [unit(form, "310000") for form in forms]
    assert {ref.key for ref in refs} == {key}
    assert {ref.type_id for ref in refs} == {"enterprise"}


def test_a_provinces_grid_company_is_its_power_supply_department():
    assert unit("广东电网公司", "440000").key == unit("省电力公司", "440000").key == "440000/power-supply"
    assert unit("国网山东省电力公司", "370000").type_id == "power-supply"
    assert unit("国网宁夏电力公司", "640000").type_id == "power-supply"


# -- the data itself -------------------------------------------------------------------------

def _rows(name):
    text = resources.files("policygraph.data").joinpath(name).read_text(encoding="utf-8")
    return [row for row in csv.reader(text.splitlines(), delimiter="\t") if row and not row[0].startswith("#")]


def test_every_named_unit_has_a_known_place_and_type_and_one_department_per_place_and_type():
    coarse = {row[1] for row in _rows("unit_suffixes.tsv") if len(row) > 1}
    departments = set()
    for code, name, _, type_id, kind in (row[:5] for row in _rows("named_units.tsv")):
        assert code in LEXICON.jurisdictions, name
        assert type_id in LEXICON.types or type_id in coarse, name
        if kind == "department":
            assert (code, type_id) not in departments, name
            departments.add((code, type_id))


def test_a_users_suffix_file_without_the_starts_column_still_loads(tmp_path):
    extra = tmp_path / "suffixes.tsv"
    extra.write_text("#table: unit_suffixes\n示范站\tstation\tnamed\n", encoding="utf-8")
    lexicon = load_lexicon((str(extra),))
    assert lexicon.suffix_kind("金山示范站") == ("station", "named")
    assert lexicon.suffix_kind("人民银行广州分行") == ("pboc-branch", "named")
