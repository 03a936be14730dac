"""The ``openai`` provider: review a chunk with any OpenAI-compatible chat-completions server.

The model answers JSON suggestions; an invalid answer is re-asked once ("repair"), offsets
that do not match the text are re-anchored by searching ``original``, 429 pauses the
consumer (RetryLater) and 5xx/timeouts raise ModelUnavailable so the runtime retries.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import re
import time
from collections.abc import Sequence
from pathlib import Path
from string import Template
from typing import Annotated, Any

import httpx
from httpx_aiohttp import HttpxAiohttpClient
from prometheus_client import Counter
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from services.contract.models import Severity
from services.specialist.findings import Finding, LensContext
from shared.errors import MeshError, PermanentError, RetryLater, SpecError
from shared.spec import ModelBinding

log = logging.getLogger("mesh.specialist.llm")

PROMPTS = Path(__file__).resolve().parent / "prompts"
TOKENS = Counter("mesh_llm_tokens", "Tokens used by model calls", ["lens", "kind"])
COST = Counter("mesh_llm_cost", "Model spend at model.*_price_per_1k", ["lens", "model"])
REQUESTS = Counter("mesh_llm_requests", "Model calls by outcome", ["lens", "outcome"])
UNANCHORED = Counter(
    "mesh_llm_unanchored_suggestions", "Model suggestions whose text is not in the chunk", ["lens"]
)
MAX_RETRY_AFTER_S = 300.0
_EXCERPT = 300

_REPAIR = (
    "Your previous reply could not be used: {error}. Reply again with only a JSON object of "
    'the form {{"suggestions": [{{"start": 0, "end": 0, "original": "", "replacement": null, '
    '"message": "", "severity": "info", "rule": ""}}]}} and nothing else.'
)


class ModelUnavailable(MeshError):
    """The model server failed (timeout, 5xx, unusable response); the runtime retries."""


class InvalidReply(ValueError):
    """The model's content is not the JSON we asked for."""


_SEVERITY_WORDS = {
    "critical": "error", "high": "error", "major": "error", "medium": "warning",
    "moderate": "warning", "low": "info", "minor": "info", "suggestion": "info",
}  # fmt: skip


def _severity(value: Any) -> Any:
    if isinstance(value, str):
        word = value.strip().lower()
        return _SEVERITY_WORDS.get(word, word)
    return value


class ModelSuggestion(BaseModel):
    """One suggestion as the model states it (offsets are checked against the text later)."""

    model_config = ConfigDict(extra="ignore")

    start: int | None = None
    end: int | None = None
    original: str = Field(min_length=1)
    replacement: str | None = None
    message: str = Field(min_length=1)
    severity: Annotated[Severity, BeforeValidator(_severity)] = "info"
    rule: str = "model"


class ModelReply(BaseModel):
    """The JSON object the model must answer."""

    model_config = ConfigDict(extra="ignore")

    suggestions: list[ModelSuggestion]


def load_prompt(lens: str, version: str) -> Template:
    """The system prompt template ``prompts/<lens>.<version>.txt``, else the generic one."""
    for name in (f"{lens}.{version}.txt", f"generic.{version}.txt"):
        path = PROMPTS / name
        if path.is_file():
            return Template(path.read_text(encoding="utf-8"))
    raise SpecError(f"no prompt for lens '{lens}': neither {lens}.{version}.txt nor "
                    f"generic.{version}.txt in {PROMPTS} (params.prompt_version)")  # fmt: skip


def parse_reply(content: str) -> list[ModelSuggestion]:
    """The suggestions in the model's content; InvalidReply says what is wrong."""
    body = content.strip()
    fenced = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", body, re.S)
    if fenced:
        body = fenced.group(1)
    try:
        data = json.loads(body)
    except json.JSONDecodeError as e:
        raise InvalidReply(f"not valid JSON ({e.msg} at char {e.pos})") from None
    if isinstance(data, list):
        data = {"suggestions": data}
    try:
        return ModelReply.model_validate(data).suggestions
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        raise InvalidReply(f"field '{where}': {err['msg']}") from None


