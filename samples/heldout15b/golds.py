"""The blind golds of heldout15b, typed by hand. make.py renders each workbook FROM these facts and writes
NAME.gold.json beside it. Departments, people, codes and numbers are invented, in places no earlier held-out set used
(Shandong: Yantai Zhifu, Jinan Lixia; Zhejiang: Ningbo Haishu; Shaanxi: Xi'an Yanta; Liaoning: Shenyang Tiexi,
Dalian Ganjingzi — a grep of every earlier README, gold and script finds none of them, nor the codes).

This set is about NUMBERS AS SPREADSHEETS STORE AND SHOW THEM: every cell below is typed twice, as STORED (the value
in the file: a number, a formula, a date serial, a text) and as SHOWN (what Excel / LibreOffice display through the
cell's number format). RULE (README "Decisions"): the gold is what a person SEES in the cell (`value_raw` = the shown
text, amounts = the shown number), except where the README says otherwise (c4's department code).

Indicator rows are typed one per line, cells separated by `|`:
    一级 | 二级 | 三级 | SHOWN | STORED | FORMAT | 指标值设定依据
STORED: `=…` a formula, `S:…` a text cell, `D:yyyy-mm-dd` a date (stored as its serial number), else a number.
FORMAT: the cell's number format (`G` = General, `@` = Text). SHOWN is typed by hand (check.py compares it with what
LibreOffice displays). A SHOWN value the strict kit reader refuses (negatives) is typed in NEG. Amount cells are typed
(SHOWN, STORED, FORMAT) the same way. Keys starting with `_` are render hints, dropped from the golds."""
from kit import *

L1S = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2S = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "经济成本": "经济成本指标",
       "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标", "可持续": "可持续影响指标",
       "服务对象": "服务对象满意度指标"}

# shown text → (kind, comparator, value, unit): the value cells kit.parse refuses (a minus sign, accounting brackets)
NEG = {"≤-5%": ("numeric", "<=", -5, "%"),
       "≤-8.0%": ("numeric", "<=", -8, "%"),
       "(3.0%)": ("numeric", "=", -3, "%")}


def stored(s):
    if s.startswith("=") or s.startswith("S:") or s.startswith("D:"):
        return s
    return float(s) if "." in s or "E" in s else int(s)


def rows(block):
    out = []
    for line in block.strip().splitlines():
        c = [x.strip() for x in line.split("|")]
        assert len(c) == 7, line
        l1, l2, l3, shown, st, fmt, basis = c
        if shown in NEG:
            d = I(L1S[l1], L2S[l2], l3, "Q:" + shown, basis=basis)
            d["kind"], d["comparator"], d["value"], d["unit"] = NEG[shown]
        else:
            d = I(L1S[l1], L2S[l2], l3, shown, basis=basis)
        d["_stored"], d["_fmt"] = stored(st), fmt
        out.append(d)
    return out


def amt(shown, st, fmt):
    """an amount cell: the gold number is the SHOWN number (units and thousands separators dropped)."""
    v = re.sub(r"[^0-9.\-]", "", shown)
    return {"shown": shown, "stored": stored(st), "fmt": fmt, "value": float(v) if v not in ("", "-") else 0.0}


def doc(title, department, code, year):
    return {"title": title, "department": department, "department_code": code, "year": year,
            "status": None, "compiled_by": None, "reviewed_by": None}


def rec(document, projects, **extra):
    r = {"source": None, "document": document, "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [],
         "projects": projects, "issues": []}
    r.update(extra)
    return r


def build(P, T, D, C, unit="万元", dcode=None):
    out = []
    for k, f in enumerate(P, 1):
        t, fi, o = f["amounts"]
        p = Proj(k, f["name"], rows(f["rows"]), title=T, code=f["code"], department=D,
                 department_code=dcode or C, unit=f.get("unit", unit), total=t["value"], fiscal=fi["value"],
                 other=o["value"], goals=f["goals"], scope="project", implementing_unit=f["iu"])
        p["_f"] = f
        out.append(p)
    return out


G = {}
AMT = "#,##0.00"
ACC = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '           # 会计专用 (zh-CN), zero shows `-`

