"""The expected records of the captures here, typed by hand from what each
capture prints (never from extractor output).  Run to rewrite the gold.json files:
``python3 tests/data/captures/golds.py``.  Conventions: tests/data/real/README.md."""
from __future__ import annotations

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
LEVEL1_OF = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
             "经济成本指标": "成本指标", "社会效益指标": "效益指标", "经济效益指标": "效益指标", "生态效益指标": "效益指标",
             "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标"}


def ind(seq, level1, level2, name, raw, kind, cmp, value, unit, *, level2_std=None, level1_std=None,
        description=None, reference=None, baseline=None, basis=None, **extra):
    out = {"seq": seq, "level1": level1, "level1_std": level1_std or LEVEL1_OF.get(level2_std or level2),
           "level2": level2, "level2_std": level2_std or level2, "level3": name, "description": description,
           "value_raw": raw, "kind": kind, "comparator": cmp, "value": value, "unit": unit,
           "reference": reference, "basis": basis}
    if baseline is not None:
        out["baseline_raw"] = baseline
    out.update(extra)
    return out


def record(title, department, year, projects):
    return {"document": {"title": title, "department": department, "department_code": None, "year": year,
                         "status": None, "compiled_by": None, "reviewed_by": None},
            "toc": [], "overall_goals": [], "sub_goals": [], "safeguards": [], "projects": projects}


def project(title, name, department, unit_name, total, fiscal, other, goals, indicators, **extra):
    p = {"seq": 1, "title": title, "department_code": None, "department": department, "code": None, "name": name,
         "unit": "万元" if total is not None else None, "budget_total": total, "budget_fiscal": fiscal,
         "budget_other": other, "purpose": None, "spending_plan": [], "goals": goals, "scope": "project",
         "implementing_unit": unit_name, "indicators": indicators}
    p.update(extra)
    return p


