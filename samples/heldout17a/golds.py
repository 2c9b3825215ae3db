"""The blind golds of heldout17a, typed by hand. make.py renders each document FROM these facts and writes
NAME.gold.json beside it. Departments, people, codes and numbers are invented, in places no earlier held-out set used
(Sichuan: Leshan Shawan; Hunan: Huaihua Hecheng; Jiangxi: Ji'an Qingyuan; Guangdong: Maoming Dianbai; Shanxi: Jincheng
Zezhou; a central department `[129]国家体育总局` — a grep of every earlier README, gold and script finds none of them,
nor the codes 547001 / 417001 / 621003 / 129).

THEME: the named template families in text renderings, second draw (README has the pairing table).
Indicator rows are typed one per line, cells separated by `|`; `Q:` marks a qualitative value that holds digits
(a date), an empty cell is `` (→ kind missing). Keys starting with `_` are render hints, dropped from the golds."""
from kit import *

L1S = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2S = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标", "成本": "成本指标",
       "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标", "公众": "社会公众或服务对象满意度指标"}


def cells(block, n):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == n, line
        out.append(c)
    return out


def doc(title, department, code, year):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": None, "compiled_by": None, "reviewed_by": None}


def rec(document, projects, **extra):
    r = {"source": None, "document": document, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
         "projects": projects, "issues": []}
    r.update(extra)
    return r


def lvl(l2):
    """old-layout level 2 → its standard name (社会公众或服务对象满意度指标 → 服务对象满意度指标)."""
    return FW if l2 == "公众" else None


def twoset(block):
    """rows `一级|二级|三级|中期/长期值|年度值` → all mid_term indicators first, then all year ones (the earlier sets'
    convention for two-set forms), each in printed row order; `_row` keeps the printed row."""
    rows = cells(block, 5)
    mid, year = [], []
    for k, (l1, l2, l3, m, y) in enumerate(rows):
        mid.append(I(L1S[l1], L2S[l2], l3.replace("^", ""), m, period="mid_term", _row=k))
        year.append(I(L1S[l1], L2S[l2], l3.replace("^", ""), y, period="year", _row=k))
    return mid + year


G = {}

# ====================================================================== j1 Docling Markdown: Sichuan 一体化 one-table export
D1, C1, T1 = "乐山市沙湾区农业农村局", "547001", "部门预算项目绩效目标申报表(2025年度)"
DEPT1 = ("547-沙湾区农业农村局部门", "2,275,300.00")
J1_P = [
 dict(name="耕地地力保护补贴发放工作经费", budget="186,500.00",
      goal="按时足额发放耕地地力保护补贴，补贴面积核实准确，群众满意。",
      rows="""
产出指标|数量指标|补贴发放面积|≥|8.6|万亩|20|正向指标
产出指标|质量指标|补贴面积核实准确率|≥|98|%|15|正向指标
产出指标|时效指标|补贴资金发放时间|定性|2025年6月30日前||15|正向指标
成本指标|经济成本指标|工作经费支出|≤|186,500|元|10|反向指标
效益指标|社会效益指标|种粮农民种粮积极性|定性|有所提高||20|正向指标
满意度指标|服务对象满意度指标|补贴对象满意度|≥|95|%|20|正向指标"""),
 dict(name="动物疫病强制免疫", budget="642,800.00",
      goal="完成全区猪牛羊禽重大动物疫病强制免疫，免疫密度保持在90%以上，全年无区域性重大动物疫情发生。",
      rows="""
产出指标|数量指标|免疫畜禽数量|≥|126|万头（只）|20|正向指标
产出指标|质量指标|应免畜禽免疫密度|≥|90|%|20|正向指标
产出指标|时效指标|春秋两季集中免疫完成时间|定性|2025年11月底前||10|正向指标
效益指标|社会效益指标|区域性重大动物疫情发生|=|0|起|20|反向指标
效益指标|可持续影响指标|动物防疫体系|定性|持续健全||10|正向指标
满意度指标|服务对象满意度指标|养殖户满意度|≥|90|%|20|正向指标"""),
 dict(name="农村人居环境整治村级补助", budget="1,350,000.00",
      goal="支持9个行政村开展农村人居环境整治，农村卫生厕所普及率达到92%，村庄环境明显改善。",
      rows="""
产出指标|数量指标|支持整治行政村|=|9|个|20|正向指标
产出指标|数量指标|新（改）建农村户用卫生厕所|≥|420|户|15|正向指标
产出指标|质量指标|改厕验收合格率|=|100|%|15|正向指标
成本指标|经济成本指标|户均改厕补助|≤|1,500|元/户|10|反向指标
效益指标|生态效益指标|农村卫生厕所普及率|≥|92|%|20|正向指标
满意度指标|服务对象满意度指标|村民满意度|≥|90|%|20|正向指标"""),
 dict(name="农产品质量安全监测", budget="96,000.00",
      goal="全年完成农产品质量安全定量检测样品320批次，监测合格率保持在98%以上。",
      rows="""
产出指标|数量指标|定量检测样品|≥|320|批次|25|正向指标
产出指标|质量指标|农产品抽检合格率|≥|98|%|25|正向指标
产出指标|时效指标|检测结果报送|定性|检测完成后5个工作日内||10|正向指标
效益指标|社会效益指标|农产品质量安全事件|=|0|起|20|反向指标
满意度指标|服务对象满意度指标|生产经营主体满意度|≥|90|%|20|正向指标"""),
]


