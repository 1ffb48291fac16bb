"""Region config: safe YAML reading, `extends` merging, schema validation."""

from protocolmaker.config.loader import LoadedConfig, load_config
from protocolmaker.config.models import RegionConfig

__all__ = ["LoadedConfig", "RegionConfig", "load_config"]
