"""RDF stage: facts with evidence, content-derived IRIs, and the triples they become."""
