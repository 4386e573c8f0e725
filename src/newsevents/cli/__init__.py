"""The command-line interface: one short module per command over the library, plus rendering."""
