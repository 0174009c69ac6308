"""The edubadges API: generated messages and stubs in edubadges.v1, the client in edubadges.sdk."""
