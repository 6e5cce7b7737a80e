"""Input adapters: each reads one kind of input (fact files, articles, event data) into kg's model."""
