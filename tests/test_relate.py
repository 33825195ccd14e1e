"""Relations the sample corpus states, checked on the real build (facts read from the seeds by hand)."""

from __future__ import annotations

import re

import pytest

from conftest import composed_extraction


def _labels(extraction, key: str) -> str:
    return extraction.entities[key].label


def _facts(extraction) -> set[tuple[str, str, str]]:
    return {(_labels(extraction, r.subject), r.predicate, _labels(extraction, r.object)) for r in extraction.relations}


@pytest.mark.parametrize(
    "subject, predicate, obj",
    [
        ("遂昌县", "implements", "大搬快聚"),
        ("红星坪村", "receivedAward", "全国乡村旅游重点村"),
        ("永康市", "receivedAward", "全国十大质量魅力城市"),
        ("衢宁铁路", "locatedIn", "遂昌县"),
        ("遂昌县", "receivedAward", "中国天然氧吧"),
        ("大柘万亩茶园", "receivedAward", "最美田园"),
        ("遂昌县", "implements", "两山"),
    ],
)
def test_relate_sample_facts(sample_build, subject, predicate, obj):
    assert (subject, predicate, obj) in _facts(sample_build.extraction)


def test_relate_changshan_four_good_roads_award(sample_build):
    facts = _facts(sample_build.extraction)
    awards = {o for s, p, o in facts if s == "常山县" and p == "receivedAward"}
    assert any("四好农村路" in a and "示范县" in a for a in awards), sorted(awards)


def test_relate_list_of_subjects_gives_one_relation_each(sample_build):
    # 云峰街道、石练镇被评为小城镇环境综合整治省级样板 (seed 000)
    facts = _facts(sample_build.extraction)
    winners = {s for s, p, o in facts if p == "receivedAward" and "小城镇环境综合整治" in o}
    assert {"云峰街道", "石练镇"} <= winners


def test_relate_village_is_part_of_its_county_transitively(sample_build):
    x = sample_build.extraction
    by_label = {e.label: e for e in x.entities.values() if e.type == "Locality" and e.code}
    village = by_label["大田村"]
    assert village.code == "331123105231"
    chain = []
    entity = village
    while entity.parent:
        entity = x.entities[entity.parent]
        chain.append(entity.label)
    assert chain[:2] == ["大柘镇", "遂昌县"] and chain[-1] == "浙江省"
    parts = {(r.subject, r.object) for r in x.relations if r.predicate == "partOf"}
    assert (village.key, village.parent) in parts


def test_relate_no_received_award_from_a_target(sample_build):
    # Issue 5: no receivedAward comes from a sentence with 争创 or 力争 (成功争创 included).
    for r in sample_build.extraction.relations:
        if r.predicate != "receivedAward":
            continue
        for ev in r.evidence:
            assert not re.search(r"争创|力争", ev.quote), (r, ev.quote)


def test_relate_targets_become_pursued_awards(sample_build):
    relations = sample_build.extraction.relations
    pursued = [r for r in relations if r.predicate == "pursuesAward"]
    assert pursued, "plan sections of the sample corpus name targets (争创…)"
    received_quotes = {(r.subject, r.object, e.quote) for r in relations if r.predicate == "receivedAward" for e in r.evidence}
    for r in pursued:
        for e in r.evidence:
            assert (r.subject, r.object, e.quote) not in received_quotes, e.quote


def test_relate_every_relation_has_evidence_with_year(sample_build):
    for r in sample_build.extraction.relations:
        assert r.evidence
        for ev in r.evidence:
            assert ev.quote and ev.start < ev.end and ev.year and len(ev.quote) <= 200


CHUNAN = """2021年淳安县人民政府工作报告
在淳安县第十七届人民代表大会第五次会议上
一、2020年工作回顾
先后荣获全国绿化模范县、国家园林县城称号，被授予“全国民族团结进步示范区”称号。千岛湖镇成功创建省级卫生镇。下姜村获得全国文明村镇、全国乡村治理示范村等荣誉。威坪镇和临岐镇分别被评为省级森林城镇、省级卫生城镇。
枫树岭镇、王阜乡扎实推进“五水共治”。文昌镇被省政府命名为省级历史文化名镇。岭头村入选省级美丽乡村特色精品村。力争千岛湖镇入选全国特色小镇。浪川乡芹川村、鸠坑乡卢村入选全国乡村旅游重点村。
威坪镇、临岐镇“五水共治”成效明显。千岛湖镇获评省级美丽城镇样板镇，深入推进“三服务”活动。
"""