# ====================================================================== c1 .xlsx, formulas whose cached values are SHOWN ROUNDED
D1, C1, T1 = "烟台市芝罘区卫生健康局", "372016", "2025年项目支出绩效目标表"
# 资金测算 sheet (visible): A 测算内容 | B 数量 | C 标准（元） | D 计量单位 | E 金额（元） = B*C (a formula) where C is given
C1_CALC = [
 ("家庭医生签约服务包补助", 41860, 60, "人"),          # row 3
 ("签约团队绩效奖励", 126, 6800, "个"),                 # row 4
 ("重点人群随访耗材", 18530, 42.6, "人"),              # row 5
 ("常住人口（人）", 434700, None, None),                # row 6
 ("计划签约人数（人）", 158900, None, None),            # row 7
 ("重点人群人数（人）", 60250, None, None),             # row 8
 ("计划签约重点人群（人）", 57260, None, None),         # row 9
 ("老年人健康体检人次", 52380, 96.5, "人次"),            # row 10
 ("体检信息化服务费", 1, 286400, "项"),                # row 11
 ("65岁以上常住老年人（人）", 56780, None, None),      # row 12
]
C1_P = [
 {"sheet": "家庭医生签约服务", "name": "家庭医生签约服务", "code": "372016250100021", "iu": "烟台市芝罘区卫生健康局",
  "amounts": (amt("415.78", "=SUM(资金测算!E3:E5)/10000", AMT), amt("415.78", "=C6-C8", AMT),
              amt("0.00", "0", AMT)),
  "goals": ["以老年人、慢性病患者、孕产妇、儿童等重点人群为重点推进家庭医生签约服务；",
            "签约居民获得基本医疗、公共卫生和健康管理服务。"],
  "rows": """
产出|数量|家庭医生签约人数|≥158,900人|=资金测算!B7|"≥"#,##0"人"|计划标准
产出|数量|组建家庭医生团队|≥126个|=资金测算!B4|"≥"0"个"|计划标准
产出|质量|常住人口签约覆盖率|≥37%|=资金测算!B7/资金测算!B6|"≥"0%|计划标准
产出|质量|重点人群签约覆盖率|≥95%|=资金测算!B9/资金测算!B8|"≥"0%|行业标准
产出|时效|签约服务补助资金拨付时间|Q:2025年12月31日前|S:2025年12月31日前|G|计划标准
成本|经济成本|人均签约服务包补助|≤60元/人|=资金测算!C3|"≤"0"元/人"|行业标准
成本|经济成本|重点人群人均随访耗材成本|≤42.6元/人|=资金测算!C5|"≤"0.0"元/人"|历史标准
效益|社会|签约居民续约率|≥90%|0.9|"≥"0%|历史标准
满意|服务对象|签约居民满意度|≥92%|92|"≥"0"%"|历史标准"""},
 {"sheet": "老年人健康体检", "name": "65岁以上老年人免费健康体检", "code": "372016250100034",
  "iu": "烟台市芝罘区疾病预防控制中心",
  "amounts": (amt("534.11", "=SUM(资金测算!E10:E11)/10000", AMT), amt("504.11", "=C6-C8", AMT),
              amt("30.00", "30", AMT)),
  "goals": ["为辖区65岁以上常住老年人提供一次免费健康体检；", "建立和更新老年人健康档案，早发现、早干预慢性病。"],
  "rows": """
产出|数量|老年人健康体检人次|≥52,380人次|=资金测算!B10|"≥"#,##0"人次"|计划标准
产出|质量|65岁以上老年人健康管理率|≥92.3%|=资金测算!B10/资金测算!B12|"≥"0.0%|行业标准
产出|质量|体检报告反馈率|100%|1|0%|行业标准
产出|时效|体检工作完成时间|Q:2025年10月31日前|S:2025年10月31日前|G|计划标准
成本|经济成本|人均体检费用|≤102元/人次|=资金测算!E10/资金测算!B10+资金测算!E11/资金测算!B10|"≤"0"元/人次"|历史标准
效益|社会|慢性病早期发现转诊率|≥85%|0.85|"≥"0%|历史标准
效益|可持续|老年人健康档案动态更新|Q:持续更新|S:持续更新|G|其他标准
满意|服务对象|体检老年人满意度|≥90%|90|"≥"0"%"|历史标准"""},
]
G["c1_xlsx_cached_rounded_zhifu_2025"] = rec(doc(T1, D1, C1, 2025), build(C1_P, T1, D1, C1))

