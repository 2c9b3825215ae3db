"""The archive as the audit reads it: peers and shared texts loaded once, last year per draft."""
from __future__ import annotations

from collections import defaultdict

from jixiao.audit.context import AuditContext
from jixiao.audit.peers import Peers
from jixiao.audit.relevance import indicator_text
from jixiao.audit.rules import RuleSet
from jixiao.audit.terms import Vocabulary


class Archive:
    """One open connection for a whole audit run; every query is a load/ function."""

    def __init__(self, conn, rules: RuleSet):
        from jixiao.load.peers import peer_indicators, shared_indicator_texts

        self.conn = conn
        self.rules = rules
        cost_rule = rules.rules.get("unit_cost_outlier")
        units = list(cost_rule.param("units", [])) if cost_rule else []
        self.peers = Peers(peer_indicators(conn), units)
        boilerplate = rules.rules.get("boilerplate_indicator")
        shared = shared_indicator_texts(conn, min_departments=2 if boilerplate else 10**9)
        self.shared_texts: dict[tuple[str, str], set[str]] = defaultdict(set)
        shared = shared.astype(object).where(shared.notna(), None)
        for level3, description, department in shared.itertuples(index=False):
            self.shared_texts[indicator_text({"level3": level3, "description": description})].add(department)

    def drafts(self, department: str | None, year: int | None):
        from jixiao.load.lineage import archived_drafts

        return archived_drafts(self.conn, department=department, year=year, with_records=False)

    def record(self, draft) -> dict | None:
        from jixiao.load.lineage import draft_record

        return draft_record(self.conn, draft.document_id)

    def context_for(self, record: dict, vocabulary: Vocabulary, sha256: str | None = None) -> AuditContext:
        """``sha256``: the draft's identity in the archive, if it is there (it is never its own peer)."""
        from jixiao.load.lineage import previous_draft

        doc = record.get("document") or {}
        sha = sha256 or (record.get("source") or {}).get("sha256")
        peers = self.peers.excluding(sha)
        notes = []
        if peers.drafts == 0:
            notes.append("the archive holds no other draft: no peer comparisons (适当性 peer rules skipped)")
        previous = previous_draft(self.conn, department=doc.get("department"), department_code=doc.get("department_code"),
                                  year=doc.get("year"), exclude_sha256=sha)
        if previous is None:
            notes.append(f"no earlier draft of {doc.get('department') or 'this department'} in the archive: "
                         "no year-over-year comparison")
        elif previous.record is None:
            notes.append(f"the {previous.year} draft ({previous.path}) was loaded without its record: no year-over-year comparison")
            previous = None
        matches = []
        if previous is not None:
            from jixiao.audit.lastyear import compare

            lowered = self.rules.rules.get("target_lowered")
            matches = compare(record, previous.record,
                              min_similarity=lowered.param("min_name_similarity", 0.8) if lowered else 0.8)
        return AuditContext(vocabulary=vocabulary, peers=peers, previous=previous, year_over_year=matches,
                            shared_texts=self.shared_texts, notes=notes)


def standalone_context(vocabulary: Vocabulary) -> AuditContext:
    return AuditContext(vocabulary=vocabulary, notes=[
        "no archive given (--db): no peer comparisons and no year-over-year comparison"])
