"""Tracing: the registry of architectures, how each is built and fed, and the recorders that
turn one forward into a tree of module and function calls with the aten ops under each."""
