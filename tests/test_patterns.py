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
        # the completion ends where a word ends, before the kind of thing it is or a predicate
        ("深化村级组织“三资”监管模式，东村“空心村”整治有序推进。", {("Program", "三资监管"), ("Program", "空心村整治")}),
        ("“一只果”全产业链增值化改革入选全省最佳实践案例。", {("Program", "一只果全产业链增值化改革")}),
        # a quoted package takes its owner: the words back to the policy verb or the list mark
        ("出台稳外贸渡难关“新十条”政策，推广危废处置、工业固废“五步法”。",
         {("Program", "稳外贸渡难关新十条"), ("Program", "工业固废五步法")}),
        # two-character names in a run of quotes that a program head shares
        ("“扩中”“提低”、“强村富民”等重大改革集成突破。", {("Program", "扩中"), ("Program", "提低")}),
        # a model named after a place, a service promise
        ("全面推广“寿光模式”，全面推行“一次办好”。", {("Program", "寿光模式"), ("Program", "一次办好")}),
        # a national strategy is named by what it is about; an idiom inside the name does not end it
        ("深入实施长三角一体化发展国家战略。", {("Program", "长三角一体化发展")}),
        # a future community with a site is a project; without one, the program
        ("推进未来社区试点建设，田川未来社区建设有序推进。", {("Program", "未来社区"), ("Project", "田川未来社区")}),
        # a formula in quotes; a bracketed gloss is not part of the name
        ("深化“3+X”招商引资全闭环推进机制。", {("Program", "3+X")}),
        ("通过深化“农户+集体+企业(大户)”发展模式。", {("Program", "农户+集体+企业")}),
        # well-known national campaigns and strategies; a campaign fought as its battle
        ("坚决打赢脱贫攻坚战，扎实做好“六稳”工作、全面落实“六保”任务。",
         {("Program", "脱贫攻坚"), ("Program", "六稳"), ("Program", "六保")}),
        ("深入实施黄河流域生态保护和高质量发展战略，全面推进粤港澳大湾区建设。",
         {("Program", "黄河流域生态保护和高质量发展"), ("Program", "粤港澳大湾区建设")}),
        ("为建设“强富美高”新江苏贡献力量。", {("Program", "强富美高")}),
        ("奋力打造乡村振兴齐鲁样板先行区。", {("Program", "乡村振兴齐鲁样板")}),
        ("扎实做好“六稳”工作。", {("Program", "六稳")}),
        ("“一事一议”工作列入省财政重要标志性成果。", {("Program", "一事一议")}),
        # a name holding verbs of its own; the reform of a system named by the system
        ("全面完成农村饮用水达标提标三年行动。", {("Program", "农村饮用水达标提标三年行动")}),
        ("深化商事登记确认制改革，营商环境持续优化。", {("Program", "商事登记确认制")}),
        # a noun that ends like a verb is part of the name
        ("深化政务服务改革，深化金融服务改革。", {("Program", "政务服务改革"), ("Program", "金融服务改革")}),
        # a quoted core before 建设行动 is the name; a plan known by its short title
        ("深入实施“绿色名镇”建设行动。", {("Program", "绿色名镇")}),
        ("全力落实《横琴方案》。", {("Program", "横琴方案")}),
        # a pledge named as its campaign
        ("扎实开展“不忘初心、牢记使命”主题教育。", {("Program", "不忘初心、牢记使命")}),
        # the national campaign named bare, its results consolidated (ANNOTATION.md: a named campaign)
        ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接。", {("Program", "脱贫攻坚")}),
        # national strategies and mechanisms named in every province's reports
        ("深化东西部协作，主动融入京津冀协同发展，扎实做好易地扶贫搬迁后续扶持。",
         {("Program", "东西部协作"), ("Program", "京津冀协同发展"), ("Program", "易地扶贫搬迁")}),
        ("纵深推进“共同缔造”，健全防止返贫动态监测和帮扶机制。",
         {("Program", "美好环境与幸福生活共同缔造"), ("Program", "防止返贫动态监测和帮扶机制")}),
        # a quoted name of four characters or more before a campaign's description is the name
        ("深入推进“双十双百”集群制造行动，开展“我兴楚乡·创在湖北”返乡创业行动。",
         {("Program", "双十双百"), ("Program", "我兴楚乡·创在湖北")}),
        ("农村“组组通”硬化路三年大决战成果持续巩固。", {("Program", "组组通")}),
        # a five-year action found by its suffix, the verb before it cut off
        ("启动农村人居环境整治提升五年行动。", {("Program", "农村人居环境整治提升五年行动")}),
        ("主动服务强省会战略。", {("Program", "强省会战略")}),
        # cooperation between two provinces named by their short forms, 扶贫 dropped from the name
        ("深化沪滇扶贫协作，上海市闵行区投入帮扶资金8600万元。", {("Program", "沪滇协作")}),
        ("深化京蒙协作,北京市东城区援助资金3200万元。", {("Program", "京蒙协作")}),
        ("持续深化闽宁协作。", {("Program", "闽宁协作")}),
        # a quoted system of three characters; a gloss in brackets before the context word
        ("全面推行企业投资项目“承诺制”，深化改革。", {("Program", "承诺制")}),
        ("“美丽庭院”（小三园）建设覆盖全部行政村。", {("Program", "美丽庭院")}),
        # a quoted campaign ending in 村 is no village
        ("持续开展“万企帮万村”精准扶贫行动，引进帮扶企业23家。", {("Program", "万企帮万村")}),
        # a numbered core keeps its 工程; a core of four keeps no 整治 after it
        ("实施“136”兴医工程，组建医联体。", {("Program", "136兴医工程")}),
        ("深入实施“871”重大生态工程，全面落实河长制。", {("Program", "871重大生态工程")}),
        ("深化“五违四必”区域环境综合整治，推进“无废城市”建设。", {("Program", "五违四必"), ("Program", "无废城市")}),
        ("深化“五违四必”整治和“无废城市”建设。", {("Program", "五违四必")}),
        # national campaigns called …工程 and national policies the lexicon knows
        ("接续实施三北防护林工程和京津风沙源治理工程，实施新一轮退耕还林还草1.2万亩。",
         {("Program", "三北防护林工程"), ("Program", "京津风沙源治理工程"), ("Program", "退耕还林还草")}),
        ("持续实施天然林资源保护工程，认真落实草原生态保护补助奖励政策。",
         {("Program", "天然林资源保护工程"), ("Program", "草原生态保护补助奖励政策")}),
        ("全面贯彻新时代党的治藏方略，承接极高海拔地区生态搬迁群众210户。",
         {("Program", "新时代党的治藏方略"), ("Program", "极高海拔地区生态搬迁")}),
        ("纵深推进能源革命，全面落实控辍保学。", {("Program", "能源革命"), ("Program", "控辍保学")}),
        ("实施国有企业改革深化提升行动。", {("Program", "国有企业改革深化提升行动")}),
        # a place's flagship vision pushed on, named without 建设
        ("举全区之力推进崇明世界级生态岛建设，全区地区生产总值完成452.6亿元。", {("Program", "崇明世界级生态岛")}),
        ("持续深化嘉善县域科学发展示范点建设，做强经济技术开发区。", {("Program", "嘉善县域科学发展示范点")}),
        # systems of chiefs in force or listed with another; a system put in force unquoted
        ("全面落实河长制、湾长制、林长制，万泉河干流水质稳定。", {("Program", "湾长制")}),
        ("全面推行路长制和山长制，推行积分制管理。", {("Program", "路长制"), ("Program", "山长制"), ("Program", "积分制")}),
        # a pilot zone of a strategy, built; a national strategy named by its zone and 建设
        ("深入推进黄河流域生态保护和高质量发展先行区建设。", {("Program", "黄河流域生态保护和高质量发展先行区")}),
        ("（一）深度融入海南自由贸易港建设。", {("Program", "海南自由贸易港建设")}),
        # national plans carried out, and the one listed after under the same verb
        ("持续实施国家黑土地保护工程和大豆振兴计划。", {("Program", "国家黑土地保护工程"), ("Program", "大豆振兴计划")}),
        ("深入推进徽州古建筑保护利用工程，实施旅游强县战略。", {("Program", "徽州古建筑保护利用工程")}),
        # a quoted achievement consolidated; the campaigns of ethnic unity and of studying a guiding idea
        ("深化“放管服”改革，巩固“办事不求人”成果。", {("Program", "办事不求人")}),
        ("深入开展民族团结进步创建，扫黑除恶专项斗争圆满收官。", {("Program", "民族团结进步创建")}),
        ("扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。",
         {("Program", "学习贯彻习近平新时代中国特色社会主义思想主题教育")}),
        # a pilot carried out before a list joiner; a numbered programme quoted whole; a strategy whose opportunity is seized
        ("深化能源革命综合改革试点和“六新”突破，支持大同建设。", {("Program", "能源革命综合改革试点")}),
        ("深入实施高校“1331工程”，学科建设取得进展。", {("Program", "1331工程")}),
        ("抢抓中部地区崛起战略机遇，主动融入京津冀协同发展。", {("Program", "中部地区崛起")}),
        # a strategy's pilot zone carried out or held to; the party's strategy for a frontier region; a governance model
        ("全面落实黄河流域生态保护和高质量发展先行区建设任务。", {("Program", "黄河流域生态保护和高质量发展先行区")}),
        ("坚持成渝地区双城经济圈协调发展先行区建设。", {("Program", "成渝地区双城经济圈协调发展先行区")}),
        ("全面贯彻党的治疆方略，社会大局持续稳定。", {("Program", "新时代党的治疆方略")}),
        ("“枫林管家”基层治理模式获评全省创新案例。", {("Program", "枫林管家")}),
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
        # a quoted list is no one name; a count is no completion; events held are no programs
        ("重点聚焦“科创、文创、农创”三创融合发展。", ("Program", "科创、文创、农创三创融合发展")),
        ("开展“稳企赋能”二十项专项行动。", ("Program", "稳企赋能二十项专项行动")),
        ("举办“中国畲乡三月三”活动，举办“五马街大讲堂”等文化活动。", ("Program", "中国畲乡三月三")),
        ("举办“中国畲乡三月三”活动，举办“五马街大讲堂”等文化活动。", ("Program", "五马街大讲堂")),
        # a fund and a ranking are no programs
        ("坚持过紧日子，“三公”经费下降8%。", ("Program", "三公")),
        ("争创全国文明城市“三连冠”。", ("Program", "三连冠")),
        # the field of a strategy is not the strategy (乡村振兴 alone is no alias of 乡村振兴战略)
        ("郫都乡村振兴成果多次获得报道。", ("Program", "乡村振兴战略")),
        # a goal or a measure in quotes; an app
        ("围绕“工业强镇、商贸重镇、文旅名镇”目标，奋力推进高质量发展。", ("Program", "工业强镇、商贸重镇、文旅名镇")),
        ("推行“一网通办”，政务服务事项“一次不跑”比例达到82%。", ("Program", "一次不跑")),
        ("推行“浙里办”掌上办事。", ("Program", "浙里办")),
        # a product, a system, a venue, a goal opening with its verb, a county's strategy of no name
        ("创新推出“共富贷”等金融产品。", ("Program", "共富贷")),
        ("迭代“协同办公”系统。", ("Program", "协同办公")),
        ("积极探索“社情民意联络站”“政协委员家事调解室”等创新载体。", ("Program", "社情民意联络站")),
        ("践行“打造中国乃至世界先进制造业基地”的殷殷嘱托。", ("Program", "打造中国乃至世界先进制造业基地")),
        ("全会对县域发展战略体系进行了深入研究。", ("Program", "县域发展战略")),
        # a program naming a kind of village or town, counted or being created; a verb after a quoted name
        ("创建省级美丽乡村特色精品村5个。", ("Program", "美丽乡村")),
        ("基本完成省级基本无违建市创建。", ("Program", "无违建")),
        ("健全“一把手”抓改革工作机制。", ("Program", "一把手抓改革")),
        # a brand is sold, not carried out; counted companies are companies
        ("打响“丽水山耕”区域公用品牌。", ("Program", "丽水山耕")),
        ("持续打响“摆脱贫困”品牌。", ("Program", "摆脱贫困")),
        ("圆通、申通、中通、韵达“三通一达”企业总部回归。", ("Program", "三通一达")),
        # a pledge, a goal walked towards, a campaign's results, a mode of growth, a state reached, a service, a product
        ("我们始终不忘初心、牢记使命，坚持过紧日子。", ("Program", "不忘初心、牢记使命")),
        ("携手走共同富裕之路。", ("Program", "共同富裕")),
        ("让百姓在共同富裕的道路上走得更稳。", ("Program", "共同富裕")),
        # common prosperity is a goal however it is worked for (the gold sets: one mention of it as a program, fourteen not)
        ("三是推动共同富裕。深入实施“千万工程”。", ("Program", "共同富裕")),
        ("共同富裕工作获省政府督查激励。", ("Program", "共同富裕")),
        # a kind of place built or a section's field is the goal, not the program
        ("三是建设美丽乡村。深入实施乡村振兴战略。", ("Program", "美丽乡村")),
        ("二、美丽乡村持续深化\n深化“千万工程”。", ("Program", "美丽乡村")),
        ("坚持农业与旅游“双轮驱动”。", ("Program", "双轮驱动")),
        ("便民服务中心实现“一窗通办”。", ("Program", "一窗通办")),
        ("景区推出“一码游全域”智慧服务。", ("Program", "一码游全域")),
        ("“万年糕”“阿公茶”等特色伴手礼热销。", ("Program", "万年糕")),
        ("也是长三角一体化发展上升为国家战略五周年。", ("Program", "国家战略")),
        ("深化“美丽庭院”建设行动。", ("Program", "美丽庭院建设行动")),
        ("深入推进“双十双百”集群制造行动。", ("Program", "双十双百集群制造行动")),
        # words after a quoted name describe it: no second name starts after the quote
        ("以“擦亮小城镇”建设美丽城镇三年行动为抓手。", ("Program", "建设美丽城镇三年行动")),
        # a requirement kept and a goal anchored on; a festival held
        ("严格落实“四个不摘”要求。", ("Program", "四个不摘")),
        ("锚定“两个确保”，全面实施“十大战略”。", ("Program", "两个确保")),
        ("成功举办畲族“三月三”歌会。", ("Program", "三月三")),
        # a campaign's spirit
        ("弘扬脱贫攻坚精神，感恩奋进。", ("Program", "脱贫攻坚")),
        # services made alike in two cities are no named program
        ("加快推进产业发展同城化。", ("Program", "产业发展同城化")),
        # a kind of village named after a program; a list drawn up; a work item built
        ("打造垃圾分类数字赋能试点村42个。", ("Program", "垃圾分类")),
        ("系统梳理“三张清单”，着力破解难题。", ("Program", "三张清单")),
        ("“智慧养老”建设项目顺利启动。", ("Program", "智慧养老")),
        # an adverb and verb the segmenter joins govern the name; a verb alone before the suffix names none
        ("全面推行林长制改革。", ("Program", "全面推行林长制改革")),
        ("全面打赢村社组织换届攻坚战。", ("Program", "换届攻坚战")),
        ("让群众共享改革发展成果。", ("Program", "让群众共享改革")),
        # a brand card, a theme written on, places counted, a list of fields
        ("打造“诗画江南”金名片。", ("Program", "诗画江南")),
        ("做好“土特产”文章。", ("Program", "土特产")),
        ("打造“网红打卡地”10处。", ("Program", "网红打卡地")),
        ("重点聚焦“工贸、文旅、农创”融合。", ("Program", "工贸、文旅、农创")),
        # a company's own reform; a town described by a program's name
        ("全年新增规上企业9家，丽新旅游发展集团有限公司完成混合所有制改革。", ("Program", "混合所有制")),
        ("奋力建设共同富裕的美丽城镇！", ("Program", "美丽城镇")),
        # policy fields and bottom lines
        ("扎实做好“三农”工作。", ("Program", "三农")),
        ("稳妥推进“双碳”工作。", ("Program", "双碳")),
        ("坚决守住“三保”底线。", ("Program", "三保")),
        # 工作 and 经验 follow any topic
        ("“乡贤回归”工作成效明显。", ("Program", "乡贤回归")),
        ("“金牌调解”经验被多家媒体报道。", ("Program", "金牌调解")),
        # the field a section heading reports on
        ("（二）美丽乡村提档升级。深入实施“千万工程”。", ("Program", "美丽乡村")),
        # a task kept in mind, a goal benchmarked, a pledge kept
        ("牢记“五大任务”，以铸牢中华民族共同体意识为主线。", ("Program", "五大任务")),
        ("对标“六最”持续优化营商环境。", ("Program", "六最")),
        ("弘扬脱贫攻坚精神，做到“四个不摘”。", ("Program", "四个不摘")),
        # a platform used, a way of farming, a team, a mix of products, a count of works
        ("依托“蒙速办”平台推进政务服务。", ("Program", "蒙速办")),
        ("“梯田红米”通过“一部手机游云南”平台销往全国。", ("Program", "一部手机游云南")),
        ("推广“稻鱼鸭”综合种养模式5.2万亩。", ("Program", "稻鱼鸭")),
        ("由护林员组成的“五岔沟林海卫士”巡护队全年巡护。", ("Program", "五岔沟林海卫士")),
        ("坚持“冰雪+温泉+森林”融合发展。", ("Program", "冰雪+温泉+森林融合发展")),
        ("联合打造“森林+草原”精品旅游线路。", ("Program", "森林+草原")),
        ("年初谋划的“十大工程”全部开工。", ("Program", "十大工程")),
        # a principle held, with nothing after the quote
        ("坚持“以煤为基、多元发展”，全年实施村级项目17个。", ("Program", "以煤为基、多元发展")),
        ("坚持“项目为王”，全年实施重点项目186个。", ("Program", "项目为王")),
        # a plan's yearly version is the document; a site named after a program
        ("落实优化营商环境6.0版行动方案。", ("Program", "优化营商环境6.0版行动方案")),
        ("南沙新城易地扶贫搬迁集中安置区配套学校全部建成。", ("Program", "易地扶贫搬迁")),
        # a body in quotes; no system where 长制 ends a word of growth; the guiding idea inside its campaign's name
        ("村“两委”坚持以习近平新时代中国特色社会主义思想为指导。", ("Program", "两委")),
        ("扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。", ("Program", "习近平新时代中国特色社会主义思想")),
        # a community's own creation work; a field of work named as the means of the work
        ("飞鹅山“石榴籽”社区民族团结进步创建工作登上央视。", ("Program", "民族团结进步创建")),
        ("安装太阳能路灯420盏，垃圾分类收集实现全覆盖。", ("Program", "垃圾分类")),
        # a plan carried out on a work is the work's: 修复 and a phase
        ("实施四二干沟生态修复工程。", ("Program", "四二干沟生态修复工程")),
        ("抢抓中部地区崛起战略机遇，主动融入京津冀协同发展。", ("Program", "抢抓中部地区崛起战略")),
        # a product named after a mountain counts nothing; a hub's works are built; a feast listed after a festival held
        ("“五指山红茶”走俏珠三角市场。", ("Program", "五指山红茶")),
        ("推动嘉兴南站综合枢纽配套建设。", ("Program", "嘉兴南站综合枢纽配套")),
        ("成功举办第五届侗族芦笙节和“千人长桌宴”。", ("Program", "千人长桌宴")),
        # a count of trades, a festival, a duty, a state reached, a chapter written, a contest held
        ("做强茶叶、食用菌“两大产业”。", ("Program", "两大产业")),
        ("办好苗族“六月六”节。", ("Program", "六月六")),
        ("“一江清水送下游”的责任扛在肩上。", ("Program", "一江清水送下游")),
        ("“一镇带多村”联动发展格局初步形成。", ("Program", "一镇带多村")),
        ("奋力谱写“两个高地”新篇章。", ("Program", "两个高地")),
        ("开展“好家风、好家训”评选活动。", ("Program", "好家风、好家训")),
        # a reform spread to every village names none; a zone sought is no reform carried out
        ("全县86个村全部推开改革。", ("Program", "村全部推开改革")),
        ("支持清河区争创全国农村改革试验区。", ("Program", "农村改革")),
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
        # heads of enterprise titles; a title named as one (…称号) needs no head; 目的地 is no description
        ("婺源县篁岭文旅股份有限公司被评为省级农业产业化龙头企业。", "省级农业产业化龙头企业"),
        ("下渚湖湿地公园获得国家湿地公园称号。", "国家湿地公园"),
        ("篁岭景区荣获“中国最美乡村旅游目的地”称号。", "中国最美乡村旅游目的地"),
        # 亿元村 is a title, not a sum; 跻身 and 上榜 are award verbs
        ("禹越镇三林村成功入围第二批全国乡村特色产业亿元村。", "全国乡村特色产业亿元村"),
        ("我县跻身全国县域经济百强县。", "全国县域经济百强县"),
        ("我县上榜全国县域旅游综合实力百强县。", "全国县域旅游综合实力百强县"),
        # a list a title is on is that title; a 培育名单 stays one
        ("秋口镇长径村入选2022年全国乡村旅游重点村名单。", "全国乡村旅游重点村"),
        ("龙山镇列入省级运动休闲小镇培育名单。", "省级运动休闲小镇培育名单"),
        ("舜宇集团荣登中国电子信息百强企业榜单。", "中国电子信息百强企业"),
        # a title said to be won after it: quoted, or opening with its level
        ("“中国口杯之都”国字号品牌复评顺利通过。", "中国口杯之都"),
        ("国家园林县城复核工作顺利通过。", "国家园林县城"),
        ("全市上下齐心协力推动省级文明城市通过验收。", "省级文明城市"),
        # after a verb of selection, a title opening with its level needs no head
        ("临安区人民医院入选国家胸痛中心。", "国家胸痛中心"),
        # a named list of good practice; a prize of an event is one title with it (获 before a year is a verb)
        ("两项改革入选省《竞跑者》。", "竞跑者"),
        ("朱宗鹤获2019年度“最美浙江人·浙江骄傲”人物评选活动“提名人物奖”。", "最美浙江人·浙江骄傲人物评选活动提名人物奖"),
        # a time clause the title opens ends before its 之后, 以来, 后
        ("兴十四村继2019年入选首批全国乡村旅游重点村之后，今年又被评为全国乡村治理示范村，村史馆被命名为省爱国主义教育基地。",
         "全国乡村旅游重点村"),
        ("我县入选全国农业现代化示范区以来，农民收入持续增长。", "全国农业现代化示范区"),
        ("该村获评全国文明村后，旅游人数增长。", "全国文明村"),
    ],
)
def test_patterns_find_awards(nlp, text, award):
    assert ("Award", award) in _found(nlp, text)


