import sys; from pathlib import Path; sys.path.insert(0, str(Path(__file__).resolve().parents[1])); ROOT = Path(__file__).resolve().parents[3]
from gold_kit import ind, project, record, write
D, C = "中共宁德市委党史和地方志研究室", "901001033"
Q, Z, S = ("产出指标", "产出指标", "数量指标", "数量指标"), ("产出指标", "产出指标", "质量指标", "质量指标"), ("产出指标", "产出指标", "时效指标", "时效指标")
inds = [
 ind(*Q, "志鉴地情相关工作开展所需资金的供应时效", "100%(历史标准)", "100%", "numeric", "=", 100, "%", basis="历史标准"),
 ind(*Q, "确保日常工作正常运行", "100%", "100%", "numeric", "=", 100, "%"),
 ind(*Q, "按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴", "60%", "≥60%", "numeric", ">=", 60, "%"),
 ind(*Z, "调研、督促、指导志、鉴、地情编纂的县(市、区)的覆盖率", "90%(计划标准)", "1", "numeric", "=", 1, None,
     basis="计划标准", note="Excel lost the percent format: 1 printed, the explanation says 90%"),
 ind(*Z, "各类书籍审稿率", "100%(计划标准)", "1", "numeric", "=", 1, None, basis="计划标准",
     note="Excel lost the percent format: 1 printed where 100% is meant"),
 ind(*S, "项目完成时间", "2019年12月(计划标准)", "100%", "numeric", "=", 100, "%", basis="计划标准"),
]
p = project(1, title="部门整体支出绩效目标表", name=None, department=D, department_code=C, scope="department", unit="万元",
            budget_total=171.41,
            goals=["确保本室各人员工资及福利的发放", "对合作社区、退休人员及遗孀、困难群众进行一定程度的补助",
                   "确保本室日常办公所需经费正常运行", "保障志鉴地情相关工作开展所需资金,确保完成2019年度任务。"],
            indicators=inds,
            extra={"项目支出": "60.8", "基本支出": "110.61", "年度履职目标": [
                {"部门职能": "组织、指导、编纂、督促和检查地方志、年鉴、地情工作", "年度目标任务": "保障志鉴地情相关工作开展所需资金,确保完成2019年度任务", "支出项目名称": "地情、市志编纂与年鉴出版经费", "预算金额(万元)": "49.8"},
                {"部门职能": "确保本室各人员工资及福利的发放", "年度目标任务": "按时发放2019年人员福利", "支出项目名称": "地情、市志编纂与年鉴出版经费", "预算金额(万元)": "11"},
                {"部门职能": "确保日常工作正常运行", "年度目标任务": "按时发放2019年人员工资待遇", "支出项目名称": "基本支出", "预算金额(万元)": "171.41"}]})
write(record(title="部门整体支出绩效目标表", department=D, department_code=C, year=2019, projects=[p]),
      ROOT / "tests/data/real/14/gold.json")
