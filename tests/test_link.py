"""Linking on a report composed for the test: a home written with its city, a village name many counties share."""

from __future__ import annotations

import pytest

from conftest import composed_extraction
from kg.extract import Extractor

REPORT = """2022年临安区人民政府工作报告
——2022年1月12日在杭州市临安区第二届人民代表大会第一次会议上
杭州市临安区人民政府区长 张三丰
一、2021年工作回顾
过去一年，我区成功创建国家生态文明建设示范区。白沙村入选首批全国乡村旅游重点村，太湖源镇、天目山镇被评为省级美丽城镇样板镇。临安山核桃荣获中国地理标志产品称号。深入推进“最多跑一次”改革。
二、2022年工作安排
力争创成国家全域旅游示范区。
"""


@pytest.fixture(scope="module")
def linan(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "linan", REPORT)


def _facts(x):
    return {(x.entities[r.subject].label, r.predicate, x.entities[r.object].label) for r in x.relations}


def test_link_home_written_with_its_city(linan):
    (report,) = linan.reports
    home = linan.entities[linan.homes[report.id]]
    assert (home.label, home.code) == ("临安区", "330112")


def test_link_shared_village_name_resolves_inside_the_home(linan):
    village = next(e for e in linan.entities.values() if e.label == "白沙村")
    assert village.code and village.code.startswith("330112")
    assert ("白沙村", "receivedAward", "全国乡村旅游重点村") in _facts(linan)


def test_link_list_subjects_and_home_subject(linan):
    facts = _facts(linan)
    assert {("太湖源镇", "receivedAward", "省级美丽城镇样板镇"), ("天目山镇", "receivedAward", "省级美丽城镇样板镇"),
            ("临安区", "receivedAward", "国家生态文明建设示范区"), ("临安区", "implements", "最多跑一次")} <= facts


def test_link_product_subject_gives_no_award_to_the_home(linan):
    # 临安山核桃 (a product) won the title, not the district.
    assert not any(p == "receivedAward" and "地理标志" in o for _, p, o in _facts(linan))


def test_link_planned_title_is_not_received(linan):
    assert not any(p == "receivedAward" and "全域旅游" in o for _, p, o in _facts(linan))


@pytest.mark.parametrize("name", ["大张坑村", "三元朱村", "溪滩村"])
def test_link_a_name_may_begin_with_a_numeral_word(name):
    from kg.link import plausible_division_name

    assert plausible_division_name(name)


@pytest.mark.parametrize("name", ["两个村", "一批村", "中国畲乡", "安昌古镇", "工业重镇", "小城镇", "中心镇", "新乡镇", "贡献街道"])
def test_link_counts_titles_and_kinds_of_town_are_no_division(name):
    from kg.link import plausible_division_name

    assert not plausible_division_name(name)


def test_link_an_area_short_form_before_its_site_is_no_locality():
    # 壶镇 is the home's own short form; 壶镇老街 a street, 好溪流域 a river's basin; 壶镇 alone is the township

    from kg.nlp.area import area_names
    from kg.nlp.pipeline import MENTIONS

    ex = Extractor()
    g = ex.gazetteer
    area = area_names(g, g.get("331122101"))
    for text, expected in [("壶镇老街完成保护性修缮。", set()), ("建立好溪流域联防联治机制。", set()),
                           ("壶镇通过省级考核验收。", {"壶镇"}),
                           # 团结 (团结村) is an everyday word: a place only in a list of places
                           ("全镇上下团结一心。", set()), ("团结、联丰两个村完成改造。", {"团结", "联丰"}),
                           # roads, a bridge and a planning block named after the township
                           ("壶镇路、壶镇大道、壶镇大桥改造完成。", set()), ("加快壶镇片区开发。", set())]:
        doc = ex.nlp(text)
        taken = doc.user_data[MENTIONS]
        found = {m.text for m in taken + area.find(text, taken, doc) if m.type == "Locality"}
        assert found == expected, text


def test_link_an_area_short_form_glued_to_a_port_is_no_locality():
    # 羊口 is a township of the home 寿光市: 羊口港/nz is its port, which the segmenter writes as one word;
    # 羊口 alone, or before its 镇, is the township

    from kg.nlp.area import area_names
    from kg.nlp.pipeline import MENTIONS

    ex = Extractor()
    g = ex.gazetteer
    area = area_names(g, g.get("370783"))
    for text, expected in [("羊口港吞吐量增长12%。", set()), ("羊口港区泊位建成。", set()),
                           ("为全市发展贡献羊口力量。", {"羊口"})]:
        doc = ex.nlp(text)
        taken = doc.user_data[MENTIONS]
        found = {m.text for m in taken + area.find(text, taken, doc) if m.type == "Locality"}
        assert found == expected, text