def test_patterns_split_quoted_titles_written_one_after_the_other(nlp):
    awards = {name for t, name in _found(nlp, "我县荣获“全国文明城市”“国家卫生城市”称号。") if t == "Award"}
    assert awards == {"全国文明城市", "国家卫生城市"}


def test_patterns_a_list_of_quoted_names_shares_its_level_and_kind(nlp):
    awards = {name for t, name in _found(nlp, "富乐德石英科技入围省“尖兵”、“领雁”项目。") if t == "Award"}
    assert awards == {"省尖兵项目", "省领雁项目"}


def test_patterns_the_recipient_after_grant_is_not_part_of_the_title(nlp):
    awards = {name for t, name in _found(nlp, "省政府授予我市“浙江省园林城市”称号。") if t == "Award"}
    assert awards == {"浙江省园林城市"}


def test_patterns_a_description_before_a_quoted_title_is_no_title(nlp):
    awards = {name for t, name in _found(nlp, "五金生产力促进中心荣获全国技术市场领域最高荣誉“金桥奖”。") if t == "Award"}
    assert awards == {"金桥奖"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a brand's campaign is a program named by the brand; a brand alone is sold, not carried out
        ("实施“红色金寨”品牌提升行动，金寨县革命博物馆完成陈展改造。", {"红色金寨"}),
        ("打响“丽水山耕”区域公用品牌。", set()),
        # the defence of a place named alone is an event; a campaign against a harm is a program
        ("打赢武汉保卫战，扎实做好“六稳”工作。", {"六稳"}),
        ("打赢蓝天保卫战。", {"蓝天保卫战"}),
        # a program naming a kind of village being built is that kind's topic, not the program
        ("完成奇墅村美丽乡村中心村建设。", set()),
        ("莘村、桃村完成美丽乡村精品示范村建设。", set()),
        ("统筹美丽城镇、美丽乡村建设。", {"美丽城镇", "美丽乡村"}),
    ],
)
def test_patterns_a_brand_campaign_is_a_program_and_a_place_defence_is_not(nlp, text, expected):
    assert {name for t, name in _found(nlp, text) if t == "Program"} == expected


def test_patterns_a_known_title_quoted_in_ascii_is_the_title_not_its_program(nlp):
    # reports typed with ASCII punctuation: the lexicon's “四好农村路”全国示范县 is "四好农村路"全国示范县
    found = _found(nlp, '全县申报"四好农村路"全国示范县。')
    assert ("Award", "四好农村路全国示范县") in found and not any(t == "Program" for t, _ in found)
    assert not any(t == "Locality" for t, _ in _found(nlp, "打赢武汉保卫战。"))


def _award_spans(nlp, text: str) -> set[str]:
    return {m.text for m in nlp(text).user_data[MENTIONS] if m.type == "Award"}


@pytest.mark.parametrize(
    "text, spans",
    [
        # a place in a ranked list after 位列/名列 or after the title is not part of it
        ("晋江位列全国综合实力百强县市第4位。", {"全国综合实力百强县市"}),
        ("全市生产总值增长6.5%，名列全国县域经济百强县第16位。", {"全国县域经济百强县"}),
        ("集团连续第十九年位列中国民营企业500强。", {"中国民营企业500强"}),
        ("北滘镇连续五年入选全国综合实力千强镇前十名。", {"全国综合实力千强镇"}),
        # a ranking of a figure names no title
        ("经济总量位列全省县市区第一。", set()),
        ("增速位列全市各县区第三位。", set()),
        # a list named by what it holds: the title is what it holds
        ("该公司列入全国绿色矿山名录，产量突破6亿吨。", {"全国绿色矿山"}),
        ("红井景区入选全国红色旅游经典景区名录。", {"全国红色旅游经典景区"}),
        # a list named by how it is made stays whole
        ("常山胡柚入选全国“土特产”推荐名录。", {"全国“土特产”推荐名录"}),
        ("龙山镇列入省级运动休闲小镇培育名单。", {"省级运动休闲小镇培育名单"}),
    ],
)
def test_patterns_a_rank_or_list_word_after_a_title_is_not_part_of_it(nlp, text, spans):
    assert _award_spans(nlp, text) == spans


def test_patterns_two_titles_opening_with_their_level_are_split_at_and(nlp):
    found = _found(nlp, "青山湖科技城、临安经济开发区分别入选省级高能级战略平台和省级园区循环化改造示范试点。")
    assert {("Award", "省级高能级战略平台"), ("Award", "省级园区循环化改造示范试点")} <= found
    # one title whose second half has no level of its own stays whole
    found = _found(nlp, "“村社平安指数评价体系”入选全省新时代枫桥经验和平安建设创新案例。")
    assert {name for t, name in found if t == "Award"} == {"全省新时代枫桥经验和平安建设创新案例"}


@pytest.mark.parametrize(
    "text, not_a_title",
    [
        ("跻身全国前列，跻身全省第一方阵。", None),
        ("全市上下齐心协力推动省级文明城市通过验收。", "推动"),  # the title opens at its level, after the verb
        ("唐先葡萄生姜特色农业强镇通过省级验收。", "唐先"),  # a name before an unquoted title without its level
        ("获评全国技术市场领域最高荣誉。", None),  # 市场 is no 市
        ("项目被列入“十四五”省道网布局，入选省级重点建设项目，列入国家规划。", None),  # plans and project lists
        ("入选全国第一，获批省级专项资金。", None),
        ("我县被列为省级重点督办地区，列入全省环境问题挂牌督办名单。", None),  # a sanction is no honour
        ("获评省级以上荣誉50余项。", None),  # a count of honours
        ("获2020年度省级财政奖补资金500万元。", None),
        ("两项改革写入省《政府工作报告》。", None),  # a publication named without a verb of selection
    ],
)
def test_patterns_no_title_or_no_words_around_it(nlp, text, not_a_title):
    awards = [name for t, name in _found(nlp, text) if t == "Award"]
    assert (not awards) if not_a_title is None else not any(not_a_title in a for a in awards)


@pytest.mark.parametrize(
    "text, winners",
    [
        ("仙琚制药入选中国医药工业百强企业。", {("Organization", "仙琚制药")}),
        ("安溪铁观音集团、八马茶业入选农业产业化国家重点龙头企业。", {("Organization", "安溪铁观音集团"), ("Organization", "八马茶业")}),
        ("“浙西门户”、“油茶宋镇”获评全省“新时代富春山居图县域样板区”。", {("Place", "浙西门户"), ("Place", "油茶宋镇")}),
        # the kind the title ends with decides (a 孵化器 is a site, though 企业 is in its title)
        ("向上创业园正式获批为我市唯一的省级科技企业孵化器。", {("Place", "向上创业园")}),
        # a school; a locality opening its name is part of it
        ("嵊州市第一中学、越剧艺术学校入选省一级特色示范普通高中。", {("Organization", "嵊州市第一中学"), ("Organization", "越剧艺术学校")}),
    ],
)
def test_patterns_the_title_says_what_its_winner_is(nlp, text, winners):
    assert winners <= _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "全县共有5家企业入选国家级专精特新“小巨人”企业。",
        "我县企业入选国家级专精特新“小巨人”企业。",
        "常山胡柚入选全国“土特产”推荐名录。",  # a product title: no company, no site
        "同时共同入选国家级专精特新“小巨人”企业。",  # adverbs are no name
    ],
)
def test_patterns_no_winner_named_where_none_is(nlp, text):
    assert not any(t in ("Organization", "Place") for t, _ in _found(nlp, text))


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


def test_patterns_a_village_named_with_a_numeral_keeps_its_first_character(nlp):
    # jieba cuts 兴|十四|村 (兴 a verb): the name starts at 兴; a verb that opens the clause is no part of it
    found = _found(nlp, "甘南县兴十四村入选全国文明村，在三合村召开现场会。")
    assert ("Locality", "兴十四村") in found and ("Locality", "十四村") not in found
    assert ("Locality", "三合村") in found and ("Locality", "在三合村") not in found


def test_patterns_a_village_named_with_a_numeral_before_scenic_area_is_the_site(nlp):
    # 兴十四村景区 is a site the village makes; 景区村 is the title a village seeks, the village stays
    assert ("Locality", "兴十四村") in _found(nlp, "甘南县兴十四村入选全国文明村。")
    assert not {("Locality", "兴十四村"), ("Locality", "十四村")} & _found(nlp, "甘南县兴十四村景区全年接待游客46万人次。")
    assert ("Locality", "鲁家村") in _found(nlp, "推动鲁家村景区村创建提标。")


def test_patterns_a_kind_of_village_is_no_village(nlp):
    # villages named by what was done for them or their people: 移民村, 深度贫困村, 结对帮扶村
    found = _found(nlp, "洪广镇欣荣村等移民村人均可支配收入增长11.5%，12个深度贫困村全部出列，结对帮扶村实现全覆盖。")
    assert ("Locality", "欣荣村") in found
    assert not found & {("Locality", "移民村"), ("Locality", "深度贫困村"), ("Locality", "结对帮扶村")}


def test_patterns_a_county_inside_a_festival_named_for_a_harvest_is_no_locality(nlp):
    # 贺兰县|稻渔|丰收/v|节: the festival's verb is part of its name; a harvest the county has is not
    assert ("Locality", "贺兰县") not in _found(nlp, "成功举办2020年贺兰县稻渔丰收节。")
    assert ("Locality", "贺兰县") in _found(nlp, "贺兰县丰收在望。")


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
        # a capacity inside the name; a metro line named with its city
        ("金华火腿年产5万吨智能化生产线项目建成投产。", "金华火腿年产5万吨智能化生产线项目"),
        ("宁波城市轨道交通3号线加快建设。", "宁波城市轨道交通3号线"),
        # two places joined by a dash; a street named in the project; a place the segmenter cut into characters
        ("以“五马—墨池历史文化街区改造提升工程”为龙头。", "五马—墨池历史文化街区改造提升工程"),
        ("启动解放街立面改造工程。", "解放街立面改造工程"),
        ("壶镇中心小学迁建工程主体完工。", "壶镇中心小学迁建工程"),
        # a road named by its line, listed before the road work
        ("麻南线、吴郑线至金隆段公路完成改造提升。", "麻南线"),
    ],
)
def test_patterns_find_projects(nlp, text, project):
    assert ("Project", project) in _found(nlp, text)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("二是全力以赴抓项目促投资。", "抓项目"),
        ("四是全力抓好项目建设。", "抓好项目"),
        ("深度融入虹桥国际开放枢纽建设。", "融入"),
    ],
)
def test_patterns_a_project_name_stops_at_an_enumeration_or_a_verb(nlp, text, fragment):
    assert not any(t == "Project" and fragment in name for t, name in _found(nlp, text))


def test_patterns_an_organization_name_stops_at_the_work_on_it(nlp):
    found = _found(nlp, "开工建设顺德新城中心医院项目。")
    assert ("Project", "顺德新城中心医院项目") in found
    assert not any(name.startswith("建设") for _, name in found)


def test_patterns_a_designated_kind_of_site_is_an_award_not_a_place(nlp):
    found = _found(nlp, "清晖园获评国家一级博物馆。争创国家全域旅游示范区。")
    assert ("Award", "国家一级博物馆") in found
    # the titles are no places; the site that won the first one is
    assert {name for t, name in found if t == "Place"} == {"清晖园"}