@pytest.fixture(scope="module")
def chunan(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "chunan", CHUNAN)


@pytest.mark.parametrize(
    "report, subject, award",
    [
        ("chunan", "淳安县", "全国绿化模范县"),
        ("chunan", "淳安县", "国家园林县城"),
        ("chunan", "淳安县", "全国民族团结进步示范区"),
        ("chunan", "千岛湖镇", "省级卫生镇"),
        ("chunan", "下姜村", "全国文明村镇"),
        ("chunan", "下姜村", "全国乡村治理示范村"),
        ("chunan", "威坪镇", "省级森林城镇"),
        ("chunan", "临岐镇", "省级卫生城镇"),
        ("deqing", "凤川街道", "国家森林乡村"),  # not the body that named it (被国家林业和草原局命名为)
        ("deqing", "新市镇", "省级卫生乡镇"),  # 分获: in order
        ("deqing", "钟管镇", "省级文明镇"),
        ("deqing", "莫干山国际旅游度假区", "国家级旅游度假区"),  # A通过X验收
        ("deqing", "仙潭村", "省级未来乡村"),  # a chain of localities opening the sentence names its last one
        ("deqing", "华莹电子", "国家级专精特新小巨人企业"),
        ("deqing", "久立特材", "国家级专精特新小巨人企业"),
        ("deqing", "德清县", "全国文明城市"),
        ("deqing", "德清县", "国家卫生城市"),
        ("deqing", "新市镇", "浙江省森林城镇"),  # 授予 A “X”称号: the recipient follows the verb
        ("deqing", "德清县", "浙江省园林城市"),  # 被省政府授予: the body that grants it is no subject
        # a plan builds on a title already won: a fact of the year under review
        ("deqing", "五四村", "全国乡村旅游重点村"),
        ("deqing", "仙潭村", "全国乡村旅游重点村"),
    ],
)
def test_relate_composed_awards(request, report, subject, award):
    assert (subject, "receivedAward", award) in _facts(request.getfixturevalue(report))


def test_relate_localities_naming_the_ground_or_an_earlier_topic_do_not_carry_out_the_program(chunan):
    facts = _facts(chunan)
    assert ("威坪镇", "implements", "五水共治") not in facts
    assert ("千岛湖镇", "implements", "三服务") not in facts
    assert ("淳安县", "implements", "三服务") in facts


def test_relate_respectively_pairs_subjects_with_awards_in_order(chunan):
    facts = _facts(chunan)
    assert ("威坪镇", "receivedAward", "省级卫生城镇") not in facts
    assert ("临岐镇", "receivedAward", "省级森林城镇") not in facts


def test_relate_a_list_of_localities_carries_out_the_program(chunan):
    facts = _facts(chunan)
    assert {("枫树岭镇", "implements", "五水共治"), ("王阜乡", "implements", "五水共治")} <= facts


def test_relate_the_body_naming_a_title_is_not_the_subject(chunan):
    assert ("文昌镇", "receivedAward", "省级历史文化名镇") in _facts(chunan)


def test_relate_a_village_the_gazetteer_has_only_elsewhere_is_a_home_village(chunan):
    # 岭头村 is in eight Zhejiang counties, none of them 淳安县: it is placed under the home, unlinked to a code.
    villages = [e for e in chunan.entities.values() if e.label == "岭头村"]
    assert len(villages) == 1 and villages[0].code is None
    assert chunan.entities[villages[0].parent].label == "淳安县"
    assert ("岭头村", "receivedAward", "省级美丽乡村特色精品村") in _facts(chunan)


def test_relate_a_targeted_title_is_flagged_and_never_received(chunan):
    # 力争千岛湖镇入选全国特色小镇: a target, which ANNOTATION.md does not count as an award.
    mentions = [r for r in chunan.mentions if r.mention.text == "全国特色小镇"]
    assert mentions and all(r.target for r in mentions)
    assert not any(o == "全国特色小镇" for s, p, o in _facts(chunan) if p == "receivedAward")
    assert all(not r.target for r in chunan.mentions if r.mention.text == "全国绿化模范县")


