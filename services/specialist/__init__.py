"""The specialist role: one code base for every lens; the lens is an AgentSpec."""

from services.specialist.findings import Finding, LensContext, to_suggestions
from services.specialist.handler import Reviewer, RulesReviewer, Specialist, make_specialist
from services.specialist.llm import ModelUnavailable, OpenAIReviewer
from services.specialist.options import LensOptions, lens_options

__all__ = [
    "Finding",
    "LensContext",
    "LensOptions",
    "ModelUnavailable",
    "OpenAIReviewer",
    "Reviewer",
    "RulesReviewer",
    "Specialist",
    "lens_options",
    "make_specialist",
    "to_suggestions",
]
