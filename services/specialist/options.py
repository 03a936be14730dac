"""A lens's options, read from its AgentSpec ``params`` and checked when the process starts."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.contract.models import Style
from shared.errors import SpecError
from shared.spec import AgentSpec


class LensOptions(BaseModel):
    """Everything a lens-<name>.yaml may set under ``params`` (unknown keys are an error).

    The one place each default lives: analyzers read ``ctx.options.<name>``.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    style: Style = Field("neutral", description="default tone; a task's metadata.style wins")
    disabled_rules: frozenset[str] = Field(frozenset(), description="rule ids to drop")
    max_sentence_words: int = Field(30, gt=0, description="clarity/long-sentence above this")
    run_on_clauses: int = Field(3, gt=1, description="clarity/run-on from this many joins")
    min_reading_ease: float = Field(30.0, description="Flesch reading ease below this is hard")
    max_grade: float = Field(16.0, gt=0, description="Flesch-Kincaid grade above this is hard")
    negative_threshold: float = Field(
        -0.5,
        ge=-1.0,
        le=1.0,
        description="VADER score, fault words ignored; half for aimed verdicts",
    )
    max_paragraph_words: int = Field(150, gt=0, description="structure/long-paragraph")
    max_section_words: int = Field(400, gt=0, description="structure/long-section")
    min_words_for_conclusion: int = Field(
        130,
        gt=0,
        description="structure/missing-conclusion only for documents this many words long",
    )
    min_chunks_for_conclusion: int = Field(
        3, gt=0, description="the same, in chunks, for tasks that do not carry the word count"
    )
    prompt_version: str = Field("v2", pattern=r"^v\d+$", description="prompts/<lens>.<v>.txt")
    rate_limit_default_s: float = Field(5.0, gt=0, description="pause on 429 without Retry-After")


def lens_options(spec: AgentSpec) -> LensOptions:
    """The spec's ``params`` as LensOptions; SpecError names the bad field."""
    try:
        return LensOptions.model_validate(spec.params)
    except ValidationError as e:
        problems = "; ".join(
            f"params.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()
        )
        raise SpecError(f"invalid params in the '{spec.name}' lens spec: {problems}") from None
