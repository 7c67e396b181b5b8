"""Optional grammar backends (LanguageTool, Harper) whose findings join lintnews's report."""
