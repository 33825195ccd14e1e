"""The spaCy pipeline on single sentences written for these tests: what the pattern finders must and must not find.

Expected names are read off the sentences by hand, following ANNOTATION.md.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.nlp.pipeline import MENTIONS


@pytest.fixture(scope="module")
def nlp():
    return Extractor().nlp


def _found(nlp, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.canonical) for m in nlp(text).user_data[MENTIONS]}


@pytest.mark.parametrize(
    "text, expected",
    [
        # numbered policy packages, counted in Chinese numerals or quoted with digits
        ("当年先后出台人才新政二十二条，修订出台生态工业三十条、现代服务业十三条和健康农业政策。",
         {("Program", "人才新政二十二条"), ("Program", "生态工业三十条"), ("Program", "现代服务业十三条")}),
        ("率先推出“复工复产七步法”，出台输血赋能十大举措。", {("Program", "复工复产七步法"), ("Program", "输血赋能十大举措")}),
        ("全市率先出台“优化生育政策20条”。", {("Program", "优化生育政策20条")}),
        # a program suffix the segmenter splits (特色|战, 三年|行动|方案)
        ("全面打响工业复兴提速战、乡村振兴特色战。", {("Program", "工业复兴提速战"), ("Program", "乡村振兴特色战")}),
        ("出台城市大脑建设三年行动方案。", {("Program", "城市大脑建设三年行动方案")}),
        # a quoted name that says what it is
        ("成功举办“龙山经验”高峰论坛。", {("Program", "龙山经验")}),
        ("推动“一村一品”社会化服务。", {("Program", "一村一品")}),
        # a pilot carried out (an award when selected for it)
        ("扎实推进国家绿色化发展改革试点。", {("Program", "国家绿色化发展改革试点")}),
        # a quoted name with the words that complete it; a bare program noun is not one of them
        ("推进“五型”政府建设，深入推进“三旧”改造。", {("Program", "五型政府"), ("Program", "三旧改造")}),
        ("扎实开展“331”专项整治行动，深化“最多跑一次”改革。", {("Program", "331专项整治行动"), ("Program", "最多跑一次")}),
    ],
)
def test_patterns_find_programs(nlp, text, expected):
    assert expected <= _found(nlp, text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("新建桥梁五座、道路三十条。", ("Program", "道路三十条")),
        ("新增停车位的道路三条。", ("Program", "道路三条")),
        ("开展“稳企赋能”二十项专项行动。", ("Program", "二十项专项行动")),
        ("坚持“房子是用来住的、不是用来炒的”定位。", ("Program", "房子是用来住的、不是用来炒的")),
        ("常态化举办“一把手”项目谋划擂台赛。", ("Program", "一把手")),
        ("举办全省“一县一链”现场推进会。", ("Program", "一县一链")),
        ("高规格举办首届中国乡村振兴品牌大会。", ("Program", "乡村振兴战略")),
    ],
)
def test_patterns_leave_non_programs(nlp, text, not_expected):
    assert not_expected not in _found(nlp, text)


def test_patterns_split_a_title_from_its_trophy(nlp):
    found = _found(nlp, "连续三年荣获省“五水共治”工作优秀县“大禹鼎”银鼎。")
    assert {("Award", "省五水共治工作优秀县"), ("Award", "大禹鼎")} <= found
    assert not any(t == "Award" and "优秀县大禹鼎" in name for t, name in found)


@pytest.mark.parametrize(
    "text, award",
    [
        ("县中医院、妇保院创成二甲医院。", "二甲医院"),
        ("县人民医院顺利通过三级乙等综合医院评审。", "三级乙等综合医院"),
        ("入选全国百强县第65位。", "全国百强县"),
        ("成功争取园林垃圾资源化利用国家级试点。", "园林垃圾资源化利用国家级试点"),
        ("美的集团入选《财富》世界500强。", "财富世界500强"),
        ("顺德区获批建设广东省高质量发展体制机制改革创新实验区。", "广东省高质量发展体制机制改革创新实验区"),
    ],
)
def test_patterns_find_awards(nlp, text, award):
    assert ("Award", award) in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "成为全省首个实现村级GEP核算的县。",
        "获得省级财政奖补资金5000万元。",
        "成为全省乡村振兴的重要窗口，成为长三角重要的先进制造业基地。",
    ],
)
def test_patterns_money_and_descriptions_are_no_award(nlp, text):
    assert not any(t == "Award" for t, _ in _found(nlp, text))


def test_patterns_the_only_one_before_a_title_is_not_part_of_it(nlp):
    assert ("Award", "省级科技企业孵化器") in _found(nlp, "向上创业园正式获批为我市唯一的省级科技企业孵化器。")


def test_patterns_one_family_villages_stand_alone(nlp):
    found = _found(nlp, "余村、鲁家村入选全国乡村旅游重点村，王村完成改造，全村、邻村、新村同步推进。")
    assert {("Locality", "余村"), ("Locality", "鲁家村"), ("Locality", "王村")} <= found
    assert not found & {("Locality", "全村"), ("Locality", "邻村"), ("Locality", "新村")}
    assert ("Locality", "万村") not in _found(nlp, "实现千村万村全覆盖。")


def test_patterns_a_village_cut_by_the_segmenter_is_not_a_one_family_village(nlp):
    # 上周村 is segmented 上|周村: 周村 alone is a fragment of the name.
    assert ("Locality", "周村") not in _found(nlp, "强化对以上坦、洪村、上周村等为重点的危旧房整治。")


@pytest.mark.parametrize(
    "text, project",
    [
        ("开工建设官桥至龙门快速通道工程。", "官桥至龙门快速通道工程"),
        ("加快白濑水利枢纽工程建设。", "白濑水利枢纽工程"),
        ("厦沙高速安溪联络线加快建设。", "厦沙高速安溪联络线"),
        ("台金高速仙居互通改建工程顺利完工。", "台金高速仙居互通改建工程"),
        ("加快广州地铁7号线西延段(顺德段)建设。", "广州地铁7号线西延段"),
        ("开工建设沭阳县第二水厂扩建项目。", "沭阳县第二水厂扩建项目"),
    ],
)
def test_patterns_find_projects(nlp, text, project):
    assert ("Project", project) in _found(nlp, text)


def test_patterns_an_organization_name_stops_at_the_work_on_it(nlp):
    found = _found(nlp, "开工建设顺德新城中心医院项目。")
    assert ("Project", "顺德新城中心医院项目") in found
    assert not any(name.startswith("建设") for _, name in found)


def test_patterns_a_designated_kind_of_site_is_an_award_not_a_place(nlp):
    found = _found(nlp, "清晖园获评国家一级博物馆。争创国家全域旅游示范区。")
    assert ("Award", "国家一级博物馆") in found
    # the garden that received the title is a place; the titles are not
    assert {name for t, name in found if t == "Place"} == {"清晖园"}


def test_patterns_a_lexicon_program_with_its_noun_is_that_program(nlp):
    assert ("Program", "林长制") in _found(nlp, "持续深化林长制改革。")


def test_patterns_the_speaker_of_a_township_report_names_no_township(nlp):
    found = _found(nlp, "现在，我代表镇人民政府向大会报告工作。")
    assert not any(t == "Locality" for t, _ in found)


@pytest.mark.parametrize(
    "text, place",
    [
        ("永安溪入选省级“美丽河湖”。", "永安溪"),
        ("蓝溪入选省级“幸福河湖”。", "蓝溪"),
        ("萧江宗祠完成修缮。", "萧江宗祠"),
        ("江苏沭阳经济技术开发区获评省级生态工业园区。", "江苏沭阳经济技术开发区"),
    ],
)
def test_patterns_find_places(nlp, text, place):
    assert ("Place", place) in _found(nlp, text)


@pytest.mark.parametrize(
    "text, places",
    [
        # the site nouns reports use, with a named head
        ("莫干山风景名胜区游客量突破300万人次。", {"莫干山风景名胜区"}),
        ("茨坪老街改造完成，仙霞关景区完成提质改造。", {"茨坪老街", "仙霞关景区"}),
        ("梦想小镇入驻企业超过2000家，新市古镇开街运营。", {"梦想小镇", "新市古镇"}),
        ("下渚湖国家湿地公园、九龙湾湿地公园建成开放。", {"下渚湖国家湿地公园", "九龙湾湿地公园"}),
        ("桐乡市濮院毛衫城成交额增长，横店影视城接待游客1900万人次。", {"桐乡市濮院毛衫城", "横店影视城"}),
        ("井冈山革命烈士陵园接待游客增长。", {"井冈山革命烈士陵园"}),
        # names the segmenter breaks: a verb inside, two names joined by ·
        ("开元森泊度假乐园开业迎客。", {"开元森泊度假乐园"}),
        ("江郎山·廿八都旅游区创成国家5A级旅游景区。", {"江郎山·廿八都旅游区"}),
        # a mountain, temple or bridge in one word; rivers the segmenter takes for people or does not know
        ("鸾峰桥完成修缮，灵隐寺香火旺盛。", {"鸾峰桥", "灵隐寺"}),
        ("天目山、大明山游客增长。", {"天目山", "大明山"}),
        ("须江、乌溪江、富春江水质全部达标。", {"须江", "乌溪江", "富春江"}),
        # a name a title for sites is given to, and the items of a list closed by their kind
        ("中南百草原创成国家4A级旅游景区。", {"中南百草原"}),
        ("白茶原、云上草原、中南百草原等景区成为网红打卡地。", {"白茶原", "云上草原", "中南百草原"}),
        ("江郎山景区、仙霞关等景区入选省级文旅金名片。", {"江郎山景区", "仙霞关"}),
        # a quoted name, a word of what it is, its head; not a designation (“两山”实践示范区)
        ("“两山”创客小镇入驻企业50家，争创“两山”实践示范区。", {"两山创客小镇"}),
    ],
)
def test_patterns_find_places_in_many_shapes(nlp, text, places):
    found = _found(nlp, text)
    assert {("Place", p) for p in places} <= found
    assert not any(t == "Place" and name not in places for t, name in found)


def test_patterns_a_stream_given_a_title_for_rivers_is_a_place_not_a_division(nlp):
    # 南溪 is also a division's short form (南溪区); the title says it is a stream here
    found = _found(nlp, "南溪成功创建省“美丽河湖”。")
    assert ("Place", "南溪") in found
    assert ("Locality", "南溪") not in found


def test_patterns_cities_listed_before_a_kind_of_park_stay_cities(nlp):
    found = _found(nlp, "新增湖州、嘉兴等城市公园。")
    assert {("Locality", "湖州"), ("Locality", "嘉兴")} <= found  # short forms, linked to the cities later
    assert not any(t == "Place" for t, _ in found)


def test_patterns_old_towns_and_theme_towns_are_places_not_townships(nlp):
    found = _found(nlp, "新市古镇、梦想小镇接待游客增长。")
    assert not any(t == "Locality" for t, _ in found)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("新建城市公园5个、口袋公园12个，建成村级文化礼堂30个。", "Place"),  # kinds, counted
        ("全年新建“共富果园”26个。", "Place"),
        ("打造精品民宿集聚区，全县A级景区达到15个，成功创建国家4A级旅游景区2个。", "Place"),  # kinds and designations
        ("新增国家级研学基地1个，以省级廉政教育基地为依托，打造智造基地。", "Place"),
        ("规划建设文化中心、体育中心和会展中心。", "Place"),  # buildings with no name
        ("以古竹为中心，以宏阁为中心。", "Place"),  # 以 glued to the name by the segmenter
        ("加快十大名山、十大名湖建设。", "Place"),
        ("新建省级重点实验室2家，引进生物制药企业5家。", "Organization"),
        ("安吉县中小学校舍改造全面完成，高级中学和实验小学改扩建。", "Organization"),
        ("县融媒体中心获评全国先进。", "Organization"),
    ],
)
def test_patterns_kinds_of_site_and_body_are_no_names(nlp, text, kind):
    assert not any(t == kind for t, _ in _found(nlp, text))


def test_patterns_a_reservoir_being_built_is_a_project_not_a_place(nlp):
    found = _found(nlp, "开工建设双溪口水库。新安江水库水质保持一类。")
    assert ("Place", "双溪口水库") not in found
    assert ("Place", "新安江水库") in found


def test_patterns_a_former_school_is_a_site(nlp):
    found = _found(nlp, "揭牌仪式在王村口镇后塘村原上垟小学举行。")
    assert ("Place", "上垟小学") in found
    assert ("Locality", "后塘村") in found


@pytest.mark.parametrize(
    "text, bodies",
    [
        ("天能茶业、华海制药入选省级龙头企业。", {"天能茶业", "华海制药"}),
        ("湘湖实验室、白马湖实验室挂牌运行。", {"湘湖实验室", "白马湖实验室"}),
        ("浙江安吉经济开发区管委会获评先进集体。", {"浙江安吉经济开发区管委会"}),
        ("安吉县融媒体中心获评先进单位。", {"安吉县融媒体中心"}),
        # a campus named by its college and its place; not a new campus
        ("湖州师范学院安吉校区挂牌成立，浙江农林大学新校区投入使用。", {"湖州师范学院安吉校区", "浙江农林大学"}),
        # schools named by a proper noun; a particle the segmenter joined (县|委的)
        ("茅盾中学与漠华小学结对。", {"茅盾中学", "漠华小学"}),
        ("确保安吉县委的部署落到实处。", {"安吉县委"}),
    ],
)
def test_patterns_find_organizations(nlp, text, bodies):
    found = _found(nlp, text)
    assert {("Organization", b) for b in bodies} <= found
    assert not any(t == "Organization" and name not in bodies for t, name in found)


def test_patterns_a_planning_block_is_not_a_stream(nlp):
    assert ("Place", "梅溪") not in _found(nlp, "古院梅溪区块房屋征收签约率为99%。")


def test_patterns_people_next_to_their_role(nlp):
    found = _found(nlp, "在镇党委书记胡建平带领下，在副县长陈立新的牵头推动下，项目顺利落地。")
    assert {("Person", "胡建平"), ("Person", "陈立新")} <= found