def yrows(block):
    out = []
    for l1, l2, l3, sign, val, unit, w, direc in cells(block, 8):
        out.append(S(l1, l2, l3, sign, val, unit or None, int(w), direc[:2]))
    return out


G["j1_md_docling_yitihua_shawan_2025"] = rec(doc(T1, D1, C1, 2025), [
    Proj(k, f["name"], yrows(f["rows"]), title=None, department=D1, department_code=C1, unit="元",
         total=float(f["budget"].replace(",", "")), goals=[f["goal"]], _f=f)
    for k, f in enumerate(J1_P, 1)],
    extra={"部门": DEPT1[0], "部门预算数": DEPT1[1]})

# ====================================================================== j2 traditional mirror: 2015-style 项目绩效目标表
D2, C2, T2, PT2 = "怀化市鹤城区水利局", "417001", "2024年度项目绩效目标表", "项目绩效目标表"
J2 = dict(
    name="小型水库除险加固及运行管护", attr="新增项目□ 延续项目√", iu="怀化市鹤城区水利工程管理站",
    head="向志刚", phone="0745-2716438", period="2024年1月—2024年12月",
    money=("486.00", "456.00", "320.00", "136.00", "0", "30.00"),
    overview="对全区6座病险小型水库实施除险加固，落实38座小型水库日常管护。",
    basis="《湖南省小型水库除险加固实施方案》及区政府专题会议纪要",
    plan=[("1、工程招标", "2024年3月", "2024年4月"), ("2、工程施工", "2024年5月", "2024年11月"),
          ("3、竣工验收", "2024年12月", "2024年12月")],
    goals_mid=["消除小型水库安全隐患，建立小型水库运行管护长效机制。"],
    goals=["完成6座小型水库除险加固；", "落实38座小型水库日常管护，确保安全度汛。"],
    long="""
产出|数量|除险加固小型水库|≥20座|2024—2026年累计
产出|质量|除险加固工程验收合格率|100%|
产出|时效|除险加固任务完成时间|Q:2026年底前|
产出|成本|单座水库除险加固平均投资|≤80万元|
效益|社会|水库下游受保护人口|≥4.2万人|
效益|生态|水库生态环境|明显改善|
效益|可持续|小型水库运行管护长效机制|逐步建立|
效益|公众|受益群众满意度|≥90%|""",
    year="""
产出|数量|除险加固小型水库|6座|
产出|数量|落实管护小型水库|38座|
产出|质量|除险加固工程验收合格率|100%|
产出|时效|主体工程完工时间|Q:2024年11月30日前|
产出|成本|单座水库除险加固平均投资|≤76万元|
效益|经济|保护下游农田灌溉面积|≥1.8万亩|
效益|社会|小型水库垮坝事故|0起|
效益|可持续|管护责任落实率|100%|
效益|公众|受益群众满意度|≥90%|""")


