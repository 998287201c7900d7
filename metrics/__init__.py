"""The Goalpost domain: the strategy model, metric semantics and goal progress; pure, it never imports connectors, views, Streamlit or anything that does I/O."""
