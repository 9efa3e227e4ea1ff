"""The Swift kernel (`notebook kernel`) against jupyter_kernel_test's protocol suite, with samples in
our cell language, plus what that suite does not cover: interruption (message and SIGINT), a session
surviving a failing cell and a stopped loop, options, and malformed or badly signed messages.

Run by `make jupyter-test` (part of `make test`), which installs the kernelspec into .venv-jupyter/.
"""

import os
import signal
import time
import unittest
from queue import Empty

import jupyter_kernel_test as jkt
import zmq
from jupyter_client.manager import start_new_kernel

KERNEL = "notebook-swift"
TIMEOUT = 60


class SwiftKernelProtocolTests(jkt.KernelTests):
    kernel_name = KERNEL
    language_name = "swift"
    file_extension = ".swift"

    code_hello_world = 'print("hello, world")'

    completion_samples = [
        {"text": "pri", "matches": {"print", "private"}},
        {"text": "let numbers = [3, 1, 2]\nnumbers.sor", "matches": {"sort", "sorted"}},
        {"text": "Dictionar", "matches": {"Dictionary"}},
    ]

    complete_code_samples = ["1", 'print("hello, world")', "func f(_ x: Int) -> Int {\n    return x * 2\n}"]
    incomplete_code_samples = ['print("""\nhello', "func f(_ x: Int) -> Int {\n    return x * 2", "let x = [1,", "/* open"]
    invalid_code_samples = ["let = 7q", "print(1))", 'let s = "open']

    code_generate_error = 'fatalError("boom")'

    code_execute_result = [
        {"code": "1 + 2 + 3", "result": "6"},
        {"code": "(1...3).map { $0 * $0 }", "result": "[1, 4, 9]"},
        {"code": 'let greeting = "hi"\ngreeting + "!"', "result": "hi!"},
    ]

    code_display_data = [
        {"code": "display(plot([1.0, 3.0, 2.0]))", "mime": "image/svg+xml"},
        {"code": 'display([(name: "a", n: 1), (name: "b", n: 2)])', "mime": "text/html"},
    ]

    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "1 + 2*"

    code_inspect_sample = "print"


