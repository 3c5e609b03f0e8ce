"""`nbrun kernel` driven by jupyter_client: interrupt, forged signatures, and nbconvert re-running the
notebooks nbrun wrote (Output/*.ipynb) with the same text outputs and images."""
import pathlib
import shutil
import subprocess
import sys
import time

import nbformat
import pytest
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

ROOT = pathlib.Path(__file__).resolve().parents[3]
TIMEOUT = 30


@pytest.fixture()
def kernel():
    km, kc = start_new_kernel(kernel_name="nbrun")
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=False)


def run(kc, code):
    """Executes `code`, returning the reply content and the IOPub messages of the request."""
    msg_id = kc.execute(code)
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["parent_header"]["msg_id"] == msg_id
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return reply["content"], outputs
        if msg["msg_type"] != "status":
            outputs.append(msg)


def test_interrupt_stops_a_running_cell_and_the_kernel_goes_on(kernel):
    km, kc = kernel
    started = time.monotonic()
    msg_id = kc.execute("var n = 0\nwhile true { n += 1 }")
    time.sleep(0.5)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    assert reply["content"]["evalue"] == "cell was interrupted"
    assert time.monotonic() - started < 10
    content, outputs = run(kc, "n > 0")
    assert content["status"] == "ok"
    assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"] == ["true"]


def test_a_message_with_a_wrong_signature_is_not_executed(kernel):
    km, kc = kernel
    forger = Session(key=b"not-the-kernel-key", username="mallory")
    forged = forger.msg("execute_request", content={
        "code": 'let forged = "ran"\nprint(forged)', "silent": False, "store_history": True,
        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    forger.send(kc.shell_channel.socket, forged)
    content, outputs = run(kc, "forged")
    assert content["status"] == "error"
    assert content["evalue"] == "cannot find 'forged' in scope"
    streams = [m for m in outputs if m["msg_type"] == "stream"]
    assert streams == []
    assert kc.execute_interactive("1", timeout=TIMEOUT)["content"]["execution_count"] == 2


def text_outputs(cell):
    """What a cell showed, comparable across runs: stream text, result text, error name and value,
    and a marker for each image."""
    shown = []
    for output in cell.get("outputs", []):
        kind = output["output_type"]
        if kind == "stream":
            shown.append(("stream", output["name"], output["text"]))
        elif kind in ("execute_result", "display_data"):
            data = output["data"]
            shown.append(("image",) if "image/png" in data else (kind, data.get("text/plain")))
        elif kind == "error":
            shown.append(("error", output["ename"], output["evalue"]))
    return shown


def merged_streams(shown):
    merged = []
    for item in shown:
        if merged and item[0] == "stream" and merged[-1][0] == "stream" and merged[-1][1] == item[1]:
            merged[-1] = ("stream", item[1], merged[-1][2] + item[2])
        else:
            merged.append(item)
    return merged


NOTEBOOKS = sorted((ROOT / "Output").glob("*.ipynb"))


def test_the_rerun_notebooks_include_charts():
    """The comparison below must cover images, not only text: some course notebook shows a chart."""
    assert any("image/png" in path.read_text() for path in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_nbconvert_execute_gives_nbruns_outputs(path, tmp_path):
    written = nbformat.read(path, as_version=4)
    assert written.metadata.kernelspec.name == "nbrun"
    # Beside its data, as the notebook's source sits in Notebooks/: Jupyter starts the kernel in the
    # notebook's folder, and data paths are relative to it (and may not leave it).
    work = tmp_path / "course"
    shutil.copytree(ROOT / "Notebooks" / "data", work / "data")
    shutil.copy(path, work / path.name)
    # The kernel comes from the notebook's own metadata, as when JupyterLab opens the file.
    subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.timeout=120", "--output-dir", str(tmp_path), str(work / path.name)],
                   check=True, cwd=ROOT, timeout=300)
    executed = nbformat.read(tmp_path / path.name, as_version=4)
    code_cells = [(a, b) for a, b in zip(written.cells, executed.cells) if a.cell_type == "code"]
    assert code_cells
    for nbrun_cell, kernel_cell in code_cells:
        expected = merged_streams(text_outputs(nbrun_cell))
        assert merged_streams(text_outputs(kernel_cell)) == expected, nbrun_cell.source