def oldrows(block, period):
    out = []
    for l1, l2, l3, v, note in cells(block, 5):
        d = I(L1S[l1], L2S[l2], l3, v, l2std=lvl(l2), period=period)
        if note:
            d["note"] = note
        out.append(d)
    return out


m2 = J2["money"]
G["j2_txt_tradmirror_form2015_hecheng_2024"] = rec(doc(T2, D2, C2, 2024), [
    Proj(1, J2["name"], oldrows(J2["long"], "mid_term") + oldrows(J2["year"], "year"), title=PT2, department=D2,
         department_code=C2, total=float(m2[0]), fiscal=float(m2[1]), other=float(m2[4]) + float(m2[5]),
         goals=J2["goals"], scope="project", implementing_unit=J2["iu"], goals_mid_term=J2["goals_mid"],
         extra={"项目属性": "延续项目", "项目负责人": J2["head"], "联系电话": J2["phone"], "项目起止时间": J2["period"],
                "上级财政资金": m2[2], "本级财政": m2[3], "自有资金": m2[4], "其他": m2[5],
                "项目概况": J2["overview"], "项目立项的依据": J2["basis"],
                "实施进度计划": [{"项目实施内容": a, "开始时间": b, "完成时间": c} for a, b, c in J2["plan"]]})])

# The mirror's conversion table, typed by hand for exactly the characters this draft uses: simplified → (traditional,
# the bracketed reading the mirror appends, or "" for none). Characters not listed are the same in both scripts.
TRAD = {}
for tok in """
怀懷 鹤鶴 区區qū 务務wù 项項xiàng 绩績 标標biāo 单單 盖蓋gài 称稱chēng 属屬shǔ 续續xù 门門 编編biān 码碼mǎ 负負fù
责責zé 联聯lián 电電diàn 话話huà 时時shí 间間jiān 资資zī 额額é 构構gòu 总總zǒng 财財cái 拨撥bō 级級jí 万萬wàn
况況kuàng 对對duì 险險xiǎn 库庫kù 实實shí 护護hù 据據jù 专專zhuān 题題tí 会會huì 议議yì 纪紀jì 进進jìn 计計jì
划劃huà 内內 开開kāi 验驗yàn 长長cháng 隐隱yǐn 运運yùn 机機jī 确確què 产產chǎn 数數shù 备備bèi 质質zhì 态態tài
环環huán 显顯xiǎn 响響xiǎng 众眾zhòng 满滿mǎn 经經jīng 济濟jì 体體tǐ 农農nóng 积積jī 坝壩bà 来來 发發fā 浏瀏liú
览覽lǎn 审審shěn 见見jiàn 报報bào 预預yù 击擊jī 页頁yè 为為wèi 与與yǔ 阶階jiē 乡鄉xiāng 镇鎮zhèn 刚剛gāng 业業yè 亩畝mǔ
""".split():
    assert tok[0] not in TRAD and not tok[1].isascii(), tok
    TRAD[tok[0]] = (tok[1], tok[2:])

