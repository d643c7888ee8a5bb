"""The observer-statement loader and the parts only it reads."""
