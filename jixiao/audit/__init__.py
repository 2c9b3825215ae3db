"""Review drafts as a finance bureau does: 完整性, 相关性, 适当性, 可行性.

``run_audit(files, db_url=...)`` audits drafts (files, or the archive's drafts) against
the rules table (``rules.toml``, or a province's file laid over it), with peers and last
year's draft from the archive when there is one, and returns an ``AuditReport``:
per draft its findings (each with evidence and severity) and a score per criterion.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jixiao.audit.draft import DraftAudit, audit_record
from jixiao.audit.rules import RuleSet, load_rules

__all__ = ["AuditReport", "DraftAudit", "audit_record", "load_rules", "run_audit"]


@dataclass
class AuditReport:
    drafts: list[DraftAudit]
    rules: RuleSet
    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # "FILE: reason" for drafts that could not be read

    def rules_used(self) -> list[str]:
        return sorted({r for d in self.drafts for r in d.rules_used()})

    def as_dict(self) -> dict[str, Any]:
        from jixiao.audit.scoring import RULE

        used = set(self.rules_used())
        return {"score_rule": RULE, "notes": self.notes, "failures": self.failures,
                "rule_sources": list(self.rules.sources),
                "drafts": [d.as_dict() for d in self.drafts],
                "rules": [dict(r.as_dict(), used=r.id in used) for r in self.rules]}


def run_audit(files: list[str] | None = None, *, db_url: str | None = None, department: str | None = None,
              year: int | None = None, rules: RuleSet | None = None, words: str | None = None) -> AuditReport:
    """Audit ``files`` (extracted now), or with no files the archive's drafts matching department/year.

    With ``db_url`` the archive gives peers and last year's drafts; without one, those
    rules are skipped and each draft's notes say so. Drafts come back worst score first.
    """
    from jixiao.extract import extract_file
    from jixiao.extract.errors import UserError

    files = list(files or [])
    from jixiao.audit.archive import Archive, standalone_context
    from jixiao.audit.terms import load_vocabulary

    rules = rules or load_rules()
    vocabulary = load_vocabulary(words)
    audits: list[DraftAudit] = []
    notes: list[str] = []
    failures: list[str] = []

    def extracted(path: str) -> dict | None:
        """A batch goes on past a file it cannot read; the failure is reported."""
        try:
            return extract_file(path).to_dict()  # the audit reads JSON data, as the archive stores it
        except UserError as err:
            if len(files) == 1:
                raise
            failures.append(str(err))
            return None

    if db_url is None:
        if not files:
            raise UserError("nothing to audit: give draft files, or --db URL for the archive's drafts")
        for path in files:
            if (record := extracted(path)) is not None:
                audits.append(audit_record(record, rules, standalone_context(vocabulary)))
    else:
        from jixiao.load.connection import connected

        with connected(db_url) as conn:
            archive = Archive(conn, rules)
            if files:
                for path in files:
                    if (record := extracted(path)) is not None:
                        audits.append(audit_record(record, rules, archive.context_for(record, vocabulary)))
            else:
                drafts = archive.drafts(department, year)
                if not drafts:
                    wanted = " ".join(x for x in (department and f"department containing {department!r}",
                                                  year and f"year {year}") if x) or "any"
                    raise UserError(f"{db_url}: no drafts in the archive match ({wanted})")
                for draft in drafts:  # records read one by one, not all in one result set
                    record = archive.record(draft)
                    if record is None:
                        notes.append(f"{draft.path}: loaded without its record (record_json); re-ingest it to audit it")
                        continue
                    ctx = archive.context_for(record, vocabulary, sha256=draft.sha256)
                    audits.append(audit_record(record, rules, ctx))
    audits.sort(key=lambda a: (a.overall, a.label()))
    return AuditReport(drafts=audits, rules=rules, notes=notes, failures=failures)
