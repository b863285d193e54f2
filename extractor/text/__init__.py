"""Text into sentences, tokens and numbers: full-width forms normalized with an offset map, sentences labelled en or
zh, tokenizers, numbers as people write them."""
