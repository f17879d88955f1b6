"""Loading editor-written YAML: line numbers, schemas, plain-language errors."""
