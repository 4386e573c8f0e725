"""The dashboard's static files (static/), served by `newsevents.api`."""
