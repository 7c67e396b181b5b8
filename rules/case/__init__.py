"""C: capitalisation -- lowercase sentence openings and lowercased names."""
