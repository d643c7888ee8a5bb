"""The OSCE/ODIHR final-report loader and the parts only it reads."""
