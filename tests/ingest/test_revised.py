"""Suggestions applied: the revised text, filtered by lens and severity, or as a diff; and
every suggestion's UTF-16 offsets next to its code-point ones."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from redis.asyncio import Redis

from services.contract.utf16 import Utf16Offsets, utf16_len
from services.coordinator.main import CoordinatorSettings
from services.ingest.revision import EditsDoNotFit, apply_edits, chosen
from tests.support.pipeline import pipeline_workers, running
from tests.support.waiting import wait_for

# The emoji (two UTF-16 units) comes before every finding: the offsets part ways there.
TEXT = "# Notes 🚀\n\nThe the launch is on track. We recieve feedback daily.\n"


def _edit(start: int, end: int, text: str, new: str, **kw: Any) -> dict[str, Any]:
    severity, lens = kw.get("severity", "warning"), kw.get("lens", "grammar")
    return {"start": start, "end": end, "original": text[start:end], "replacement": new,
            "severity": severity, "lens": lens}  # fmt: skip


def test_edits_apply_in_order_and_a_conflicting_one_is_skipped() -> None:
    text = "aa bb cc"
    edits = [_edit(6, 8, text, "CC"), _edit(0, 2, text, "A"), _edit(1, 5, text, "x"),
             _edit(3, 3, text, "+"), _edit(3, 3, text, "-")]  # fmt: skip
    rev = apply_edits(text, edits)
    assert (rev.text, rev.applied, rev.skipped) == ("A +bb CC", 3, 2)
    with pytest.raises(EditsDoNotFit):
        apply_edits("zz bb cc", [_edit(0, 2, text, "A")])


def test_filters_choose_lenses_and_a_severity_floor() -> None:
    s = [_edit(0, 1, "ab", "x", lens="tone", severity="info"),
         _edit(1, 2, "ab", "y", lens="grammar", severity="error"),
         {**_edit(0, 1, "ab", "z"), "replacement": None}]  # fmt: skip
    assert chosen(s, None, "info") == s[:2]
    assert chosen(s, {"tone"}, "info") == s[:1]
    assert chosen(s, None, "warning") == s[1:2]


def test_utf16_offsets_count_an_emoji_twice() -> None:
    text = "a🚀b𝔸c"
    offsets = Utf16Offsets(text)
    assert [offsets.at(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2 == 7


async def test_revised_text_and_diff_apply_the_reviews_edits(
    api: httpx.AsyncClient, redis: Redis, redis_url: str
) -> None:
    r = await api.post("/v1/documents", json={"text": TEXT, "format": "markdown", "title": "n"})
    doc_id = r.json()["id"]
    early = await api.get(f"/v1/documents/{doc_id}/revised")
    assert early.status_code == 409
    settings = CoordinatorSettings(redis_url=redis_url, doc_deadline_s=30)
    async with running(pipeline_workers(redis, settings)):
        await wait_for(lambda: redis.xlen("doc.review.summary"), timeout=30, what="summary")
    summary = (await api.get(f"/v1/documents/{doc_id}/summary")).json()
    units = TEXT.encode("utf-16-le")
    for s in summary["suggestions"]:
        assert TEXT[s["start"] : s["end"]] == s["original"]
        # What JavaScript's text.slice(utf16_start, utf16_end) gives is the same text.
        js = units[2 * s["utf16_start"] : 2 * s["utf16_end"]].decode("utf-16-le")
        assert js == s["original"] and s["utf16_start"] == s["start"] + 1

    revised = await api.get(f"/v1/documents/{doc_id}/revised")
    assert revised.status_code == 200 and revised.headers["content-type"].startswith("text/plain")
    assert "receive" in revised.text and "The the" not in revised.text
    assert int(revised.headers["x-edits-applied"]) >= 2
    none_chosen = await api.get(
        f"/v1/documents/{doc_id}/revised", params={"lenses": "tone", "min_severity": "error"}
    )
    assert none_chosen.text == TEXT and none_chosen.headers["x-edits-applied"] == "0"
    diff = await api.get(f"/v1/documents/{doc_id}/revised", params={"format": "diff"})
    assert diff.headers["content-type"].startswith("text/x-diff")
    assert diff.text.startswith("--- a/n\n+++ b/n\n@@")
    assert "-The the launch is on track. We recieve feedback daily.\n" in diff.text
