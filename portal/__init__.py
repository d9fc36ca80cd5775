"""The SPCNCL portal project: settings, URLs, site-wide app and process wiring."""
