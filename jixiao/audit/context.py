"""What an audit knows beyond the draft itself: peers, last year's draft, shared texts."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jixiao.audit.terms import Vocabulary, load_vocabulary

if TYPE_CHECKING:
    from jixiao.audit.lastyear import ProjectMatch
    from jixiao.audit.peers import Peers
    from jixiao.load.lineage import ArchivedDraft


@dataclass
class AuditContext:
    vocabulary: Vocabulary = field(default_factory=load_vocabulary)
    peers: Peers | None = None  # None: no archive to compare with
    previous: ArchivedDraft | None = None  # the same department's latest earlier draft
    year_over_year: list[ProjectMatch] = field(default_factory=list)  # this draft's projects beside it
    # indicator text (三级指标, description), whitespace squashed -> departments printing it
    shared_texts: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def departments_using(self, key: tuple[str, str]) -> set[str]:
        return self.shared_texts.get(key, set())
