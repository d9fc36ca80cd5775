"""Online applications: the public form with its file checks, saving, and staff review."""
