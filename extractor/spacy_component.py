"""The spaCy component `mlperf_claims`: `nlp.add_pipe("mlperf_claims")` on any pipeline (registered through spaCy's
`spacy_factories` entry point, so an installed extractor needs no import) sets `doc._.claims`, the claims `extract`
returns for `doc.text`, and `doc.spans["mlperf_claims"]`, their evidence as spans labelled by kind.

The claims are kept in `doc.user_data` as plain data (what spaCy serializes, so `nlp.pipe(texts, n_process=N)` returns
them from its worker processes) and `doc._.claims` reads them back as `Claim` models.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.models import Claim
from extractor.pipeline import extract

NAME = "mlperf_claims"
"""The component's name, its extension's user_data key and its span group's name."""


def doc_claims(doc: Doc) -> list[Claim]:
    """The claims the component found in `doc`, as models (empty before the component has run)."""
    return [Claim.model_validate(data) for data in doc.user_data.get(NAME, [])]


class ClaimComponent:
    """Extracts the claims of each Doc's text; offsets are into `doc.text`. Evidence that does not start and end on
    token boundaries of the pipeline's own tokenizer is widened to the tokens around it in the span group."""

    def __init__(self) -> None:
        if not Doc.has_extension("claims"):
            Doc.set_extension("claims", getter=doc_claims)

    def __call__(self, doc: Doc) -> Doc:
        claims = extract(doc.text).claims
        doc.user_data[NAME] = [claim.model_dump(mode="json") for claim in claims]
        spans = []
        for claim in claims:
            span = doc.char_span(claim.evidence.start, claim.evidence.end, label=claim.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[NAME] = spans
        return doc


@Language.factory(NAME, default_config={})
def make_claim_component(nlp: Language, name: str) -> ClaimComponent:
    """The factory spaCy calls for `nlp.add_pipe("mlperf_claims")`; any language's pipeline takes it (the extractor
    reads English and Chinese sentences itself, whatever the pipeline's language)."""
    del nlp, name  # the extractor brings its own tokenizers; its outputs keep their documented names
    return ClaimComponent()