# ====================================================================== c2 .xlsx, money in 元 SHOWN as 千元 / 万元 in the format
D2, C2, T2 = "宁波市海曙区综合行政执法局", "418022", "2024年项目支出绩效目标表"
C2_P = [
 {"sheet": "道路保洁", "name": "城区主次干道机械化保洁", "code": "HS2024-ZF-011", "iu": "宁波市海曙区环境卫生管理中心",
  "unit": "千元", "_unitline": "单位：千元",
  "amounts": (amt("5,286.40", "5286400", "#,##0.00,"), amt("5,286.40", "5286400", "#,##0.00,"),
              amt("-", "0", '_ * #,##0.00,_ ;_ * \\-#,##0.00,_ ;_ * "-"??_ ;_ @_ ')),
  "goals": ["对城区42条主次干道实施机械化清扫、冲洗和洒水作业；", "提升道路保洁质量，减少扬尘污染。"],
  "rows": """
产出|数量|机械化保洁道路面积|≥3,860,000平方米|3860000|"≥"#,##0"平方米"|计划标准
产出|数量|保洁主次干道|42条|42|0"条"|计划标准
产出|质量|道路机械化清扫率|≥95%|0.95|"≥"0%|行业标准
产出|时效|作业时段|Q:每日5:00前完成首轮清扫|S:每日5:00前完成首轮清扫|G|行业标准
成本|经济成本|单位面积年保洁成本|≤1.37元/平方米|1.369|"≤"0.00"元/平方米"|历史标准
成本|经济成本|洗扫车辆租赁费用|≤1,268.0千元|1268000|"≤"#,##0.0,"千元"|历史标准
效益|生态|道路积尘负荷|≤0.8克/平方米|0.8|"≤"0.0"克/平方米"|行业标准
满意|服务对象|市民满意度|≥90%|0.9|"≥"0%|历史标准"""},
 {"sheet": "垃圾分类", "name": "生活垃圾分类督导", "code": "HS2024-ZF-017", "iu": "宁波市海曙区综合行政执法局",
  "unit": "万元", "_unitline": None,
  "amounts": (amt("312.60万元", "312.6", '0.00"万元"'), amt("286.60万元", "286.6", '0.00"万元"'),
              amt("26.00万元", "26", '0.00"万元"')),
  "goals": ["在全区住宅小区设置垃圾分类督导员，开展桶边督导；", "提高居民生活垃圾分类准确率。"],
  "rows": """
产出|数量|覆盖住宅小区|≥486个|486|"≥"0"个"|计划标准
产出|数量|聘用桶边督导员|≥720人|720|"≥"0"人"|计划标准
产出|质量|生活垃圾分类准确率|≥92%|0.92|"≥"0%|行业标准
产出|时效|督导员上岗时间|Q:2024年3月1日前|S:2024年3月1日前|G|计划标准
成本|经济成本|督导员人均补贴|≤3,800元/人·年|3800|"≤"#,##0"元/人·年"|历史标准
效益|生态|生活垃圾回收利用率|≥60%|0.6|"≥"0%|行业标准
效益|可持续|垃圾分类长效管理机制|Q:持续完善|S:持续完善|G|其他标准
满意|服务对象|居民满意度|≥88%|0.88|"≥"0%|历史标准"""},
]
G["c2_xlsx_scaled_thousands_haishu_2024"] = rec(doc(T2, D2, C2, 2024), build(C2_P, T2, D2, C2))