def test_link_a_community_short_form_is_a_locality_only_before_its_suffix():
    # 徐泾镇's communities are named after a road (明珠路社区) and an estate (蟠龙社区): alone, those names
    # are the road and the estate; before 居委 or 社区, or in a list of them, they are the communities

    from kg.nlp.area import area_names
    from kg.nlp.pipeline import MENTIONS

    ex = Extractor()
    g = ex.gazetteer
    area = area_names(g, g.get("310118106"))
    assert area.names["明珠路"] == "明珠路社区" and area.names["蟠龙"] == "蟠龙社区"
    for text, expected in [("蟠龙城市更新项目、蟠龙天地开业，明珠路改造完成。", set()),
                           ("蟠龙居委创建美丽社区。", {"蟠龙"}), ("明珠路、蟠龙两个社区完成改造。", {"明珠路", "蟠龙"}),
                           ("民主村完成村庄改造。", {"民主村"})]:
        doc = ex.nlp(text)
        taken = doc.user_data[MENTIONS]
        found = {m.text for m in taken + area.find(text, taken, doc) if m.type == "Locality"}
        assert found == expected, text

SUMMARY = """松台街道2021年工作总结和2022年工作思路
松台街道办事处主任 钱正阳

各位代表：
一、2021年主要工作
松台街道地处鹿城区。府前社区获评省级文明社区，街道党工委书记孙立新带头走访企业，府前社区党委书记李春梅被评为全省优秀社区书记。
松台街道派出所被评为全国“枫桥式公安派出所”。县委书记王大成来街道调研。
"""


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "songtai", SUMMARY)


def test_link_a_work_summary_is_about_the_place_its_title_names(summary):
    # no meeting line and no 我代表…人民政府: the title names the home, the line under it the speaker
    report = summary.reports[0]
    assert report.meta.home_name == "松台街道" and report.meta.speaker == "钱正阳"
    home = summary.entities[summary.homes[report.id]]
    assert home.label == "松台街道" and home.code and home.code == "330302026"


def test_link_people_hold_the_position_their_role_names(summary):
    facts = _facts(summary)
    assert ("钱正阳", "holdsPosition", "松台街道") in facts
    assert ("孙立新", "holdsPosition", "松台街道") in facts  # 街道党工委书记: the home's level
    assert ("李春梅", "holdsPosition", "府前社区") in facts  # the community right before the role
    # 县委书记 in a 街道 report: another level, so no position is guessed
    assert not any(s == "王大成" and p == "holdsPosition" for s, p, o in facts)
    assert "松台街道" not in {o for s, p, o in facts if p == "holdsPosition" and s == "李春梅"}


def test_link_a_police_station_named_after_the_home_is_no_locality_mention(summary):
    texts = [r.mention.text for r in summary.mentions if r.mention.type == "Locality"]
    assert "松台" not in texts  # not the short form left where 松台街道派出所 stands
    # the title and 松台街道地处鹿城区; 松台街道办事处 and 松台街道派出所 are bodies
    assert texts.count("松台街道") == 2


TOWNSHIP = """缙云县壶镇镇政府工作报告
——2020年1月9日在壶镇镇第十七届人民代表大会第五次会议上
壶镇镇人民政府镇长 吕建新
一、2019年工作回顾
前村、溪滩村两个村被评为省级美丽乡村特色精品村。与东方镇金竹坪村、白鹭洲村结对共建。大洋镇漕头村完成土地整治。
新光村获评省级善治示范村，红旗村完成改造。新光、红旗两村联建共富农场。启动新光工程。
"""


@pytest.fixture(scope="module")
def township(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "huzhen", TOWNSHIP)


def _parents(x, label):
    return {x.entities[r.object].label for r in x.relations
            if r.predicate == "partOf" and x.entities[r.subject].label == label}


def test_link_a_village_named_alone_is_the_home_townships(township):
    # 前村 is in the gazetteer only under 大洋镇, a sibling township: written alone it is 壶镇镇's own
    x = township
    first = next(r for r in x.mentions if r.mention.text == "前村")
    assert x.entities[first.key].parent == x.homes[x.reports[0].id]
    assert "大洋镇" not in _parents(x, "前村")


def test_link_a_village_written_under_a_township_is_that_townships(township):
    x = township
    assert _parents(x, "金竹坪村") == {"东方镇"}  # right after it
    assert _parents(x, "白鹭洲村") == {"东方镇"}  # the list goes on under it
    # 大洋镇漕头村: the sentence names the parent, so the gazetteer's village of 大洋镇
    assert _parents(x, "漕头村") == {"大洋镇"}
    assert next(e for e in x.entities.values() if e.label == "漕头村").code.startswith("331122105")


def test_link_a_village_named_in_full_is_named_short_in_a_list(township):
    x = township
    by_text = {}
    for r in x.mentions:
        by_text.setdefault(r.mention.text, []).append(r.key)
    # 新光、红旗两村: the short forms of the 新光村 and 红旗村 the report names in full, the same entities
    assert by_text["新光"] == by_text["新光村"][:1] and by_text["红旗"] == by_text["红旗村"][:1]
    assert x.entities[by_text["新光"][0]].label == "新光村"
    # 启动新光工程: not in a list of places, no village
    assert len(by_text["新光"]) == 1


