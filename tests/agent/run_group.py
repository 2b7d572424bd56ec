"""Runs one group of the agent's unittest modules, so CTest can run the suites without timing assertions beside
other tests and keep only the timing-sensitive ones serial (CI time: tests/CMakeLists.txt).
    run_group.py serial|shared
A new test_*.py module is serial unless listed in SHARED: a timing assertion never gets a loaded CPU by accident."""
import os
import sys
import unittest

# No assertion here depends on how busy the machine is (only bounds of seconds against timeouts of 10-20 s);
# test_agent_tls_auth compares https with plain http timings, so it stays serial.
SHARED = {"test_agent_chunk_order", "test_agent_engine_metrics", "test_agent_probe", "test_agent_promtext", "test_agent_readiness_access",
          "test_agent_sse_fast", "test_agent_telemetry", "test_agent_tools",
          "test_agent_wait_ready", "test_sim_dialects", "test_sim_prefix_cache"}


def main():
    group = sys.argv[1] if len(sys.argv) == 2 else ""
    if group not in ("serial", "shared"):
        sys.exit("usage: run_group.py serial|shared")
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    modules = sorted(f[:-3] for f in os.listdir(here) if f.startswith("test_") and f.endswith(".py"))
    unknown = SHARED - set(modules)
    if unknown:
        sys.exit(f"run_group.py: SHARED names modules that do not exist: {sorted(unknown)}")
    chosen = [m for m in modules if (m in SHARED) == (group == "shared")]
    suite = unittest.defaultTestLoader.loadTestsFromNames(chosen)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
