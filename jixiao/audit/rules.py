"""The rules table: criteria, severities, points and wording as data (``rules.toml``).

Code decides *how* a rule is checked (one function per ``id``); the table decides
whether it runs, how bad a finding is, how many points it costs and what it says,
so a province adjusts the audit with a file of its own (``--rules FILE``) that
names only the rules it changes.
"""
from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jixiao.extract.errors import UserError

DEFAULT_RULES = Path(__file__).with_name("rules.toml")
CRITERIA = ("完整性", "相关性", "适当性", "可行性")
SEVERITIES = ("error", "warning", "info")
_FIELDS = {"id", "criterion", "severity", "points", "title", "message", "params", "enabled"}


@dataclass(frozen=True)
class Rule:
    id: str
    criterion: str
    severity: str
    points: float
    title: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True

    def param(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)

    def render(self, facts: dict[str, Any]) -> str:
        """The message with ``{names}`` filled; a name the finding lacks stays visible as is."""
        return string.Formatter().vformat(self.message, (), _Lenient(facts))

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "criterion": self.criterion, "severity": self.severity, "points": self.points,
                "title": self.title, "message": self.message, "params": self.params, "enabled": self.enabled}


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class RulesError(UserError):
    """A rules file we cannot use; one line naming the file and the reason."""


@dataclass(frozen=True)
class RuleSet:
    rules: dict[str, Rule]
    sources: tuple[str, ...]

    def get(self, rule_id: str) -> Rule | None:
        """The rule if it is enabled, else None (its check is skipped)."""
        rule = self.rules.get(rule_id)
        return rule if rule is not None and rule.enabled else None

    def __iter__(self):
        return iter(self.rules.values())


def load_rules(override: str | Path | None = None) -> RuleSet:
    """Our rules, with a province's file (if given) laid over them by id."""
    rules = {r.id: r for r in _read(DEFAULT_RULES, base=None)}
    sources = [str(DEFAULT_RULES)]
    if override is not None:
        for rule in _read(Path(override), base=rules):
            rules[rule.id] = rule
        sources.append(str(override))
    return RuleSet(rules, tuple(sources))


def _read(path: Path, base: dict[str, Rule] | None) -> list[Rule]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{path}: no such rules file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise RulesError(f"{path}: cannot read: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise RulesError(f"{path}: not valid TOML: {err}") from None
    entries = data.get("rule")
    if not isinstance(entries, list) or not entries:
        raise RulesError(f"{path}: no [[rule]] entries")
    return [_rule(path, n, entry, base) for n, entry in enumerate(entries, 1)]


def _rule(path: Path, n: int, entry: Any, base: dict[str, Rule] | None) -> Rule:
    where = f"{path}: rule {n}"
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise RulesError(f"{where}: every [[rule]] needs an id")
    unknown = set(entry) - _FIELDS
    if unknown:
        raise RulesError(f"{where} ({entry['id']}): unknown field(s) {', '.join(sorted(unknown))}")
    if base is None:
        missing = {"criterion", "severity", "points", "title", "message"} - set(entry)
        if missing:
            raise RulesError(f"{where} ({entry['id']}): missing {', '.join(sorted(missing))}")
        rule = Rule(id=entry["id"], criterion=entry["criterion"], severity=entry["severity"],
                    points=entry["points"], title=entry["title"], message=entry["message"],
                    params=dict(entry.get("params") or {}), enabled=entry.get("enabled", True))
    else:
        if entry["id"] not in base:
            known = ", ".join(sorted(base))
            raise RulesError(f"{where}: unknown rule id {entry['id']!r} (rules are: {known})")
        old = base[entry["id"]]
        changes = {k: v for k, v in entry.items() if k not in ("id", "params")}
        rule = replace(old, **changes, params={**old.params, **(entry.get("params") or {})})
    _validate(where, rule)
    return rule


def _validate(where: str, rule: Rule) -> None:
    if rule.criterion not in CRITERIA:
        raise RulesError(f"{where} ({rule.id}): criterion must be one of {', '.join(CRITERIA)}, not {rule.criterion!r}")
    if rule.severity not in SEVERITIES:
        raise RulesError(f"{where} ({rule.id}): severity must be one of {', '.join(SEVERITIES)}, not {rule.severity!r}")
    if not isinstance(rule.points, (int, float)) or isinstance(rule.points, bool) or rule.points < 0:
        raise RulesError(f"{where} ({rule.id}): points must be a number ≥ 0")
    if not isinstance(rule.enabled, bool):
        raise RulesError(f"{where} ({rule.id}): enabled must be true or false")
    try:
        list(string.Formatter().parse(rule.message))
    except ValueError as err:
        raise RulesError(f"{where} ({rule.id}): message: {err}") from None