def test_patterns_a_lexicon_program_with_its_noun_is_that_program(nlp):
    assert ("Program", "林长制") in _found(nlp, "持续深化林长制改革。")


def test_patterns_a_spirit_named_after_a_place_names_no_locality_and_no_site(nlp):
    found = _found(nlp, "弘扬延安精神和普陀山精神，学习总书记考察浙江重要讲话精神。")
    assert not any("延安" in name or "普陀" in name for _, name in found)
    # a speech made in a place still names it
    assert ("Locality", "浙江省") in found or ("Locality", "浙江") in found


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
        # a city written in full before a named site is a locality of its own (see test_patterns_a_division_before_a_named_site…)
        ("桐乡市濮院毛衫城成交额增长，横店影视城接待游客1900万人次。", {"濮院毛衫城", "横店影视城"}),
        ("井冈山革命烈士陵园接待游客增长。", {"井冈山革命烈士陵园"}),
        # names the segmenter breaks: a verb inside, two names joined by ·
        ("开元森泊度假乐园开业迎客。", {"开元森泊度假乐园"}),
        ("江郎山·廿八都旅游区创成国家5A级旅游景区。", {"江郎山·廿八都旅游区"}),
        # a mountain, temple or bridge in one word; rivers the segmenter takes for people or does not know
        ("鸾峰桥完成修缮，灵隐寺香火旺盛。", {"鸾峰桥", "灵隐寺"}),
        ("天目山、大明山游客增长。", {"天目山", "大明山"}),
        ("须江、乌溪江、富春江水质全部达标。", {"须江", "乌溪江", "富春江"}),
        # rivers listed before what is said of them all, a section between, water given to one, a long name
        ("汾河、桑干河、沁河国考断面全部退出劣Ⅴ类。", {"汾河", "桑干河", "沁河"}),
        # a county before each listed site is no part of its name; 镇内 says where a site is, names none
        ("推动吉县壶口瀑布、代县雁门关等景区提质升级，镇内宥州古城遗址保护规划获批。", {"壶口瀑布", "雁门关", "宥州古城遗址"}),
        # an island named before 的, a sightseeing garden with a long name
        ("博鳌镇东屿岛的示范区完成改造，村内的稻渔空间乡村生态观光园被评为国家AAA级旅游景区。", {"东屿岛", "稻渔空间乡村生态观光园"}),
        # stations named by a place alone where special trains run or that open
        ("阿尔山站旅游专列开行32列，林芝站投入运营，镇污水处理站投入运营。", {"阿尔山站", "林芝站"}),
        ("北干线向御河生态补水，完成沁河皇城段河道整治，雅鲁藏布江巴宜段水质稳定。", {"御河", "沁河", "雅鲁藏布江"}),
        # a name a title for sites is given to, and the items of a list closed by their kind
        ("中南百草原创成国家4A级旅游景区。", {"中南百草原"}),
        ("白茶原、云上草原、中南百草原等景区成为网红打卡地。", {"白茶原", "云上草原", "中南百草原"}),
        ("江郎山景区、仙霞关等景区入选省级文旅金名片。", {"江郎山景区", "仙霞关"}),
        # a quoted name, a word of what it is, its head; not a designation (“两山”实践示范区)
        ("“两山”创客小镇入驻企业50家，争创“两山”实践示范区。", {"两山创客小镇"}),
        # the second of two sites listed, its first word glued to the conjunction (和德胜/nr)
        ("宁夏贺兰工业园区和德胜工业园区新入园企业31家。", {"宁夏贺兰工业园区", "德胜工业园区"}),
        # a graded reserve whose unknown name opens the clause (老|秃顶|子), not a phrase pointing at reserves
        ("老秃顶子国家级自然保护区完成生态修复1.6万亩，全市3个国家级自然保护区完成修复。", {"老秃顶子国家级自然保护区"}),
        ("我县国家级自然保护区面积达3万公顷，老秃顶子国家级自然保护区完成修复。", {"老秃顶子国家级自然保护区"}),
        # athletes' villages and a park named after a village and its branch's division are sites, not villages
        ("延庆冬奥村和国家高山滑雪中心运行平稳，推动亚运村改造。", {"延庆冬奥村", "亚运村"}),
        ("中关村延庆园新增企业50家，中关村海淀园和张江高新区合作。", {"中关村延庆园", "中关村海淀园", "张江高新区"}),
        # landmarks named by the proper noun before their head, without the division or owner before it
        ("大同云冈石窟、晋中平遥古城游客量回升，晋能控股煤业集团塔山煤矿入选示范煤矿。", {"云冈石窟", "平遥古城", "塔山煤矿"}),
        ("郭峪古城完成修缮，阿尔山口岸基础设施持续完善，是温州市千年古城的发源地。", {"郭峪古城", "阿尔山口岸"}),
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


def _texts(nlp, text: str) -> set[tuple[str, str]]:
    """The mentions as written: gazetteer names are linked to their full names only later."""
    return {(m.type, m.text) for m in nlp(text).user_data[MENTIONS]}


@pytest.mark.parametrize(
    "text, inside",
    [
        # a body, site or work named after a locality: the locality is part of its name (ANNOTATION.md)
        ("江南镇派出所被评为全国“枫桥式公安派出所”。", "江南镇"),
        ("资溪县公安局被评为全国优秀公安局。", "资溪县"),
        ("浙江卫视对此进行专题报道。", "浙江"),
        ("加快江南镇工业功能区有机更新。", "江南镇"),
        ("五马街道文化站被评为浙江省文化示范站。", "五马街道"),
        ("马头山国家级自然保护区完成智慧监管平台建设。", "马头山"),
        ("加快绍兴城市轨道交通1号线建设。", "绍兴"),
        ("中国寿光农产品物流园交易额达到320亿元。", "寿光"),
        # the first words of a title after the verb that names it
        ("五马街获评浙江省高品质步行街。", "浙江省"),
        ("五味和食品有限公司入选第三批浙江老字号。", "浙江"),
        ("资溪县面包食品产业城项目列入江西省重点建设项目。", "江西省"),
        # a product named after its place
        ("黄山毛峰、太平猴魁品牌价值提升。", "黄山"),
        ("安吉白茶开茶节吸引游客10万人次。", "安吉"),
        ("东阳木雕入选国家级非物质文化遗产代表性项目名录。", "东阳"),
        # a station or a planning block named after a place
        ("桐庐汽车站、分水站建成投用。", "桐庐"),
        ("加快桐庐片区开发。", "桐庐"),
        # sites and products named after a place
        ("南沙科学城加快建设。", "南沙"),
        ("韶山南站新增高铁停靠班次12对。", "韶山"),
        ("延长石油永坪炼油厂完成技改。", "永坪"),
        ("瑞金牛肉汤、赣南脐橙网络零售额增长。", "瑞金"),
        ("大云温泉省级旅游度假区全年接待游客480万人次。", "大云"),
        ("梁家河村史馆全年接待参观群众62万人次。", "梁家河村"),
        # an event of history, or a summit, named after where it happened; a word the place's last character opens
        ("纪念遵义会议召开87周年。", "遵义"),
        ("深化井冈山斗争历史研究。", "井冈山"),
        ("乌镇峰会期间签约项目32个。", "乌镇"),
        ("发挥新乡贤作用。", "新乡"),
        # inside straight quotes, as scraped text has them; a product's shop
        ('武夷山风景名胜区推出"一码游武夷"智慧服务。', "武夷"),
        ("全国各地资溪面包店达到1.7万家。", "资溪"),
        # a model named after the place that made it (a program, as “寿光模式”)
        ("推广安吉模式、晋江经验。", "安吉"),
        ("推广安吉模式、晋江经验。", "晋江"),
        ("总结推广余村经验。", "余村"),
        # a hospital run by the city; a school affiliated to a university
        ("南平市第一医院与武夷山市立医院组建紧密型医联体。", "武夷山市"),
        ("浙江师范大学附属东阳花园外国语学校新增学位600个。", "东阳"),
        # a town's party committee is a body named after it (as 缙云县委 is)
        ("在东阳市委、市政府和南马镇党委、镇政府的坚强领导下。", "南马镇"),
        # the first words of a title sought
        ("申报浙江省未来乡村，力争创成省级共同富裕示范村。", "浙江省"),
        # a labour brand named after its place
        ("德清嫂、缙云师傅品牌叫响。", "德清"),
        ("德清嫂、缙云师傅品牌叫响。", "缙云"),
    ],
)
def test_patterns_a_locality_inside_a_name_is_no_locality(nlp, text, inside):
    assert ("Locality", inside) not in _texts(nlp, text)


@pytest.mark.parametrize(
    "text, not_found",
    [
        # words ending like a division that are a count, a range or an act: 两镇, 各村, 周边村, 并村, 来村
        ("姚庄、西塘两镇获评浙江省美丽城镇建设样板镇。", "西塘两镇"),
        ("村集体经济收入位居东阳各村首位。", "东阳各村"),
        ("花园村与南新村等周边村结对帮扶。", "周边村"),
        ("也是花园村并村扩区后深化融合发展的关键一年。", "花园村并村"),
        ("在横店务工的群众来村购房置业达到860户。", "群众来村"),
        # a water town is a kind of place
        ("冯马三村建成岭南水乡特色民宿集群。", "岭南水乡"),
        # the former village, merged since, is that village
        ("2017年并入的原龙溪村、大路口村等9个村全面完成融合。", "原龙溪村"),
        ("展示江南水乡文化的重要窗口。", "江南水乡"),
    ],
)
def test_patterns_a_count_or_kind_of_village_is_no_name(nlp, text, not_found):
    assert ("Locality", not_found) not in _texts(nlp, text)


@pytest.mark.parametrize(
    "text, locality",
    [
        # a locality before a body's own name, or before a site with a name of its own, stays one
        ("丽水学院在景宁设立民族教育研究中心。", "景宁"),
        ("金竹村党支部书记李丽萍带领村民发展高山蔬菜。", "金竹村"),
        ("主动对接鹰潭市，开通旅游直通车。", "鹰潭市"),
        # the winner before the verb, not a title after it
        ("龙山镇列入省级运动休闲小镇培育名单。", "龙山镇"),
        ("西湖区成为全省首个未来社区全覆盖的城区。", "西湖区"),
    ],
)
def test_patterns_a_locality_beside_another_name_stays(nlp, text, locality):
    assert ("Locality", locality) in _texts(nlp, text)


def test_patterns_a_village_after_its_township_written_as_two_words(nlp):
    # 唐昌|街道|战旗|村: the township's suffix is a word of its own; the village starts after it
    found = _texts(nlp, "唐昌街道战旗村被评为全国文明村镇。")
    assert {("Locality", "唐昌街道"), ("Locality", "战旗村")} <= found


def test_patterns_a_numeral_word_begins_a_village_name(nlp):
    found = _texts(nlp, "孙家集街道三元朱村入选首批全国乡村旅游重点村。")
    assert ("Locality", "三元朱村") in found and ("Locality", "朱村") not in found


def test_patterns_a_two_character_village_in_a_list(nlp):
    found = _texts(nlp, "前村、溪滩村两个村被评为省级美丽乡村特色精品村。")
    assert {("Locality", "前村"), ("Locality", "溪滩村")} <= found
    # not the end of a name cut by the segmenter (九龙|山村), nor after a place word without a suffix
    found = _texts(nlp, "新建九龙山村、马卜村2座文化礼堂。")
    assert ("Locality", "九龙山村") in found and ("Locality", "山村") not in found


@pytest.mark.parametrize("text, not_found", [("文化旅游节吸引了四邻八乡群众前来参观。", "四邻八乡"), ("把做优我乡的农业品牌作为产业。", "优我乡")])
def test_patterns_our_township_and_idioms_are_no_township(nlp, text, not_found):
    assert ("Locality", not_found) not in _texts(nlp, text)


@pytest.mark.parametrize(
    "text, village, not_found",
    [
        ("推进环溪村、石舍村农村饮用水提标改造。", "石舍村", "石舍村农村"),
        ("新光、红旗两村联建共富农场。", None, "红旗两村"),
        ("作为缙云县东北部的工业重镇，壶镇经济继续领跑。", None, "工业重镇"),
        ("安昌古镇入选浙江省第一批历史文化街区。", None, "安昌古镇"),
    ],
)
def test_patterns_words_that_end_like_a_division_are_no_suffix(nlp, text, village, not_found):
    found = _texts(nlp, text)
    assert ("Locality", not_found) not in found
    if village:
        assert ("Locality", village) in found


@pytest.mark.parametrize(
    "text, person",
    [
        ("江南镇人民政府镇长 申屠国强\n", "申屠国强"),  # a two-character surname
        ("镇党委书记王晓燕带头走访农户。", "王晓燕"),
        ("村党总支书记周金林被评为全省突出贡献个人。", "周金林"),
        ("村党委书记王乐义荣获“最美奋斗者”称号。", "王乐义"),
        ("社区党委书记林雪梅创新“邻里议事厅”。", "林雪梅"),
    ],
)
def test_patterns_a_person_after_the_role_before_what_they_did(nlp, text, person):
    assert ("Person", person) in _texts(nlp, text)


def test_patterns_the_words_after_a_bare_role_are_no_name(nlp):
    assert not {t for t, _ in _texts(nlp, "书记带头抓党建，主任被约谈。") if t == "Person"}


def test_patterns_what_an_official_did_is_no_name(nlp):
    found = _found(nlp, "乡党委书记、县委书记出席，市长朱志杰同志讲话。")
    assert ("Person", "出席") not in found
    assert ("Person", "朱志杰") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("马头山国家级自然保护区完成生态修复。", ("Place", "马头山国家级自然保护区")),  # a grade inside the name
        ("完成都江堰精华灌区续建配套。", ("Place", "都江堰精华灌区")),
        ("荻浦花海全年接待游客86万人次。", ("Place", "荻浦花海")),
        ("德源街道的成都电子信息产业功能区新引进重大项目12个。", ("Place", "成都电子信息产业功能区")),
        ("鲁迅故里完成提质改造。", ("Place", "鲁迅故里")),
        # a museum before the site's own name ends a name of its own
        ("和平村建成乡村博物馆和平村耕读记忆馆。", ("Place", "和平村耕读记忆馆")),
        # a company's words of trade the segmenter took for a verb or a number
        ("浙江三花智能控制股份有限公司荣获中国工业大奖。", ("Organization", "浙江三花智能控制股份有限公司")),
        ("杭州环溪旅游开发有限公司获评浙江省乡村旅游示范企业。", ("Organization", "杭州环溪旅游开发有限公司")),
        ("五味和食品有限公司入选第三批浙江老字号。", ("Organization", "五味和食品有限公司")),
        # a body keeps the brackets of its registered name
        ("首钢水城钢铁（集团）有限责任公司完成超低排放改造。", ("Organization", "首钢水城钢铁（集团）有限责任公司")),
        # a hospital's campus in use, named by its direction, is spoken of as its hospital
        ("曲阜市人民医院东院区投入使用。", ("Organization", "曲阜市人民医院")),
        # a company after the preposition opening its clause
        ("由中通快递股份有限公司投资的智能分拨中心项目在城南街道落地。", ("Organization", "中通快递股份有限公司")),
        # a river spoken of as one: its basin, its water, its corridor
        ("建立好溪流域联防联治机制。", ("Place", "好溪")),
        ("弥河、丹河水质稳定达标。", ("Place", "丹河")),
        ("走马河生态廊道建成开放。", ("Place", "走马河")),  # 走|马河: the cut-off first character belongs to it
        ("推进会稽山、大禹陵保护提升。", ("Place", "大禹陵")),  # a mausoleum: 大禹|陵
        ("浙江卫视专题报道江南镇。", ("Organization", "浙江卫视")),  # a satellite channel is a media outlet
        # a government body named after its locality
        ("壶镇派出所被评为全国枫桥式公安派出所。", ("Organization", "壶镇派出所")),
        ("资溪县公安局荣获全国优秀公安局。", ("Organization", "资溪县公安局")),
        ("五马街道文化站获评浙江省文化示范站。", ("Organization", "五马街道文化站")),
        # 辖区内 is where, not part of the name
        ("辖区内温州医科大学附属第一医院新院区投用。", ("Organization", "温州医科大学附属第一医院")),
    ],
)
def test_patterns_find_sites_and_bodies_by_name_shape(nlp, text, expected):
    assert expected in _found(nlp, text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("全年新增上市公司9家。", "上市公司"),  # a kind of company
        ("组建强村公司3家。", "强村公司"),
        ("新建社区卫生服务中心3个。", "社区卫生服务中心"),  # a kind of body, no locality names it
        ("荣获全国枫桥式公安派出所。", "全国枫桥式公安派出所"),  # a title, not a body
        ("引进浙江某某有限公司，新增有限公司12家。", "新增有限公司"),  # a verb opens the clause
        ("丽水学院在景宁设立民族教育研究基地。", "景宁设立民族教育研究基地"),  # the verb is not part of the name
        ("与杭州市共建临空经济合作区。", "杭州市共建临空经济合作区"),
        ("串联吕湖水库、金竹高山茶园等景点。", "串联吕湖水库"),
        ("深化国家级森林公园建设。", "国家级森林公园"),  # a grade with no name before it
        ("加强江河流域治理。", "江河"),  # a word for rivers, not a river
        ("环溪、荻浦、深澳三个古村落连片发展。", "深澳三个古村落"),  # a count of sites, not a name
        ("加强丘陵山区治理。", "丘陵"),
        ("各大卫视争相报道。", "各大卫视"),
        ("浙江水质持续改善。", "浙江"),
        ("走马河生态廊道建成开放。", "马河"),
    ],
)
def test_patterns_leave_kinds_and_verbs_out_of_site_names(nlp, text, not_expected):
    assert not any(name == not_expected for type_, name in _found(nlp, text) if type_ in ("Place", "Organization"))


