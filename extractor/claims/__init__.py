"""Claims and their context: a sentence's mentions and rule matches assembled into claims, with what the document said
before."""
