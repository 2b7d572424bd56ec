"""probe, telemetry and exec: the agent's other subcommands, on this GPU-less machine."""
import base64
import json
import subprocess
import sys

from agenttest import AGENT, PYTHON, AgentTestCase, events_of


class TestProbe(AgentTestCase):
    def test_no_gpu_tool_gives_an_empty_list_with_a_reason_not_a_failure(self):
        r = subprocess.run([PYTHON, AGENT, "probe", "--no-engines"], capture_output=True, text=True, timeout=60,
                           env={"PATH": "/nonexistent"})
        self.assertEqual(r.returncode, 0, r.stderr)
        inv = json.loads(r.stdout)
        self.assertEqual(inv["type"], "inventory")
        self.assertEqual(inv["gpus"], [])
        self.assertIn("no GPU tool", inv["gpu_note"])
        self.assertGreaterEqual(inv["cpu_count"], 1)
        self.assertGreater(inv["memory_mib"], 0)

    def test_served_models_of_an_endpoint(self):
        url = self.start_sim(truth=False)
        r = subprocess.run([PYTHON, AGENT, "probe", "--no-engines", "--endpoint", url], capture_output=True, text=True,
                           timeout=60)
        inv = json.loads(r.stdout)
        self.assertEqual(inv["models"], ["meta-llama/Llama-3.1-8B-Instruct"])
        self.assertTrue(inv["simulated"])

    def test_unreachable_endpoint_is_reported_not_fatal(self):
        r = subprocess.run([PYTHON, AGENT, "probe", "--no-engines", "--endpoint", "http://127.0.0.1:9", "--timeout", "2"],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0)
        inv = json.loads(r.stdout)
        self.assertEqual(inv["models"], [])
        self.assertIn("127.0.0.1:9", inv["endpoint_error"])

    def test_slow_readiness_answers_503_until_ready(self):
        url = self.start_sim("--ready-delay-s", "1.5", truth=False)
        r = subprocess.run([PYTHON, AGENT, "probe", "--no-engines", "--endpoint", url], capture_output=True, text=True,
                           timeout=60)
        self.assertIn("503", json.loads(r.stdout)["endpoint_error"])


class TestTelemetry(AgentTestCase):
    def test_simulated_telemetry_follows_the_engine_load(self):
        url = self.start_sim("--speed", "2", truth=False)
        idle = subprocess.run([PYTHON, AGENT, "telemetry", "--sim", url, "--count", "3", "--interval", "0.2", "--node", "n1"],
                              capture_output=True, text=True, timeout=60)
        samples = [e for e in events_of(idle.stdout) if e["type"] == "telemetry"]
        self.assertEqual(len(samples), 3)
        self.assertTrue(all(s["simulated"] and s["node"] == "n1" for s in samples))
        self.assertEqual(samples[-1]["gpus"][0]["util"], 0.0)
        # its events go nowhere: an unread pipe would fill and block it
        load = subprocess.Popen([PYTHON, AGENT, "run", "-"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.processes.append(load)
        load.stdin.write(json.dumps(self.spec(url, requests=0, duration_s=3.0, load={"mode": "concurrency", "value": 16},
                                              dataset={"kind": "synthetic", "input": {"mean": 200}, "output": {"mean": 400}})))
        load.stdin.close()
        busy = subprocess.run([PYTHON, AGENT, "telemetry", "--sim", url, "--count", "4", "--interval", "0.4"],
                              capture_output=True, text=True, timeout=60)
        gpu = [e for e in events_of(busy.stdout) if e["type"] == "telemetry"][-1]["gpus"][0]
        self.assertGreater(gpu["util"], 50.0)
        self.assertGreater(gpu["power_w"], 300.0)
        self.assertEqual(gpu["sm_mhz"], 1980.0)
        load.wait(timeout=30)

    def test_no_nvidia_smi_is_an_error_event(self):
        r = subprocess.run([PYTHON, AGENT, "telemetry", "--count", "1"], capture_output=True, text=True, timeout=30,
                           env={"PATH": "/nonexistent"})
        self.assertEqual(r.returncode, 1)
        events = events_of(r.stdout)
        self.assertEqual(events[0]["type"], "error")
        self.assertIn("nvidia-smi", events[0]["message"])


class TestExec(AgentTestCase):
    def test_output_is_streamed_and_the_result_file_handed_back(self):
        result = self.path("result.json")
        script = f"import json; print('line one'); print('line two'); json.dump({{'completed': 8}}, open({result!r}, 'w'))"
        r = subprocess.run([PYTHON, AGENT, "exec", "--result-file", result, "--", sys.executable, "-c", script],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        events = events_of(r.stdout)
        self.assertEqual([e["message"] for e in events if e["type"] == "log"], ["line one", "line two"])
        handed = [e for e in events if e["type"] == "result_file"][0]
        self.assertEqual(json.loads(base64.b64decode(handed["base64"])), {"completed": 8})
        self.assertEqual(events[-1], {**events[-1], "type": "end", "ok": True, "exit_code": 0})

    def test_failing_command_and_missing_program(self):
        r = subprocess.run([PYTHON, AGENT, "exec", "--", sys.executable, "-c", "import sys; sys.exit(3)"],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(events_of(r.stdout)[-1]["exit_code"], 3)
        r = subprocess.run([PYTHON, AGENT, "exec", "--", "/nonexistent/vllm"], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 1)
        self.assertIn("cannot start", [e for e in events_of(r.stdout) if e["type"] == "error"][0]["message"])