def test_patterns_a_zone_the_division_tables_list_is_a_place_not_a_locality(nlp):
    # The NBS tables list 井冈山机场 beside townships; ANNOTATION.md makes such a site a Place.
    found = _found(nlp, "井冈山机场通航，启动创建国家级旅游度假区。")
    assert ("Place", "井冈山机场") in found
    assert not any(t == "Locality" for t, _ in found)
    assert not any("旅游度假区" == name for _, name in found)  # a kind of zone, no name


def test_patterns_a_comrade_named_before_tongzhi_is_a_person_not_inside_a_site(nlp):
    found = _texts(nlp, "隆重纪念毛泽东同志诞辰128周年，串联毛泽东同志故居。")
    assert [t for t in found if t[0] == "Person"] == [("Person", "毛泽东")]
    assert ("Place", "毛泽东同志故居") in found
    # 同志 after words that are no name the dictionary knows: no person
    assert not any(t == "Person" for t, _ in _texts(nlp, "广大党员同志积极参与。"))


@pytest.mark.parametrize(
    "text, mention, not_found",
    [
        # a division written in full before a name of its own stays a locality; kind words after it do not
        ("日东乡日东水库除险加固工程通过蓄水验收。", ("Project", "日东水库除险加固工程"), ("Project", "日东乡日东水库除险加固工程")),
        ("主动对接鹰潭市龙虎山景区。", ("Place", "龙虎山景区"), ("Place", "鹰潭市龙虎山景区")),
        ("沙洲坝镇红井景区完成提升。", ("Locality", "沙洲坝镇"), ("Place", "沙洲坝镇红井景区")),
        ("大均乡全域土地综合整治项目完成验收。", ("Project", "大均乡全域土地综合整治项目"), ("Project", "全域土地综合整治项目")),
        ("侯镇海洋化工产业园获评省级化工园区。", ("Place", "侯镇海洋化工产业园"), ("Place", "海洋化工产业园")),
    ],
)
def test_patterns_a_division_before_a_named_site_is_no_part_of_it(nlp, text, mention, not_found):
    found = _found(nlp, text)
    assert mention in found and not_found not in found


@pytest.mark.parametrize(
    "text, place",
    [
        ("武夷山机场新开通航线6条。", "武夷山机场"),
        ("加快明珠湾、庆盛枢纽开发。", "庆盛枢纽"),
        ("嘉善南站综合交通枢纽完成改造。", "嘉善南站"),
    ],
)
def test_patterns_a_hub_or_airport_in_use_is_a_place(nlp, text, place):
    found = _found(nlp, text)
    assert ("Place", place) in found and not any(t == "Project" for t, _ in found)


@pytest.mark.parametrize(
    "text, project",
    [
        ("力争瑞金机场开工。", "瑞金机场"),
        ("瑞金机场完成可行性研究报告批复。", "瑞金机场"),
        ("武夷山机场迁建项目完成。", "武夷山机场迁建项目"),
        # a road named by a common word, inside the work on it
        ("进港大道快速化改造工程完成主线施工。", "进港大道快速化改造工程"),
        ("加快花园大道拓宽改造工程建设。", "花园大道拓宽改造工程"),
        # a school's new campus being built or just opened, named with its owner's division; a hospital's campus
        # by a direction, and a school's building, being built
        ("景宁中学新校区主体结顶。", "景宁中学新校区"),
        ("曲阜师范大学附属实验学校新校区开工建设。", "曲阜师范大学附属实验学校新校区"),
        ("安吉县孝丰高级中学新校区投入使用。", "安吉县孝丰高级中学新校区"),
        ("昭苏县第二中学新校区秋季开学。", "昭苏县第二中学新校区"),
        ("曲阜市人民医院东院区主体结顶。", "曲阜市人民医院东院区"),
        ("西安市第一医院新院区、西安市儿童医院南院区主体封顶。", "西安市儿童医院南院区"),
        ("建成杭淳开高速公路桐庐段、桐庐县第一人民医院新院区和桐庐快递科技产业园。", "桐庐县第一人民医院新院区"),
        ("开工建设昭苏县职业技术学校实训楼。", "昭苏县职业技术学校实训楼"),
    ],
)
def test_patterns_find_hub_road_and_campus_works(nlp, text, project):
    assert ("Project", project) in _found(nlp, text)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("提升港航枢纽能级。", "港航枢纽"),
        ("在广东率先推行港澳工程建设领域专业人士执业备案。", "港澳工程"),
        ("全福讲寺、周庄博物馆推出沉浸式夜游项目。", "推出"),
        ("福建农林大学安溪茶学院新校区投入使用。", "新校区"),
    ],
)
def test_patterns_no_project_in_a_kind_a_field_or_a_verb(nlp, text, fragment):
    assert not any(t == "Project" and fragment in name for t, name in _found(nlp, text))


@pytest.mark.parametrize(
    "text, project",
    [
        # works joined by 与 after the site; a company before its capacity project; a block before the work in it
        ("加快韶山灌区续建配套与节水改造工程建设。", "韶山灌区续建配套与节水改造工程"),
        ("红日新材料年产5万吨环保涂料项目建成投产。", "红日新材料年产5万吨环保涂料项目"),
        ("县前头片区城市更新项目完成征收签约。", "县前头片区城市更新项目"),
        # a section of a site in brackets: the work on the home's part, named without the section
        ("加快长征国家文化公园（瑞金段）建设。", "长征国家文化公园"),
    ],
)
def test_patterns_a_project_keeps_its_works_owner_and_section(nlp, text, project):
    assert ("Project", project) in _found(nlp, text)


def test_patterns_a_kind_of_care_facility_is_no_project(nlp):
    assert not any(t == "Project" for t, _ in _found(nlp, "南湖社区建成养老服务综合体。"))


def _projects(nlp, text: str) -> set[tuple[str, str]]:
    """Give the projects of ``text`` as (span, canonical)."""
    return {(m.text, m.canonical) for m in nlp(text).user_data[MENTIONS] if m.type == "Project"}


@pytest.mark.parametrize(
    "text, projects",
    [
        # a count word between the items and the head they share: each item is a project spanning its own text;
        # a list of fields closed by 等 is none
        ("青龙、白鹤两座水库除险加固工程主体完工，水利、交通等基础设施项目加快推进，横店电影学院、温州医科大学东阳校区建成招生。",
         {("青龙", "青龙水库除险加固工程"), ("白鹤", "白鹤水库除险加固工程")}),
        ("城关至新街、城关至河口两条公路改扩建工程建成通车。",
         {("城关至新街", "城关至新街公路改扩建工程"), ("城关至河口", "城关至河口公路改扩建工程")}),
        # the head written right after the last item is part of its span; items joined by 和
        ("东风路、人民街和滨江大道提升改造工程完工。",
         {("东风路", "东风路提升改造工程"), ("人民街", "人民街提升改造工程"), ("滨江大道提升改造工程", "滨江大道提升改造工程")}),
        # rivers listed before the works on them are those works here, not places
        ("清水河、白沙溪生态修复工程完成年度投资2亿元。",
         {("清水河", "清水河生态修复工程"), ("白沙溪生态修复工程", "白沙溪生态修复工程")}),
        # a head holding a verb is a clause, not a head (…馆推出…项目): its items are no projects
        ("青峰岭、白云岭两座隧道顺利贯通，全福讲寺、周庄博物馆推出沉浸式夜游项目。",
         {("青峰岭", "青峰岭隧道"), ("白云岭", "白云岭隧道")}),
        # the size a count gives its works is no part of each one's name; the head may be the bare noun
        ("东坑、西岭两座中型水库下闸蓄水，黄沙、白石水库开工建设。",
         {("东坑", "东坑水库"), ("西岭", "西岭水库"), ("黄沙", "黄沙水库"), ("白石水库", "白石水库")}),
        # a river's last character and the reservoir after it (jieba's 河水库): the head starts at 水库
        ("长岭岗、青塘河水库除险加固工程按期完工。",
         {("长岭岗", "长岭岗水库除险加固工程"), ("青塘河水库除险加固工程", "青塘河水库除险加固工程")}),
        # a route from a town opens a list: the town is part of the route's name, a work by its own noun
        ("乌镇至濮院快速路、子夜路改造提升工程建成投用。",
         {("乌镇至濮院快速路", "乌镇至濮院快速路"), ("子夜路改造提升工程", "子夜路改造提升工程")}),
        # market towns listed before their works name those works
        ("宝丰、擂鼓两个集镇供水工程投入使用。", {("宝丰", "宝丰集镇供水工程"), ("擂鼓", "擂鼓集镇供水工程")}),
        # a name the dictionary holds as transliterated opens a work, with its bracketed section
        ("特克斯河（昭苏段）防洪治理工程全面完工。", {("特克斯河（昭苏段）防洪治理工程", "特克斯河防洪治理工程")}),
    ],
)
def test_patterns_a_list_sharing_one_head_gives_one_project_per_item(nlp, text, projects):
    assert _projects(nlp, text) == projects


@pytest.mark.parametrize(
    "text",
    [
        "加快明珠湾、庆盛枢纽开发。",  # hubs in use are sites
        "梅山、响洪甸两座水库水质稳定保持Ⅱ类。",  # reservoirs in use
        "梅山水库、响洪甸水库水质稳定保持Ⅱ类。",  # each item written with its head
    ],
)
def test_patterns_a_list_of_hubs_in_use_or_of_whole_names_shares_no_head(nlp, text):
    assert not _projects(nlp, text)


@pytest.mark.parametrize(
    "text, projects",
    [
        # status words before the verb and a phase with its verb are no part of a listed name
        ("金山大桥、银湖隧道主体完工。", {("金山大桥", "金山大桥"), ("银湖隧道", "银湖隧道")}),
        ("嘉禾生物医药产业园项目一期竣工、二期开工。", {("嘉禾生物医药产业园项目", "嘉禾生物医药产业园项目")}),
        # nor the verb opening the clause of a listed phase
        ("推进滨江新区二期工程、城北快速通道建设。", {("滨江新区二期工程", "滨江新区二期工程")}),
        # nor what a work did after its name
        ("青溪生态修复工程清退河道网箱码头14处。", {("青溪生态修复工程", "青溪生态修复工程")}),
    ],
)
def test_patterns_a_project_name_leaves_out_the_words_around_it(nlp, text, projects):
    assert _projects(nlp, text) == projects


@pytest.mark.parametrize(
    "text, projects",
    [
        # a division written before a work is part of its name, unless the name says it again
        ("青山镇石门水库除险加固工程完工，石门乡石门水库除险加固工程开工。",
         {("青山镇石门水库除险加固工程", "青山镇石门水库除险加固工程"), ("石门水库除险加固工程", "石门水库除险加固工程")}),
        # a village or river name the segmenter cut is whole (石头湾村|民宿, 刘家|台村, 周家|河, 桃花|小镇);
        # a name it knows is (项目|西山头一期工程)
        ("石头湾村民宿集群提升改造项目完工，城中村首个改造项目西山头一期工程顺利交房。",
         {("石头湾村民宿集群提升改造项目", "石头湾村民宿集群提升改造项目"), ("西山头一期工程", "西山头一期工程")}),
        ("刘家台村游客服务中心新建工程投入使用，李家坝村茶旅融合示范项目完成投资。",
         {("刘家台村游客服务中心新建工程", "刘家台村游客服务中心新建工程"), ("李家坝村茶旅融合示范项目", "李家坝村茶旅融合示范项目")}),
        ("周家河综合治理工程完工，桃花小镇文旅综合体项目一期开业。",
         {("周家河综合治理工程", "周家河综合治理工程"), ("桃花小镇文旅综合体项目", "桃花小镇文旅综合体项目")}),
        # a quoted work of a division written before it (alone, “美丽城镇”建设项目 names the program)
        ("完成石桥镇“污水零直排区”建设项目，推进“美丽城镇”建设项目。", {("石桥镇“污水零直排区”建设项目", "石桥镇污水零直排区建设项目")}),
        # a name with no proper noun after the verb opening its clause, if it says more than its kind
        ("加快鲜花产业国际物流中心项目建设，加快污水处理工程建设。", {("鲜花产业国际物流中心项目", "鲜花产业国际物流中心项目")}),
        # a planning block after the verb opening the clause
        ("加快火车站片区城市更新项目建设。", {("火车站片区城市更新项目", "火车站片区城市更新项目")}),
        # a capacity in the name; a company before its capacity project
        ("城东110千伏输变电工程投运。", {("城东110千伏输变电工程", "城东110千伏输变电工程")}),
        ("浙江华峰木业有限公司年产20万立方米生态板材项目全面投产。",
         {("浙江华峰木业有限公司年产20万立方米生态板材项目", "浙江华峰木业有限公司年产20万立方米生态板材项目")}),
        ("江山永兴食品有限公司年产500万袋方便米粉项目建成投产。",
         {("江山永兴食品有限公司年产500万袋方便米粉项目", "江山永兴食品有限公司年产500万袋方便米粉项目")}),
    ],
)
def test_patterns_a_project_name_starts_at_its_owner_or_place(nlp, text, projects):
    assert _projects(nlp, text) == projects


@pytest.mark.parametrize(
    "text, projects",
    [
        # a bracketed section inside the name, kept in the span and dropped from the canonical
        ("清水河（城区段）综合治理工程完工。", {("清水河（城区段）综合治理工程", "清水河综合治理工程")}),
        # a contract section after the name is part of it
        ("S201青山至白马段改建工程第二标段交工验收。", {("S201青山至白马段改建工程第二标段", "S201青山至白马段改建工程第二标段")}),
        # a named site with no proper noun the segmenter knows, and the works on it
        ("人民广场提升改造工程完工。", {("人民广场提升改造工程", "人民广场提升改造工程")}),
        # a metro line named by a word, with its phase or an alias in brackets
        ("轨道交通阳逻线二期工程开工，轨道交通阳逻线（21号线）日均客流突破5万人次。",
         {("轨道交通阳逻线二期工程", "轨道交通阳逻线二期工程"), ("轨道交通阳逻线（21号线）", "轨道交通阳逻线")}),
    ],
)
def test_patterns_a_project_name_keeps_its_sections_and_site(nlp, text, projects):
    assert _projects(nlp, text) == projects


@pytest.mark.parametrize(
    "text, projects",
    [
        # a township whose name is a number opens the work's name: no count of places (百城…)
        ("八一镇城区供水改扩建工程通水运行。", {("八一镇城区供水改扩建工程", "八一镇城区供水改扩建工程")}),
        # a site the segmenter does not know (皇宫|大院, 官邸|书院), before a work word or a kind it tags as a name
        ("今年实施了皇宫大院游客服务中心改扩建工程。", {("皇宫大院游客服务中心改扩建工程", "皇宫大院游客服务中心改扩建工程")}),
        ("官邸书院光伏电站二期工程实现并网。", {("官邸书院光伏电站二期工程", "官邸书院光伏电站二期工程")}),
        # a description after 作为 is no part of the name before it
        ("长治铁路作为山西首条电气化铁路建成通车。", {("长治铁路", "长治铁路")}),
    ],
)
def test_patterns_a_project_name_opens_at_its_site_not_at_a_kind_word(nlp, text, projects):
    assert _projects(nlp, text) == projects


