"""telemetry with a failing GPU: a fake nvidia-smi on PATH prints what the real one prints when one GPU of
several cannot be read (a partial CSV, a message naming the GPU, a non-zero exit)."""
import os
import stat
import subprocess

from agenttest import AGENT, PYTHON, AgentTestCase, events_of

from inferdeck_agent import telemetry

HEALTHY = "0, 87, 61234, 612.35, 71, 1980\n2, 85, 60110, 598.02, 69, 1980\n"


class TestFailingGpu(AgentTestCase):
    def nvidia_smi(self, stdout, stderr="", code=0):
        bin_dir = self.path("bin")
        os.makedirs(bin_dir, exist_ok=True)
        for name, text in (("out.txt", stdout), ("err.txt", stderr)):
            with open(os.path.join(bin_dir, name), "w") as f:
                f.write(text)
        path = os.path.join(bin_dir, "nvidia-smi")
        with open(path, "w") as f:
            f.write(f'#!/bin/sh\ncat "{bin_dir}/out.txt"\ncat "{bin_dir}/err.txt" >&2\nexit {code}\n')
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
        return bin_dir

    def run_telemetry(self, bin_dir, count=2):
        r = subprocess.run([PYTHON, AGENT, "telemetry", "--count", str(count), "--interval", "0.05", "--node", "g1"],
                           capture_output=True, text=True, timeout=30, env=dict(os.environ, PATH=bin_dir + ":/usr/bin:/bin"))
        self.assertEqual(r.returncode, 0, r.stderr)
        events = events_of(r.stdout)
        return [e for e in events if e["type"] == "telemetry"], [e for e in events if e["type"] == "log"]

    def test_a_gpu_without_a_device_handle_costs_only_its_own_reading(self):
        bin_dir = self.nvidia_smi(HEALTHY, "Unable to determine the device handle for GPU0000:3B:00.0: Unknown Error\n",
                                  code=15)
        samples, logs = self.run_telemetry(bin_dir)
        self.assertEqual(len(samples), 2)
        for s in samples:
            self.assertEqual([g["gpu"] for g in s["gpus"]], [0, 2])
            self.assertEqual(s["gpus"][0]["power_w"], 612.35)
        named = [e for e in logs if e.get("gpu") == "0000:3B:00.0"]
        self.assertEqual(len(named), 2)  # once per sample
        self.assertTrue(all(e["level"] == "warn" for e in logs))
        self.assertTrue(any("status 15" in e["message"] for e in logs))

    def test_a_gpu_that_needs_a_reset_is_logged_by_index_and_a_cut_line_by_its_index(self):
        bin_dir = self.nvidia_smi("0, 87, 61234, 612.35, 71, 1980\n"
                                  "1, [GPU requires reset], [GPU requires reset], [GPU requires reset], "
                                  "[GPU requires reset], [GPU requires reset]\n"
                                  "2, 85, 601", code=255)
        samples, logs = self.run_telemetry(bin_dir, count=1)
        self.assertEqual([g["gpu"] for g in samples[0]["gpus"]], [0])
        self.assertEqual(sorted(e["gpu"] for e in logs if e["gpu"] is not None), ["1", "2"])
        self.assertTrue(any("requires reset" in e["message"] for e in logs))

    def test_only_when_no_gpu_line_parsed_is_the_sample_lost(self):
        bin_dir = self.nvidia_smi("", "Unable to determine the device handle for GPU0000:3B:00.0: Unknown Error\n"
                                  "No devices were found\n", code=6)
        samples, logs = self.run_telemetry(bin_dir, count=1)
        self.assertEqual(samples, [])
        self.assertEqual(len(logs), 1)
        self.assertIn("telemetry sample failed", logs[0]["message"])
        self.assertIn("0000:3B:00.0", logs[0]["message"])

    def test_unsupported_sensors_are_null_readings_not_failures(self):
        samples, problems = telemetry.parse_nvidia_smi("0, 87, 61234, [N/A], [Not Supported], 1980\n", "", 0)
        self.assertEqual(problems, [])
        self.assertIsNone(samples[0]["power_w"])
        self.assertIsNone(samples[0]["temp_c"])
        self.assertEqual(samples[0]["util"], 87.0)