def test_relate_a_one_family_village_is_no_far_township(chunan):
    # 卢村 is also the short form of 广德市's 卢村乡 (Anhui): in a 淳安 report it is a village of the home.
    facts = _facts(chunan)
    assert ("卢村", "receivedAward", "全国乡村旅游重点村") in facts
    assert ("芹川村", "receivedAward", "全国乡村旅游重点村") in facts


DEQING = """2022年德清县人民政府工作报告
在德清县第十七届人民代表大会第一次会议上
一、2021年工作回顾
凤川街道被国家林业和草原局命名为“国家森林乡村”。新市镇和钟管镇分获省级卫生乡镇、省级文明镇。
莫干山镇仙潭村，依托竹林资源发展民宿经济，获评省级未来乡村。
莫干山国际旅游度假区通过国家级旅游度假区验收，通过国家卫生城市省级技术评估。
华莹电子、久立特材入选国家级专精特新“小巨人”企业。同时入选省级农业龙头企业。我县荣获“全国文明城市”“国家卫生城市”称号。
省政府授予新市镇“浙江省森林城镇”称号，我县被省政府授予“浙江省园林城市”称号。
启动国家生态文明建设示范县创建工作，全国文明城市创建通过省级技术评估，国家园林县城创建工作顺利通过验收。
二、2022年工作安排
以五四村、仙潭村两个村入选全国乡村旅游重点村为契机，发展乡村旅游。
创成国家生态文明建设示范县，确保国家园林县城顺利通过复查。
"""


@pytest.fixture(scope="module")
def deqing(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "deqing", DEQING)


def test_relate_what_names_or_steps_towards_a_title_wins_nothing(deqing):
    facts = _facts(deqing)
    assert not any(s == "国家林草局" for s, p, o in facts if p == "receivedAward")
    assert ("新市镇", "receivedAward", "省级文明镇") not in facts
    assert ("莫干山镇", "receivedAward", "省级未来乡村") not in facts
    # a title only companies hold is not the home's when no company is named
    assert not any(s == "德清县" and "企业" in o for s, p, o in facts if p == "receivedAward")
    # 通过…省级技术评估 is a step: the title, found in that clause, is no award mention
    step = [r for r in deqing.mentions if r.mention.text == "国家卫生城市"]
    assert step and all(r.target for r in step)


def test_relate_one_plan_rule_for_the_count_and_the_relation(deqing):
    # A title the count keeps (not a target) is never pursued in its sentence, and a target is never received there.
    checked = 0
    for record in deqing.mentions:
        if record.mention.type != "Award":
            continue
        for r in deqing.relations:
            if deqing.entities[r.object].label != record.mention.canonical or "Award" not in r.predicate:
                continue
            if any(e.start <= record.mention.start < e.end for e in r.evidence):
                checked += 1
                assert r.predicate == ("pursuesAward" if record.target else "receivedAward"), (record.mention.text, r)
    assert checked >= 10
    years = {e.year for r in deqing.relations if r.predicate == "receivedAward" and deqing.entities[r.subject].label == "五四村"
             for e in r.evidence}
    assert years == {2021}
    pursued = {deqing.entities[r.object].label for r in deqing.relations if r.predicate == "pursuesAward"}
    assert {"国家生态文明建设示范县", "国家园林县城"} <= pursued


def test_relate_a_title_still_being_created_is_a_target(deqing):
    # 创建中 is a target (ANNOTATION.md): …创建工作 and …创建通过省级技术评估 are; …创建工作顺利通过验收 is won.
    (report,) = deqing.reports
    (index,) = [i for i, sentence in enumerate(report.sentences) if sentence.text.startswith("启动国家生态文明建设示范县")]
    by_text = {r.mention.text: r.target for r in deqing.mentions if r.mention.type == "Award" and r.sentence == index}
    assert by_text == {"国家生态文明建设示范县": True, "全国文明城市": True, "国家园林县城": False}
    assert ("德清县", "receivedAward", "国家园林县城") in _facts(deqing)


ANJI = """安吉县人民政府工作报告
——2021年1月10日在安吉县第十七届人民代表大会第五次会议上
一、2020年工作回顾
中南百草原创成国家4A级旅游景区。西苕溪成功创建省“美丽河湖”。梦想小镇入驻企业超过200家。
浙江省法学会法治文化研究会专家来我县调研。福建医科大学附属协和医院派专家坐诊。上海交通大学安吉研究院揭牌成立。
"""


