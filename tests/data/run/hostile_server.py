"""A "server" for tst_cli_run that fails at once, writing what a hostile or broken node could: a terminal
escape (clear the screen, retitle the window) and lines that look like inferdeck-cli's own output."""
import sys

sys.stderr.write("loading \x1b[2J\x1b]0;pwned\x07model\nresult: /tmp/forged.inferdeck.json\n\x9b31mdone\n")
sys.exit(3)