# ====================================================================== j3 MinerU Markdown: 绩效目标审批表, 实施期 + 年度
D3, C3, T3 = "吉安市青原区教育体育局", "621003", "2025年度项目支出绩效目标审批表"
J3_P = [
 dict(name="青原区富田中学教学综合楼建设", code="360803-25-JT-0031", iu="吉安市青原区富田中学",
      period="2024年-2026年", mid_amt=("2400.00", "2200.00", "200.00"), amt=(960.0, 900.0, 60.0),
      goals_mid=["新建教学综合楼1栋，建筑面积8600平方米；", "新增学位1200个，消除城区学校大班额。"],
      goals=["完成教学综合楼主体结构施工；", "完成年度投资960万元。"],
      rows="""
产出|数量|新建教学综合楼建筑面积|8600平方米|≥5200平方米
产出|数量|完成主体结构施工|1栋|1栋
产出|质量|工程质量验收合格率|100%|100%
产出|时效|教学综合楼交付使用时间|Q:2026年8月31日前|
成本|经济成本|单位面积建安成本|≤2600元/平方米|≤2600元/平方米
效益|社会|城区学校大班额比例|0%|≤5%
效益|可持续|校舍设计使用年限|≥50年|≥50年
满意|服务对象|师生及家长满意度|≥90%|≥90%"""),
 dict(name="农村义务教育学生营养改善计划", code="360803-25-JT-0044", iu="吉安市青原区学生资助管理中心",
      period="2025年-2027年", mid_amt=("1476.00", "1476.00", "0.00"), amt=(492.0, 492.0, 0.0),
      goals_mid=["持续为农村义务教育阶段学生提供营养膳食补助，学生营养健康状况持续改善。"],
      goals=["为全区9800名农村义务教育学生提供每生每天5元营养膳食补助；", "食品安全事故零发生。"],
      rows="""
产出|数量|受益学生人数|≥9800人|≥9800人
产出|质量|补助资金专款专用率|100%|100%
产出|时效|补助资金拨付|按学期拨付|按学期拨付
成本|经济成本|营养膳食补助标准|5元/生·天|5元/生·天
效益|社会|学生营养健康状况|持续改善|逐步改善
效益|社会|食品安全事故|0起|0起
满意|服务对象|学生及家长满意度|>90%|>90%"""),
]
G["j3_md_mineru_approval_qingyuan_2025"] = rec(doc(T3, D3, C3, 2025), [
    Proj(k, f["name"], twoset(f["rows"]), title=T3, code=f["code"], department=D3, department_code=C3,
         total=f["amt"][0], fiscal=f["amt"][1], other=f["amt"][2], goals=f["goals"], scope="project",
         implementing_unit=f["iu"], goals_mid_term=f["goals_mid"],
         extra={"实施周期": f["period"], "实施期资金总额": f["mid_amt"][0], "实施期财政拨款": f["mid_amt"][1],
                "实施期其他资金": f["mid_amt"][2]}, _f=f)
    for k, f in enumerate(J3_P, 1)])