SHAOSHAN = """韶山市2021年政府工作报告
市长 周正
一、2021年工作回顾
来自长沙、湘潭两地的游客占比超过四成。深化与上海市青浦区、江苏省吴江区的文旅协作，与永和县建立协作机制。开展6项城市专项体检。
"""


@pytest.fixture(scope="module")
def shaoshan(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "shaoshan", SHAOSHAN)


def _localities(x) -> set[str]:
    return {x.entities[m.key].label for m in x.mentions if m.key and x.entities[m.key].type == "Locality"}


def test_link_a_short_form_names_the_city_not_the_county_named_after_it(shaoshan):
    # 长沙 and 湘潭 are the cities (长沙县 and 湘潭县 are written in full); 湘潭市 is the home's own city
    found = _localities(shaoshan)
    assert {"长沙市", "湘潭市"} <= found and not found & {"长沙县", "湘潭县"}


def test_link_a_county_of_another_province_named_in_full_is_kept(shaoshan):
    # the only 青浦区, 吴江区 and 永和县 in the country; 6|项城市 counts city check-ups, it is no 项城市
    found = _localities(shaoshan)
    assert {"青浦区", "吴江区", "永和县"} <= found and "项城市" not in found


VILLAGE = """东阳市南马镇花园村2022年工作总结
村委会主任 邵志远
一、2022年工作回顾
村域经济带动南马及周边乡镇2.6万人就业，在横店务工的群众来村购房置业达到860户。花园村再次获评全国文明村。
村党委书记邵建明带领两委班子走访农户3000余户，被评为全国优秀党务工作者。
"""


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "huayuan", VILLAGE)


def test_link_a_village_report_is_about_the_village_its_title_names(village):
    # the title names the village under its township and city: the home is that village, not 浙江省
    (home,) = village.homes.values()
    assert village.entities[home].code == "330783118307"
    # its township and the county's other townships are named by their short forms
    assert {"南马镇", "横店镇"} <= _localities(village)
    facts = _facts(village)
    assert ("花园村", "receivedAward", "全国文明村") in facts
    # a title only a person holds is no village's
    assert not any(o == "全国优秀党务工作者" for s, p, o in facts if p == "receivedAward")


def test_link_the_home_areas_name_outweighs_a_far_county_the_segmenter_cut_from_it(tmp_path_factory):
    # jieba cuts 文安|驿: the 文安 of Hebei gives way to 延川县's 文安驿镇; 永坪 before 两镇 is a town, not a product
    x = composed_extraction(tmp_path_factory, "yanchuan", "延川县2020年政府工作报告\n一、2020年工作回顾\n文安驿、永坪两镇建成苹果矮化密植示范园1.2万亩。\n")
    assert {"文安驿镇", "永坪镇"} <= _localities(x) and "文安县" not in _localities(x)


def test_link_a_short_form_the_segmenter_glued_to_the_next_word_is_still_found(tmp_path_factory):
    # jieba's HMM makes 五夫赏 one word: a word it made up names nothing, 五夫 is 五夫镇; 韶山冲 is a dictionary name
    x = composed_extraction(tmp_path_factory, "wuyishan", "武夷山市2020年政府工作报告\n一、2020年工作回顾\n来五夫赏荷游客突破30万人次。\n")
    assert "五夫镇" in _localities(x)
    y = composed_extraction(tmp_path_factory, "shaoshanchong", "韶山市2021年政府工作报告\n一、2021年工作回顾\n以韶山冲为核心，串联红色景点。\n")
    assert _localities(y) == {"韶山市"}


def test_link_inner_mongolias_sumu_and_gacha_are_townships_and_villages(tmp_path_factory):
    # 苏木 and 嘎查 are Inner Mongolia's townships and villages; 苏木镇 in 12个苏木镇 is a count of both kinds
    x = composed_extraction(tmp_path_factory, "horqin", "科尔沁右翼前旗2021年政府工作报告\n一、2021年工作回顾\n旗长 巴特尔主持召开旗政府常务会议。\n"
               "全旗12个苏木镇全面推进乡村振兴，桃合木苏木发展特色产业，察尔森镇察尔森嘎查入选全国乡村旅游重点村。\n")
    levels = {e.label: e.level for e in x.entities.values() if e.type == "Locality"}
    assert levels["桃合木苏木"] == "Township" and levels["察尔森嘎查"] == "Village"
    assert "苏木镇" not in levels
    assert ("察尔森嘎查", "receivedAward", "全国乡村旅游重点村") in _facts(x)
    # a banner's head is its 旗长
    assert ("巴特尔", "holdsPosition", "科尔沁右翼前旗") in _facts(x)