def anchor(suggestions: list[ModelSuggestion], text: str, lens: str) -> list[Finding]:
    """Findings at offsets where ``text`` really holds each ``original`` (re-anchored if not)."""
    out: list[Finding] = []
    used: set[tuple[int, int]] = set()
    for s in suggestions:
        span = _locate(s, text, used)
        if span is None:
            UNANCHORED.labels(lens).inc()
            log.info("dropped a model suggestion not found in the chunk",
                     extra={"role": lens, "error": f"original={s.original[:60]!r}"})  # fmt: skip
            continue
        used.add(span)
        rule = s.rule.strip().lower()
        rule = rule if rule.startswith(f"{lens}/") else f"{lens}/{_slug(rule)}"
        out.append(Finding(span[0], span[1], rule, s.message, s.severity, s.replacement))
    return out


def _slug(rule: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", rule).strip("-")[:40] or "model"


def _locate(s: ModelSuggestion, text: str, used: set[tuple[int, int]]) -> tuple[int, int] | None:
    given = (s.start, s.end) if s.start is not None and s.end is not None else None
    if given and 0 <= given[0] <= given[1] <= len(text) and text[given[0] : given[1]] == s.original:
        return given
    words = [re.escape(w) for w in s.original.split()]
    if not words:
        return None
    pattern = r"\s+".join(words)
    spans = [m.span() for m in re.finditer(pattern, text)]
    if not spans:
        spans = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    if not spans:
        return None
    fresh = [sp for sp in spans if sp not in used] or spans
    near = s.start if s.start is not None else 0
    return min(fresh, key=lambda sp: abs(sp[0] - near))


def retry_after_s(header: str | None, default: float) -> float:
    """Seconds to wait from a Retry-After header (seconds or HTTP date), bounded."""
    if header:
        try:
            delay = float(header)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(header)
                delay = when.timestamp() - time.time()
            except (TypeError, ValueError):
                delay = default
    else:
        delay = default
    return min(max(delay, 0.1), MAX_RETRY_AFTER_S)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "..."


def user_message(text: str, ctx: LensContext, known: Sequence[Finding] = ()) -> str:
    """The chunk and what the model should know about it, with what the rules already found
    (``rules+openai``): the model is asked not to repeat those."""
    facts = [f"Format: {ctx.format}", f"Style: {ctx.style}",
             f"Chunk {ctx.chunk_id + 1} of {ctx.chunks_total}"]  # fmt: skip
    title = ctx.title or (ctx.doc_title or "").lstrip("#").strip()
    if title:
        facts.append(f"Document title: {title}")
    if ctx.heading:
        facts.append(f"Section heading: {ctx.heading}")
    if known:
        facts.append(
            "Already found by the rules (do not report these again; look for what they "
            "missed):\n"
            + "\n".join(
                f"- {f.rule} at {f.start}..{f.end} {text[f.start : f.end]!r}: {f.message}"
                for f in known
            )
        )
    return (
        "\n".join(facts)
        + "\n\nReview the text between the <text> tags. Offsets count characters from 0 at the "
        "first character after '<text>\\n'.\n<text>\n" + text + "\n</text>"
    )


class OpenAIReviewer:
    """Reviews chunks through one lens with an OpenAI-compatible server (one client per process)."""

    def __init__(
        self, model: ModelBinding, lens: str, prompt: Template, *, rate_limit_default_s: float
    ) -> None:
        self.model = model
        self.lens = lens
        self.prompt = prompt
        self.rate_limit_default_s = rate_limit_default_s
        self.url = model.base_url.rstrip("/") + "/chat/completions"
        headers = {"Content-Type": "application/json"}
        if model.api_key is not None:
            headers["Authorization"] = f"Bearer {model.api_key.get_secret_value()}"
        # httpx's API over aiohttp's pool: a model call costs a third of the client CPU that
        # httpcore's pool takes (0.7 against 2.0 ms at 8 in flight, docs/performance.md).
        self._http = HttpxAiohttpClient(
            timeout=httpx.Timeout(model.timeout_s),
            headers=headers,
            limits=httpx.Limits(max_connections=model.max_concurrent_requests),
        )
        self._slots = asyncio.Semaphore(model.max_concurrent_requests)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._http.aclose()

    async def review(
        self, text: str, ctx: LensContext, known: Sequence[Finding] = ()
    ) -> list[Finding]:
        """Ask the model, repair an invalid answer once, and anchor what it found; ``known``
        findings (the rules') are listed in the prompt for the model not to repeat."""
        system = self.prompt.safe_substitute(lens=self.lens, style=ctx.style, format=ctx.format)
        messages = [{"role": "system", "content": system},
                    {"role": "user", "content": user_message(text, ctx, known)}]  # fmt: skip
        async with self._slots:
            content = await self._complete(messages)
            try:
                suggestions = parse_reply(content)
            except InvalidReply as first:
                REQUESTS.labels(self.lens, "repair").inc()
                messages += [{"role": "assistant", "content": content},
                             {"role": "user", "content": _REPAIR.format(error=first)}]  # fmt: skip
                content = await self._complete(messages)
                try:
                    suggestions = parse_reply(content)
                except InvalidReply as second:
                    raise PermanentError(
                        f"model '{self.model.model}' answered invalid JSON twice ({second}); "
                        f"last reply: {_excerpt(content)!r}"
                    ) from None
        return anchor(suggestions, text, self.lens)

    async def _complete(self, messages: list[dict[str, str]]) -> str:
        body = {
            "model": self.model.model,
            "messages": messages,
            "temperature": self.model.temperature,
            "max_tokens": self.model.max_tokens,
            "response_format": {"type": "json_object"},
        }
        try:
            resp = await self._http.post(self.url, json=body)
        except httpx.TimeoutException as e:
            if e.__cause__ is not None and not isinstance(e.__cause__, TimeoutError):
                # aiohttp's dropped connection arrives as httpx's ConnectTimeout: not a timeout
                REQUESTS.labels(self.lens, "unreachable").inc()
                raise ModelUnavailable(f"cannot reach model server {self.url}: {e}") from None
            REQUESTS.labels(self.lens, "timeout").inc()
            raise ModelUnavailable(
                f"model server {self.url} did not answer within {self.model.timeout_s}s"
            ) from None
        except httpx.TransportError as e:
            REQUESTS.labels(self.lens, "unreachable").inc()
            raise ModelUnavailable(f"cannot reach model server {self.url}: {e}") from None
        REQUESTS.labels(self.lens, str(resp.status_code)).inc()
        if resp.status_code == 429:
            delay = retry_after_s(resp.headers.get("retry-after"), self.rate_limit_default_s)
            raise RetryLater(delay, f"model server rate limit (429); pausing {delay:.1f}s")
        if resp.status_code >= 500 or resp.status_code in (408, 409):
            raise ModelUnavailable(
                f"model server {self.url} answered {resp.status_code}: {_excerpt(resp.text)}"
            )
        if resp.status_code >= 400:
            raise PermanentError(
                f"model server {self.url} rejected the request ({resp.status_code}): "
                f"{_excerpt(resp.text)}; check model.model, model.api_key and model.base_url"
            )
        try:
            data = resp.json()
            content = data["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise ModelUnavailable(
                f"model server {self.url} sent no chat completion: {_excerpt(resp.text)}"
            ) from None
        usage = data.get("usage") or {}
        prices = {"prompt": self.model.prompt_price_per_1k,
                  "completion": self.model.completion_price_per_1k}  # fmt: skip
        for kind, price in prices.items():
            count = usage.get(f"{kind}_tokens")
            if isinstance(count, int) and count > 0:
                TOKENS.labels(self.lens, kind).inc(count)
                if price:
                    COST.labels(self.lens, self.model.model).inc(count / 1000 * price)
        return content if isinstance(content, str) else json.dumps(content)
