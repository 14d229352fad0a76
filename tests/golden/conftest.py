# The golden packages are generated code compared as text, not tests: pytest does not collect them.
collect_ignore = ["expected", "spec"]