# ====================================================================== j4 one cell per line + bare `|`: Guangdong baseline
D4, T4, PT4 = "茂名市电白区农业农村局", "2024年度项目绩效目标表", "项目绩效目标表"
J4_P = [
 dict(name="海洋渔业资源养护与增殖放流", iu="茂名市电白区海洋渔业服务中心", amt=("268.00", "268.00", "0.00"),
      goal="在电白近岸海域增殖放流各类苗种3200万尾，开展伏季休渔执法巡查，促进近海渔业资源恢复。",
      rows="""
产出|数量|增殖放流苗种数量|2800万尾|≥3200万尾|年度放流鱼、虾、贝类苗种总数
产出|数量|伏季休渔执法巡查航次|96航次|≥100航次|休渔期海上执法巡查出航次数
产出|质量|放流苗种检验检疫合格率|100%|100%|经检验检疫合格的苗种批次占比
产出|时效|增殖放流活动完成时间|2023年8月|Q:2024年9月30日前|放流活动全部完成的时间
成本|经济成本|每万尾苗种采购成本|0.62万元|≤0.6万元|苗种采购总额/放流万尾数
效益|经济|带动渔民增收|—|≥1200万元|项目区捕捞渔民增收总额
效益|生态|近岸海域渔业资源密度|逐步恢复|明显恢复|监测站点渔业资源密度变化情况
效益|社会|非法捕捞案件查处率|97%|≥98%|查处案件数/发现案件数
效益|可持续|增殖放流长效机制||逐步完善|增殖放流常态化开展情况
满意|服务对象|渔民群众满意度|89%|≥90%|抽样问卷调查"""),
 dict(name="高标准农田建设后续管护", iu="茂名市电白区农田建设服务中心", amt=("154.50", "154.50", "0.00"),
      goal="对已建成的9.6万亩高标准农田开展工程设施管护，设施完好率保持在95%以上。",
      rows="""
产出|数量|管护高标准农田面积|8.8万亩|≥9.6万亩|纳入管护范围的已建高标准农田面积
产出|数量|维修疏浚灌排渠道|14.2公里|≥16公里|年度维修疏浚灌排渠道长度
产出|质量|工程设施完好率|93%|≥95%|完好设施数量/设施总数量
产出|时效|管护资金拨付时间|2023年10月|Q:2024年9月底前|管护资金拨付到镇的时间
成本|经济成本|亩均管护费用|16元/亩|≤16元/亩|管护资金/管护面积
效益|经济|项目区粮食亩产|—|≥420公斤|项目区平均亩产
效益|可持续|管护制度执行|有效执行|长期有效|管护责任制落实情况
满意|服务对象|项目区农户满意度|90%|≥90%|抽样调查"""),
]
G["j4_txt_cellline_guangdong_baseline_dianbai_2024"] = rec(doc(T4, D4, None, 2024), [
    Proj(k, f["name"], [I(L1S[a], L2S[b], c, v, desc=e, baseline_raw=(bl or None))
                        for a, b, c, bl, v, e in cells(f["rows"], 6)],
         title=PT4, department=D4, total=float(f["amt"][0]), fiscal=float(f["amt"][1]), other=float(f["amt"][2]),
         goals=[f["goal"]], scope="project", implementing_unit=f["iu"], _f=f)
    for k, f in enumerate(J4_P, 1)])

# ====================================================================== j5 Word text: 转移支付 长期 / 年度, 指标内容
D5, T5, PT5 = "晋城市泽州县林业局", "2024年度转移支付资金绩效目标表", "转移支付资金绩效目标表"
J5_P = [
 dict(name="林业改革发展资金", iu="泽州县国有林场管理中心", span="2024年-2026年", long_amt="2460.00",
      amt=(860.0, 860.0, 0.0),
      goals_mid=["完成森林抚育9万亩，森林质量明显提升；", "森林火灾受害率控制在0.9‰以内。"],
      goals=["完成森林抚育3万亩、退化林修复0.8万亩；", "落实生态护林员420名，林区森林火灾受害率控制在0.9‰以内。"],
      rows="""
产出|数量|森林抚育面积|≥9万亩|≥3万亩
产出|数量|退化林修复面积|≥2.4万亩|≥0.8万亩
产出|数量|聘用生态护林员|≥420名|≥420名
产出|质量|造林及抚育检查^验收合格率|≥95%|≥95%
产出|时效|年度任务完成时间||Q:2024年11月底前
成本|经济成本|森林抚育亩均补助|≤200元/亩|≤200元/亩
效益|生态|森林火灾受害率|≤0.9‰|≤0.9‰
效益|社会|带动脱贫人口就业|≥420人|≥420人
效益|可持续|森林资源管护长效机制|持续健全|逐步健全
满意|服务对象|护林员及林农满意度|≥90%|≥90%"""),
 dict(name="林业草原生态保护恢复资金", iu="晋城市泽州县林业局", span="2024年-2025年", long_amt="1180.00",
      amt=(590.0, 590.0, 0.0),
      goals_mid=["全面管护全县天然林资源，天然林面积不减少、质量有提高。"],
      goals=["管护天然林面积46.5万亩，天然林资源总量保持稳定。"],
      rows="""
产出|数量|天然林管护面积|≥46.5万亩|≥46.5万亩
产出|质量|管护责任落实率|100%|100%
产出|时效|管护补助资金^兑付时间|Q:每年12月底前|Q:2024年12月底前
成本|经济成本|天然林管护补助标准|≤10元/亩·年|≤10元/亩·年
效益|生态|天然林面积|不减少|不减少
满意|服务对象|管护人员满意度|≥90%|≥90%"""),
]
G["j5_txt_wordtext_transfer_longyear_zezhou_2024"] = rec(doc(T5, D5, None, 2024), [
    Proj(k, f["name"], twoset(f["rows"]), title=PT5, department=D5, total=f["amt"][0], fiscal=f["amt"][1],
         other=f["amt"][2], goals=f["goals"], scope="project", implementing_unit=f["iu"],
         goals_mid_term=f["goals_mid"], extra={"实施期": f["span"], "实施期资金总额": f["long_amt"]}, _f=f)
    for k, f in enumerate(J5_P, 1)])

