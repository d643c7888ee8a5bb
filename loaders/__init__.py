"""Loaders: report text -> document model -> genre extractor -> facts with evidence -> RDF."""
