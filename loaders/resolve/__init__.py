"""Resolution stage: curated facts (``curated/*.toml``) and entity resolution per document."""