@pytest.mark.parametrize(
    "text, projects",
    [
        # an unbracketed section of a line and its bracketed part; a main canal after its work
        ("渝昆铁路宜宾至昆明段(威信段)全面开工。", {("渝昆铁路宜宾至昆明段(威信段)", "渝昆铁路宜宾至昆明段")}),
        ("黄河引水工程南干线向汾河生态补水。", {("黄河引水工程南干线", "黄河引水工程南干线")}),
        # a national road by its number, a water diversion by its rivers
        ("。国道208线长治至晋城段改扩建工程建成通车。", {("国道208线长治至晋城段改扩建工程", "国道208线长治至晋城段改扩建工程")}),
        ("全力保障引黄入冀工程输水安全。", {("引黄入冀工程", "引黄入冀工程")}),
        # a list whose count matches its items, however the segmenter cut them, and a bare head
        ("广灵县上关、下关两座水库开工建设。", {("上关", "上关水库"), ("下关", "下关水库")}),
        # a resettlement site named by its estate; a school's new campus just opened
        ("位于城关镇的金桥苑移民安置小区建成交付。", {("金桥苑移民安置小区", "金桥苑移民安置小区")}),
        ("平遥县第二中学新校区投入使用。", {("平遥县第二中学新校区", "平遥县第二中学新校区")}),
        # a second line beside its line, then its section; a reservoir being filled is a work, not a site
        ("沈海高速复线霞浦段建成通车。", {("沈海高速复线霞浦段", "沈海高速复线霞浦段")}),
        ("西安外环高速公路南段开工。", {("西安外环高速公路南段", "西安外环高速公路南段")}),
        ("罗汉溪水库下闸蓄水。", {("罗汉溪水库", "罗汉溪水库")}),
        # the home city's metro lines, its name left unsaid, and the lines listed after one by number
        ("地铁5号线、6号线一期和9号线完成铺轨。",
         {("地铁5号线", "地铁5号线"), ("6号线一期", "地铁6号线一期"), ("9号线", "地铁9号线")}),
        # a water plant being built; a hub whose main structure is topped out is being built
        ("县城第二水厂开工建设，城南污水处理厂运行稳定。", {("县城第二水厂", "县城第二水厂")}),
        ("井冈山综合客运枢纽主体封顶。", {("井冈山综合客运枢纽", "井冈山综合客运枢纽")}),
        # a township or village the gazetteer lacks, its name said again by the work: no part of the work's name
        ("启动荷花乡荷花水厂扩建工程。", {("荷花水厂扩建工程", "荷花水厂扩建工程")}),
        # a work named by what it makes after the company that invests in it
        ("由江西红源电子有限公司投资的年产2000万片柔性线路板项目开工建设。",
         {("年产2000万片柔性线路板项目", "年产2000万片柔性线路板项目")}),
        # a village named with a numeral after a work joined by 和 (华西二村 is no count of villages)
        ("完成华西龙砂河综合整治工程和华西二村农房改善项目。",
         {("华西龙砂河综合整治工程", "华西龙砂河综合整治工程"), ("华西二村农房改善项目", "华西二村农房改善项目")}),
        # a division's work after 的 opens its name as a clause would; the work right before the noun is in the name
        ("港口村的港口安置小区交付使用。", {("港口安置小区", "港口安置小区")}),
        ("龙市中心小学新建工程完工。", {("龙市中心小学新建工程", "龙市中心小学新建工程")}),
        # a division written before any work is part of its name, not only before 项目/工程; a township's one
        # relocation site is named by the township and its kind
        ("开工正安县杨兴水库。", {("正安县杨兴水库", "正安县杨兴水库")}),
        ("高家营镇易地扶贫搬迁安置点380户群众全部入住。", {("高家营镇易地扶贫搬迁安置点", "高家营镇易地扶贫搬迁安置点")}),
        # the first of works joined before what became of them; a berth's number and a wafer's size in a name
        ("龙市镇的龙市中心小学新建工程和厦坪镇的卫生院迁建工程完工。",
         {("龙市中心小学新建工程", "龙市中心小学新建工程"), ("卫生院迁建工程", "卫生院迁建工程")}),
        ("海沧港区20号泊位改造工程、海沧港区自动化码头二期工程建成投用。",
         {("海沧港区20号泊位改造工程", "海沧港区20号泊位改造工程"), ("海沧港区自动化码头二期工程", "海沧港区自动化码头二期工程")}),
        ("厦门士兰集科微电子有限公司12英寸集成电路芯片制造生产线项目一期达产。",
         {("厦门士兰集科微电子有限公司12英寸集成电路芯片制造生产线项目", "厦门士兰集科微电子有限公司12英寸集成电路芯片制造生产线项目")}),
        # works joined by 和 in a list item are two
        ("马銮湾大桥、新阳大道快速化改造工程和海沧疏港铁路支线开工。",
         {("马銮湾大桥", "马銮湾大桥"), ("新阳大道快速化改造工程", "新阳大道快速化改造工程"), ("海沧疏港铁路支线", "海沧疏港铁路支线")}),
    ],
)
def test_patterns_a_project_keeps_its_section_line_number_and_listed_sites(nlp, text, projects):
    assert _projects(nlp, text) == projects


@pytest.mark.parametrize(
    "text",
    [
        # a race on a road, townships counted after their list, a kind of resettlement site, a town's sites
        "成功举办环太湖国际公路自行车赛。",
        "东山、西山、南山三乡通村公路全部硬化。",
        "易地扶贫搬迁集中安置区配套设施全部建成。",
        "兴隆镇、洗马镇安置点搬迁群众实现就业。",
        # national programs that end in 工程
        "持续实施天然林资源保护工程和京津风沙源治理工程。",
        # a kind of place before 的 opens no work's name
        "农村的饮水安全工程全部完工。",
        # a town's site by a bare kind
        "古宜镇集中安置点建成。",
    ],
)
def test_patterns_races_counted_townships_and_kinds_of_sites_are_no_projects(nlp, text):
    assert not _projects(nlp, text)


def test_patterns_a_reservoir_in_use_is_a_site_and_one_being_built_a_work(nlp):
    found = _found(nlp, "推进于家水库周边生态修复，白石水库开工建设。")
    assert ("Place", "于家水库") in found and ("Project", "于家水库") not in found
    assert ("Project", "白石水库") in found


@pytest.mark.parametrize(
    "text, projects",
    [
        # units times each one's size inside the name
        ("。大唐电力集团塔山2×35万千瓦热电联产项目实现双机并网。",
         {("大唐电力集团塔山2×35万千瓦热电联产项目", "大唐电力集团塔山2×35万千瓦热电联产项目")}),
        # a village written in full the segmenter does not know (皇宫|村), opening its clause
        ("。皇宫村村民新居三期工程交付使用。", {("皇宫村村民新居三期工程", "皇宫村村民新居三期工程")}),
    ],
)
def test_patterns_a_project_name_holds_its_units_and_its_village(nlp, text, projects):
    assert _projects(nlp, text) == projects


def test_patterns_a_name_holding_a_count_of_works_is_no_project(nlp):
    # a list the items of which are no sites (cities) counted before a head: no one work
    assert not any(t == "Project" for t, _ in _found(nlp, "杭州、宁波、温州三个都市区建设工程加快推进。"))


def test_patterns_counts_campaigns_and_acting_bodies_are_no_projects(nlp):
    # a campaign's numbers after its quoted core: the program; a count of works: nothing
    found = _found(nlp, "深化“三送一解”双百工程，年初确定的八大工程全部开工。")
    assert ("Program", "三送一解") in found and not any(t == "Project" for t, _ in found)
    # a body and the verb it acts with are no part of the work it acts on
    found = _found(nlp, "红星村股份经济合作社入股红星古街二期工程。")
    assert {("Project", "红星古街二期工程"), ("Organization", "红星村股份经济合作社")} <= found
    assert not any(t == "Project" and "入股" in name for t, name in found)


@pytest.mark.parametrize(
    "text, places",
    [
        # a site with no head word, told by its section, water, trail, surroundings or works
        ("全面落实河长制，南江花园段完成生态堤防改造。", {"南江"}),
        ("急水港、白蚬湖水质稳定达到Ⅲ类。", {"急水港", "白蚬湖"}),
        ("敕木山森林步道建成开放。", {"敕木山"}),
        ("越城区完成大禹陵周边环境整治。", {"大禹陵"}),
        ("黄阁镇中山路、麒麟路完成微改造。", {"中山路", "麒麟路"}),
        ("红都大道沿线完成立面改造12万平方米。", {"红都大道"}),
        # heads of sites: a science city, an industrial cluster, a village history hall, a furniture market, a graded resort
        ("南沙科学城加快建设。", {"南沙科学城"}),
        ("周庄镇工业集中区完成低效用地再开发。", {"周庄镇工业集中区"}),
        ("梁家河村史馆全年接待参观群众62万人次。", {"梁家河村史馆"}),
        ("花园红木家具城入驻品牌经营户1900余家。", {"花园红木家具城"}),
        ("大云温泉省级旅游度假区全年接待游客480万人次。", {"大云温泉省级旅游度假区"}),
        ("做强嘉善经济技术开发区。", {"嘉善经济技术开发区"}),
    ],
)
def test_patterns_find_sites_by_head_or_by_what_follows(nlp, text, places):
    assert places <= {name for t, name in _found(nlp, text) if t == "Place"}


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        ("完成中小河流域综合整治17公里。", "中小河"),
        ("力争神仙居景区入选国家级旅游度假区。", "仙居景区入选国家级旅游度假区"),
        ("全面提升道路沿线环境。", "道路"),
    ],
)
def test_patterns_no_site_in_a_kind_or_a_title(nlp, text, not_a_place):
    assert ("Place", not_a_place) not in _found(nlp, text)


@pytest.mark.parametrize(
    "text, organization",
    [
        ("武夷学院附属实验学校建成招生。", "武夷学院附属实验学校"),
        ("武夷山国家公园管理局被评为全国生态环境保护先进集体。", "武夷山国家公园管理局"),
        ("在东阳市委和南马镇党委的坚强领导下。", "南马镇党委"),
        ("推进延川县人民医院医疗集团建设。", "延川县人民医院"),
        ("香港科技大学（广州）正式开学。", "香港科技大学（广州）"),
        # a word ending some bodies' names goes on into a longer one
        ("张马村股份经济合作社发展精品民宿。", "张马村股份经济合作社"),
        ("晋能控股煤业集团塔山煤矿入选首批国家智能化示范煤矿。", "晋能控股煤业集团"),
    ],
)
def test_patterns_find_schools_bureaus_committees_and_hospitals(nlp, text, organization):
    assert ("Organization", organization) in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["深化科技特派员制度，选派科技特派员186名。", "创成5所省现代化学校。", "镇党委书记陆晓峰带头走访企业。",
     "让我们在自治区党委的坚强领导下努力奋斗。",  # a level's committee, a kind as 省委 is
     "成功举办第二十届中国（寿光）国际蔬菜科技博览会。",  # an event's name
     "牵头建设的中国西部科技创新港一期投用。"],  # a site's name
)
def test_patterns_no_body_in_a_role_a_kind_or_a_bare_committee(nlp, text):
    assert not any(t == "Organization" for t, _ in _found(nlp, text))


@pytest.mark.parametrize(
    "text, place, not_found",
    [
        # a river's part after its name is not the river's name; an idiom inside a site's name is part of it
        ("全面推行河长制，好溪干流入选省级“美丽河湖”。", "好溪", "好溪干流"),
        ("推进长三角生态绿色一体化发展示范区建设。", "长三角生态绿色一体化发展示范区", "发展示范区"),
        # a preposition glued to the first word of a site's name; an idiom opening the walk
        ("以大觉山景区为龙头，启动创建国家级旅游度假区。", "大觉山景区", "以大觉山景区"),
    ],
)
def test_patterns_a_site_name_is_bounded_by_its_own_words(nlp, text, place, not_found):
    found = _found(nlp, text)
    assert ("Place", place) in found and ("Place", not_found) not in found


def test_patterns_an_idiom_before_a_site_word_is_no_name(nlp):
    assert not any(t == "Place" for t, _ in _found(nlp, "圆满完成国家公园体制试点任务。"))


def test_patterns_a_station_named_by_a_place_and_a_side_is_a_site(nlp):
    found = _found(nlp, "韶山南站新增高铁停靠班次12对，城东服务站投用。")
    assert ("Place", "韶山南站") in found and not any("服务站" in name for _, name in found)


@pytest.mark.parametrize(
    "text, not_found",
    [
        ("推动西塘古镇景区申报国家级旅游度假区。", ("Place", "古镇景区申报国家级旅游度假区")),
        ("启动游客服务中心建设项目，申报国家级旅游度假区。", ("Place", "申报国家级旅游度假区")),
        ("新增城镇就业2300人，新改扩建学校4所。", ("Organization", "新改扩建学校")),
        ("传承弘扬梁家河精神。", ("Place", "梁家河")),
    ],
)
def test_patterns_no_site_or_body_in_a_pursuit_a_count_or_a_spirit(nlp, text, not_found):
    assert not_found not in _found(nlp, text)


def test_patterns_old_buildings_restored_are_sites(nlp):
    found = _found(nlp, "双桥、沈厅、张厅完成保护性修缮。")
    assert {("Place", "双桥"), ("Place", "沈厅"), ("Place", "张厅")} <= found
    assert not any(t == "Place" for t, _ in _found(nlp, "便民服务大厅完成改造。"))


def test_patterns_a_body_a_city_runs_is_named_with_its_city(nlp):
    found = _found(nlp, "南平市第一医院与武夷山市立医院组建紧密型医联体。")
    assert ("Organization", "武夷山市立医院") in found and ("Locality", "武夷山市") not in found


def test_patterns_a_site_name_stops_at_a_verb_of_agreement(nlp):
    found = _found(nlp, "与金泽镇、朱家角镇签订古镇文旅协同发展协议。")
    assert ("Locality", "朱家角镇") in found and not any("签订" in name for _, name in found)


def test_patterns_a_research_body_named_only_by_its_topic_is_a_kind(nlp):
    assert not any(t == "Organization" and "研究所" in name for t, name in _found(nlp, "与延安大学共建红枣研究所，选育红枣新品种3个。"))
    assert ("Organization", "中国农业科学院茶叶研究所") in _found(nlp, "中国农业科学院茶叶研究所在县设立试验站。")


def _localities(nlp, text: str) -> set[tuple[str, str]]:
    """Give the (surface, canonical) of the localities found in a sentence."""
    return {(m.text, m.canonical) for m in nlp(text).user_data[MENTIONS] if m.type == "Locality"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ethnic township is named with its place name before the ethnic group; a transliterated name of five
        ("推动巴音郭楞蒙古族乡、阿克苏布拉克乡发展特色产业。",
         {("巴音郭楞蒙古族乡", "巴音郭楞蒙古族乡"), ("阿克苏布拉克乡", "阿克苏布拉克乡")}),
        # a former village, merged since, whatever its name's tag
        ("原跃进村完成道路黑化。", {("跃进村", "跃进村")}),
    ],
)
def test_patterns_a_township_or_village_by_its_suffix_with_a_long_or_verbal_name(nlp, text, expected):
    assert _localities(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the kind a list closes with after 等 is no part of its last name, though the segmenter glues it (龙川|村等村)
        ("镇党委书记带领班子深入泗溪村、龙川村等村开展走访。", {("泗溪村", "泗溪村"), ("龙川村", "龙川村")}),
        # the verb of a place's share is no part of the name after it
        ("为建设“最美乡村旅游目的地”贡献宏村力量。", set()),
    ],
)
def test_patterns_a_village_name_stops_at_a_list_kind_or_a_verb(nlp, text, expected):
    assert _localities(nlp, text) == expected


def test_patterns_a_whole_township_after_its_county_short_form_starts_at_its_own_name(nlp):
    # 乐清|柳市镇: the city's short form before one place word naming the whole township is no part of its name
    found = _localities(nlp, "乐清柳市镇获评省级示范镇。")
    assert ("柳市镇", "柳市镇") in found and ("乐清柳市镇", "乐清柳市镇") not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # short forms sharing the list's count and suffix: a township or village each, named with that suffix
        ("带动周边洋里、桂岭两村共建白茶加工中心1个。", {("洋里", "洋里村"), ("桂岭", "桂岭村")}),
        ("与金井和北山两镇共建茶叶、蔬菜基地。", {("金井", "金井镇"), ("北山", "北山镇")}),
        # 鹤山 is also a county-level city of Guangdong: the list's suffix says which
        ("鹤山、寿安两个街道完成老旧小区改造21个。", {("鹤山", "鹤山街道"), ("寿安", "寿安街道")}),
        ("长桥、郭巷、城南三个街道完成老旧小区改造36个。",
         {("长桥", "长桥街道"), ("郭巷", "郭巷街道"), ("城南", "城南街道")}),
        ("和平、红旗等3个村完成改造。", {("和平", "和平村"), ("红旗", "红旗村")}),
        ("环溪、荻浦、深澳三个古村落连片发展。", {("环溪", "环溪村"), ("荻浦", "荻浦村"), ("深澳", "深澳村")}),
        # jieba glues 与 to the first name
        ("与潭门、中原两镇共建旅游带。", {("潭门", "潭门镇"), ("中原", "中原镇")}),
        # names written in full keep their own suffix; a count that is not the list's, and kinds of area, name none
        ("前村、溪滩村两个村被评为省级美丽乡村特色精品村。", {("前村", "前村"), ("溪滩村", "溪滩村")}),
        ("完成城区、园区两个社区改造。", set()),
        # villagers' groups are no villages; a list of villages before their villagers is
        ("上屋、下屋两个村民小组完成改造。", set()),
        ("洋里、桂岭两村村民共建加工中心。", {("洋里", "洋里村"), ("桂岭", "桂岭村")}),
        # jieba cuts a transliterated first name before its last character (阿克达|拉) and glues the count to the last
        ("，阿克达拉、萨尔布两镇新建高标准农田。", {("阿克达拉", "阿克达拉镇"), ("萨尔布", "萨尔布镇")}),
    ],
)
def test_patterns_a_list_of_short_forms_shares_its_suffix(nlp, text, expected):
    assert _localities(nlp, text) == expected