class SwiftKernelSessionTests(unittest.TestCase):
    """One kernel session through failures, interruptions and bad input."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel()

    def execute(self, code, interrupt=None):
        """Runs code; returns the reply's content and the iopub messages it caused. `interrupt` is
        called once the cell is busy (after its first printed line)."""
        msg_id = self.kc.execute(code)
        outputs = []
        interrupted = interrupt is None
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream" and not interrupted:
                interrupt()
                interrupted = True
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
            outputs.append(msg)
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        return reply["content"], outputs

    def stdout(self, outputs):
        return "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")

    def result(self, outputs):
        results = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
        return results[0] if results else None

    def test_a_failing_cell_keeps_the_session(self):
        reply, _ = self.execute("var total = 10")
        self.assertEqual(reply["status"], "ok")
        reply, outputs = self.execute("total += 1\nlet bad: Int = \"x\"")
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "CompileError")
        self.assertIn(":2:16: cannot convert value of type 'String' to specified type 'Int'", reply["evalue"])
        self.assertEqual(reply["traceback"][1], 'let bad: Int = "x"\n               ^')
        # Nothing of a cell with a type error runs.
        reply, outputs = self.execute("total")
        self.assertEqual(self.result(outputs), "10")
        reply, outputs = self.execute("let xs = [1]\nprint(\"before\")\nxs[3]")
        self.assertEqual(reply["ename"], "RuntimeError")
        self.assertEqual(self.stdout(outputs), "before\n")
        self.assertIn("Index out of range", reply["evalue"])
        reply, outputs = self.execute("total * 2")
        self.assertEqual(self.result(outputs), "20")

    def test_an_error_in_an_earlier_cells_function_is_shown_there(self):
        self.execute("func third(_ xs: [Int]) -> Int {\n    return xs[2]\n}")
        reply, _ = self.execute("third([1])")
        self.assertEqual(reply["status"], "error")
        self.assertRegex(reply["traceback"][0], r"^In\[\d+\]:2:\d+: error: Fatal error: Index out of range")
        self.assertTrue(any("note: called from In[" in line for line in reply["traceback"]))

    def interrupt_loop(self, interrupt):
        code = 'var spins = 0\nprint("started")\nwhile true { spins += 1 }'
        reply, outputs = self.execute(code, interrupt=interrupt)
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "Interrupted")
        self.assertEqual(self.stdout(outputs), "started\n")
        reply, outputs = self.execute("spins > 0")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(self.result(outputs), "true")

    def test_interrupt_request_stops_a_loop_and_the_next_cell_runs(self):
        def request():
            self.kc.control_channel.send(self.kc.session.msg("interrupt_request", {}))
        self.interrupt_loop(request)

    def test_sigint_stops_a_loop_and_the_next_cell_runs(self):
        self.interrupt_loop(lambda: os.kill(self.km.provisioner.process.pid, signal.SIGINT))

    def test_cell_options_apply(self):
        reply, outputs = self.execute("//| eval: false\nprint(\"never\")")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(self.stdout(outputs), "")
        reply, outputs = self.execute("//| output: false\nprint(\"hidden\")\n1 + 1")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual([m["msg_type"] for m in outputs if m["msg_type"] != "status"], ["execute_input"])
        reply, _ = self.execute("//| timeout: 0.2\nwhile true {}")
        self.assertEqual(reply["status"], "error")
        self.assertIn("cell exceeded its timeout of 0.2 s", reply["evalue"])
        reply, _ = self.execute("//| colour: red\n1")
        self.assertEqual(reply["ename"], "OptionError")
        self.assertIn("unknown cell option 'colour'", reply["evalue"])

    def test_display_streams_in_order_with_printed_text(self):
        reply, outputs = self.execute('print("a")\ndisplay(bar(["x", "y"], [1.0, 2.0]))\nprint("b")\n41 + 1')
        kinds = [m["msg_type"] for m in outputs if m["msg_type"] in ("stream", "display_data", "execute_result")]
        self.assertEqual(kinds, ["stream", "display_data", "stream", "execute_result"])
        svg = next(m for m in outputs if m["msg_type"] == "display_data")["content"]["data"]["image/svg+xml"]
        self.assertTrue(svg.lstrip().startswith("<svg"))

    def test_completion_after_a_dot_uses_the_static_type(self):
        self.execute('let word = "swift"')
        self.kc.complete("word.upp")
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)["content"]
        self.assertEqual(reply["matches"], ["uppercased"])
        self.assertEqual((reply["cursor_start"], reply["cursor_end"]), (5, 8))
        self.kc.inspect("word", 2)
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)["content"]
        self.assertEqual(reply["data"]["text/plain"], "let word: String")

    def test_the_heartbeat_echoes(self):
        info = self.km.get_connection_info()
        context = zmq.Context()
        sock = context.socket(zmq.REQ)
        sock.connect(f"{info['transport']}://{info['ip']}:{info['hb_port']}")
        sock.send(b"ping 42")
        self.assertEqual(sock.poll(TIMEOUT * 1000), zmq.POLLIN)
        self.assertEqual(sock.recv(), b"ping 42")
        sock.close(0)
        context.term()

    def test_bad_messages_are_dropped_and_the_kernel_keeps_serving(self):
        info = self.km.get_connection_info()
        context = zmq.Context()
        sock = context.socket(zmq.DEALER)
        sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
        header = b'{"msg_id": "x", "msg_type": "execute_request", "session": "s", "username": "u", "version": "5.3"}'
        sock.send_multipart([b"<IDS|MSG>", b"0" * 64, header, b"{}", b"{}", b'{"code": "print(1)"}'])
        sock.send_multipart([b"garbage"])
        sock.send_multipart([b"<IDS|MSG>", b"sig"])
        # Signed with the right key, but frames that are not JSON objects, or no msg_type.
        for frames in ([b"[]", b"{}", b"{}", b"{}"], [b'{"msg_type": 7}', b"{}", b"{}", b"{}"], [header, b"{}", b"{}", b'"code"']):
            sock.send_multipart([b"<IDS|MSG>", self.kc.session.sign(frames), *frames])
        # No reply to any of them...
        self.assertEqual(sock.poll(500), 0)
        sock.close(0)
        context.term()
        # ...and the kernel still answers.
        reply, outputs = self.execute("40 + 2")
        self.assertEqual(self.result(outputs), "42")
        self.assertTrue(self.km.is_alive())


class SwiftKernelOddRequestTests(unittest.TestCase):
    """Well-signed requests with odd contents (wrong types, out-of-range cursors, unknown types,
    hostile code) from a seeded generator: each gets a reply or is logged, and the kernel lives."""

    def test_odd_requests_never_stop_the_kernel(self):
        import random
        rng = random.Random(7)
        km, kc = start_new_kernel(kernel_name=KERNEL)
        try:
            values = [None, -5, 10**9, "x", 3.5, [], {}, True, "let (", "\u00e9.", "print(\"", ")" * 50, "[" * 40]
            kinds = ["complete_request", "inspect_request", "is_complete_request", "history_request",
                     "kernel_info_request", "comm_info_request", "no_such_request"]
            for _ in range(150):
                content = {key: rng.choice(values) for key in rng.sample(
                    ["code", "cursor_pos", "detail_level", "hist_access_type", "n", "pattern", "start", "stop"], 4)}
                kc.shell_channel.send(kc.session.msg(rng.choice(kinds), content))
            for code in ["let (", "[" * 40, "print(\"", "func f() { f() }\nf()", 'let s: String = 5', "\u00e9"]:
                kc.execute_interactive(code, timeout=TIMEOUT, output_hook=lambda msg: None)
            reply = kc.execute_interactive("print(6 * 7)", timeout=TIMEOUT, output_hook=lambda msg: None)
            self.assertEqual(reply["content"]["status"], "ok")
            self.assertTrue(km.is_alive())
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


class SwiftKernelShutdownTests(unittest.TestCase):
    def test_a_shutdown_request_ends_the_process_cleanly(self):
        km, kc = start_new_kernel(kernel_name=KERNEL)
        try:
            kc.execute_interactive("print(1)", timeout=TIMEOUT, output_hook=lambda msg: None)
            kc.shutdown()
            reply = kc.get_control_msg(timeout=TIMEOUT) if hasattr(kc, "get_control_msg") else None
            if reply is not None:
                self.assertEqual(reply["content"]["status"], "ok")
            # Exits by itself with status 0 (a kill by the manager would be -9).
            self.assertEqual(km.provisioner.process.wait(timeout=TIMEOUT), 0)
        finally:
            kc.stop_channels()
            if km.is_alive():
                km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()
