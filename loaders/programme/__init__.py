"""The programme-report loader and the parts only it reads."""