FORESTRY = record("某县林业局2023年项目支出绩效目标表", "某县林业局", 2023, [project(
    "项目支出绩效目标表(2023年度)", "森林防火专项经费", "某县林业局", "某县森林消防大队", 48.5, 48.5, 0,
    ["完成全县森林防火巡护和扑火队伍培训，森林火灾受害率控制在0.5‰以内。"], [
        ind(1, "产出指标", "数量指标", "巡护里程", "≥1200公里", "numeric", ">=", 1200, "公里"),
        ind(2, "产出指标", "数量指标", "18岁以上专职扑火队员人数", "≥60人", "numeric", ">=", 60, "人"),
        ind(3, "产出指标", "质量指标", "扑火装备完好率", "≥95%", "numeric", ">=", 95, "%"),
        ind(4, "产出指标", "时效指标", "火情报告时间", "1小时内", "numeric", "<=", 1, "小时"),
        ind(5, "成本指标", "经济成本指标", "防火物资采购成本", "不超过预算", "reference", "<=", None, None,
            reference="预算"),
        ind(6, "效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰", "numeric", "<=", 0.5, "‰"),
        ind(7, "效益指标", "可持续影响指标", "林区防火意识", "明显增强", "qualitative", None, None, None),
        ind(8, "满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "numeric", ">=", 90, "%"),
    ])])

# Goal numbering (1. 2.) and closing ；/。 are not part of a goal (tests/data/real/README.md).
# 指标类别 holds 社会效益 / 经济效益 (二级 names without 指标): level1 null, as real/09.
COLLEGE = record("某市2018年省级专项资金项目绩效目标表", "某市教育局", 2018, [project(
    "某市2018年省级专项资金项目绩效目标表", "职业院校教师企业实践资助", "某市教育局", "某市高级技工学校",
    None, None, None, ["完成20名专业教师下企业实践，提升双师型教师比例。"], [
        ind(1, None, "社会效益", "下企业实践教师人数", "20", "numeric", "=", 20, None, level2_std="社会效益指标",
            description="完成20名专业教师下企业实践", baseline="12"),
        ind(2, None, "社会效益", "双师型教师比例", "55%", "numeric", "=", 55, "%", level2_std="社会效益指标",
            description="反映双师型教师占专业教师比例。", baseline="45%"),
        ind(3, None, "经济效益", "校企合作订单培养人数", "120", "numeric", "=", 120, None, level2_std="经济效益指标",
            description="新增订单培养学生120人", baseline="80"),
    ])])

RIVER = record("某区水务局2020年项目绩效目标表", "某区水务局", 2020, [project(
    "项目绩效目标表", "河道日常保洁", "某区水务局", "某区河道管理所", 120, 120, 0,
    ["完成辖区35公里河道日常保洁", "河面漂浮物及时清理"], [
        ind(1, "产出指标", "数量指标", "保洁河道长度", "≥35公里", "numeric", ">=", 35, "公里",
            description="纳入保洁的河道长度", baseline="32公里"),
        ind(2, "产出指标", "质量指标", "河面保洁达标率", "≥95%", "numeric", ">=", 95, "%",
            description="抽查达标河段占比", baseline="92%"),
        ind(3, "产出指标", "时效指标", "漂浮物清理时限", "≤12小时", "numeric", "<=", 12, "小时",
            description="发现后至清理完毕的时间", baseline="24小时"),
        ind(4, "成本指标", "经济成本指标", "每公里保洁成本", "≤3.43万元", "numeric", "<=", 3.43, "万元",
            description="年度保洁经费除以河道长度", baseline="3.6万元"),
        ind(5, "效益指标", "生态效益指标", "河道水质", "明显改善", "qualitative", None, None, None,
            description="主要断面水质变化", baseline="—"),
        ind(6, "满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "numeric", ">=", 90, "%",
            description="抽样调查", baseline="85%"),
    ])])

# 指标内容 is the name (no 三级 column), as in the 2015 Hunan form (h_form2015 sample).
CIVIL = record("项目绩效目标表(2017年度)", "某县民政局", 2017, [project(
    "项目绩效目标表(2017年度)", "城乡低保提标补助", "某县民政局", "某县社会救助服务中心", 260, 260, 0,
    ["按时足额发放城乡低保金，保障困难群众基本生活。"], [
        ind(1, "产出指标", "数量指标", "保障城乡低保对象人数", "≥4200人", "numeric", ">=", 4200, "人", period="year"),
        ind(2, "产出指标", "质量指标", "低保金社会化发放率", "100%", "numeric", "=", 100, "%", period="year"),
        ind(3, "产出指标", "时效指标", "低保金发放时间", "每月10日前", "qualitative", None, None, None, period="year"),
        ind(4, "产出指标", "成本指标", "月人均补助水平", "≥310元", "numeric", ">=", 310, "元", period="year"),
        ind(5, "效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", "qualitative", None, None, None,
            period="year"),
        ind(6, "效益指标", "社会公众或服务对象满意度指标", "低保对象满意度", "≥90%", "numeric", ">=", 90, "%",
            level1_std="满意度指标", level2_std="服务对象满意度指标", period="year"),
    ], department_code="512")])

# A department-level table (部门整体支出绩效目标表): scope department, name null, goals
# without their 目标N: numbering; the bracketed standard in 指标解释 is the basis.
AUDIT = record("部门整体支出绩效目标表", "某县审计局", 2022, [project(
    "部门整体支出绩效目标表", None, "某县审计局", None, 205.30, None, None,
    ["完成县委县政府交办的各项审计任务", "开展经济责任审计和专项资金审计", "保障机关正常运转。"], [
        ind(1, "产出指标", "数量指标", "完成审计项目数", "≥32个", "numeric", ">=", 32, "个",
            description="反映年度审计计划完成数量(计划标准)", basis="计划标准"),
        ind(2, "产出指标", "数量指标", "审计报告出具数", "≥30份", "numeric", ">=", 30, "份",
            description="反映审计报告出具数量(历史标准)", basis="历史标准"),
        ind(3, "产出指标", "质量指标", "审计问题整改率", "≥85%", "numeric", ">=", 85, "%",
            description="反映审计发现问题整改情况(行业标准)", basis="行业标准"),
        ind(4, "产出指标", "时效指标", "审计报告按时出具率", "100%", "numeric", "=", 100, "%",
            description="反映审计报告出具及时性(计划标准)", basis="计划标准"),
        ind(5, "成本指标", "经济成本指标", "公用经费支出控制", "≤预算数", "reference", "<=", None, None,
            description="反映公用经费控制情况(预算标准)", basis="预算标准", reference="预算数"),
        ind(6, "效益指标", "社会效益指标", "审计监督作用", "持续发挥", "qualitative", None, None, None,
            description="反映审计服务县委县政府决策情况(计划标准)", basis="计划标准"),
        ind(7, "满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥90%", "numeric", ">=", 90, "%",
            description="反映被审计单位满意程度(历史标准)", basis="历史标准"),
    ], scope="department", department_code="318007001")])

GOLDS = {"spaced_audit": AUDIT, "glued_forestry": FORESTRY, "glued_baseline_college": COLLEGE, "escaped_river": RIVER,
         "cell_lines_civil": CIVIL}

if __name__ == "__main__":
    for name, rec in GOLDS.items():
        (HERE / name / "gold.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
