"""Design rules: roles never import each other; the runtime knows no domain concept."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support import ROOT

ROLES = ["ingest", "coordinator", "specialist", "aggregator"]
DOMAIN_WORDS = ("document", "chunk", "lens", "summary", "doc.review")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("role", ROLES)
def test_a_role_imports_only_the_runtime_the_contract_and_itself(role: str) -> None:
    allowed = ("shared", "services.contract", f"services.{role}")
    for path in (ROOT / "services" / role).rglob("*.py"):
        for module in _imports(path):
            if module.startswith("services"):
                assert module.startswith(allowed), f"{path.relative_to(ROOT)} imports {module}"


def test_the_runtime_imports_no_service_and_names_no_domain_concept() -> None:
    for path in (ROOT / "shared").rglob("*.py"):
        assert not any(m.startswith("services") for m in _imports(path)), path
        code = path.read_text().lower()
        for word in DOMAIN_WORDS:
            assert word not in code, f"{path.relative_to(ROOT)} mentions '{word}'"


MAX_FUNCTION_LINES = 60


def test_no_function_outside_the_tests_is_longer_than_60_lines() -> None:
    # A function a reader cannot see in one screen hides its structure (issue 17).
    long = []
    for folder in ("shared", "services", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    lines = (node.end_lineno or node.lineno) - node.lineno + 1
                    if lines > MAX_FUNCTION_LINES:
                        long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} {lines}")
    assert not long, long
