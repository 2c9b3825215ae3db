"""Errors a user can do something about.

Each carries the file and the reason, and prints as one line: the CLI and the
batch ingest show ``str(err)`` and never a traceback for these.
"""
from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; the CLI prints ``str(err)`` as one line, exit 1."""


class DraftError(UserError):
    """This file cannot be read as a budget-performance draft."""

    def __init__(self, path: str, reason: str, *, code: str = "unreadable"):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.code = code  # a stable slug: empty, encrypted, scanned, not_a_draft, ...


class NotADraft(DraftError):
    """Readable, but not of the genre (no 绩效目标表 found)."""

    def __init__(self, path: str, reason: str = "no performance goal tables (绩效目标表) found; not a budget-performance draft"):
        super().__init__(path, reason, code="not_a_draft")


class SelfEvaluation(NotADraft):
    """A year-end self-evaluation (自评表), which reuses the goal form's columns."""

    def __init__(self, path: str):
        DraftError.__init__(self, path, "a year-end self-evaluation (绩效自评表: achieved values and scores), "
                            "not a performance goal draft", code="self_evaluation")


class EvaluationReport(NotADraft):
    """A performance evaluation report (绩效评价报告), whose indicator table scores achieved values."""

    def __init__(self, path: str):
        DraftError.__init__(self, path, "a performance evaluation report (绩效评价报告: results and scores), "
                            "not a performance goal draft", code="evaluation_report")


class FinalAccounts(NotADraft):
    """A department's final accounts (部门决算: 收入支出决算总表…), without a goal table."""

    def __init__(self, path: str):
        DraftError.__init__(self, path, "a department's final accounts (部门决算: 收入支出决算总表…) without a "
                            "performance goal table (绩效目标表); not a budget-performance draft", code="final_accounts")


class Monitoring(NotADraft):
    """A mid-year monitoring table (绩效运行监控表), which reuses the goal form's columns."""

    def __init__(self, path: str):
        DraftError.__init__(self, path, "a mid-year monitoring table (绩效运行监控表: amounts executed so far, "
                            "forecasts and deviations), not a performance goal draft", code="monitoring")


class BlankForm(NotADraft):
    """A goal form with nothing filled in: no project, no amounts."""

    def __init__(self, path: str):
        DraftError.__init__(self, path, "a blank form (空白表: project name and amounts not filled in), "
                            "not a performance goal draft", code="blank_form")


class BudgetBook(NotADraft):
    """A department's budget book (部门预算: 收支总表, 支出总表…) without a goal table."""

    def __init__(self, path: str):
        DraftError.__init__(self, path, "a budget book (部门预算: 收支总表, 支出总表…) without a performance goal "
                            "table (绩效目标表); not a budget-performance draft", code="not_a_draft")