@pytest.mark.parametrize(
    "text, place",
    [
        # a product named after its place, alone or in a list of brands
        ("福鼎白茶、福鼎槟榔芋带动村民户均增收8000元。", "福鼎"),
        ("舟山核雕年销售额超过6亿元。", "舟山"),
        ("湄潭翠芽、遵义红等公共品牌走进全国28个省区市。", "遵义"),
        # an event's edition opens the event's name
        ("成功举办第九届蒲江采茶节。", "蒲江"),
        ("举办第五届中国·凤凰苗族“六月六”节。", "凤凰"),
        # a section of a lake or river named by the place it crosses
        ("太湖吴中水域水质保持Ⅲ类。", "吴中"),
        ("大沙河镇域段水质达到Ⅱ类。", "大沙河镇"),
        # a title created, listed or sought, which a province's name opens
        ("支持历村创建广西四星级乡村旅游区。", "广西"),
        ("龙泉关长城被公布为河北省文物保护单位。", "河北省"),
        ("支持临湖镇各申报1个江苏省特色田园乡村。", "江苏省"),
        # a people's home country, a village road, two adjectives
        ("串联太姥山、杨家溪的闽东畲乡精品旅游线路入选全省推荐线路。", "闽东畲乡"),
        ("新建村道4.2公里、路灯260盏。", "新建村"),
        ("让村民生活更加幸福安康。", "安康"),
        # a market, a designation and a care home named after the place
        ("蒲江茶叶交易市场全年交易额达到15.6亿元。", "蒲江"),
        ("全力推进桂林国际旅游胜地建设。", "桂林"),
        ("阳朔县社会福利院新建护理楼投入使用。", "阳朔县"),
        # more products (大米 tagged a numeral, a town's name inside the product), a region around a city, a school
        ("宁夏枸杞、五常大米走进千家万户。", "宁夏"),
        ("宁夏枸杞、五常大米走进千家万户。", "五常"),
        ("腾冲翡翠、保山小粒咖啡走进全国市场。", "保山"),
        ("琼海嘉积鸭品牌影响力持续提升。", "琼海"),
        ("积极融入太原都市圈。", "太原"),
        ("腾冲一中新校区投入使用。", "腾冲"),
        ("安定马铃薯、定西宽粉走进全国市场。", "定西"),
        ("武隆羊角豆干走进全国市场。", "武隆"),
        ("成功举办武隆国际山地户外运动公开赛和仙女山冰雪节。", "武隆"),
    ],
)
def test_patterns_a_place_inside_a_product_event_segment_or_title_is_no_locality(nlp, text, place):
    assert place not in {surface for surface, _ in _localities(nlp, text)}


def test_patterns_a_title_a_province_ranks_first_in_keeps_the_province():
    from kg.nlp.nested import opens_a_title

    # 创建|广西|四星级…: the province opens the title; 创成|浙江省|首个…: it is where the county ranks first
    text = "创建广西四星级乡村旅游区，创成浙江省首个全域旅游示范县。"
    assert opens_a_title(text, 2, 4)
    assert not opens_a_title(text, text.index("浙江省"), text.index("浙江省") + 3)


def test_patterns_a_home_made_new_is_the_home_not_the_district_glued_to_xin(nlp):
    # jieba cuts 新吴|中 (新吴区 of Wuxi): the report means its own 吴中 made new
    assert _localities(nlp, "为谱写“强富美高”新吴中现代化建设新篇章而努力奋斗！") == {("吴中", "吴中")}


def test_patterns_a_village_jieba_cut_after_its_township_is_named_from_the_township_on(nlp):
    # 稻田镇|东|斟/v|灌村: the walk over name words stops at the verb 斟; the village runs from the township's end
    found = _localities(nlp, "稻田镇东斟灌村被评为全国文明村镇。")
    assert ("东斟灌村", "东斟灌村") in found and ("灌村", "灌村") not in found


@pytest.mark.parametrize(
    "text, place",
    [
        # new towns, eco-islands, tea cities and markets of goods are sites named by their head
        ("云湖新城新增总部企业8家。", "云湖新城"),
        ("崇明生态岛完成生态修复。", "崇明生态岛"),
        ("龙泉茶叶交易市场全年交易额达到8亿元。", "龙泉茶叶交易市场"),
        ("义乌国际商品交易中心交易额增长12%。", "义乌国际商品交易中心"),
        ("华东茶城交易额增长9%。", "华东茶城"),
        # the segmenter joins 新 of the verb after to the head (园|区新|入驻), and tags 现代 as a time word
        ("青山现代产业园区新入驻企业15家。", "青山现代产业园区"),
        ("石门经济合作区新引进企业6家。", "石门经济合作区"),
    ],
)
def test_patterns_new_towns_islands_and_markets_are_sites(nlp, text, place):
    assert ("Place", place) in _found(nlp, text)


def test_patterns_a_class_of_new_towns_is_no_site(nlp):
    found = _found(nlp, "云湖新城新增总部企业8家，增速居杭州市郊区新城前列，推进产业新城建设，打造文旅康养新城。")
    assert {name for t, name in found if t == "Place"} == {"云湖新城"}


@pytest.mark.parametrize(
    "text, places",
    [
        # a river or lake told by its monitored cross-section, its stretch of water or its shore; a mountain by its trail
        ("浦南河、临溪河出境断面水质稳定达到Ⅱ类。", {"浦南河", "临溪河"}),
        ("南湖城区水域水质保持Ⅲ类。", {"南湖"}),
        ("南湖岸线生态修复完成8公里。", {"南湖"}),
        ("金鸡山生态步道建成开放。", {"金鸡山"}),
        # China's great lakes and rivers, whatever the segmenter makes of a name of two characters
        ("守护黄河生态，巢湖综合治理扎实推进。", {"黄河", "巢湖"}),
    ],
)
def test_patterns_rivers_lakes_and_mountains_told_by_their_water_shore_or_trail(nlp, text, places):
    assert places <= {name for t, name in _found(nlp, text) if t == "Place"}


def test_patterns_a_great_lake_naming_an_event_or_a_quoted_product_is_no_site(nlp):
    found = _found(nlp, "守护太湖生态，成功举办第三届黄河文化旅游节和太湖开渔节，“太湖三白”品牌效应持续放大。"
                        "举办第五届黄河湾红枣文化旅游节。整改长江经济带生态环保审计发现的问题。")
    assert [name for t, name in found if t == "Place"] == ["太湖"]


@pytest.mark.parametrize(
    "text, place",
    [
        # a railway station named by a place alone where trains stop (the segmenter may join the name's end: 青|湖站)
        ("青湖站新增市域动车班次6对。", "青湖站"),
        ("东阳站新增动车停靠班次4对。", "东阳站"),
        # a mountain, lake or wall word the segmenter left alone after its name, before a verb, a time or a count
        ("凤鸣山、凤鸣天池全年接待游客80万人次。", "凤鸣天池"),
        ("力争木兰山创成国家5A级旅游景区。", "木兰山"),
        ("紫荆关长城被公布为省级文物保护单位。", "紫荆关长城"),
    ],
)
def test_patterns_stations_and_sites_the_segmenter_split_from_their_word(nlp, text, place):
    assert ("Place", place) in _found(nlp, text)


def test_patterns_no_station_without_trains_nor_hill_among_villages_nor_site_in_a_quoted_route(nlp):
    found = _found(nlp, "东阳站新增动车停靠班次4对，城东服务站投用。蒋村、杨梅山、中央王村完成网改造。"
                        "开通“大觉山—龙虎山”旅游直通车。")
    assert {name for t, name in found if t == "Place"} == {"东阳站"}


@pytest.mark.parametrize(
    "text, place",
    [
        # a one-character word the segmenter cut off a site's name after a verb opening the clause
        ("加快遇龙湖景区提质扩容。", "遇龙湖景区"),
        # an idiom inside a name that a lone character goes on
        ("象山茶博公园、天下第一泉文化公园全年接待游客90万人次。", "天下第一泉文化公园"),
        # a museum is named without the role it serves
        ("与浙江大学共建的良渚遗址博物院研学基地接待学生5万人次。", "良渚遗址博物院"),
        # natural villages are sites, not divisions
        ("上坪自然村、下坪自然村搬迁群众全部实现稳定就业。", "下坪自然村"),
        # a street of two characters given a title for streets
        ("南街被评为省级特色旅游名街。", "南街"),
        # the old town of a township of two characters, whatever the segmenter made of its name
        ("甪直古镇获评省级旅游度假区。", "甪直古镇"),
        ("西来古镇完成风貌整治。", "西来古镇"),
    ],
)
def test_patterns_sites_the_segmenter_or_a_role_word_cut_wrong(nlp, text, place):
    assert ("Place", place) in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # crops' orchards and bases measured by their area are kinds; the people who work a tea garden name none
        "新建猕猴桃、黄桃果园600亩，新建金桔标准化基地1.2万亩。",
        "浙江农林大学专家团队驻村指导茶园管理。",
    ],
)
def test_patterns_no_site_in_a_measured_kind_or_a_team_at_work(nlp, text):
    assert not any(t == "Place" for t, _ in _found(nlp, text))


def test_patterns_a_natural_village_after_its_village_and_a_kind_of_old_town_are_no_sites(nlp):
    # a natural village written after its administrative village is part of how the village is written
    found = _found(nlp, "下坪自然村搬迁群众全部实现稳定就业，完成赵村、陈村南源自然村自来水管网改造，西来古镇完成风貌整治，打造特色古镇。")
    assert {name for t, name in found if t == "Place"} == {"下坪自然村", "西来古镇"}


@pytest.mark.parametrize(
    "text, place",
    [
        # a name shaped like a site's, listed beside a site named by its head
        ("凤凰古镇、云台山和碧水湾完成游客中心提档升级。", "云台山"),
        ("青石街、白云公园实现夜景亮化全覆盖。", "青石街"),
    ],
)
def test_patterns_a_site_shaped_name_listed_beside_a_site_is_one(nlp, text, place):
    assert ("Place", place) in _found(nlp, text)


def test_patterns_no_listed_site_among_projects_nor_after_a_verb_or_place(nlp):
    found = _found(nlp, "青石街、白云公园实现夜景亮化全覆盖。推进金山景区、青龙谷等项目落地，丰富申明古街、叶长埠古玩街、范村古村落。")
    places = {name for t, name in found if t == "Place"}
    assert "青石街" in places and not places & {"青龙谷", "古街", "申明古街", "丰富申明古街"}


@pytest.mark.parametrize(
    "text, place, not_found",
    [
        # a free trade zone's section is a site; the games a venue is built for are no part of its name
        ("前海自贸片区累计形成制度创新成果300项。", "前海自贸片区", None),
        ("义乌要对标自贸区，做实试验区，舟山自贸区扩区获批。", "舟山自贸区", "对标自贸区"),
        ("亚运会黄龙体育中心主体完工。", "黄龙体育中心", "亚运会黄龙体育中心"),
        # a word tagged as a state inside a reserve's name (湿地/z)
        ("九峰山湿地自然保护区完成生态修复。", "九峰山湿地自然保护区", "九峰山湿地"),
    ],
)
def test_patterns_zones_and_venues_by_their_own_name(nlp, text, place, not_found):
    found = _found(nlp, text)
    assert ("Place", place) in found and ("Place", not_found) not in found


@pytest.mark.parametrize(
    "text",
    [
        # a site in brackets inside an event's name, a class of old towns, a zone co-built by kind words only
        "成功举办第三届中国·长三角(天目山)茶业博览会。",
        "全力打造世界级水乡古镇旅游目的地。",
        "与杭州市共建临空经济合作区。",
        # a village named like its stream, before 的
        "蓝溪的脱贫故事走进党员教育课堂。",
    ],
)
def test_patterns_no_site_in_an_event_a_class_a_kind_of_zone_or_a_village_story(nlp, text):
    assert not any(t == "Place" for t, _ in _found(nlp, text))


@pytest.mark.parametrize(
    "text, place",
    [
        # a river opening its clause before its monitored cross-section, whatever the segmenter glued to its end
        ("汨水国控断面水质稳定达到Ⅱ类。", "汨水"),
        ("沮水出境断面水质稳定达到Ⅱ类。", "沮水"),
    ],
)
def test_patterns_a_river_told_by_its_monitored_cross_section(nlp, text, place):
    found = _found(nlp, text + "饮用水出境断面、污水出境断面水质达标。")
    assert {name for t, name in found if t == "Place"} == {place}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a heritage list names the heritage title (世界文化遗产名录 → 世界文化遗产)
        ("2013年，红河哈尼梯田列入世界文化遗产名录。", ("Award", "世界文化遗产")),
        ("龙井茶入选全球重要农业文化遗产。", ("Award", "全球重要农业文化遗产")),
        # government departments named after their division, and the state forest bureaus
        ("元阳县扶贫开发办公室荣获全国脱贫攻坚先进集体称号。", ("Organization", "元阳县扶贫开发办公室")),
        ("蓟州区文化和旅游局获评全国文化和旅游系统先进集体。", ("Organization", "蓟州区文化和旅游局")),
        ("五岔沟林业局、白狼林业局完成造林3万亩。", ("Organization", "白狼林业局")),
    ],
)
def test_patterns_heritage_titles_and_government_departments(nlp, text, expected):
    assert expected in _found(nlp, text)


def test_patterns_a_department_needs_its_division_and_a_layout_is_no_bureau(nlp):
    found = _found(nlp, "县文化和旅游局牵头，优化空间布局，构建新发展格局。加强非物质文化遗产保护。")
    assert not {m for m in found if m[0] in ("Organization", "Award")}


@pytest.mark.parametrize(
    "text, place",
    [
        # an Olympics, a border port, terraced fields, a team, a hot spring named after the place
        ("借助北京冬奥会热潮，接待冰雪游客46万人次。", "北京"),
        ("阿尔山口岸基础设施持续完善。", "阿尔山"),
        ("2013年，红河哈尼梯田列入世界文化遗产名录。", "红河"),
        ("阿尔山市青少年越野滑雪队在运动会上夺得金牌3枚。", "阿尔山市"),
        ("阿尔山温泉改造提升后重新开放。", "阿尔山"),
        # a body named after its place: a government office
        ("元阳县扶贫开发办公室荣获全国脱贫攻坚先进集体称号。", "元阳县"),
        # a river's section through a place, a route's section from a place to another
        ("红河元阳段水质稳定达标。", "红河"),
        ("川藏铁路雅安至林芝段全面开工。", "雅安"),
        # islands counted after their short forms
        ("推动崇明、长兴、横沙三岛联动发展。", "崇明"),
        ("推动崇明、长兴、横沙三岛联动发展。", "长兴"),
        # a drink and silk named after the place
        ("阳城蚕茧、“相府药茶”品牌影响力持续扩大。", "阳城"),
        # a games' zone and organising body, a reservoir's part, a park, a spirit named by the short form
        ("张家口赛区共产生金牌15枚。", "张家口"),
        ("配合北京冬奥组委完成赛事服务。", "北京"),
        ("丹江口水库淅川库区水质稳定达标。", "淅川"),
        ("中关村昌平园新增高新技术企业20家。", "昌平"),
        ("大力弘扬北京冬奥精神，推动冰雪运动发展。", "北京"),
        ("右玉精神焕发新的光彩。", "右玉"),
        # a college named by what it does (振兴)
        ("郫都乡村振兴学院全年培训学员3万人次。", "郫都"),
        # a port, a zone, a waterway, a road and a numbered bridge named after the place
        ("海沧生物医药港产值增长32%。", "海沧"),
        ("平果工业区铝产业产值突破300亿元。", "平果"),
        ("右江航道实现千吨级船舶常年通航。", "右江"),
        ("顺德水道北滘段水质稳定达标。", "顺德"),
        ("南部新区大连路延伸段建成通车。", "大连"),
        ("青山长江大桥、江汉七桥建成通车。", "江汉"),
    ],
)
def test_patterns_a_place_inside_an_event_body_site_section_or_product_is_no_locality(nlp, text, place):
    assert not any(t == "Locality" and name.startswith(place) for t, name in _found(nlp, text))


@pytest.mark.parametrize(
    "text, place",
    [
        # the spirit of a speech about the place, not a spirit named by it
        ("深入学习贯彻习近平总书记考察浙江重要讲话精神。", "浙江"),
        # a count of towns before a tea or fruit garden: the towns are named, no park
        ("大塘、西来两镇新建标准化柑橘园1.6万亩。", "西来"),
        # a route the places make together (线路 is no road named after the last)
        ("与于都县、兴国县联合推出红色研学精品线路12条。", "兴国"),
    ],
)
def test_patterns_a_short_form_before_a_spirit_of_a_speech_or_a_count_of_towns_stays(nlp, text, place):
    assert any(t == "Locality" and name.startswith(place) for t, name in _found(nlp, text))