# ====================================================================== c3 .xlsx, DATES stored as serial numbers, shown in Chinese formats
D3, C3, T3 = "西安市雁塔区教育局", "613027", "2025年项目支出绩效目标表"
C3_P = [
 {"sheet": "校舍维修改造", "name": "中小学校舍维修改造", "code": "YT2025-JY-003", "iu": "西安市雁塔区教育局",
  "amounts": (amt("1,460.00", "1460", AMT), amt("1,400.00", "1400", AMT), amt("60.00", "60", AMT)),
  "goals": ["对辖区14所中小学的老旧校舍进行屋面防水、外墙和给排水改造；", "消除校舍安全隐患，改善办学条件。"],
  "rows": """
产出|数量|维修改造学校|14所|14|0"所"|计划标准
产出|数量|维修改造校舍面积|≥38,600平方米|38600|"≥"#,##0"平方米"|计划标准
产出|质量|工程验收合格率|100%|1|0%|行业标准
产出|时效|开工时间|Q:2025年3月1日|D:2025-03-01|yyyy"年"m"月"d"日"|计划标准
产出|时效|暑期施工完成时间|Q:二〇二五年八月三十一日前|D:2025-08-31|[DBNum1][$-804]yyyy"年"m"月"d"日前"|计划标准
产出|时效|竣工验收时间|Q:2025年11月底前|D:2025-11-30|yyyy"年"m"月底前"|计划标准
成本|经济成本|单位面积维修成本|≤378元/平方米|378|"≤"0"元/平方米"|历史标准
效益|社会|受益学生|≥21,500人|21500|"≥"#,##0"人"|计划标准
满意|服务对象|师生满意度|≥90%|0.9|"≥"0%|历史标准"""},
 {"sheet": "学生资助", "name": "家庭经济困难学生资助", "code": "YT2025-JY-009", "iu": "西安市雁塔区学生资助管理中心",
  "amounts": (amt("486.50", "486.5", AMT), amt("486.50", "486.5", AMT), amt("0.00", "0", AMT)),
  "goals": ["按标准发放学前教育、义务教育和普通高中家庭经济困难学生资助资金；", "做到应助尽助，不让一名学生因家庭经济困难而失学。"],
  "rows": """
产出|数量|资助学生人次|≥6,200人次|6200|"≥"#,##0"人次"|计划标准
产出|质量|资助对象认定准确率|100%|1|0%|行业标准
产出|时效|春季学期资金发放时间|Q:2025年5月31日前|D:2025-05-31|yyyy"年"m"月"d"日前"|计划标准
产出|时效|秋季学期资金发放时间|Q:二〇二五年十一月三十日前|D:2025-11-30|[DBNum1][$-804]yyyy"年"m"月"d"日前"|计划标准
产出|时效|资助信息年度核查|Q:12月15日前|D:2025-12-15|m"月"d"日前"|计划标准
成本|经济成本|普通高中国家助学金标准|=2000元/生·年|2000|"="0"元/生·年"|行业标准
效益|社会|家庭经济困难学生资助覆盖率|100%|1|0%|行业标准
满意|服务对象|受助学生及家长满意度|≥95%|0.95|"≥"0%|历史标准"""},
]
G["c3_xlsx_dates_dbnum_yanta_2025"] = rec(doc(T3, D3, C3, 2025), build(C3_P, T3, D3, C3))