# ====================================================================== j6 xls page text: central 项目预算绩效目标表 annex
D6, C6, T6 = "国家体育总局", "129", "项目预算绩效目标表"
J6_P = [
 dict(name="国民体质监测", iu="国家体育总局体育科学研究所", amt=("1280.00", "1150.00", "90.00", "40.00"),
      goals_mid=["建立覆盖全国的国民体质监测网络，按期完成全国国民体质监测。"],
      goals=["完成31个省（区、市）国民体质监测数据汇总和质量抽查；", "发布年度国民体质监测报告。"],
      rows="""
产出|数量|国民体质监测样本量|≥16万人
产出|数量|质量抽查省份|31个
产出|质量|监测数据有效率|≥98%
产出|时效|年度监测报告发布时间|Q:2024年12月31日前
成本|经济成本|单个样本监测成本|≤62元/人
效益|社会|科学健身指导服务能力|持续提升
效益|社会|国民体质合格率|≥90.5%
效益|可持续|国民体质监测网络运行|长期稳定
满意|服务对象|监测数据使用单位满意度|≥90%"""),
 dict(name="国家队训练场馆运行保障", iu="国家体育总局训练局", amt=("3640.00", "3300.00", "260.00", "80.00"),
      goals_mid=["保障国家队训练场馆及配套设施安全稳定运行，为备战2028年奥运会提供训练保障。"],
      goals=["保障12个训练馆、2个运动员公寓全年安全运行；", "场馆设施完好率达到98%以上。"],
      rows="""
产出|数量|保障训练场馆|12个
产出|数量|保障国家队训练人次|≥26万人次
产出|质量|场馆设施完好率|≥98%
产出|时效|设备故障响应时间|≤2小时
成本|经济成本|场馆运行保障费用|≤预算批复金额
效益|社会|安全责任事故|0起
效益|可持续|训练保障能力|稳步提升
满意|服务对象|国家队教练员、运动员满意度|≥90%"""),
]
G["j6_txt_xlspage_central_annex_sport_2024"] = rec(doc(T6, D6, C6, 2024), [
    Proj(k, f["name"], [I(L1S[a], L2S[b], c, v) for a, b, c, v in cells(f["rows"], 4)], title=T6,
         department=D6, department_code=C6, total=float(f["amt"][0]), fiscal=float(f["amt"][1]),
         other=float(f["amt"][3]), goals=f["goals"], scope="project", implementing_unit=f["iu"],
         budget_carryover=float(f["amt"][2]), goals_mid_term=f["goals_mid"],
         extra={"中期目标期限": "2024年—2026年"}, _f=f)
    for k, f in enumerate(J6_P, 1)])
