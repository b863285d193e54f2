"""The pattern language and the lexicon: patterns/ loaded and validated, rules compiled and matched, aliases found."""
