"""wait-ready's answer when waiting cannot help or the answer is not HTTP: one `error` line with the
reason, never a traceback (the app showed a traceback's empty stdout as "the server is not ready: ")."""
import json
import os
import socket
import subprocess
import threading
import time

from agenttest import AGENT, PYTHON, AgentTestCase


class TestWaitReady(AgentTestCase):
    def wait_ready(self, endpoint, timeout="10"):
        """(exit code, stdout, stderr, seconds) of `wait-ready endpoint`."""
        t0 = time.monotonic()
        r = subprocess.run([PYTHON, AGENT, "wait-ready", endpoint, "--timeout", timeout],
                           capture_output=True, text=True, timeout=60)
        return r.returncode, r.stdout, r.stderr, time.monotonic() - t0

    def test_an_endpoint_no_request_can_carry_ends_at_once_with_the_reason(self):
        canary = self.path("canary")
        sim = self.start_sim("--model", "m", truth=False)
        code, out, err, seconds = self.wait_ready(f"{sim}/$(touch {canary})", timeout="20")
        self.assertEqual(code, 1, out + err)
        self.assertNotIn("Traceback", err)
        message = json.loads(out)["message"]
        self.assertIn("not a valid URL", message)
        self.assertIn("control characters", message)  # http.client's own reason: the space in the path
        self.assertLess(seconds, 10.0)  # at once, not after the 20 s timeout
        self.assertFalse(os.path.exists(canary))  # and no shell ever saw the path

    def test_a_server_that_does_not_speak_http_times_out_with_that_reason(self):
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        port = server.getsockname()[1]

        def answer_garbage():
            while True:
                try:
                    conn, _ = server.accept()
                except OSError:
                    return
                with conn:
                    conn.recv(4096)
                    conn.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")
        threading.Thread(target=answer_garbage, daemon=True).start()
        try:
            code, out, err, _ = self.wait_ready(f"http://127.0.0.1:{port}", timeout="1")
        finally:
            server.close()
        self.assertEqual(code, 1, out + err)
        self.assertNotIn("Traceback", err)
        message = json.loads(out)["message"]
        self.assertIn("not ready after 1 s", message)
        self.assertIn("not an HTTP answer", message)
