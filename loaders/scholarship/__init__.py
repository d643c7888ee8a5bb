"""The journal-article and thesis loaders and what they share."""
