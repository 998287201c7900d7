"""Built-in presets: one module per platform, each registering its presets like an extension would; they never import Streamlit, views or a database library."""