KAIHUI = """长沙县开慧镇2023年工作总结
镇长 李明
一、2023年工作回顾
隆重纪念杨开慧烈士诞辰122周年。开慧、锡福两村完成农村公路提质改造18公里，与金井、北山两镇共建茶叶基地1.2万亩。
开慧获评全国乡村治理示范乡镇。
"""


def test_link_a_lists_suffix_says_the_level_of_its_short_forms(tmp_path_factory):
    x = composed_extraction(tmp_path_factory, "kaihui", KAIHUI)
    by_text = {}
    for r in x.mentions:
        if r.key and x.entities[r.key].type == "Locality":
            by_text.setdefault(r.mention.text, []).append(x.entities[r.key].label)
    # 开慧 is the home town alone, but 开慧村 in 开慧、锡福两村; 杨开慧 is a person, no town
    assert by_text["开慧"] == ["开慧村", "开慧镇"]
    assert by_text["锡福"] == ["锡福村"]
    # the sibling towns of the county, not their namesakes in Fujian
    assert _parents(x, "金井镇") == {"长沙县"} and _parents(x, "北山镇") == {"长沙县"}
    assert _parents(x, "开慧村") == {"开慧镇"}


CHIXI = """福鼎市磻溪镇赤溪村2020年工作总结
村委会主任 杜赢
一、2020年工作回顾
引进帮扶资金120万元，带动周边洋里、桂岭两村共建白茶加工中心1个。
"""


def test_link_a_neighbour_of_a_village_home_is_in_its_township(tmp_path_factory):
    # villages the tables lack, named by a village's report: the home's neighbours, in its township
    x = composed_extraction(tmp_path_factory, "chixi", CHIXI)
    assert _parents(x, "洋里村") == {"磻溪镇"} and _parents(x, "桂岭村") == {"磻溪镇"}


def test_link_an_area_short_form_is_no_locality_before_a_site_line_or_zone(tmp_path_factory):
    # 木兰山, 木兰天池 (黄陂区's 木兰乡), 轨道交通前川线 (前川街道); 吴中区's 开发区 is a unit of the tables, a kind of zone here;
    # 西来古镇 is a site (蒲江县's 西来镇)
    x = composed_extraction(tmp_path_factory, "huangpi", "武汉市黄陂区2023年政府工作报告\n一、2023年工作回顾\n"
               "木兰山、木兰天池全年接待游客1260万人次，轨道交通前川线运营首年日均客流突破3万人次。\n")
    assert not _localities(x) & {"木兰乡", "前川街道"}
    y = composed_extraction(tmp_path_factory, "wuzhong", "苏州市吴中区2022年政府工作报告\n一、2022年工作回顾\n"
               "吴中经济技术开发区争创国家级高新技术产业开发区。\n")
    assert "开发区" not in _localities(y)
    z = composed_extraction(tmp_path_factory, "pujiang", "成都市蒲江县2021年政府工作报告\n一、2021年工作回顾\n"
               "西来古镇完成风貌整治，西来镇铁牛村获评四川省乡村治理示范村。\n")
    assert [r.mention.text for r in z.mentions if r.mention.type == "Locality" and "西来" in r.mention.text] == ["西来镇"]


def test_link_a_village_right_after_its_township_is_a_village_whatever_its_first_word(tmp_path_factory):
    # jieba tags 大余 as a pronoun and 明月 as a time word: after their township they still open a village's name
    x = composed_extraction(tmp_path_factory, "mulan", "武汉市黄陂区2023年政府工作报告\n一、2023年工作回顾\n"
               "木兰乡大余湾村入选全国乡村旅游重点村。\n")
    assert _parents(x, "大余湾村") == {"木兰乡"}


def test_link_a_two_character_village_after_its_township_or_in_the_county(tmp_path_factory):
    # 渔村 and 历村 bear no family's name: after their township they are its villages, and 历村 alone later is the same
    x = composed_extraction(tmp_path_factory, "yangshuo", "桂林市阳朔县2019年政府工作报告\n一、2019年工作回顾\n"
               "兴坪镇渔村被评为中国美丽休闲乡村，高田镇历村列入第五批中国传统村落名录。\n"
               "二、2020年工作安排\n支持历村创建广西四星级乡村旅游区，打造特色渔村。\n")
    assert _parents(x, "渔村") == {"兴坪镇"} and _parents(x, "历村") == {"高田镇"}
    villages = [r for r in x.mentions if r.mention.text in ("渔村", "历村")]
    assert [r.mention.text for r in villages] == ["渔村", "历村", "历村"] and villages[1].key == villages[2].key
    # alone, a village the gazetteer has in the home county (吴中区金庭镇东村); not one it lacks there
    y = composed_extraction(tmp_path_factory, "wuzhong2", "苏州市吴中区2022年政府工作报告\n一、2022年工作回顾\n"
               "陆巷村入选江苏省特色田园乡村，东村列入中国传统村落名录。\n")
    assert _parents(y, "东村") == {"金庭镇"}
    z = composed_extraction(tmp_path_factory, "yangshuo2", "桂林市阳朔县2019年政府工作报告\n一、2019年工作回顾\n"
               "遇龙河景区获评广西生态旅游示范区，北村列入中国传统村落名录。\n")
    assert "北村" not in _localities(z)


