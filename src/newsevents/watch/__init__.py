"""Watch RSS/Atom feeds: fetch new pages, code them and store them (`newsevents watch`)."""
