"""Kind-specific parts of claim assembly: one module per claim kind, language-neutral."""
