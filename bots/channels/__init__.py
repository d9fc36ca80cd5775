"""Transport to chat apps and e-mail behind one interface (see base.py)."""
