"""InferDeck node agent: inventory, load generator, simulated engine and telemetry for one GPU node.

Python 3.8+ standard library only, because GPU nodes always have python3 and nothing may be installed
on them. The build zips this package into one file, inferdeck_agent.pyz, which the InferDeck app uploads
(checking its hash) and runs as `python3 inferdeck_agent.pyz SUBCOMMAND` over SSH or as a local process.
Every event it prints is one JSON line with "v" (protocol version) and an increasing "seq"; see
PROTOCOL.md beside this package.

  probe       inventory of the node (GPUs, engines, served models)
  serve-sim   an OpenAI-compatible server whose timing follows a continuous-batching engine model
  run         the load generator: runs one phase from a JSON spec and journals every event
  telemetry   samples nvidia-smi (or the simulator's load with --sim) into telemetry events, and with
              --engine-metrics the engine's Prometheus /metrics into engine_metrics events beside them
  exec        runs an external benchmark command and hands back its result file
"""
AGENT_VERSION = "1.2.0"  # 1.2: engine_metrics, serve-sim --processes and --metrics, /sim/load
PROTOCOL_VERSION = 1
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
