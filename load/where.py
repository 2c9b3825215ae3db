"""``--where`` expressions on typed fields, safely: parsed, whitelisted, bound parameters.

The expression is read with Python's own parser (``ast``, never evaluated) after
three spellings people bring from SQL are mapped to Python: ``=`` → ``==``,
``<>`` → ``!=``, ``AND/OR/NOT`` → ``and/or/not``. What is allowed:

    field OP literal      OP: == != < <= > >= (chained too: 90 <= value <= 100)
    field in ('a', 'b')   field not in (...)
    'text' in field       substring (LIKE with escaping); 'text' not in field
    field contains 'text' the same, SQL-style; field not contains 'text'
    field startswith 'x'  field endswith 'x' (text fields)
    field is None         field is not None; field == None means the same
    and  or  not  ( )

Literals are strings ('it''s' as in SQL), numbers, None/null, true/false. Anything else is a
``WhereError`` with a one-line message; values only ever reach SQL as bound parameters.
The same mistakes fail the same way on every database, before any SQL runs: a number
compared with text (``value > 'abc'``), a number beyond ±10^15, nesting deeper than
``MAX_DEPTH``.
"""
from __future__ import annotations

import ast
import io
import tokenize

from sqlalchemy import Boolean, Float, Integer, Numeric, and_, not_, or_, true
from sqlalchemy.sql.elements import ColumnElement

from jixiao.extract.errors import UserError
from jixiao.load.models import Document, Indicator, Project

FIELDS = {
    # documents
    "department": Document.department,
    "department_code": Document.department_code,
    "year": Document.year,
    "path": Document.path,
    "format": Document.format,
    # projects
    "project": Project.name,
    "project_code": Project.code,
    "budget_total": Project.budget_total,
    "budget_total_yuan": Project.budget_total_yuan,
    "budget_unit": Project.unit,
    "budget_carryover": Project.budget_carryover,
    # 'department' for a 部门整体支出绩效目标表, 'project' otherwise.
    "scope": Project.scope,
    "implementing_unit": Project.implementing_unit,
    # The code printed with a project's own unit (一体化 820001-…), beside the document's.
    "project_department_code": Project.department_code,
    # indicators
    "level1": Indicator.level1,
    "level1_std": Indicator.level1_std,
    "level2": Indicator.level2,
    "level2_std": Indicator.level2_std,
    "level3": Indicator.level3,
    "description": Indicator.description,
    "value_raw": Indicator.value_raw,
    "kind": Indicator.kind,
    "comparator": Indicator.comparator,
    "value": Indicator.value,
    "value_max": Indicator.value_max,
    "unit": Indicator.unit,
    "unit_inferred": Indicator.unit_inferred,
    "amount_yuan": Indicator.amount_yuan,
    "reference": Indicator.reference,
    "direction": Indicator.direction,
    "sign": Indicator.sign,
    "basis": Indicator.basis,
    "weight": Indicator.weight,
    # 'year' or 'mid_term' where a form prints both indicator sets.
    "period": Indicator.period,
    "baseline_raw": Indicator.baseline_raw,
}
_NAMED_LITERALS = {"None": None, "null": None, "NULL": None, "true": True, "True": True,
                   "false": False, "False": False}
_SQL_WORDS = {"AND": "and", "OR": "or", "NOT": "not", "IN": "in", "IS": "is"}
_MAX_LENGTH = 2000
MAX_DEPTH = 50  # nested parentheses, not's and minus signs
MAX_NUMBER = 10**15  # more than any budget in yuan; SQLite's and PostgreSQL's integers both hold it
MAX_LIST = 1000  # values in one in (...)
# `field contains 'x'` is spelt as a method call for Python's parser: field .contains ('x')
_TEXT_OPERATORS = {"contains", "startswith", "endswith"}


class WhereError(UserError, ValueError):
    """A --where expression we will not run; the message is one line for the user."""


