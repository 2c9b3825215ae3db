"""Part 1 and the cover as departments write them, one rule at a time, on small texts."""
from __future__ import annotations

from jixiao.extract import extract_bytes

FORM = ["第二部分　项目支出绩效目标表", "1、城乡低保资金项目绩效目标表", "项目名称\t城乡低保资金",
        "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t保障人数\t≥5200人"]


def _record(*part1: str) -> dict:
    text = "\n\n".join(["邯郸市丛台区民政局", "2024年部门预算绩效文本", *part1, *FORM]) + "\n"
    return extract_bytes(text.encode("utf-8"), "draft.txt").to_dict()


def test_toc_page_numbers_printed_with_dashes_or_in_roman():
    record = _record("目　　录", "第一部分　部门整体绩效目标……………………-Ⅰ-", "一、总体绩效目标……………………Ⅱ",
                     "二、工作保障措施……………………-3-", "第二部分　项目支出绩效目标表………………- 4 -",
                     "1、城乡低保资金项目绩效目标表……………………iv",
                     "第一部分　部门整体绩效目标", "一、总体绩效目标", "（一）兜牢民生底线。", "二、工作保障措施",
                     "1.加强组织领导。成立领导小组。")
    assert [(e["part"], e["title"], e["page"]) for e in record["toc"]] == [
        (1, "总体绩效目标", 2), (1, "工作保障措施", 3), (2, "城乡低保资金项目绩效目标表", 4)]


def test_labelled_cover_lines_name_the_compiling_and_reviewing_bodies_not_a_person():
    record = _record("编制单位（盖章）：邯郸市丛台区民政局", "审核单位：邯郸市丛台区财政局", "审核人：李红梅")
    assert (record["document"]["compiled_by"], record["document"]["reviewed_by"]) == (
        "邯郸市丛台区民政局", "邯郸市丛台区财政局")


def test_where_the_seal_goes_is_not_part_of_the_compiling_bodys_name():
    record = _record("邯郸市丛台区民政局（盖章）编制", "邯郸市丛台区财政局（章）审核")
    assert (record["document"]["compiled_by"], record["document"]["reviewed_by"]) == (
        "邯郸市丛台区民政局", "邯郸市丛台区财政局")


def test_headings_in_other_words_and_goals_listed_in_one_sentence():
    """年度总体目标 / 年度重点任务及绩效目标 / 保障绩效目标实现的措施; 一是…；二是… in one paragraph,
    its lead-in left out."""
    record = _record("第一部分　部门整体支出绩效目标", "一、年度总体目标",
                     "2024年，我局重点做好以下工作：一是健全社会救助体系；二是推进养老服务；三是加强社区治理。",
                     "二、年度重点任务及绩效目标", "（一）食品安全监管", "绩效目标：开展监督抽检。", "绩效指标：抽检不少于2600批次。",
                     "三、保障绩效目标实现的措施", "（一）健全责任体系。局党组统一领导。")
    assert record["overall_goals"] == ["健全社会救助体系", "推进养老服务", "加强社区治理"]
    assert [g["title"] for g in record["sub_goals"]] == ["食品安全监管"]
    assert [s["title"] for s in record["safeguards"]] == ["健全责任体系"]


def test_goals_numbered_in_one_line_after_a_lead_in():
    record = _record("第一部分　部门整体绩效目标", "一、总体绩效目标",
                     "2023年，我局将着力做好以下工作：①做实家庭医生签约服务；②加强传染病防控；③推进基层标准化建设。")
    assert record["overall_goals"] == ["做实家庭医生签约服务；", "加强传染病防控；", "推进基层标准化建设。"]