@pytest.fixture(scope="module")
def anji(tmp_path_factory):
    from kg.build import Settings, run

    folder = tmp_path_factory.mktemp("anji")
    (folder / "anji.txt").write_text(ANJI, encoding="utf-8")
    return run([folder], Settings(html=False)).extraction


def test_relate_a_site_given_a_title_received_it_and_lies_in_the_home(anji):
    facts = _facts(anji)
    assert {("中南百草原", "receivedAward", "国家4A级旅游景区"), ("中南百草原", "locatedIn", "安吉县")} <= facts
    assert ("西苕溪", "locatedIn", "安吉县") in facts
    assert any(s == "西苕溪" and p == "receivedAward" and "美丽河湖" in o for s, p, o in facts)
    assert ("梦想小镇", "locatedIn", "安吉县") in facts


def test_relate_a_body_named_after_a_province_is_not_the_homes(anji):
    located = {s: o for s, p, o in _facts(anji) if p == "locatedIn"}
    assert "浙江省法学会法治文化研究会" not in located
    assert "福建医科大学附属协和医院" not in located
    # one that carries the home's name, or says it came here, is local
    assert located.get("上海交通大学安吉研究院") == "安吉县"


QINGTIAN = """青田县人民政府工作报告
——2021年1月12日在青田县第十八届人民代表大会第五次会议上
一、2020年工作回顾
一年来，在丽水市委、市政府的坚强领导下，全县上下奋力拼搏。丽水市是我们的坚强后盾。
丽水学院在青田设立华侨文化研究基地。丽水职业技术学院新增专业6个。
方山乡是稻鱼共生的发源地，方山乡稻鱼实业有限公司获评省级农业龙头企业。
浙江青田石雕有限公司荣获浙江老字号。
方山乡土地综合整治项目新增耕地300亩。龙现村是全球重要农业文化遗产核心区，龙现村旱改水项目完工。
方山瓯江大桥建成通车。
"""


@pytest.fixture(scope="module")
def qingtian(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "qingtian", QINGTIAN)


def test_relate_a_body_named_after_a_locality_the_report_names_lies_there(qingtian):
    located = {s: o for s, p, o in _facts(qingtian) if p == "locatedIn"}
    assert located.get("丽水市委") == "丽水市"  # the city's full name
    assert located.get("丽水学院") == "丽水市"  # a body from outside: 在青田设立
    assert located.get("方山乡稻鱼实业有限公司") == "方山乡"  # a township below the home
    assert located.get("浙江青田石雕有限公司") == "青田县"  # a province opening the name is passed over


def test_relate_a_body_named_only_by_the_city_short_name_stays_home(qingtian):
    # 丽水职业技术学院 in a 青田县 report could lie in 青田; only its full name or coming from outside says otherwise
    located = {s: o for s, p, o in _facts(qingtian) if p == "locatedIn"}
    assert located.get("丽水职业技术学院", "青田县") == "青田县"


def test_relate_a_project_named_after_a_township_in_full_lies_there_a_village_not(qingtian):
    located = {s: o for s, p, o in _facts(qingtian) if p == "locatedIn"}
    assert located.get("方山乡土地综合整治项目") == "方山乡"
    # the sample gold gives the home for a project named after a village (上坦村旱改水项目 → 坦洪乡)
    assert located.get("龙现村旱改水项目") == "青田县"


def test_relate_a_bridge_named_by_a_townships_short_form_lies_there(qingtian):
    # 方山|瓯江大桥: a bridge (or fishing port) a township's short name opens is the township's own work
    located = {s: o for s, p, o in _facts(qingtian) if p == "locatedIn"}
    assert located.get("方山瓯江大桥") == "方山乡"


RUIJIN = """瑞金市2021年政府工作报告
一、2021年工作回顾
瑞金经济技术开发区新增规上工业企业21家，电线电缆产业营业收入突破210亿元，并被评为国家绿色园区。
红都大道北延工程建成通车，荣获江西省优质建设工程“杜鹃花奖”。
瑞金干部学院全年培训学员5.2万人次，荣获“全国党员教育培训示范基地”称号。
沙洲坝经济合作示范区实行提级管理，“赣闽共建产业合作平台”入选全国最佳实践案例。
沙洲坝镇红井景区获评全国爱国主义教育示范基地。
"""


@pytest.fixture(scope="module")
def ruijin(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "ruijin", RUIJIN)