BOAO = """琼海市博鳌镇2022年工作总结
博鳌镇人民政府镇长 符海生
一、2022年工作回顾
博鳌乐城国际医疗旅游先行区新增医疗机构8家，博鳌对虾品牌影响力持续提升。朝烈、留客两村完成道路硬化12公里。
"""


def test_link_a_pilot_zone_or_product_named_after_the_home_and_a_listed_village_named_by_a_verb(tmp_path_factory):
    x = composed_extraction(tmp_path_factory, "boao", BOAO)
    found = [r.mention.text for r in x.mentions if r.mention.type == "Locality"]
    # 博鳌 and 乐城 (乐城村) open the zone's name, 博鳌 the product's; 留客 (a verb to jieba) is a village of the list
    assert "博鳌" not in found and "乐城" not in found
    assert _parents(x, "留客村") == {"博鳌镇"} and _parents(x, "朝烈村") == {"博鳌镇"}


def test_link_an_area_short_form_opening_a_named_site_or_body_is_no_locality(tmp_path_factory):
    # 环溪 (江南镇's 环溪村) opens the lake's name 环溪莲花湖; alone, in a list, it is the village
    x = composed_extraction(tmp_path_factory, "jiangnan", "桐庐县江南镇2023年工作总结\n一、2023年工作回顾\n"
               "荻浦花海、环溪莲花湖全年接待游客86万人次。环溪、荻浦两村联建共富农场。\n")
    assert [r.mention.text for r in x.mentions if "环溪" in r.mention.text and r.mention.type == "Locality"] == ["环溪"]
    assert next(r for r in x.mentions if r.mention.text == "环溪").mention.start > 20


def test_link_a_village_written_after_a_township_is_that_townships_not_a_namesakes(tmp_path_factory):
    # the tables have 东斟灌村 under 洛城街道; the text writes it under 稻田镇, and the text's township holds it
    x = composed_extraction(tmp_path_factory, "shouguang", "寿光市2019年政府工作报告\n一、2019年工作回顾\n"
               "稻田镇东斟灌村被评为全国文明村镇。\n")
    assert _parents(x, "东斟灌村") == {"稻田镇"}


ANHUI = """金寨县2022年政府工作报告
一、2022年工作回顾
花石乡大湾村入选全国乡村旅游重点村。
"""
HENAN = """兰考县2021年政府工作报告
一、2021年工作回顾
东坝头镇张庄村入选全国乡村旅游重点村。支持张庄村申报中国美丽休闲乡村。
"""


def _records(paths, source: str) -> list:
    """Give the mention records of the report file ``source`` after one extractor read ``paths`` in this order."""
    extractor = Extractor()
    for path in paths:
        extractor.add_file(path)
    return [m for m in extractor.finish().mentions if m.source.endswith(source)]


def test_link_does_not_depend_on_the_reports_read_before(tmp_path):
    (tmp_path / "anhui.txt").write_text(ANHUI, encoding="utf-8")
    (tmp_path / "henan.txt").write_text(HENAN, encoding="utf-8")

    def village_links(paths):
        return [(m.mention.start, m.key, m.candidates) for m in _records(paths, "henan.txt") if m.mention.text == "张庄村"]

    # A report of 安徽 read first makes that province's villages known to the gazetteer (it has 张庄村s of its own).
    alone = village_links([tmp_path / "henan.txt"])
    assert alone and village_links([tmp_path / "anhui.txt", tmp_path / "henan.txt"]) == alone


CHIXI_BARE = """赤溪村2020年工作总结
一、2020年工作回顾
在福鼎市委、市政府和磻溪镇党委的领导下，福鼎市磻溪镇赤溪村全面完成脱贫任务，赤溪村入选全国乡村旅游重点村。
"""
NINGDE = """宁德市2020年政府工作报告
一、2020年工作回顾
福鼎市赤溪村入选全国乡村旅游重点村。
"""


def test_link_a_village_title_without_its_township_is_the_village_of_the_county_its_text_names(tmp_path):
    # 赤溪村 names villages all over 福建; the text is about 福鼎市, whose 磻溪镇 holds one, alone or after
    # another report of 福建 was read
    (tmp_path / "chixi.txt").write_text(CHIXI_BARE, encoding="utf-8")
    (tmp_path / "ningde.txt").write_text(NINGDE, encoding="utf-8")

    def links(paths):
        return {(m.mention.text, m.key) for m in _records(paths, "chixi.txt") if m.mention.type == "Locality"}

    alone = links([tmp_path / "chixi.txt"])
    assert ("赤溪村", "loc:350982105210") in alone and ("磻溪镇", "loc:350982105") in alone
    assert links([tmp_path / "ningde.txt", tmp_path / "chixi.txt"]) == alone


