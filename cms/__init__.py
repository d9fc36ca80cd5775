"""Content types edited in the Wagtail admin; knows nothing of outreach or bots."""