def test_patterns_a_league_or_prefecture_committee_is_a_body(nlp):
    found = _found(nlp, "在兴安盟委、红河州委的坚强领导下，我们奋力拼搏。")
    assert {("Organization", "兴安盟委"), ("Organization", "红河州委")} <= found
    assert not any(t == "Locality" for t, _ in found)


@pytest.mark.parametrize(
    "text, villages",
    [
        # 村 once more opens the collective (五岔沟村|村集体); 鹿村村 is a name
        ("鹿村村、牛汾台村发展种植，五岔沟村村集体经济收入突破50万元。", {"鹿村村", "牛汾台村", "五岔沟村"}),
        # a name the segmenter reads as an idiom or a morpheme before 村
        ("杀虎口村入选全国乡村旅游重点村。", {"杀虎口村"}),
        ("渔阳镇西井峪村获评中国美丽休闲乡村。", {"西井峪村"}),
        # a two-character village before its own bodies or 的
        ("麻栗寨村的坝达景区、胜村的多依树景区完成改造，胜村党总支书记卢朝贵带领村民致富。", {"麻栗寨村", "胜村"}),
    ],
)
def test_patterns_villages_written_in_full(nlp, text, villages):
    assert {name for t, name in _found(nlp, text) if t == "Locality" and name.endswith("村")} == villages


@pytest.mark.parametrize(
    "text, names",
    [
        # a list of towns or townships (乡镇), of market towns (集镇)
        ("港西、建设、三星三个乡镇新建高标准农田4.2万亩。", {"港西镇", "建设镇", "三星镇"}),
        ("南沙、新街两个集镇完成风貌提升。", {"南沙镇", "新街镇"}),
        # the last item of a list is no project's first word: 黄草岭|三乡通村公路
        ("攀枝花、黄茅岭、黄草岭三乡通村公路全部硬化。", {"攀枝花乡", "黄茅岭乡", "黄草岭乡"}),
    ],
)
def test_patterns_short_forms_sharing_a_count_and_suffix(nlp, text, names):
    assert {name for t, name in _found(nlp, text) if t == "Locality"} == names


def test_patterns_a_quoted_campaign_ending_like_a_village_is_no_village(nlp):
    assert not any(t == "Locality" for t, _ in _found(nlp, "持续开展“万企帮万村”精准扶贫行动，引进帮扶企业23家。"))


@pytest.mark.parametrize(
    "text, place",
    [
        # a division opening a work's name
        ("八一镇城区供水改扩建工程通水运行。", "八一镇"),
        ("皇城村集中供暖改造工程惠及全村1200余户。", "皇城村"),
        # an anniversary
        ("今年是西藏和平解放70周年。", "西藏"),
    ],
)
def test_patterns_a_division_opening_a_work_or_an_anniversary_is_no_locality(nlp, text, place):
    assert not any(t == "Locality" and name.startswith(place) for t, name in _found(nlp, text))


@pytest.mark.parametrize(
    "text, place",
    [
        # a count of works, or a clause about works, after the division
        ("大柘镇实施项目12个，完成投资5亿元。", "大柘镇"),
        ("一年来，遂昌深化企业投资项目“承诺制”改革。", "遂昌"),
        ("石井街道蔡家坡村建成终南山艺术村落改造项目。", "蔡家坡村"),  # the village built the work
    ],
)
def test_patterns_a_division_before_a_clause_about_works_stays(nlp, text, place):
    found = _found(nlp, text + "八一镇城区供水改扩建工程通水运行。")
    assert any(t == "Locality" and name.startswith(place) for t, name in found)
    assert ("Locality", "八一镇") not in found


def test_patterns_a_village_clinic_is_a_body_and_a_mountain_range_no_prefecture(nlp):
    assert ("Organization", "皇城村卫生所") in _found(nlp, "皇城村卫生所与阳城县人民医院建立远程诊疗机制。")
    found = _found(nlp, "认真落实草原生态保护补助奖励政策，大兴安岭生态系统保持稳定。")
    assert ("Place", "大兴安岭") in found and not any(t == "Locality" for t, _ in found)


def test_patterns_a_banner_village_suffix_is_a_word_of_its_own(nlp):
    # jieba glues 查 to 获 (嘎|查获|评) unless it knows 嘎查
    assert ("Locality", "特布德嘎查") in _found(nlp, "上海庙镇特布德嘎查获评全国民主法治示范村。")


@pytest.mark.parametrize(
    "text, subject",
    [
        # a division that acts opens no site's name: 花马池镇|建立|草原…, 珍珠泉乡|发展|花海
        ("与宁夏吴忠市盐池县花马池镇建立草原矛盾纠纷联防联调机制。", "花马池镇"),
        ("推动珍珠泉乡发展花海经济。", "珍珠泉乡"),
    ],
)
def test_patterns_a_division_that_acts_opens_no_site_name(nlp, text, subject):
    assert not any(t == "Place" and subject in name for t, name in _found(nlp, text))
    # a border region is no division: its memorial hall keeps its whole name
    assert ("Place", "晋察冀边区革命纪念馆") in _found(nlp, "组织党员赴晋察冀边区革命纪念馆接受红色教育。")


@pytest.mark.parametrize(
    "text, name",
    [
        # a work the segmenter cut into common words is the whole subject of what became of it
        ("城区供水保障明显加强。中部引水工程主体完工，北线调水工程全线通水。", "中部引水工程"),
        ("城区供水保障明显加强。中部引水工程主体完工，北线调水工程全线通水。", "北线调水工程"),
        ("溇水河综合治理三期工程完工，城区防洪能力提升。", "溇水河综合治理三期工程"),
        # or the whole object of the verbs opening its clause, with 建设 after it
        ("配合推进轨道交通9号线南延伸工程建设，加快老城更新。", "轨道交通9号线南延伸工程"),
        # a building is a work when its construction starts
        ("开工建设南塘中心医院门急诊综合楼，完成老年食堂改造。", "南塘中心医院门急诊综合楼"),
        # a hospital's campus while it is being built, its hospital's name inside it
        ("城区医疗条件改善，桐城县人民医院新院区主体封顶，城区污水管网延伸。", "桐城县人民医院新院区"),
        ("开工建设桐城县人民医院新院区和桐城县第二中学新校区，巩固脱贫成果。", "桐城县人民医院新院区"),
        # a building the segmenter cut (门诊|楼), the second of two works whose construction starts
        ("，开工建设红旗村村民新居四期工程和红旗镇卫生院门诊楼，推动景区提档升级。", "红旗镇卫生院门诊楼"),
    ],
)
def test_patterns_a_work_known_by_its_place_in_a_status_clause(nlp, text, name):
    assert name in {canonical for _, canonical in _projects(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # a set of works, a kind of work, the township's own plant (乡…), or a building in use (its hospital's)
        "全县重点工程全面开工，各类项目有序推进。",
        "完成乡自来水厂提升改造工程，确保全乡饮水达标。",
        "南塘县人民医院新住院大楼投入使用，推进南塘县人民医院医技楼建设。",
    ],
)
def test_patterns_a_status_clause_without_one_work_names_none(nlp, text):
    assert not _projects(nlp, text)


@pytest.mark.parametrize(
    "text, names",
    [
        # a direct-current line's voltage inside its name; the works supporting it are named by it
        ("，锡盟至江苏泰州±800千伏特高压直流输电工程配套风电项目全部并网，",
         {"锡盟至江苏泰州±800千伏特高压直流输电工程"}),
        # a branch named by the place it serves, right after its line
        ("。沪昆高铁义乌支线正式开通运营，", {"沪昆高铁义乌支线"}),
        # roads named by a name and a number, sharing one head
        ("黄山一号、天目一号、太湖一号旅游公路全线贯通。", {"黄山一号旅游公路", "天目一号旅游公路", "太湖一号旅游公路"}),
    ],
)
def test_patterns_lines_by_voltage_branch_and_number(nlp, text, names):
    assert {canonical for _, canonical in _projects(nlp, text)} == names


@pytest.mark.parametrize(
    "text, names",
    [
        # an ordinal and a bracketed section inside a name; the second of two works joined by 和, named by numerals
        ("城区防洪能力提升,第一排水沟(城关段)综合治理工程和六三干沟生态修复工程全面完工。",
         {"第一排水沟综合治理工程", "六三干沟生态修复工程"}),
        # a line and its section before its main works: the work is the line
        ("确保杭温高铁(永嘉段)主体工程顺利推进,加快城区建设。", {"杭温高铁"}),
        # a village's works in its own report, the village named by a word and numerals the segmenter cut (红|十四|村)
        ("（二）人居环境明显改善。红十四村村民新居二期工程交付使用，红十四村集中供热改造工程和红十四村污水处理站新建工程全面完工。",
         {"红十四村村民新居二期工程", "红十四村集中供热改造工程", "红十四村污水处理站新建工程"}),
        ("开工建设红十四村幼儿园新建工程，提高村民养老补贴。", {"红十四村幼儿园新建工程"}),
        # a reservoir the work draws its water from is no work; the irrigation district named by numerals is
        ("公路改建工程建成通车，引清河水库水源的新十二灌区节水改造工程完成渠道衬砌18公里。", {"新十二灌区节水改造工程"}),
        # a nation-wide protection campaign on a kind of land is carried out, no bounded work
        ("深入实施国家黑土地保护工程，落实大豆振兴计划。", set()),
        # (a protection work on a named site stays a work)
        ("推进北大池湿地保护修复工程，河湖长制落实。", {"北大池湿地保护修复工程"}),
        # a kind of village before 村 makes no village's work
        ("科学制定规划,用足用好传统村保护开发项目资金。", set()),
    ],
)
def test_patterns_works_named_by_ordinals_numerals_and_villages(nlp, text, names):
    assert {canonical for _, canonical in _projects(nlp, text)} == names


def _places(nlp, text: str) -> set[str]:
    return {name for type_, name in _found(nlp, text) if type_ == "Place"}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a scenic area after a division written in full is named by its own mountain or water, even one the segmenter
        # does not know (娘娘/n|山); the division stays a locality (…城区 a district's name)
        ("全年接待游客500万人次，水城区玉舍海景区、盘州市娘娘山景区、六枝特区牂牁江景区人气旺盛。",
         {"玉舍海景区", "娘娘山景区", "牂牁江景区"}, {"盘州市娘娘山景区", "六枝特区牂牁江景区"}),
        # a mountain a red-education base is named after is the site
        ("昭苏湿地公园开园，格登山红色教育基地接待游客8万人次。", {"格登山"}, {"格登山红色教育基地"}),
        # the square in front of a station named by a place gives the station; one after a line's section gives nothing
        ("三是加快城际铁路建设和德清站站前广场配套。", {"德清站"}, {"站前广场"}),
        ("建成沪杭铁路（桐乡段）站前广场，推进医院迁建。", set(), {"站前广场"}),
        # lookouts, ski resorts and fishing ports are sites
        ("太姥山景区、南屏观景台、北岐观景台接待游客达80万人次。", {"南屏观景台", "北岐观景台"}, set()),
        ("玉舍国际滑雪场接待滑雪游客12万人次。", {"玉舍国际滑雪场"}, set()),
        ("三沙镇三沙中心渔港获评国家级沿海渔港经济区。", {"三沙中心渔港"}, set()),
        # (a township's own port, named by the township alone, is none)
        ("东滩湿地公园获评国家AAAA级旅游景区，黄沙乡渔港改造完成。", {"东滩湿地公园"}, {"黄沙乡渔港"}),
        # a river before its banks
        ("新建口袋公园16处，洸河沿岸打造滨水绿道12公里。", {"洸河"}, set()),
        # a numbered event named after a site holds no site
        ("成功举办第三届六盘山山花节，开城镇青石村被评为示范村。", set(), {"六盘山"}),
    ],
)
def test_patterns_sites_after_divisions_before_roles_and_squares(nlp, text, present, absent):
    places = _places(nlp, text)
    assert present <= places and not (absent & places)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # two party committees joined by 和 are two bodies (the segmenter glues 委和)
        ("2021年，在大理州委和弥渡县委的坚强领导下，我们坚持稳中求进。", {"大理州委", "弥渡县委"}, {"大理州委和弥渡县委"}),
        # a count or a kind of hospital names no body; a hospital named before 等 does
        ("改造12家方舱医院，新建两座县级传染病医院，温州医科大学附属第一医院等定点医院全力救治。",
         {"温州医科大学附属第一医院"}, {"家方舱医院", "两座县级传染病医院", "定点医院"}),
        # a charity federation and a drug factory are named bodies
        ("温州市慈善总会向结对县捐赠资金800万元。", {"温州市慈善总会"}, set()),
    ],
)
def test_patterns_bodies_apart_and_not_counted(nlp, text, present, absent):
    bodies = {name for type_, name in _found(nlp, text) if type_ == "Organization"}
    assert present <= bodies and not (absent & bodies)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # what a division seeks or wins after 申报/争创/创建/获批 is a title, not a site
        ("支持安吉县申报国家生态文明建设示范区，争创浙江特色小镇，推动两镇创建自治区级特色小镇。", set(),
         {"申报国家生态文明建设示范区", "浙江特色小镇", "自治区级特色小镇"}),
        ("莫干山高新区、泗安化工产业园获批浙江省化工园区。", {"泗安化工产业园"}, {"泗安化工产业园获批浙江省化工园区", "浙江省化工园区"}),
        # a zone of investment and a waterway are sites
        ("杏林台商投资区产值增长15%，洪奇沥水道水质稳定达标。", {"杏林台商投资区", "洪奇沥水道"}, set()),
        # a village's or town's base of a produce is a kind of base, no named site
        ("支持大坪村猕猴桃基地、石门镇茶叶种植基地扩大规模。", set(), {"大坪村猕猴桃基地", "石门镇茶叶种植基地"}),
    ],
)
def test_patterns_titles_sought_and_produce_bases_are_no_sites(nlp, text, present, absent):
    places = _places(nlp, text)
    assert present <= places and not (absent & places)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a county's museum of the revolution: the kind word after the county is no verb it does
        ("实施红色旅游提升行动，兴国县革命博物馆完成陈展改造。", {"兴国县革命博物馆"}, set()),
        # a bridge named after a river is no mention of the river; the river spoken of is
        ("加快黄河湾桥、汉江湾桥建设，汉江水质稳定达标。", {"汉江"}, {"黄河"}),
        # ports named in one word or by a place and the trade they serve
        ("集装箱吞吐量占宁波港的40%，洋口港吞吐量增长8%，海门生物医药港产值增长30%。",
         {"宁波港", "洋口港", "海门生物医药港"}, set()),
        # a river whose water environment or ecology is worked on
        ("推进汀江水生态修复。", {"汀江"}, set()),
        # no port: a kind of port, a port area going on into a longer name
        ("打造内陆无水港，建设宁波港区。", set(), {"无水港", "宁波港"}),
    ],
)
def test_patterns_museums_ports_and_rivers_in_crossings(nlp, text, present, absent):
    places = _places(nlp, text)
    assert present <= places and not (absent & places)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a bare kind of line after a verb of having or entering it names no line
        ("衢宁铁路建成通车，丽水迈入高铁时代；龙庆高速公路全线贯通，庆元县结束不通高速的历史。",
         {("龙庆高速公路", "龙庆高速公路")}, {("丽水迈入高铁", "丽水迈入高铁"), ("庆元县结束不通高速", "庆元县结束不通高速")}),
        # a line's name the segmenter cut into a place and an adjective (渝|贵/a) is still a line
        ("渝贵高铁建成通车。", {("渝贵高铁", "渝贵高铁")}, set()),
        # a motorway item of a list is a whole work, not sharing the next item's head
        ("宜西攀高速公路、宜宾港志城作业区二期工程加快建设。",
         {("宜西攀高速公路", "宜西攀高速公路"), ("宜宾港志城作业区二期工程", "宜宾港志城作业区二期工程")},
         {("宜西攀高速公路", "宜西攀高速公路作业区二期工程")}),
        # the class of features a count shares out is in no item's name
        ("府河、滠水两条河流综合治理工程有序推进。",
         {("府河", "府河综合治理工程"), ("滠水", "滠水综合治理工程")}, {("府河", "府河河流综合治理工程")}),
        # the roadbed of a line is a part of the line: the work is the line
        ("千黄高速公路（淳安段）路基工程完成过半。", {("千黄高速公路（淳安段）", "千黄高速公路")},
         {("千黄高速公路（淳安段）路基工程", "千黄高速公路路基工程")}),
        # a program's quoted name before a figure of speech is no work
        ("“两山”转化通道进一步拓宽。", set(), {("“两山”转化通道", "两山转化通道")}),
    ],
)
def test_patterns_lines_spoken_of_listed_motorways_and_parts_of_lines(nlp, text, present, absent):
    found = _projects(nlp, text)
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a place's campaign named by its aim: 平安, 清廉, 美丽 and the place, built or deepened
        ("深化平安淳安建设，连续十六年夺得“平安县”称号。推进清廉永康建设。", {"平安淳安", "清廉永康"}, {"平安县"}),
        ("深化平安容桂建设。", {"平安容桂"}, set()),
        # a quoted program before its 重要理念
        ("牢记习近平总书记首次提出“精准扶贫”重要理念时的殷殷嘱托。", {"精准扶贫"}, set()),
        # the reform of every field is none named; the mechanism reformed is named without 改革
        ("以数字化改革撬动各领域改革，深化生态产品价值实现机制改革。", {"数字化改革", "生态产品价值实现机制"}, {"领域改革", "机制改革"}),
    ],
)
def test_patterns_campaigns_named_by_aim_and_place_and_reforms_of_fields(nlp, text, present, absent):
    programs = {name for type_, name in _found(nlp, text) if type_ == "Program"}
    assert present <= programs and not (absent & programs)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a village after a township the segmenter glued to its last character (哈里|哈乡)
        ("哈里哈乡山湾子村入选全国乡村旅游重点村。", {"山湾子村"}, set()),
        # products named after their place: no mention of the place
        ("湘西黄金茶种植稳步发展，存栏湘西黄牛260头，龙泉青瓷、龙泉宝剑出口额增长15%。", set(), {"湘西", "龙泉"}),
    ],
)
def test_patterns_villages_after_glued_townships_and_products_of_places(nlp, text, present, absent):
    found = {surface for surface, _ in _localities(nlp, text)}
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a province before a title its firms hold is part of the title
        ("力争新增江苏省专精特新中小企业3家。", set(), {"江苏省"}),
        # every community, no name; the nearness before a village is no part of its name
        ("养老保险全部由村集体代缴，居家养老服务覆盖全部社区。", set(), {"全部由村", "全部社区"}),
        ("带动周边西城村、东城村等8个村发展设施蔬菜。", {"西城村", "东城村"}, {"周边西城村"}),
        # a community named after its street, whatever generic word the street's name holds
        ("天山街道幸福路社区获评全国民族团结进步示范社区。", {"幸福路社区"}, set()),
    ],
)
def test_patterns_titles_of_firms_every_community_and_street_communities(nlp, text, present, absent):
    found = {surface for surface, _ in _localities(nlp, text)}
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # numbered bridges over a river are works; a reservoir's works impounding water are being built
        ("万州长江四桥完成主塔施工，盐井沟水库工程下闸蓄水。", {("万州长江四桥", "万州长江四桥"), ("盐井沟水库工程", "盐井沟水库工程")}, set()),
    ],
)
def test_patterns_numbered_bridges_and_works_impounding(nlp, text, present, absent):
    found = _projects(nlp, text)
    assert present <= found and not (absent & found)