def test_link_a_village_named_again_in_the_report_is_the_one_named_under_its_township(tmp_path):
    # 兰考县 has several 张庄村; the first mention, under 东坝头镇, says which one the second means
    (tmp_path / "henan.txt").write_text(HENAN, encoding="utf-8")
    keys = [m.key for m in _records([tmp_path / "henan.txt"], "henan.txt") if m.mention.text == "张庄村"]
    assert keys == ["loc:410225106207", "loc:410225106207"]


def test_link_a_village_name_is_remembered_within_one_report_only(tmp_path):
    # 历村, two characters, is linked alone only after the report named it under its township: a later report of
    # the same home does not inherit that, whatever the same process read before
    (tmp_path / "a.txt").write_text("阳朔县2019年政府工作报告\n一、2019年工作回顾\n高田镇历村入选全国乡村旅游重点村。历村入选全国生态文化村。\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("阳朔县2020年政府工作报告\n一、2020年工作回顾\n历村入选全国生态文化村。\n", encoding="utf-8")

    def keys(paths, source):
        return [m.key for m in _records(paths, source) if m.mention.text == "历村"]

    first = keys([tmp_path / "a.txt"], "a.txt")
    assert len(first) == 2 and first[0] == first[1] is not None
    assert keys([tmp_path / "a.txt", tmp_path / "b.txt"], "b.txt") == keys([tmp_path / "b.txt"], "b.txt")


ARXAN = """阿尔山市政府工作报告
——2023年1月10日在阿尔山市第九届人民代表大会第二次会议上
一、2022年工作回顾
一年来,在兴安盟委、行署和阿尔山市委的坚强领导下,主要指标增速位居兴安盟前列。白狼、五岔沟两镇新建改建卫生厕所1200座,五岔沟村村集体经济收入突破50万元。五岔沟林业局、白狼林业局顺利完成森林防火任务。与科右前旗乌兰毛都苏木巴彦查干嘎查联合打造精品旅游线路。
"""


@pytest.fixture(scope="module")
def arxan(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "arxan", ARXAN)


def test_link_a_committee_is_in_the_division_it_is_named_by(arxan):
    # above the home too (兴安盟委); a forestry bureau by the town's short form, not the village named after the town
    facts = _facts(arxan)
    assert ("兴安盟委", "locatedIn", "兴安盟") in facts
    assert ("五岔沟林业局", "locatedIn", "五岔沟镇") in facts


def test_link_a_place_before_a_body_is_no_locality_and_a_gacha_is_under_its_sumu(arxan):
    localities = {e.label for e in arxan.entities.values() if e.type == "Locality"}
    assert "五岔沟村" in localities and "五岔沟村村" not in localities
    assert ("巴彦查干嘎查", "partOf", "乌兰毛都苏木") in _facts(arxan)
    assert ("科尔沁右翼前旗", "partOf", "兴安盟") in _facts(arxan)


def test_link_a_list_of_towns_is_linked_to_the_home_s_own_townships():
    # 三个乡镇 says towns or townships: each short form is linked to the one the home has; a new town is placed
    # under the county written right before it (启东市启隆镇)
    ex = Extractor()
    report = """崇明区政府工作报告
——2024年1月9日在上海市崇明区第二届人民代表大会第四次会议上
一、2023年工作回顾
港西、建设、三星三个乡镇新建高标准农田4.2万亩。与江苏省南通市海门区海永镇、启东市启隆镇共建生态协同区。
"""
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chongming.txt"
        path.write_text(report, encoding="utf-8")
        ex.add_file(path)
    x = ex.finish()
    facts = _facts(x)
    assert {("港西镇", "partOf", "崇明区"), ("建设镇", "partOf", "崇明区"), ("三星镇", "partOf", "崇明区")} <= facts
    assert ("启隆镇", "partOf", "启东市") in facts


def test_link_a_village_home_by_its_short_form_before_de(tmp_path_factory):
    # 皇城 is the home 皇城村 before 的; elsewhere it opens the village's sites and company (皇城相府)
    report = """阳城县北留镇皇城村2019年工作总结
一、2019年工作回顾
皇城相府景区接待游客160万人次，游客在皇城的平均停留时间延长至1.8天。
"""
    x = composed_extraction(tmp_path_factory, "huangcheng", report)
    texts = {m.mention.text for m in x.mentions if m.mention.type == "Locality"}
    assert "皇城" in texts and not any(t.startswith("皇城相府") for t in texts)


def test_link_area_short_forms_counted_as_works_or_before_a_body_are_no_localities():
    # 邦均、马伸桥 counted by 座 are sewage plants; 五岔沟 before its forestry bureau is the bureau's name
    from kg.nlp.area import area_names
    from kg.nlp.pipeline import MENTIONS

    ex = Extractor()
    g = ex.gazetteer
    for code, text, expected in [("120119", "邦均、马伸桥两座污水处理厂提标改造工程投入运行。", set()),
                                 ("120119", "别山、邦均两镇入选全国农业产业强镇。", {"别山", "邦均"}),
                                 ("152202", "五岔沟林业局顺利完成森林防火任务。", set())]:
        area = area_names(g, g.get(code))
        doc = ex.nlp(text)
        taken = doc.user_data[MENTIONS]
        found = {m.text for m in taken + area.find(text, taken, doc) if m.type == "Locality"}
        assert found == expected, text


def test_link_an_area_short_form_after_xin_is_no_far_county_glued_to_xin(tmp_path_factory):
    # jieba cuts 新昌|化 (新昌县 of Shaoxing): the 临安区 report means its own 昌化 (昌化镇) made new
    x = composed_extraction(tmp_path_factory, "linan2", "杭州市临安区2022年政府工作报告\n一、2021年工作回顾\n"
               "昌化镇全力打造宜居宜业的新昌化，建设新昌化样板。\n")
    assert "新昌县" not in _localities(x) and [r.mention.text for r in x.mentions if "昌" in r.mention.text] == [
        "昌化镇", "昌化", "昌化"]


def test_link_a_village_home_sharing_its_short_form_with_its_township_is_named_by_it(tmp_path_factory):
    # 兴十四村 of 兴十四镇: the segmenter cuts 兴|十四|村 (a numeral in the name), and the bare 兴十四 of the village's
    # own report is the village, its township written in full
    x = composed_extraction(tmp_path_factory, "xingshisi", "甘南县兴十四镇兴十四村2023年工作总结\n一、2023年工作回顾\n"
               "兴十四村继2019年入选首批全国乡村旅游重点村之后，今年又被评为全国乡村治理示范村。\n"
               "为把兴十四建设得更加富裕美丽而努力奋斗！\n")
    named = [(r.mention.text, x.entities[r.key].label) for r in x.mentions if r.key and x.entities[r.key].type == "Locality"]
    assert ("兴十四村", "兴十四村") in named and ("兴十四", "兴十四村") in named
    assert not any(label == "兴十四镇" and text == "兴十四" for text, label in named)


def test_link_a_village_role_said_without_its_name_is_the_village_named_before_it(tmp_path_factory):
    x = composed_extraction(tmp_path_factory, "jinzhai", "金寨县2022年政府工作报告\n一、2022年工作回顾\n"
                            "花石乡大湾村入选全国乡村旅游重点村，村党总支书记何明远带领群众发展茶叶和民宿。\n"
                            "县委书记王大成来乡调研。\n")
    facts = _facts(x)
    assert ("何明远", "holdsPosition", "大湾村") in facts
    assert not any(s == "何明远" and o != "大湾村" for s, p, o in facts if p == "holdsPosition")


UNLISTED_VILLAGE = """江阴市华士镇华西村2020年工作总结
——2021年1月18日在华西村村民代表大会上
一、2020年工作回顾
华西村入选全国文明村，华西村景区接待游客120万人次。
"""


@pytest.fixture(scope="module")
def unlisted_village(tmp_path_factory):
    return composed_extraction(tmp_path_factory, "huaxi", UNLISTED_VILLAGE)


def test_link_a_home_the_gazetteer_lacks_is_a_village_under_the_township_its_title_names(unlisted_village):
    # the gazetteer lists 华士镇's village as 华西新市村: the home is 华西村 under 华士镇, the one the text names
    x = unlisted_village
    home = x.entities[x.homes[x.reports[0].id]]
    assert (home.label, home.level) == ("华西村", "Village")
    assert x.entities[home.parent].label == "华士镇"
    facts = {(x.entities[r.subject].label, r.predicate, x.entities[r.object].label) for r in x.relations}
    assert {("华西村", "receivedAward", "全国文明村"), ("华西村景区", "locatedIn", "华西村")} <= facts


def test_link_a_short_form_of_the_homes_county_is_the_county_not_its_seat_town(tmp_path_factory):
    # in a village of 花垣县's 双龙镇, 花垣 is the county (花垣镇, the seat, is a town of the same county)
    x = composed_extraction(tmp_path_factory, "shibadong", "花垣县双龙镇十八洞村2021年工作总结\n一、2021年工作回顾\n"
                            "湖南省委、湘西土家族苗族自治州和花垣持续加大支持力度。\n")
    assert "花垣县" in _localities(x) and "花垣镇" not in _localities(x)


def test_link_a_stream_named_like_the_home_township_is_the_home(tmp_path_factory):
    # in 沙溪镇's own report, 沙溪 alone is the town, not a stream
    x = composed_extraction(tmp_path_factory, "shaxi", "太仓市沙溪镇2022年工作总结\n一、2022年工作回顾\n"
                            "一般公共预算收入14.8亿元；沙溪位列全国综合实力千强镇第96位。\n")
    assert any(m.mention.text == "沙溪" and m.key and x.entities[m.key].label == "沙溪镇" for m in x.mentions)


@pytest.mark.parametrize(
    "name, text, village",
    [
        # a community named after its street, whatever generic word the street's name holds (幸福/a)
        ("korla", "库尔勒市2022年政府工作报告\n一、2022年工作回顾\n天山街道幸福路社区获评全国民族团结进步示范社区。\n", "幸福路社区"),
        # 五四 reads as a count (五|四) alone; right after its 街道 it is a village's name
        ("deqing", "德清县2022年政府工作报告\n一、2022年工作回顾\n阜溪街道五四村入选全国乡村治理示范村。\n", "五四村"),
    ],
)
def test_link_names_right_after_their_subdistrict_are_kept(tmp_path_factory, name, text, village):
    assert village in _localities(composed_extraction(tmp_path_factory, name, text))


def test_link_crafts_named_after_the_homes_towns_name_no_town(tmp_path_factory):
    # in 南浔区's report, 善琏 and 双林 are its towns; 善琏湖笔 and 双林绫绢 are crafts, no mention of them
    x = composed_extraction(tmp_path_factory, "nanxun", "南浔区2022年政府工作报告\n一、2022年工作回顾\n"
                            "善琏湖笔、双林绫绢列入非遗保护重点项目，善琏镇获评省级美丽城镇。\n")
    assert "善琏镇" in _localities(x) and not any(m.mention.text in ("善琏", "双林") for m in x.mentions)


@pytest.mark.parametrize(
    "name, text, code",
    [
        # a village's title with its whole chain names the village, not the province that opens it
        ("dazhai", "山西省晋中市昔阳县大寨镇大寨村2021年工作总结和2022年工作计划\n"
                   "一、2021年工作回顾\n大寨村入选全国乡村旅游重点村，山西省和晋中市持续加大支持力度。\n", "140724104200"),
        # 芒市 is a county-level city; its 芒市镇 is a town inside it, whose short form is also 芒市
        ("mangshi", "芒市2022年政府工作报告\n——2023年1月6日在芒市第四届人民代表大会第三次会议上\n"
                    "一、2022年工作回顾\n芒市获评全国民族团结进步示范区，勐焕街道入选省级文明街道。\n", "533103"),
    ],
)
def test_link_the_home_is_the_division_the_title_names(tmp_path_factory, name, text, code):
    x = composed_extraction(tmp_path_factory, name, text)
    (home,) = x.homes.values()
    assert x.entities[home].code == code


def test_link_a_zone_the_tables_list_under_a_generic_name_is_no_locality(tmp_path_factory):
    # the NBS tables list 宁国市's 经济技术开发区 as a township-level unit; by that bare name it is a kind of zone
    x = composed_extraction(tmp_path_factory, "ningguo", "宁国市2020年政府工作报告\n一、2020年工作回顾\n"
                            "推动宁国经济技术开发区争创国家级经济技术开发区，港口镇获评省级特色小镇。\n")
    assert "港口镇" in _localities(x) and "经济技术开发区" not in _localities(x)


@pytest.mark.parametrize(
    "name, text, absent",
    [
        # a town abolished for a city (龙港|撤镇设市) is no town called 龙港撤镇
        ("longgang", "龙港市2022年政府工作报告\n一、2022年工作回顾\n2022年是龙港撤镇设市后的第三年，龙港获评省级文明城市。\n", "龙港撤镇"),
        # the stock phrase of a county's report: the CPPCC's oversight "and the county's", not 和县 of Anhui
        ("huoqiu", "霍邱县2021年政府工作报告\n一、2021年工作回顾\n自觉接受县人大法律监督和县政协民主监督，霍邱获评省级文明县城。\n", "和县"),
    ],
)
def test_link_words_that_look_like_divisions_are_none(tmp_path_factory, name, text, absent):
    assert absent not in _localities(composed_extraction(tmp_path_factory, name, text))


def test_link_the_home_village_by_its_short_form_in_its_own_share_or_in_hand(tmp_path_factory):
    x = composed_extraction(tmp_path_factory, "nanjie", "河南省漯河市临颍县城关街道南街村2021年工作总结\n一、2021年工作回顾\n"
                            "全村上下为临颍经济发展作出了南街贡献。南街村集团营业收入增长8%。\n"
                            "二、2022年工作计划\n团结一心，为把南街建设得更加富裕文明而努力奋斗！\n")
    (home,) = x.homes.values()
    said = [m for m in x.mentions if m.mention.text == "南街"]
    assert len(said) == 2 and all(m.key == home for m in said)
    # the company keeps its name: no locality inside it
    (company,) = [m.mention for m in x.mentions if m.mention.text == "南街村集团"]
    assert not any(m.mention.type == "Locality" and company.start <= m.mention.start < company.end for m in x.mentions)
