"""make bench: the SDK against raw httpx and peers (sdk), waits under a provider's rate limit (waits), durable
tracking at scale (tracker); report holds the rows and the docs/benchmarks.md table they share."""
