"""protocolmaker: the legal paperwork of a Zorg- en Veiligheidshuis from one region config."""

__version__ = "0.1.0"