# ====================================================================== c4 .xls, CODES and NUMBERS AS TEXT
D4, C4, T4 = "沈阳市铁西区工业和信息化局", "051004", "2024年项目支出绩效目标表"
C4_P = [  # _dept: how each sheet stores the 部门编码 cell; code: as shown (project 2's 18-digit code is a NUMBER)
 {"sheet": "中小企业服务", "name": "中小企业公共服务平台运营", "code": "210106241000000375", "_code": "S:210106241000000375",
  "_dept": (51004, "G"), "iu": "沈阳市铁西区中小企业服务中心",
  "amounts": (amt("286.50", "S:286.50", "@"), amt("266.50", "S:266.50", "@"), amt("20.00", "S:20.00", "@")),
  "goals": ["运营区中小企业公共服务平台，提供政策、融资、人才和技术对接服务；", "全年服务企业不少于1200家次。"],
  "rows": """
产出|数量|服务企业|≥1,200家次|1200|"≥"#,##0"家次"|计划标准
产出|数量|举办政策宣讲和对接活动|≥24场|S:≥24场|@|计划标准
产出|数量|平台注册企业|3600|S:3600|@|计划标准
产出|质量|企业诉求办结率|≥95%|0.95|"≥"0%|行业标准
产出|时效|诉求响应时间|≤2个工作日|2|"≤"0"个工作日"|行业标准
成本|经济成本|单场活动成本|≤1.2万元|S:≤1.2万元|@|历史标准
效益|经济|促成融资金额|≥3亿元|3|"≥"0"亿元"|计划标准
满意|服务对象|服务企业满意度|≥90%|0.9|"≥"0%|历史标准"""},
 {"sheet": "工业厂房改造", "name": "老工业厂房改造提升补助", "code": "2.10E+17", "_code": "210106241000000388",
  "_dept": ("S:051004", "@"), "iu": "沈阳市铁西区工业和信息化局",
  "amounts": (amt("1,150.00", "1150", AMT), amt("1,150.00", "1150", AMT), amt("0.00", "0", AMT)),
  "goals": ["对老工业区闲置厂房改造为科创和生产性服务载体给予补助；", "盘活存量厂房，引进企业入驻。"],
  "rows": """
产出|数量|改造厂房面积|≥46,000平方米|46000|"≥"#,##0"平方米"|计划标准
产出|数量|补助改造项目|8个|S:8个|@|计划标准
产出|质量|改造项目验收合格率|100%|1|0%|行业标准
产出|时效|补助资金拨付时间|Q:2024年11月30日前|S:2024年11月30日前|@|计划标准
成本|经济成本|单位面积补助标准|≤250元/平方米|250|"≤"0"元/平方米"|行业标准
效益|经济|新入驻企业|≥60家|60|"≥"0"家"|计划标准
效益|社会|新增就业岗位|≥900个|S:≥900个|@|计划标准
满意|服务对象|入驻企业满意度|≥90%|0.9|"≥"0%|历史标准"""},
]
G["c4_xls_codes_textnumbers_tiexi_2024"] = rec(doc(T4, D4, C4, 2024), build(C4_P, T4, D4, C4))

# ====================================================================== c5 .ods, NEGATIVES in red / brackets, a ;;; hidden column, 会计专用 money
D5, C5, T5 = "济南市生态环境局历下分局", "704011", "2025年项目支出绩效目标表"
C5_P = [  # _hidden: the 测算依据 column F, format ;;; (stored, shown as nothing)
 {"sheet": "大气污染防治", "name": "大气污染防治网格化监管", "code": "LX2025-HB-002", "iu": "济南市生态环境局历下分局",
  "amounts": (amt("362.80", "362.8", ACC), amt("342.80", "342.8", ACC), amt("20.00", "20", ACC)),
  "goals": ["在全区布设微型空气质量监测站点，实施网格化监管；", "推动细颗粒物浓度和重污染天数持续下降。"],
  "_hidden": [0.34, 48, None, None, None, 36, None, -0.041, None],
  "rows": """
产出|数量|布设微型空气质量监测站点|≥52个|52|"≥"0"个"|计划标准
产出|数量|开展扬尘专项检查|≥480次|480|"≥"0"次"|计划标准
产出|质量|监测数据有效率|≥90%|0.9|"≥"0%|行业标准
产出|时效|站点建成时间|Q:2025年4月30日前|S:2025年4月30日前|G|计划标准
成本|经济成本|单站点年运维费用|≤1.8万元|1.8|"≤"0.0"万元"|历史标准
效益|生态|细颗粒物（PM2.5）平均浓度较上年变化|≤-5%|-0.05|"≤"0%;[Red]"≤"\\-0%|计划标准
效益|生态|重污染天数较上年变化|≤-8.0%|-0.08|"≤"0.0%;[Red]"≤"\\-0.0%|计划标准
效益|可持续|网格化监管机制|Q:长效运行|S:长效运行|G|其他标准
满意|服务对象|公众对大气环境满意度|≥85%|0.85|"≥"0%|历史标准"""},
 {"sheet": "危险废物监管", "name": "危险废物规范化环境管理", "code": "LX2025-HB-006", "iu": "济南市历下区环境监控中心",
  "amounts": (amt("98.60", "98.6", ACC), amt("98.60", "98.6", ACC), amt("-", "0", ACC)),
  "goals": ["对辖区产废单位开展危险废物规范化管理评估；", "压降单位监管成本，防范环境风险。"],
  "_hidden": [210, None, None, None, None, 0.31, None, None],
  "rows": """
产出|数量|评估产废单位|≥230家|230|"≥"0"家"|计划标准
产出|质量|规范化管理评估达标率|≥90%|0.9|"≥"0%|行业标准
产出|质量|危险废物规范处置率|100%|1|0%|行业标准
产出|时效|年度评估完成时间|Q:2025年11月30日前|S:2025年11月30日前|G|计划标准
成本|经济成本|单家单位监管成本较上年变化|(3.0%)|-0.03|0.0%;[Red](0.0%)|历史标准
成本|经济成本|单家单位评估费用|≤3,200元|3200|"≤"#,##0"元"|历史标准
效益|社会|重大环境风险事件|0起|0|0"起"|行业标准
满意|服务对象|产废单位满意度|≥90%|0.9|"≥"0%|历史标准"""},
]
G["c5_ods_negatives_hidden_lixia_2025"] = rec(doc(T5, D5, C5, 2025), build(C5_P, T5, D5, C5))

