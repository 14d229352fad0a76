"""The mock servers (scripts/mocks) behave like the providers' servers."""
