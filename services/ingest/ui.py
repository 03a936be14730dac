"""The browser pages: `/ui` to submit and read a review, `/ui/ops` for operators.

Both are static HTML calling the public API from the browser; `/ui/ops` asks for the admin
key and uses the admin API (/v1/mesh, /v1/admin/dead-letters), so the page itself holds
nothing secret and needs no guard of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

STATIC = Path(__file__).resolve().parent / "static"
# Replaced in ui.html by the JSON of the lenses this mesh runs (one spec file per lens).
LENSES_MARK = "/*LENSES*/[]"


def ui_router(lenses: list[str]) -> APIRouter:
    """Routes for the two pages; ``lenses`` are offered as choices on `/ui`."""
    router = APIRouter(include_in_schema=False)
    review_page = (STATIC / "ui.html").read_text(encoding="utf-8")
    review_page = review_page.replace(LENSES_MARK, json.dumps(sorted(lenses)))
    ops_page = (STATIC / "ops.html").read_text(encoding="utf-8")

    @router.get("/ui", response_class=HTMLResponse)
    async def review() -> HTMLResponse:
        """Submit a document (pasted or uploaded), pick lenses and style, read the review."""
        return HTMLResponse(review_page)

    @router.get("/ui/ops", response_class=HTMLResponse)
    async def ops() -> HTMLResponse:
        """Streams, groups, lag and dead letters, with redrive (admin key required)."""
        return HTMLResponse(ops_page)

    return router
