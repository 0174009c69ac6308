"""Generated from proto/edubadges/v1 by tools/sdk/generate.sh. Do not edit."""
