"""Read-only Qt table models over the frozen rows that ``reflect.overview`` returns."""