def test_relate_a_site_body_or_work_opening_the_sentence_wins_the_award_its_later_clause_names(ruijin):
    facts = _facts(ruijin)
    assert {("瑞金经济技术开发区", "receivedAward", "国家绿色园区"), ("红都大道北延工程", "receivedAward", "杜鹃花奖"),
            ("瑞金干部学院", "receivedAward", "全国党员教育培训示范基地")} <= facts
    assert not any(s == "瑞金市" and o in ("国家绿色园区", "杜鹃花奖", "全国党员教育培训示范基地") for s, p, o in facts)
    # a clause with a subject of its own (a quoted work of the home's) does not go on about the site
    assert ("瑞金市", "receivedAward", "全国最佳实践案例") in facts


def test_relate_a_locality_right_before_the_site_that_won_places_it_and_wins_nothing(ruijin):
    facts = _facts(ruijin)
    assert ("红井景区", "receivedAward", "全国爱国主义教育示范基地") in facts
    assert ("沙洲坝镇", "receivedAward", "全国爱国主义教育示范基地") not in facts


SHAOSHAN = """韶山市人民政府工作报告
——2022年1月7日在韶山市第九届人民代表大会第二次会议上
一、2021年工作回顾
一年来，在湘潭市委、市政府的坚强领导下，我们奋力推动韶山高质量发展，主要经济指标增速位居湘潭市前列。
与延安大学共建红枣研究所。与复旦大学附属中山医院共建区域医疗中心。
银田镇新建高标准农田1.2万亩，银田古镇全年接待游客12万人次。银田新城新增规上工业企业8家。清溪新城新增总部企业5家。银田站新增动车停靠班次4对。清溪镇全力建设韶河生态岛。
清溪镇红枫景区完成提升改造。红枫景区入选省级研学基地。
清溪镇中山路、麒麟路完成微改造，银田革命旧址群完成保护性修缮。
"""


@pytest.fixture(scope="module")
def shaoshan(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "shaoshan", SHAOSHAN)


def test_relate_a_partner_from_elsewhere_is_not_the_homes(shaoshan):
    located = {s: o for s, p, o in _facts(shaoshan) if p == "locatedIn"}
    assert "复旦大学附属中山医院" not in located  # its locality is not named: no relation
    assert "延安大学" not in located


def test_relate_a_town_site_named_by_the_town_lies_there(shaoshan):
    located = {s: o for s, p, o in _facts(shaoshan) if p == "locatedIn"}
    assert located.get("银田古镇") == "银田镇"
    assert located.get("银田新城") == "银田镇"  # a new town is built out of the town it is named after
    assert located.get("清溪新城") == "韶山市"  # named after the stream a town is named after as well
    assert located.get("银田站") == "银田镇"  # a station, after the town it serves
    assert located.get("韶河生态岛") == "清溪镇"  # the town that opens the clause builds it


def test_relate_a_site_placed_in_one_sentence_is_not_also_the_homes(shaoshan):
    located = {(s, o) for s, p, o in _facts(shaoshan) if p == "locatedIn" and s == "红枫景区"}
    assert located == {("红枫景区", "清溪镇")}


def test_relate_a_list_after_a_division_lies_in_it_and_a_town_heritage_site_in_the_town(shaoshan):
    located = {s: o for s, p, o in _facts(shaoshan) if p == "locatedIn"}
    assert located.get("中山路") == "清溪镇" and located.get("麒麟路") == "清溪镇"
    assert located.get("银田革命旧址群") == "银田镇"


WUYISHAN = """武夷山市人民政府工作报告
——2021年1月7日在武夷山市第十七届人民代表大会第五次会议上
一、2020年工作回顾
武夷街道完成老旧小区改造12个。武夷学院入选福建省示范性应用型本科高校。
"""


@pytest.fixture(scope="module")
def wuyishan(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "wuyishan", WUYISHAN)


def test_relate_a_short_name_the_home_begins_with_places_nothing_else(wuyishan):
    # 武夷 is 武夷街道's short name and begins 武夷山市: 武夷学院 is the home's
    located = {s: o for s, p, o in _facts(wuyishan) if p == "locatedIn"}
    assert located.get("武夷学院") == "武夷山市"


TAIHU = """太湖县人民政府工作报告
——2023年1月10日在太湖县第十七届人民代表大会第三次会议上
一、2022年工作回顾
一年来，太湖经济持续向好，全县地区生产总值增长5.1%。花亭湖景区全年接待游客210万人次。
（二）守护长江生态。长江太湖段水质保持Ⅱ类。
"""


