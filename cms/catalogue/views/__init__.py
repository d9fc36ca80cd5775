"""Admin views of the catalogue that are not model lists: the Excel import."""
