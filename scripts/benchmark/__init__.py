"""Parts of `make bench` (scripts/bench.py): what the browser transfers,
Lighthouse, build cost and the budgets they are checked against."""
