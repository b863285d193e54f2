"""Running over a corpus and scoring: batch runs (local or on Dask), their output records, the review page, and scoring
against gold."""
