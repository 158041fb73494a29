"""Speed figures as ratios against floors measured in the same run (``python -m benchmarks``)."""
