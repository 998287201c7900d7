"""The Goalpost domain: the strategy model, metric semantics and goal progress (pure, no I/O)."""
