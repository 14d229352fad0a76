"""Quirk modules: `<key>.py` holds what provider `<key>`'s real server does beyond its spec, as a subclass of
the spec-built mock registered with `@register`; mocks.registry imports the one it needs."""