def test_titles_set_on_lines_of_their_own_without_numbers_start_the_items():
    """Bold, unnumbered titles (粮食生产能力提升 / 压实管理责任) over their text: each starts an
    item, and the text under it is its goal, indicator or safeguard text."""
    text = "\n".join(["邯郸市丛台区农业农村局", "", "2024年部门预算绩效文本", "", "第一部分　部门整体绩效目标", "",
                      "分项绩效目标", "", "粮食生产能力提升", "绩效目标：稳定粮食播种面积。", "绩效指标：播种面积不低于98万亩。", "",
                      "高标准农田建设", "绩效目标：新建高标准农田3.2万亩。", "绩效指标：验收合格率100%。", "",
                      "保障措施", "", "压实管理责任", "局党组对部门预算绩效管理负总责，各股室抓好落实。", "",
                      "规范资金使用", "严格执行财经纪律，杜绝超范围支出。", "", *FORM]) + "\n"
    record = extract_bytes(text.encode("utf-8"), "draft.txt").to_dict()
    assert [(g["title"], g["goal"]) for g in record["sub_goals"]] == [
        ("粮食生产能力提升", "稳定粮食播种面积。"), ("高标准农田建设", "新建高标准农田3.2万亩。")]
    assert [(s["title"], s["text"]) for s in record["safeguards"]] == [
        ("压实管理责任", "局党组对部门预算绩效管理负总责，各股室抓好落实。"), ("规范资金使用", "严格执行财经纪律，杜绝超范围支出。")]


def test_a_list_in_another_numbering_after_a_label_stays_in_its_item():
    """Sub-goals numbered 1、 with their 绩效指标： listed as 1. 2. on lines of their own, and a
    safeguard 一、 whose text lists its rules 1. 2. after a colon: one item each, not one per line."""
    record = _record("第一部分　部门整体绩效目标", "（一）总体绩效目标", "保障辖区居民基本医疗卫生服务。",
                     "（二）分项绩效目标", "1、基本公共卫生服务", "绩效目标：为辖区常住居民提供基本公共卫生服务。",
                     "绩效指标：", "1.高血压患者规范管理人数不少于2.1万人；", "2.居民电子健康档案建档率不低于90%。",
                     "2、家庭医生签约服务", "绩效目标：组建家庭医生团队48个以上。", "绩效指标：", "1.重点人群签约覆盖率不低于70%。",
                     "（三）工作保障措施", "一、加强组织领导。明确分管领导和责任科室。",
                     "二、规范资金管理。严格执行以下要求：", "1.项目资金专账核算；", "2.严禁挪用项目资金。",
                     "三、强化监督考核。每半年开展一次绩效考核。")
    assert [(s["title"], s["indicator"]) for s in record["sub_goals"]] == [
        ("基本公共卫生服务", "1.高血压患者规范管理人数不少于2.1万人；2.居民电子健康档案建档率不低于90%。"),
        ("家庭医生签约服务", "1.重点人群签约覆盖率不低于70%。")]
    assert [(s["title"], s["text"]) for s in record["safeguards"]] == [
        ("加强组织领导", "明确分管领导和责任科室。"), ("规范资金管理", "严格执行以下要求：1.项目资金专账核算；2.严禁挪用项目资金。"),
        ("强化监督考核", "每半年开展一次绩效考核。")]


def test_word_outline_numbers_head_the_parts_sections_and_items():
    """1 / 1.1 / 1.2.1 as Word's multilevel headings number them (a full-width space after the
    number), 年度工作任务 with 任务目标：/考核指标： labels; the TOC's part headings are no entries."""
    record = _record("目　　录", "1　部门整体绩效目标\t2", "1.1　总体绩效目标\t2", "1.2　年度工作任务\t2", "1.3　保障措施\t3",
                     "2　项目支出绩效目标表\t5", "2.1　城乡低保资金项目绩效目标表\t5",
                     "1　部门整体绩效目标", "1.1　总体绩效目标", "（1）兜牢民生底线。", "（2）推进养老服务。", "1.2　年度工作任务",
                     "1.2.1　社会救助", "任务目标：落实低保政策。", "考核指标：保障人数5200人。", "1.2.2　养老服务",
                     "任务目标：建设日间照料中心。", "考核指标：新建中心3个。", "1.3　保障措施", "（1）加强组织领导。成立领导小组。")
    assert [(e["part"], e["title"], e["page"]) for e in record["toc"]] == [
        (1, "总体绩效目标", 2), (1, "年度工作任务", 2), (1, "保障措施", 3), (2, "城乡低保资金项目绩效目标表", 5)]
    assert record["overall_goals"] == ["兜牢民生底线。", "推进养老服务。"]
    assert record["sub_goals"] == [
        {"title": "社会救助", "goal": "落实低保政策。", "indicator": "保障人数5200人。"},
        {"title": "养老服务", "goal": "建设日间照料中心。", "indicator": "新建中心3个。"}]
    assert [s["title"] for s in record["safeguards"]] == ["加强组织领导"]


