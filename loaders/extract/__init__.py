"""Shared extractors every genre uses: actors and institutions, laws, elections, concepts,
treaties, organisations, and the report node with its head readers."""
