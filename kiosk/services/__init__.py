"""Application use-cases: the only API the GUI, the command line and the tests call."""