def test_an_outline_numbered_form_title_numbers_no_project():
    from jixiao.extract.interpret.segment import _title

    assert _title("2.1　小型水库除险加固项目绩效目标表") == (None, "小型水库除险加固项目绩效目标表")
    assert _title("2.2020年度科技项目绩效目标表") == (2, "2020年度科技项目绩效目标表")


def test_a_list_running_on_over_a_line_break_stays_in_its_item():
    record = _record("第一部分　部门整体绩效目标", "三、分项绩效目标", "1.食品安全监管", "绩效目标：开展抽检。",
                     "绩效指标：（1）抽检不少于4200批次；（2）处置率100%；", "（3）信息20个工作日内公布。", "2.特种设备安全监察",
                     "绩效目标：开展检查。", "绩效指标：（1）检查不少于620家。")
    assert [(g["title"], g["indicator"]) for g in record["sub_goals"]] == [
        ("食品安全监管", "（1）抽检不少于4200批次；（2）处置率100%；（3）信息20个工作日内公布。"),
        ("特种设备安全监察", "（1）检查不少于620家。")]


def test_unnumbered_measures_with_their_titles_keep_a_paragraph_that_goes_on():
    record = _record("第一部分　部门整体绩效目标", "三、保障措施", "压实工作责任。局长负总责。", "严格资金监管。资金一卡通发放。",
                     "对虚报冒领问题严肃处理。", "开展跟踪监控。按月跟踪进度。")
    assert [(s["title"], s["text"]) for s in record["safeguards"]] == [
        ("压实工作责任", "局长负总责。"), ("严格资金监管", "资金一卡通发放。对虚报冒领问题严肃处理。"), ("开展跟踪监控", "按月跟踪进度。")]


def test_a_sub_goal_table_with_its_item_cells_merged_down_its_indicator_rows():
    page = ("<html><body><p>第一部分　部门整体绩效目标</p><p>二、分项绩效目标</p><table>"
            "<tr><td>分项目标</td><td>绩效目标</td><td>绩效指标</td><td>目标值</td></tr>"
            "<tr><td rowspan='2'>稳定大豆生产</td><td rowspan='2'>发放生产者补贴。</td><td>大豆种植面积</td><td>≥76万亩</td></tr>"
            "<tr><td>补贴发放准确率</td><td>100%</td></tr>"
            "<tr><td>黑土地保护</td><td>推广保护性耕作。</td><td>实施面积</td><td>≥12万亩</td></tr></table>"
            "<p>第二部分　项目支出绩效目标表</p><p>1、城乡低保资金项目绩效目标表</p><table>"
            "<tr><td>项目名称</td><td>城乡低保资金</td></tr><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
            "<tr><td>产出指标</td><td>数量指标</td><td>保障人数</td><td>≥5200人</td></tr></table></body></html>")
    record = extract_bytes(page.encode(), "draft.html").to_dict()
    assert record["sub_goals"] == [
        {"title": "稳定大豆生产", "goal": "发放生产者补贴。", "indicator": "大豆种植面积≥76万亩；补贴发放准确率100%"},
        {"title": "黑土地保护", "goal": "推广保护性耕作。", "indicator": "实施面积≥12万亩"}]
    assert [p["name"] for p in record["projects"]] == ["城乡低保资金"]


def test_a_columns_label_that_holds_the_year_leaves_the_headline_whole():
    from jixiao.extract.blocks import Line
    from jixiao.extract.interpret import cover

    # 信息公开｜ is the column's, not the department's; a column label that carries the year
    # itself (2025年绩效公开｜…) leaves the title where it stands rather than losing it.
    assert cover.parse([Line("信息公开｜银海区教育局2025年项目支出绩效目标")])["title"] == "2025年项目支出绩效目标"
    assert cover.parse([Line("2025年绩效公开｜项目支出绩效目标表")])["title"] == "2025年绩效公开｜项目支出绩效目标表"