class Where:
    """A parsed expression: its SQLAlchemy clause and the tables its fields live in."""

    def __init__(self, expression: str):
        if len(expression) > _MAX_LENGTH:
            raise WhereError(f"expression longer than {_MAX_LENGTH} characters")
        if _nesting(expression) > MAX_DEPTH:
            raise WhereError(f"expression nested deeper than {MAX_DEPTH} levels")
        try:
            tree = ast.parse(_pythonic(expression), mode="eval")
        except (SyntaxError, tokenize.TokenError, ValueError) as err:
            raise WhereError(f"cannot parse {expression!r}: {getattr(err, 'msg', err)}") from None
        except (RecursionError, MemoryError):
            raise WhereError(f"expression nested deeper than {MAX_DEPTH} levels") from None
        if _depth(tree) > MAX_DEPTH:
            raise WhereError(f"expression nested deeper than {MAX_DEPTH} levels")
        self.tables: set[str] = set()
        self.clause: ColumnElement[bool] = self._boolean(tree.body)

    def _boolean(self, node: ast.AST) -> ColumnElement[bool]:
        if isinstance(node, ast.Call):
            return self._text_operator(node)
        if isinstance(node, ast.BoolOp):
            parts = [self._boolean(v) for v in node.values]
            return and_(*parts) if isinstance(node.op, ast.And) else or_(*parts)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return not_(self._boolean(node.operand))
        if isinstance(node, ast.Compare):
            left, parts = node.left, []
            for op, right in zip(node.ops, node.comparators):
                parts.append(self._compare(left, op, right))
                left = right
            return and_(*parts) if len(parts) > 1 else parts[0]
        if isinstance(node, ast.Constant) and node.value is True:
            return true()
        raise WhereError(f"expected a comparison, got {_show(node)}")

    def _compare(self, left: ast.AST, op: ast.cmpop, right: ast.AST) -> ColumnElement[bool]:
        if isinstance(op, (ast.In, ast.NotIn)):
            if _is_field(right):  # 'text' in field: a substring test
                clause = self._text_test(right, "contains", left)
            else:
                if not isinstance(right, (ast.Tuple, ast.List, ast.Set)):
                    raise WhereError(f"'in' needs a field or a list of values, got {_show(right)}")
                if len(right.elts) > MAX_LIST:
                    raise WhereError(f"more than {MAX_LIST} values in one list")
                column = self._field(left)
                values = [self._literal(e) for e in right.elts]
                for value in values:
                    _check_type(left.id, column, value)
                clause = column.in_([v for v in values if v is not None])
                if None in values:
                    clause = or_(clause, column.is_(None))
            return not_(clause) if isinstance(op, ast.NotIn) else clause
        if _is_field(right) and not _is_field(left):  # 95 <= value: same as value >= 95
            left, right, op = right, left, _MIRROR.get(type(op), op)
        column, value = self._field(left), self._literal(right)
        if isinstance(op, (ast.Is, ast.IsNot)):
            if value is not None:
                raise WhereError("'is' only compares with None")
            return column.is_(None) if isinstance(op, ast.Is) else column.is_not(None)
        if value is None and isinstance(op, (ast.Eq, ast.NotEq)):
            return column.is_(None) if isinstance(op, ast.Eq) else column.is_not(None)
        if value is None:
            raise WhereError("None can only be compared with == or !=")
        _check_type(left.id, column, value)
        try:
            return _OPERATORS[type(op)](column, value)
        except KeyError:
            raise WhereError(f"operator not allowed: {_show(op)}") from None

    def _text_operator(self, node: ast.Call) -> ColumnElement[bool]:
        func = node.func
        if not (isinstance(func, ast.Attribute) and func.attr.removeprefix("not_") in _TEXT_OPERATORS
                and len(node.args) == 1 and not node.keywords):
            raise WhereError(f"expected a comparison, got {_show(node)}")
        negated = func.attr.startswith("not_")
        clause = self._text_test(func.value, func.attr.removeprefix("not_"), node.args[0])
        return not_(clause) if negated else clause

    def _text_test(self, field: ast.AST, operator: str, literal: ast.AST) -> ColumnElement[bool]:
        column = self._field(field)
        value = self._literal(literal)
        if _kind(column) != "text":
            raise WhereError(f"{operator} works on text fields; {field.id} is a number")
        if not isinstance(value, str):
            raise WhereError(f"{operator} needs text in quotes, got {_show(literal)}")
        return getattr(column, operator)(value, autoescape=True)

    def _field(self, node: ast.AST):
        if not _is_field(node):
            raise WhereError(f"expected a field name, got {_show(node)}")
        column = FIELDS.get(node.id)
        if column is None:
            raise WhereError(f"unknown field {node.id!r} (fields: {', '.join(sorted(FIELDS))})")
        self.tables.add(column.table.name)
        return column

    def _literal(self, node: ast.AST):
        if isinstance(node, ast.Name) and node.id in _NAMED_LITERALS:
            return _NAMED_LITERALS[node.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            value = self._literal(node.operand)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return -value
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, int, float, bool, type(None))):
            value = node.value
            if isinstance(value, (int, float)) and not isinstance(value, bool) and not -MAX_NUMBER <= value <= MAX_NUMBER:
                raise WhereError(f"number out of range: {_show(node) if value == value and abs(value) != float('inf') else 'too large'} (numbers must lie within ±10^15)")
            return value
        raise WhereError(f"expected a string or number, got {_show(node)}")