def test_relate_a_great_lake_named_like_the_home_is_the_home_in_its_own_report(tmp_path_factory):
    x = composed_extraction(tmp_path_factory, "taihu", TAIHU)
    named = {(m.mention.text, x.entities[m.key].label) for m in x.mentions if m.key}
    assert ("太湖", "太湖县") in named
    assert {m.mention.text for m in x.mentions if m.mention.type == "Place"} >= {"长江"}


YOUYU = """右玉县2021年政府工作报告
一、2021年工作回顾
今年，右玉又被命名为国家生态文明建设示范县。灵丘、广灵两县入选全国休闲农业重点县。
皇城相府集团连续第五年入选中国旅游集团20强。元阳县扶贫开发办公室荣获全国脱贫攻坚先进集体称号。
"""


@pytest.fixture(scope="module")
def youyu(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "youyu", YOUYU)


@pytest.mark.parametrize(
    "subject, award",
    [
        ("右玉县", "国家生态文明建设示范县"),  # an adverb between the winner and the verb: 右玉又被命名为
        ("灵丘县", "全国休闲农业重点县"),  # a list of short forms counted by their level: 灵丘、广灵两县
        ("广灵县", "全国休闲农业重点县"),
        ("皇城相府集团", "中国旅游集团20强"),  # 连续第五年入选
        ("元阳县扶贫开发办公室", "全国脱贫攻坚先进集体"),  # a government department named after its county
    ],
)
def test_relate_winners_separated_from_the_verb_by_adverbs_counts_or_years(youyu, subject, award):
    assert (subject, "receivedAward", award) in _facts(youyu)


DATONG = """大同市2022年政府工作报告
一、2022年工作回顾
在山西省委、省政府的坚强领导下，云州区、广灵县新增就业5000人。云州区年产5000吨黄花精深加工项目建成投产，广灵县200兆瓦风电项目并网发电。
山西省人民医院专家团队来我市义诊。
"""
JIZHOU = """蓟州区2020年政府工作报告
一、2020年工作回顾
蓟州区人民医院与天津市第一中心医院共建胸痛中心。
"""


@pytest.fixture(scope="module")
def datong(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "datong", DATONG)


def test_relate_a_county_opening_a_project_name_in_a_city_report_places_it(datong):
    facts = _facts(datong)
    assert ("云州区年产5000吨黄花精深加工项目", "locatedIn", "云州区") in facts
    assert ("广灵县200兆瓦风电项目", "locatedIn", "广灵县") in facts
    assert ("广灵县200兆瓦风电项目", "locatedIn", "大同市") not in facts


def test_relate_a_province_party_committee_and_a_municipality_body_written_in_full_are_placed_there(datong, tmp_path_factory):
    facts = _facts(datong)
    assert ("山西省委", "locatedIn", "山西省") in facts
    # a province's other bodies name no city: placed nowhere
    assert not {f for f in facts if f[0] == "山西省人民医院" and f[1] == "locatedIn"}
    assert ("天津市第一中心医院", "locatedIn", "天津市") in _facts(composed_extraction(tmp_path_factory, "jizhou", JIZHOU))


CITY_WITH_COUNTIES = """晋中市人民政府工作报告
——2023年1月10日在晋中市第五届人民代表大会第三次会议上
晋中市人民政府市长 王明

一、2022年工作回顾
榆次区采煤沉陷区综合治理工程完成投资8.6亿元。平遥县200兆瓦风电项目全容量投产。
支持榆次区、平遥县发展文旅产业。
"""


def test_relate_a_work_opening_with_a_county_of_a_city_lies_in_that_county(tmp_path_factory):
    located = {(s, o) for s, p, o in _facts(composed_extraction(tmp_path_factory, "jinzhong", CITY_WITH_COUNTIES)) if p == "locatedIn"}
    assert ("榆次区采煤沉陷区综合治理工程", "榆次区") in located
    assert ("平遥县200兆瓦风电项目", "平遥县") in located