# ====================================================================== c6 .xlsx, CONDITIONAL-SECTION formats and literal units
D6, C6, T6 = "大连市甘井子区民政局", "215036", "2024年项目支出绩效目标表"
SEC = '[=1]"100%";[<1]"≥"0%;General'      # one format for the whole 指标值 percent column
C6_P = [
 {"sheet": "居家养老服务", "name": "居家社区养老服务补贴", "code": "GJZ2024-MZ-004", "iu": "大连市甘井子区养老服务指导中心",
  "amounts": (amt("726.40", "726.4", AMT), amt("696.40", "696.4", AMT), amt("30.00", "30", AMT)),
  "goals": ["为辖区经济困难高龄、失能老年人提供居家养老上门服务补贴；", "建设运营社区养老服务站，提升居家养老服务能力。"],
  "rows": """
产出|数量|享受上门服务补贴老年人|≥4,300人|4300|"≥"#,##0"人"|计划标准
产出|数量|上门服务|≥25.8万人次|25.8|"≥"0.0"万人次"|计划标准
产出|数量|运营社区养老服务站|≥36个|36|"≥"0"个"|计划标准
产出|质量|服务对象评估覆盖率|100%|1|SEC|行业标准
产出|质量|服务记录规范率|≥95%|0.95|SEC|行业标准
产出|时效|补贴按月拨付|Q:次月10日前|S:次月10日前|G|计划标准
成本|经济成本|人均上门服务补贴|≤1,680元/人·年|1680|"≤"#,##0"元/人·年"|历史标准
效益|社会|失能老年人服务覆盖率|≥80%|0.8|SEC|计划标准
效益|可持续|居家养老服务机制|Q:长效运行|S:长效运行|G|其他标准
满意|服务对象|服务对象满意度|≥90%|0.9|SEC|历史标准"""},
 {"sheet": "社会救助", "name": "城乡困难群众临时救助", "code": "GJZ2024-MZ-009", "iu": "大连市甘井子区民政局",
  "amounts": (amt("318.00", "318", AMT), amt("318.00", "318", AMT), amt("0.00", "0", AMT)),
  "goals": ["对遭遇突发性、紧迫性困难的家庭和个人及时给予临时救助；", "兜住兜牢基本民生底线。"],
  "rows": """
产出|数量|临时救助|≥2,600人次|2600|"≥"#,##0"人次"|计划标准
产出|质量|救助对象认定准确率|100%|1|SEC|行业标准
产出|质量|救助资金社会化发放率|≥98%|0.98|SEC|行业标准
产出|时效|急难型救助审批时限|≤3个工作日|3|"≤"0"个工作日"|行业标准
成本|经济成本|户均救助金额|≤1,200元/户|1200|"≤"#,##0"元/户"|历史标准
效益|社会|困难群众救助及时率|≥95%|0.95|SEC|计划标准
效益|可持续|救助工作机制|Q:持续健全|S:持续健全|G|其他标准
满意|服务对象|救助对象满意度|≥90%|0.9|SEC|历史标准"""},
]
for _p in C6_P:
    _p["rows"] = _p["rows"].replace("|SEC|", "|" + SEC + "|")
G["c6_xlsx_sections_units_ganjingzi_2024"] = rec(doc(T6, D6, C6, 2024), build(C6_P, T6, D6, C6))
