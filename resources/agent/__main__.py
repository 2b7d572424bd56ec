"""Entry point of the zipped agent (python3 inferdeck_agent.pyz ...) and of this folder run from source
(python3 resources/agent ...)."""
import sys

from inferdeck_agent.cli import main

sys.exit(main())
