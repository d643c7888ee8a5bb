"""normgraph: a knowledge graph of election observation and norm contestation."""

__version__ = "0.1.0"