def test_patterns_a_quoted_plan_before_its_deployment_is_named_by_the_quote(nlp):
    programs = {name for type_, name in _found(nlp, "认真落实“一区两群”协调发展部署。") if type_ == "Program"}
    assert programs == {"一区两群"}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a hospital's new campus still to be opened is a work: pushed on, made sure of, or prepared
        ("推进长汀县医院新院区投入使用。", {("长汀县医院新院区", "长汀县医院新院区")}, set()),
        ("推进漠河市人民医院新院区前期工作。", {("漠河市人民医院新院区", "漠河市人民医院新院区")}, set()),
        # in use, it is spoken of as its hospital
        ("围场县人民医院新院区投入使用。", set(), {("围场县人民医院新院区", "围场县人民医院新院区")}),
    ],
)
def test_patterns_a_hospital_campus_still_to_open_is_a_work(nlp, text, present, absent):
    found = _projects(nlp, text)
    assert present <= found and not (absent & found)


def test_patterns_a_zone_named_by_its_aim_is_no_site(nlp):
    found = _found(nlp, "为建设革命老区高质量发展示范区而努力奋斗，全面落实高质量发展建设共同富裕示范区部署。")
    assert ("Place", "革命老区高质量发展示范区") not in found and ("Program", "共同富裕示范区") in found
    # a zone of integration built across provinces is a site
    assert ("Place", "长三角生态绿色一体化发展示范区") in _found(nlp, "主动服务长三角生态绿色一体化发展示范区建设。")


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a plan's key projects are a set of works; a network's mileage is no work
        ("开工建设大别山革命老区振兴发展重点项目。全州高速公路通车里程突破1300公里。", set(),
         {("大别山革命老区振兴发展重点项目", "大别山革命老区振兴发展重点项目"), ("全州高速公路", "全州高速公路")}),
        # a city's regional railway line numbered with a letter
        ("加快温州市域铁路S3线和舥艚渔港经济区建设项目建设。", {("温州市域铁路S3线", "温州市域铁路S3线")}, set()),
    ],
)
def test_patterns_key_projects_mileage_and_regional_lines(nlp, text, present, absent):
    found = _projects(nlp, text)
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # the spirit of the eight rules is a discipline slogan; the rules carried out are a program
        ("严格落实中央八项规定精神，坚持过紧日子。", set(), {"中央八项规定"}),
        ("抓实中央八项规定。", {"中央八项规定"}, set()),
        # a reform of everything is none named; a verb of writing history opens no program's name
        ("一是深化综合改革。奋力谱写新型城镇化改革的龙港篇章！", set(), {"综合改革", "谱写新型城镇化改革"}),
    ],
)
def test_patterns_spirits_of_rules_and_general_reforms(nlp, text, present, absent):
    programs = {name for type_, name in _found(nlp, text) if type_ == "Program"}
    assert present <= programs and not (absent & programs)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a division's name cut out of the words around it: 示|范村镇 (示范), 东莞镇|街 (镇街)
        ("力争申报全国“一村一品”示范村镇。", {"范村镇"}),
        ("经济总量稳居东莞镇街前列。", {"东莞镇"}),
        # town and country's communities, no name; a famous snack of its place
        ("新建城乡社区嵌入式托育机构10家，沙县小吃全年营业额突破500亿元。", {"城乡社区", "沙县"}),
    ],
)
def test_patterns_names_cut_out_of_words_and_snacks_of_places(nlp, text, absent):
    found = {surface for surface, _ in _localities(nlp, text)}
    assert not (absent & found)


def test_patterns_a_quoted_campaign_named_by_its_aim_and_place(nlp):
    programs = {name for type_, name in _found(nlp, "常态化开展扫黑除恶斗争，“平安德清”实现十六连冠。") if type_ == "Program"}
    assert "平安德清" in programs


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a plan deployed is named by its quote; a numbered one's deployment is its name
        ("全面落实省委“四强”行动部署。", {"四强"}, {"四强行动部署"}),
        ("落实“1+1+9”工作部署。", {"1+1+9工作部署"}, set()),
        # the aim of a level built: 建设更高水平的|平安鹤峰
        ("建设更高水平的平安鹤峰。", {"平安鹤峰"}, set()),
    ],
)
def test_patterns_plans_deployed_and_aims_of_a_level_built(nlp, text, present, absent):
    programs = {name for type_, name in _found(nlp, text) if type_ == "Program"}
    assert present <= programs and not (absent & programs)


@pytest.mark.parametrize(
    "text, absent",
    [
        # going to the countryside, a new term's village leaders, crafts and shirts of their places
        ("引进市民下乡、能人回乡项目56个，新一届村党组织书记平均年龄降至45.6岁。", {"市民下乡", "新一届村"}),
    ],
)
def test_patterns_countryside_terms_and_crafts_name_no_locality(nlp, text, absent):
    found = {surface for surface, _ in _localities(nlp, text)}
    assert not (absent & found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a place's name the dictionary tags a pronoun (同里/r) opens a work's name like any other
        ("同里湖大道改造提升工程建成通车，同里中心小学新校区建成启用。",
         {("同里湖大道改造提升工程", "同里湖大道改造提升工程"), ("同里中心小学新校区", "同里中心小学新校区")},
         {("湖大道改造提升工程", "湖大道改造提升工程")}),
        # a real pronoun opens none
        ("其他工程建成通车。", set(), {("其他工程", "其他工程")}),
    ],
)
def test_patterns_a_place_tagged_a_pronoun_opens_a_works_name(nlp, text, present, absent):
    found = _projects(nlp, text)
    assert present <= found and not (absent & found)


def test_patterns_a_town_before_its_area_is_cut_out_of_a_line(nlp):
    # 沪苏湖铁路|镇域内: the segmenter's 铁路镇 is no town
    assert "铁路镇" not in {surface for surface, _ in _localities(nlp, "沪苏湖铁路镇域内征地拆迁全面完成。")}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # an adjective opening its clause names the river or street after it
        ("完成岸线整治42公里，丰乐河综合治理工程通过验收。", {("丰乐河综合治理工程", "丰乐河综合治理工程")},
         {("河综合治理工程", "河综合治理工程")}),
        ("新建改造城市道路9条，团结大街提升改造工程、芒市滨河公园建成投用。", {("团结大街提升改造工程", "团结大街提升改造工程")},
         {("大街提升改造工程", "大街提升改造工程")}),
        # a new line and an express rail line are named whole; a bus's express line is no work
        ("荣乌高速新线（涞水段）建成通车。", {("荣乌高速新线（涞水段）", "荣乌高速新线")}, {("荣乌高速", "荣乌高速")}),
        ("建成杭州机场轨道快线，完善场馆赛后利用。", {("杭州机场轨道快线", "杭州机场轨道快线")}, {("杭州机场", "杭州机场")}),
        ("谋划高铁站至西递景区旅游快线。", set(), {("高铁站至西递景区旅游快线", "高铁站至西递景区旅游快线")}),
        # a plant's extension in a list, an ecosystem's restoration by its basin
        ("加快黎平机场改扩建工程、三板溪水电站扩机工程和剑河县仰阿莎水库建设。",
         {("三板溪水电站扩机工程", "三板溪水电站扩机工程"), ("黎平机场改扩建工程", "黎平机场改扩建工程")}, set()),
        ("启动黑河流域山水林田湖草沙一体化保护和修复工程，力争景区申报世界地质公园。",
         {("黑河流域山水林田湖草沙一体化保护和修复工程", "黑河流域山水林田湖草沙一体化保护和修复工程")}, set()),
        # an airport under review is being planned; one in use is a site
        ("完成投资32亿元，晋城民用机场取得行业审查意见。", {("晋城民用机场", "晋城民用机场")}, set()),
        ("武夷山机场新开通航线5条。", set(), {("武夷山机场", "武夷山机场")}),
        # the home's plant named by its ordinal opens its clause with its phase's works; in use, it is no work
        ("黑河引水系统提升改造工程完工，第四污水处理厂三期工程投入运行。", {("第四污水处理厂三期工程", "第四污水处理厂三期工程")}, set()),
        ("，第四污水处理厂运行稳定。", set(), {("第四污水处理厂", "第四污水处理厂")}),
        # the township's own plant is no named site
        ("完成乡自来水厂提升改造工程，确保全乡饮用水水质达标。", set(), {("乡自来水厂提升改造工程", "乡自来水厂提升改造工程")}),
    ],
)
def test_patterns_works_the_segmenter_cut_or_the_walk_missed(nlp, text, present, absent):
    found = _projects(nlp, text)
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # an action carried out is a program; one only taken is not
        ("深入实施城市更新行动，章贡区完成老旧小区改造126个。", {("Program", "城市更新行动")}, set()),
        ("深入实施大气污染防治攻坚行动，PM2.5平均浓度下降8%。", {("Program", "大气污染防治攻坚行动")}, set()),
        ("实施新一轮百万亩造林绿化行动，森林覆盖率达到61.6%。", {("Program", "百万亩造林绿化行动")},
         {("Program", "新一轮百万亩造林绿化行动")}),
        ("面对疫情，我们采取有力行动。", set(), {("Program", "有力行动")}),
        # a kind of action opening its clause names none
        ("，专项行动成效明显。", set(), {("Program", "专项行动")}),
        # a quoted reform joined to a zone is no site
        ("持续深化“放管服”改革和开发区“三化三制”改革。", {("Program", "放管服"), ("Program", "三化三制")},
         {("Place", "放管服改革和开发区")}),
    ],
)
def test_patterns_actions_carried_out_and_reforms_joined_to_zones(nlp, text, present, absent):
    found = _found(nlp, text)
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a village's name the dictionary reads as other words: 涂/v|山村, 苟|各庄/r|村
        ("幼儿园建成投用，涂山村完成农村饮用水管网改造。", {("涂山村", "涂山村")}, set()),
        ("三坡镇苟各庄村获评中国美丽休闲乡村，王各庄村获评省级文明村。", {("苟各庄村", "苟各庄村"), ("王各庄村", "王各庄村")}, set()),
        # a township acting on its own work is the township, not part of the work's name
        ("东文山乡启动东文山乡卫生院迁建工程。", {("东文山乡", "东文山乡")}, set()),
        # a mountain village described is none
        ("，小山村变了样，穷山村也富了。", set(), {("小山村", "小山村"), ("穷山村", "穷山村")}),
    ],
)
def test_patterns_villages_the_segmenter_misreads(nlp, text, present, absent):
    found = _localities(nlp, text)
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "text, absent",
    [
        # verbs of applying and laying out open no work's name
        ("共同申报传统村落保护项目。", {("申报传统村落保护项目", "申报传统村落保护项目")}),
        ("加快在华家岭镇布局风光储一体化项目。", {("华家岭镇布局风光储一体化项目", "华家岭镇布局风光储一体化项目")}),
        # a count of counties joins the works of several
        ("争取雷山县、台江县两县抽水蓄能电站纳入国家规划。", {("台江县两县抽水蓄能电站", "台江县两县抽水蓄能电站")}),
        # works counted after their kind, and kinds named by what they are for, are no one work
        ("钱塘江两岸新增过江通道3条。", {("过江通道", "过江通道")}),
        ("（一）田园综合体提档升级。以红峰村为核心的乡村振兴示范带串联6个村。",
         {("田园综合体", "田园综合体"), ("乡村振兴示范带", "乡村振兴示范带")}),
        ("新建游客集散中心和农创街区，岳王社区建成嵌入式养老服务综合体。",
         {("农创街区", "农创街区"), ("嵌入式养老服务综合体", "嵌入式养老服务综合体")}),
    ],
)
def test_patterns_verbs_and_counts_are_no_part_of_a_works_name(nlp, text, absent):
    assert not (absent & _projects(nlp, text))


def test_patterns_a_company_named_after_its_city_is_no_city(nlp):
    found = _found(nlp, "推动宁德时代贵阳新能源电池及材料基地项目一期投产。")
    assert ("Organization", "宁德时代") in found and ("Locality", "宁德") not in found


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a township's school or centre is named with it (ANNOTATION.md: a place name inside another name is none)
        ("溪口镇中心小学完成校舍改造。", {("Organization", "溪口镇中心小学")}, {("Locality", "溪口镇")}),
        ("配合推进下党乡中心小学提升改造。", {("Organization", "下党乡中心小学")}, {("Locality", "下党乡")}),
        ("新增城镇就业2100人。新市镇居家养老服务中心建成运营。", set(), {("Locality", "新市镇")}),
        ("建成浮梁茶叶交易中心，建设侯镇地表水厂。", set(), {("Locality", "浮梁"), ("Locality", "侯镇")}),
        # a former school is a site, its village a locality; a township building schools is the township
        ("王村口镇后塘村原上垟小学修缮一新。", {("Place", "上垟小学"), ("Locality", "后塘村")}, set()),
        ("程江镇、城东镇新建公办幼儿园3所。", {("Locality", "城东镇")}, set()),
    ],
)
def test_patterns_a_townships_school_or_centre_is_named_with_it(nlp, text, present, absent):
    found = _found(nlp, text)
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a demonstration zone or province of a strategy pushed on or joined is the strategy carried out
        ("扎实推进闽西革命老区高质量发展示范区建设，深化“山海协作”。", {("Program", "闽西革命老区高质量发展示范区")}, set()),
        ("深度融入湘赣边区域合作示范区建设，积极承接沿海产业转移。", {("Program", "湘赣边区域合作示范区")},
         {("Place", "区域合作示范区")}),
        ("扎实推进以国家公园为主体的自然保护地体系示范省建设。", {("Program", "以国家公园为主体的自然保护地体系示范省")}, set()),
        # one sought is a target, and a real zone joined is no strategy
        ("争创国家生态文明建设示范区。", set(), {("Program", "国家生态文明建设示范区")}),
        ("推进嘉善县域高质量发展示范点建设和长三角生态绿色一体化发展示范区建设。", set(),
         {("Program", "和长三角生态绿色一体化发展示范区"), ("Program", "长三角生态绿色一体化发展示范区")}),
    ],
)
def test_patterns_demonstration_zones_of_strategies_pushed_on(nlp, text, present, absent):
    found = _found(nlp, text)
    assert present <= found and not (absent & found)


def test_patterns_crossing_a_river_is_no_river(nlp):
    # once 过江通道3条 is no work, its 过江 must not become a river
    found = _found(nlp, "钱塘江两岸新增过江通道3条。")
    assert ("Place", "钱塘江") in found and ("Place", "过江") not in found
