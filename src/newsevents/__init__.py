"""newsevents: political event data from news articles (CAMEO with PLOVER alongside)."""
