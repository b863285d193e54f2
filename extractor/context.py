"""Document context: what earlier headings, paragraphs and sentences said, for claims to inherit.

Scopes: the round (suite, version) holds for the whole document, from where it is named on, and before that the round
the whole document votes for (document_round.py); a heading's system, category,
division and model hold for its section, and so does the last system named ("该服务器" refers
back across paragraphs); subject, category and division carry to the next sentences of the
same paragraph. The first organisation of the document is its
subject wherever nothing nearer names one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document_round import DocumentRound
from .mentions import Mention

FIELD_LABELS = {
    "subject": "ORG", "system": "SYSTEM", "suite": "SUITE", "version": "VERSION", "division": "DIVISION",
    "category": "CATEGORY", "model": "MODEL", "scenario": "SCENARIO",
}
DOCUMENT_FIELDS = ("suite", "version")
SECTION_FIELDS = ("system", "category", "division", "model", "subject")
SECTION_CARRIED = ("system",)
PARAGRAPH_FIELDS = ("subject", "category", "division")


@dataclass
class DocumentContext:
    """The values in force before the sentence being read."""

    document: dict[str, str] = field(default_factory=dict)
    section: dict[str, str] = field(default_factory=dict)
    paragraph: dict[str, str] = field(default_factory=dict)
    paragraph_number: int = -1
    main_subject: str | None = None
    system_owner: str | None = None
    """The subject in force when the carried system was named: another subject does not inherit it."""
    round: DocumentRound = DocumentRound()
    """The round the whole document votes for: a claim's suite and version where no earlier text names them."""

    def enter(self, paragraph_number: int) -> None:
        """Forget the previous paragraph's values when a new paragraph starts."""
        if paragraph_number != self.paragraph_number:
            self.paragraph = {}
            self.paragraph_number = paragraph_number

    def inherited(self, name: str) -> str | None:
        """The nearest value in force for a field: paragraph, then section, then document."""
        for scope in (self.paragraph, self.section, self.document):
            if name in scope:
                return scope[name]
        if name in DOCUMENT_FIELDS:
            return str(getattr(self.round, name)) if getattr(self.round, name) is not None else None
        return self.main_subject if name == "subject" else None

    def learn(self, mentions: list[Mention], subjects: list[Mention], heading: bool) -> None:
        """Take what a sentence names (its last mention of each kind) into the scopes it sets."""
        last_of_label = {mention.label: mention.value for mention in mentions}  # the last mention of each label
        last = {name: str(last_of_label[label]) for name, label in FIELD_LABELS.items() if name != "subject" and label in last_of_label}
        subject_values = [str(m.value) for m in subjects if m.label == FIELD_LABELS["subject"]]
        if subject_values:
            last["subject"] = subject_values[-1]
        if heading:
            self.section = {name: last[name] for name in SECTION_FIELDS if name in last}
        for name in SECTION_CARRIED:
            if name in last:
                self.section[name] = last[name]
                self.system_owner = last.get("subject") or self.inherited("subject")
        for name in DOCUMENT_FIELDS:
            if name in last:
                self.document[name] = last[name]
        for name in PARAGRAPH_FIELDS:
            if name in last:
                self.paragraph[name] = last[name]
        if self.main_subject is None and subjects:
            self.main_subject = str(subjects[0].value)