_OPERATORS = {
    ast.Eq: lambda c, v: c == v,
    ast.NotEq: lambda c, v: c != v,
    ast.Lt: lambda c, v: c < v,
    ast.LtE: lambda c, v: c <= v,
    ast.Gt: lambda c, v: c > v,
    ast.GtE: lambda c, v: c >= v,
}
_MIRROR = {ast.Lt: ast.Gt(), ast.LtE: ast.GtE(), ast.Gt: ast.Lt(), ast.GtE: ast.LtE()}


def _kind(column) -> str:
    if isinstance(column.type, Boolean):
        return "boolean"
    return "number" if isinstance(column.type, (Integer, Float, Numeric)) else "text"


def _check_type(name: str, column, value) -> None:
    """A number against text (or the reverse) is a mistake on every database; PostgreSQL
    would refuse it and SQLite would silently compare types: both say so here instead."""
    if value is None or isinstance(value, bool):
        return
    kind = _kind(column)
    if kind == "number" and isinstance(value, str):
        raise WhereError(f"{name} is a number; compare it with a number, not {value!r}")
    if kind == "text" and not isinstance(value, str):
        raise WhereError(f"{name} is text; put the value in quotes: '{value}'")


def _nesting(expression: str) -> int:
    """Brackets and signs piled up (((((-(-(-1))))): refused before Python's parser recurses."""
    depth = deepest = run = 0
    for ch in expression:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch in "-+~":
            run += 1
        elif not ch.isspace():
            run = 0
        deepest = max(deepest, depth, run)
    return deepest


def _depth(tree: ast.AST) -> int:
    """How deep the tree goes, walked without recursion."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _is_field(node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and node.id not in _NAMED_LITERALS


def _show(node: ast.AST) -> str:
    try:
        return repr(ast.unparse(node))
    except Exception:
        return type(node).__name__


def _pythonic(expression: str) -> str:
    """SQL habits to Python tokens; string literals pass through untouched.

    ``field contains 'x'`` becomes ``field .contains ('x')`` (``not contains``:
    ``.not_contains``), a call the parser accepts and ``Where`` reads back.
    """
    tokens = list(tokenize.generate_tokens(io.StringIO(expression.strip()).readline))
    out: list[tuple[int, str]] = []
    previous = None
    awaiting = False  # a text operator was opened and waits for its literal
    literal_seen = False  # ... which has come; the call closes before the next token
    for tok in tokens:
        kind, value = tok.type, tok.string
        if _sql_doubled_quote(previous, tok):  # 'it''s' is SQL for it's, not Python's 'it' 's'
            merged = ast.literal_eval(out[-1][1]) + value[0] + ast.literal_eval(value)
            out[-1] = (tokenize.STRING, repr(merged))
            previous = tok
            continue
        previous = tok
        if literal_seen:
            out.append((tokenize.OP, ")"))
            awaiting = literal_seen = False
        if kind == tokenize.OP and value == "=":
            value = "=="
        elif kind == tokenize.OP and value == ">" and out and out[-1] == (tokenize.OP, "<"):
            out[-1] = (tokenize.OP, "!=")
            continue
        elif kind == tokenize.NAME and value in _SQL_WORDS:
            value = _SQL_WORDS[value]
        elif kind == tokenize.NAME and value.lower() in _TEXT_OPERATORS and out and out[-1][0] == tokenize.NAME:
            negated = out[-1][1] in ("not", "NOT") and len(out) > 1
            if negated:
                out.pop()
            name = ("not_" if negated else "") + value.lower()
            out += [(tokenize.OP, "."), (tokenize.NAME, name), (tokenize.OP, "(")]
            awaiting = True
            continue
        out.append((kind, value))
        if awaiting and kind in (tokenize.STRING, tokenize.NUMBER, tokenize.NAME):
            literal_seen = True
    return tokenize.untokenize(out)


def _sql_doubled_quote(previous, tok) -> bool:
    return (previous is not None and previous.type == tok.type == tokenize.STRING
            and previous.end == tok.start and previous.string[-1] == tok.string[0] in "'\"")
