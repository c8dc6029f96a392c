"""The set cover: the analysis database of every architecture's kernels, the exact minimal
cover of representatives, its curve and its report."""