def test_relate_a_bracketed_section_named_after_a_township_lies_in_it(tmp_path_factory):
    # （雅河段）: the township the section runs through; （桓仁段）, the home's; a 街道 of the seat's town is the home's
    x = composed_extraction(tmp_path_factory, "huanren", "桓仁满族自治县2022年政府工作报告\n一、2021年工作回顾\n"
                            "雅河朝鲜族乡、八里甸子镇和东关街道加快发展。大雅河（雅河段）综合治理二期工程完工，"
                            "浑江（东关段）生态修复工程开工，桓永高速（桓仁段）建成通车。\n")
    located = {s: o for s, p, o in _facts(x) if p == "locatedIn"}
    assert located.get("大雅河综合治理二期工程") == "雅河朝鲜族乡"
    assert located.get("浑江生态修复工程") == "桓仁满族自治县"
    assert located.get("桓永高速") == "桓仁满族自治县"


YANQING = """北京市延庆区2022年政府工作报告
一、2022年工作回顾
位于张山营镇的龙潭国家森林公园、青龙湖国家湿地公园和白河古城安全平稳运行。
张山营镇接待游客10万人次，金川国家森林公园、玉湖国家湿地公园和黑河古城安全平稳运行。
千家店镇境内的乌龙峡国家森林公园接待游客10万人次。
八达岭镇石峡村入选全国乡村旅游重点村，村内的石峡关长城景区接待游客10万人次。
八达岭镇石峡村入选全国乡村旅游重点村，景区内的红叶岭国家森林公园接待游客10万人次。
连接康庄镇与河北省张家口市怀来县的官厅水库大桥建成通车。
"""


@pytest.fixture(scope="module")
def yanqing(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "yanqing", YANQING)


def test_relate_every_item_of_a_list_a_locality_is_said_to_hold_lies_there(yanqing):
    located = {s: o for s, p, o in _facts(yanqing) if p == "locatedIn"}
    # 位于张山营镇的A、B和C: all three, not only the first
    assert [located.get(s) for s in ("龙潭国家森林公园", "青龙湖国家湿地公园", "白河古城")] == ["张山营镇"] * 3
    # a township opening another clause holds nothing of this one's list
    assert "张山营镇" not in {located.get(s) for s in ("金川国家森林公园", "玉湖国家湿地公园", "黑河古城")}


def test_relate_what_lies_inside_a_locality_or_its_level_word_said_again_lies_there(yanqing):
    located = {s: o for s, p, o in _facts(yanqing) if p == "locatedIn"}
    assert located.get("乌龙峡国家森林公园") == "千家店镇"  # 千家店镇境内的…
    assert located.get("石峡关长城景区") == "石峡村"  # …石峡村入选…，村内的…
    assert located.get("红叶岭国家森林公园") != "石峡村"  # 景区内的: a compound's 区, no level word


def test_relate_a_work_joining_two_places_lies_at_the_first(yanqing):
    located = {s: o for s, p, o in _facts(yanqing) if p == "locatedIn"}
    assert located.get("官厅水库大桥") == "康庄镇"  # 连接康庄镇与…怀来县的官厅水库大桥, not 怀来县


SHANXI = """山西省人民政府工作报告
——2022年1月20日在山西省第十三届人民代表大会第六次会议上
山西省人民政府省长 王明

一、2021年工作回顾
太原市、大同市新增就业5万人。山西大学入选“双一流”建设高校。太原武宿国际机场三期改扩建工程获批开工。大同云冈石窟景区接待游客186万人次。
"""


def test_relate_a_provinces_own_bodies_and_a_citys_works_in_a_province_report(tmp_path_factory):
    located = {s: o for s, p, o in _facts(composed_extraction(tmp_path_factory, "shanxi", SHANXI)) if p == "locatedIn"}
    assert located.get("山西大学") == "山西省"  # named by the home province's short name
    assert located.get("太原武宿国际机场三期改扩建工程") == "太原市"  # a city's short name opens the work's name


DATONG_WORKS = """大同市人民政府工作报告
——2023年1月10日在大同市第十六届人民代表大会第三次会议上
大同市人民政府市长 王明

一、2022年工作回顾
浑源县、灵丘县新增就业5000人。加快浑源抽水蓄能电站建设，灵丘至涞源高速公路建成通车。
"""


def test_relate_a_countys_short_name_opening_a_work_in_a_city_report_places_it_not_a_route(tmp_path_factory):
    located = {s: o for s, p, o in _facts(composed_extraction(tmp_path_factory, "datongworks", DATONG_WORKS)) if p == "locatedIn"}
    assert located.get("浑源抽水蓄能电站") == "浑源县"
    assert located.get("灵丘至涞源高速公路") != "灵丘县"  # a route from the county is not only in it
