"""Lessons as Jupyter notebooks: `notebook convert` both ways, `notebook run --to ipynb`, a notebook
executed on the Swift kernel by nbclient (`jupyter nbconvert --execute`) and by papermill with
parameters, each result validated by nbformat. Run by `make jupyter-test`."""

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import nbformat
import papermill
from papermill.translators import Translator, papermill_translators

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = os.environ.get("NOTEBOOK", str(ROOT / ".build/debug/notebook"))
LESSON = ROOT / "Notebooks/tests/jupyter.md"
KERNEL = "notebook-swift"


class SwiftTranslator(Translator):
    """Papermill's parameters as Swift: `let name = value` (a later cell may redefine a name)."""

    @classmethod
    def translate_escaped_str(cls, str_val):
        return '"' + str(str_val).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    @classmethod
    def translate_none(cls, val):
        return "nil"

    @classmethod
    def translate_bool(cls, val):
        return "true" if val else "false"

    @classmethod
    def translate_float(cls, val):
        return repr(float(val))

    @classmethod
    def translate_list(cls, val):
        return "[" + ", ".join(cls.translate(v) for v in val) + "]"

    @classmethod
    def translate_dict(cls, val):
        return "[" + ", ".join(f"{cls.translate(k)}: {cls.translate(v)}" for k, v in val.items()) + "]" if val else "[:]"

    @classmethod
    def comment(cls, cmt_str):
        return f"// {cmt_str}".strip()

    @classmethod
    def assign(cls, name, str_val):
        return f"let {name} = {str_val}"


papermill_translators.register("swift", SwiftTranslator)


def notebook(*args):
    return subprocess.run([NOTEBOOK, *map(str, args)], capture_output=True, text=True, check=False)


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def stdout(cell):
    return "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")


class NotebookConversionTests(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="jupyter-test-"))

    def convert(self):
        ipynb = self.tmp / "jupyter.ipynb"
        result = notebook("convert", LESSON, "--to", "ipynb", "-o", ipynb)
        self.assertEqual(result.returncode, 0, result.stderr)
        return ipynb

    def test_markdown_to_ipynb_and_back_keeps_the_text(self):
        ipynb = self.convert()
        nb = nbformat.read(ipynb, as_version=4)
        nbformat.validate(nb)
        self.assertEqual(nb.metadata.kernelspec.name, KERNEL)
        self.assertEqual(nb.metadata.language_info.file_extension, ".swift")
        cells = code_cells(nb)
        self.assertEqual(len(cells), 6)
        self.assertEqual(cells[0].metadata.tags, ["parameters"])
        self.assertEqual(cells[0].metadata.notebook.options, {"parameters": "true"})
        self.assertEqual(cells[4].metadata.tags, ["raises-exception"])
        self.assertTrue(cells[0].source.startswith("//| parameters: true\nlet count = 5"))
        self.assertEqual(nb.cells[0].cell_type, "markdown")
        self.assertTrue(nb.cells[0].source.startswith("# Jupyter round trip"))
        back = self.tmp / "back.md"
        result = notebook("convert", ipynb, "--to", "md", "-o", back)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(back.read_text(), LESSON.read_text())

    def test_a_parameters_tag_marks_the_parameters_cell(self):
        nb = nbformat.read(self.convert(), as_version=4)
        first = code_cells(nb)[0]
        first.source = first.source.replace("//| parameters: true\n", "")
        tagged = self.tmp / "tagged.ipynb"
        nbformat.write(nb, tagged)
        result = notebook("run", "--engine", "typed", "-q", "-o", self.tmp / "out", "--to", "ipynb", tagged, "-p", "count=2")
        self.assertEqual(result.returncode, 0, result.stderr)
        executed = nbformat.read(self.tmp / "out/tagged.ipynb", as_version=4)
        nbformat.validate(executed)
        self.assertEqual(stdout(code_cells(executed)[1]), "values: [2.0, 4.0]\n")

    def test_run_to_ipynb_writes_outputs_and_execution_counts(self):
        result = notebook("run", "--engine", "typed", "-q", "-o", self.tmp, "--to", "html,ipynb", LESSON)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue((self.tmp / "jupyter.html").exists())
        nb = nbformat.read(self.tmp / "jupyter.ipynb", as_version=4)
        nbformat.validate(nb)
        cells = code_cells(nb)
        self.assertEqual([c.execution_count for c in cells], [1, 2, 3, 4, 5, 6])
        self.assertEqual(stdout(cells[1]), "values: [2.0, 4.0, 6.0, 8.0, 10.0]\n")
        self.assertEqual(cells[1].outputs[-1].output_type, "execute_result")
        self.assertEqual(cells[1].outputs[-1].data["text/plain"], "30.0")
        self.assertIn("<table", cells[2].outputs[0].data["text/html"])
        self.assertEqual([o.output_type for o in cells[3].outputs], ["display_data", "display_data"])
        self.assertTrue(all("image/svg+xml" in o.data for o in cells[3].outputs))
        self.assertEqual(cells[4].outputs[-1].output_type, "error")
        self.assertIn("jupyter.md:42:20: cannot convert value of type 'String' to specified type 'Int'", cells[4].outputs[-1].evalue)


class KernelExecutionTests(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="jupyter-exec-"))
        result = notebook("convert", LESSON, "--to", "ipynb", "-o", self.tmp / "lesson.ipynb")
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_nbconvert_executes_the_notebook_on_the_swift_kernel(self):
        out = self.tmp / "executed.ipynb"
        result = subprocess.run(
            [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute", str(self.tmp / "lesson.ipynb"),
             "--output", str(out)],
            capture_output=True, text=True, check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        nb = nbformat.read(out, as_version=4)
        nbformat.validate(nb)
        cells = code_cells(nb)
        self.assertEqual(stdout(cells[1]), "values: [2.0, 4.0, 6.0, 8.0, 10.0]\n")
        self.assertEqual(cells[1].outputs[-1].data["text/plain"], "30.0")
        self.assertIn("text/html", cells[2].outputs[0].data)
        self.assertEqual([o.output_type for o in cells[3].outputs], ["display_data", "execute_result"])
        self.assertIn("image/svg+xml", cells[3].outputs[1].data)
        # The expected error (tagged raises-exception) is shown with its line, column and caret.
        error = cells[4].outputs[-1]
        self.assertEqual(error.output_type, "error")
        self.assertEqual(error.traceback[1], 'let missing: Int = "seven"\n                   ^')
        self.assertEqual(stdout(cells[5]), "after the error: 5\n")

    def test_papermill_runs_it_with_parameters(self):
        # papermill stops at any error output, expected or not: leave out the expected-error cell.
        nb = nbformat.read(self.tmp / "lesson.ipynb", as_version=4)
        nb.cells = [c for c in nb.cells if "raises-exception" not in c.metadata.get("tags", [])]
        source = self.tmp / "no-error.ipynb"
        nbformat.write(nb, source)
        out = self.tmp / "papermill.ipynb"
        papermill.execute_notebook(str(source), str(out), parameters={"count": 3, "scale": 0.5}, kernel_name=KERNEL,
                                   progress_bar=False)
        executed = nbformat.read(out, as_version=4)
        nbformat.validate(executed)
        injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
        self.assertEqual(len(injected), 1)
        self.assertIn("let count = 3", injected[0].source)
        values = next(c for c in code_cells(executed) if "let values" in c.source)
        self.assertEqual(stdout(values), "values: [0.5, 1.0, 1.5]\n")


if __name__ == "__main__":
    unittest.main()
