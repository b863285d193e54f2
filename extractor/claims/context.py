"""Document context: what earlier headings, paragraphs and sentences said, for claims to inherit.

Scopes: the round (suite, version) holds for the whole document, from where it is named on, and before that the round
the whole document votes for (document_round.py); the last system named for each organisation holds for its section
("该服务器" refers back across paragraphs), and a claim takes its own organisation's; a heading's category, division and
model hold for its section; subject, category, division and model carry to the next sentences of the same paragraph.
The first organisation of the document is its subject wherever nothing nearer names one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.claims.document_round import DocumentRound
from extractor.claims.systems import maker_of, subject_by_maker
from extractor.fields import FIELD_LABELS, SOLE_FIELDS, in_scope
from extractor.text.mentions import Mention

DOCUMENT_FIELDS = in_scope("document")
SECTION_FIELDS = in_scope("heading")
PARAGRAPH_FIELDS = in_scope("paragraph")
SECTION_CARRIED = in_scope("section")


@dataclass
class DocumentContext:
    """The values in force before the sentence being read."""

    document: dict[str, str] = field(default_factory=dict)
    section: dict[str, str] = field(default_factory=dict)
    paragraph: dict[str, str] = field(default_factory=dict)
    paragraph_number: int = -1
    main_subject: str | None = None
    systems: dict[str, str] = field(default_factory=dict)
    """The last system named for each organisation in this section ("该服务器" refers back across paragraphs): a
    claim inherits its own organisation's, never another's."""
    votes: Callable[[], DocumentRound] = DocumentRound
    """Counts the round the whole document votes for (see `round`)."""
    counted: DocumentRound | None = None

    @property
    def round(self) -> DocumentRound:
        """The round the whole document votes for: a claim's suite and version where no earlier text names them. Counted
        on first use, so that a document with no claim never counts it."""
        if self.counted is None:
            self.counted = self.votes()
        return self.counted

    def enter(self, paragraph_number: int) -> None:
        """Forget the previous paragraph's values when a new paragraph starts."""
        if paragraph_number != self.paragraph_number:
            self.paragraph = {}
            self.paragraph_number = paragraph_number

    def inherited(self, name: str, sole: bool = True) -> str | None:
        """The nearest value in force for a field: paragraph, then section, then document; else what the whole document
        votes for: its round, and (with `sole`) the one value it names of a field of fields.SOLE_FIELDS."""
        for scope in (self.paragraph, self.section, self.document):
            if name in scope:
                return scope[name]
        if name in DOCUMENT_FIELDS:
            return str(getattr(self.round, name)) if getattr(self.round, name) is not None else None
        if sole and name in SOLE_FIELDS:
            return self.round.sole.get(name)
        return self.main_subject if name == "subject" else None

    def system_of(self, subject: str | None) -> str | None:
        """The system a claim of `subject` inherits: the last one named for that organisation."""
        return self.systems.get(subject) if subject is not None else None

    def learn(self, mentions: list[Mention], subjects: list[Mention], heading: bool) -> None:
        """Take what a sentence names (its last mention of each kind) into the scopes it sets; each system for the
        organisation it belongs to (see system_owner)."""
        last_of_label = {mention.label: mention.value for mention in mentions}  # the last mention of each label
        last = {name: str(last_of_label[label]) for name, label in FIELD_LABELS.items() if name != "subject" and label in last_of_label}
        subject_mentions = [m for m in subjects if m.label == FIELD_LABELS["subject"]]
        if subject_mentions:
            last["subject"] = str(subject_mentions[-1].value)
        if heading:
            self.section = {name: last[name] for name in SECTION_FIELDS if name in last}
            self.systems = {}
        in_force = self.inherited("subject")
        for mention in mentions:
            if mention.label == FIELD_LABELS["system"]:
                before = [m for m in subject_mentions if m.end <= mention.start]
                owner = system_owner(str(mention.value), str(before[-1].value) if before else in_force)
                if owner is not None:
                    self.systems[owner] = str(mention.value)
        for name in DOCUMENT_FIELDS:
            if name in last:
                self.document[name] = last[name]
        for name in SECTION_CARRIED:
            if name in last:
                self.section[name] = last[name]
        for name in PARAGRAPH_FIELDS:
            if name in last:
                self.paragraph[name] = last[name]
        if self.main_subject is None and subjects:
            self.main_subject = str(subjects[0].value)


def system_owner(system: str, in_force: str | None) -> str | None:
    """Whose a system is: its maker, unless the organisation named before it builds on others' products ("CoreWeave
    trained … on NVIDIA GB300 GPUs" is CoreWeave's GB300); that organisation where the maker is not known."""
    return subject_by_maker(maker_of(system), in_force) or in_force
