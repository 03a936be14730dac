"""AgentSpec: everything a role needs to know about its place in the mesh."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from shared.errors import SpecError


class Retention(BaseModel):
    """How long output streams keep entries; trimming never drops pending entries."""

    model_config = ConfigDict(extra="forbid")

    max_len: int | None = Field(default=None, gt=0, description="MAXLEN ~ bound")
    max_age_s: float | None = Field(default=3600.0, gt=0, description="MINID ~ (now - age)")


class ModelBinding(BaseModel):
    """Which model a role calls: ``rules`` (built-in, offline), an OpenAI-compatible server, or
    ``rules+openai`` (the rules first, then the model, told what they found)."""

    model_config = ConfigDict(extra="forbid")

    provider: Literal["rules", "openai", "rules+openai", "none"] = "none"
    model: str = ""
    base_url: str = "http://127.0.0.1:8000/v1"
    api_key: SecretStr | None = None
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_tokens: int = Field(default=1024, gt=0)
    timeout_s: float = Field(default=30.0, gt=0)
    max_concurrent_requests: int = Field(default=8, gt=0)
    # Price per 1,000 tokens in your billing currency, for the cost metric (0: not counted).
    prompt_price_per_1k: float = Field(default=0.0, ge=0)
    completion_price_per_1k: float = Field(default=0.0, ge=0)

    @model_validator(mode="after")
    def _openai_needs_model(self) -> ModelBinding:
        if self.provider in ("openai", "rules+openai") and not self.model:
            raise ValueError(f"provider '{self.provider}' needs model.model (the model name)")
        return self


class AgentSpec(BaseSettings):
    """A role's contract: streams, group, concurrency, retry policy, retention and model."""

    model_config = SettingsConfigDict(
        env_prefix="MESH_SPEC__", env_nested_delimiter="__", extra="forbid"
    )

    name: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    version: str = Field(default="1", min_length=1)
    inputs: list[str] = Field(min_length=1, description="input streams")
    group: str = Field(min_length=1)
    outputs: list[str] = Field(default_factory=list, description="output streams")
    concurrency: int = Field(default=16, gt=0, le=10_000)
    batch_size: int = Field(default=64, gt=0, le=10_000, description="XREADGROUP COUNT")
    block_ms: int = Field(default=1000, gt=0, le=60_000)
    claim_idle_ms: int = Field(default=30_000, ge=100)
    max_deliveries: int = Field(default=5, gt=0)
    retry_backoff_ms: int = Field(default=200, ge=0)
    retry_backoff_max_ms: int = Field(default=10_000, ge=0)
    dead_letter: str = Field(default="", description="dead-letter stream; default <input>.dlq")
    dedupe_ttl_s: int = Field(default=3600, gt=0)
    inline: bool = Field(
        default=False,
        description="handle each read batch in the read loop, one entry after another, with "
        "no task per entry; the batch's commits share one pipeline. For cheap handlers that "
        "wait on nothing (a handler that awaits I/O would serialise the batch)",
    )
    seen_check: Literal["read", "commit"] = Field(
        default="read",
        description="'read': skip entries whose key the group already committed before the "
        "handler runs (one round trip per batch); 'commit': let the commit refuse a repeat "
        "key instead, so a redelivered entry runs the handler again. Only for handlers "
        "without side effects",
    )
    retention: Retention = Field(default_factory=Retention)
    model: ModelBinding = Field(default_factory=ModelBinding)
    params: dict[str, Any] = Field(default_factory=dict, description="role-specific options")
    start_id: str = Field(
        default="0", pattern=r"^(\$|0|\d+-\d+|\d+)$", description="where a new group starts"
    )
    shadow: str | None = Field(
        default=None,
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        description="run as a shadow (canary): own group, outputs to '<output>.shadow.<name>'",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment overrides the YAML file, as operators expect of a ConfigMap + env.
        return env_settings, init_settings

    @property
    def dead_letter_stream(self) -> str:
        """The dead-letter stream for this role."""
        return self.dead_letter or f"{self.inputs[0]}.dlq"

    def effective(self) -> AgentSpec:
        """The spec as run: a shadow reads the same inputs in its own group and never
        writes to production streams."""
        if not self.shadow:
            return self
        suffix = f".shadow.{self.shadow}"
        return self.model_copy(
            update={
                "group": self.group + suffix,
                "outputs": [o + suffix for o in self.outputs],
                "dead_letter": self.dead_letter_stream + suffix,
                "start_id": "$" if self.start_id == "0" else self.start_id,
                "shadow": None,
            }
        )


def _describe(err: ValidationError, source: str) -> str:
    parts = []
    for e in err.errors():
        field = ".".join(str(p) for p in e["loc"]) or "(root)"
        parts.append(f"field '{field}': {e['msg']}")
    return f"invalid AgentSpec {source}: " + "; ".join(parts)


def parse_spec(data: dict[str, Any], *, source: str = "(inline)", env: bool = False) -> AgentSpec:
    """Validate a spec mapping; with ``env`` the MESH_SPEC__* variables override it."""
    try:
        if env:
            return AgentSpec(**data)
        return AgentSpec.model_validate(data)
    except ValidationError as e:
        raise SpecError(_describe(e, source)) from None


def read_mapping(path: Path, what: str = "AgentSpec") -> dict[str, Any]:
    """The YAML mapping in ``path``; SpecError says what is wrong with the file."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise SpecError(f"cannot read {what} {path}: {e.strerror}") from None
    except yaml.YAMLError as e:
        raise SpecError(f"{what} {path} is not valid YAML: {e}") from None
    if not isinstance(raw, dict):
        raise SpecError(f"{what} {path} must be a YAML mapping, got {type(raw).__name__}")
    return raw


def load_spec(path: Path, *, env: bool = True, derived: dict[str, Any] | None = None) -> AgentSpec:
    """Load and validate one AgentSpec YAML file. ``derived`` fields are the caller's to set
    (e.g. stream names that follow from the role's name): the file may leave them out, and
    may not contradict them."""
    raw = read_mapping(path)
    derived = derived or {}
    for name, value in derived.items():
        if name in raw and raw[name] != value:
            raise SpecError(
                f"AgentSpec {path}: '{name}' is {raw[name]!r} but follows from the role as "
                f"{value!r}; remove '{name}' from the file"
            )
    return parse_spec({**raw, **derived}, source=str(path), env=env)
