"""lossmit-docs: reads borrowers' loss-mitigation paperwork and produces what servicers send back."""

__version__ = "0.1.0"
