"""Drives the real .NET Interactive kernel through Debian's Jupyter client, for JupyterKernelTests.cs.

The kernel is found by name (.net-csharp) in KERNELS, the folder scripts/install-kernel.sh --path wrote.

  python3 jupyter_driver.py run KERNELS OUT PARALLEL NOTEBOOK...   execute notebooks with nbclient
  python3 jupyter_driver.py listen KERNELS                          the kernel's listening TCP sockets
  python3 jupyter_driver.py roundtrip KERNELS ROUNDS                a trivial cell's round trip

Each prints one JSON object on its last line of standard output.
Environment variables given to this script reach the kernel (e.g. LC_ALL=de_DE.UTF-8).
"""

import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

KERNEL = ".net-csharp"
# Kernels started at the same moment pick the same free HTTP port (it probes, then binds) and one fails:
# start them one after another, each until it answers.
STARTING = threading.Lock()


def kernel_manager(kernels):
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    specs = KernelSpecManager(kernel_dirs=[kernels])
    if KERNEL not in specs.find_kernel_specs():
        raise SystemExit(f"no {KERNEL} kernelspec in {kernels}")
    return KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)


def run_one(kernels, out, path):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(path, as_version=4)
    km = kernel_manager(kernels)
    directory = os.path.dirname(os.path.abspath(path))
    with STARTING:
        km.start_kernel(cwd=directory)
        ready = km.client()
        ready.start_channels()
        ready.wait_for_ready(timeout=300)
        ready.stop_channels()
    client = NotebookClient(
        notebook,
        km=km,
        timeout=600,
        startup_timeout=300,
        allow_errors=True,
        resources={"metadata": {"path": directory}},
    )
    start = time.monotonic()
    error = None
    try:
        client.execute(cleanup_kc=True)
    except CellExecutionError as e:  # not raised with allow_errors, but kept for a clear message
        error = str(e)
    except Exception as e:  # the kernel died or timed out: report it, keep the other notebooks going
        error = f"{type(e).__name__}: {e}"
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    seconds = time.monotonic() - start
    target = os.path.join(out, os.path.basename(path))
    nbformat.write(notebook, target)
    return {"notebook": path, "executed": target, "seconds": round(seconds, 2), "error": error}


def run(kernels, out, parallel, paths):
    os.makedirs(out, exist_ok=True)
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        results = list(pool.map(lambda p: run_one(kernels, out, p), paths))
    return {"notebooks": results, "seconds": round(time.monotonic() - start, 2)}


def process_tree(root):
    """The kernel process and all its descendants (by /proc/PID/stat's parent id)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
                parents[int(entry)] = int(stat[stat.rindex(")") + 2 :].split()[1])
            except OSError:
                pass
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sorted(tree)


def socket_inodes(pids):
    inodes = set()
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            pass
    return inodes


def hex_address(text, v6):
    """/proc/net/tcp's hex address (host byte order per 32-bit word) as an address string."""
    import ipaddress

    raw = bytes.fromhex(text)
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    return str(ipaddress.IPv6Address(words) if v6 else ipaddress.IPv4Address(words))


def listening(inodes):
    found = []
    for table, v6 in (("/proc/net/tcp", False), ("/proc/net/tcp6", True)):
        with open(table) as f:
            next(f)
            for line in f:
                fields = line.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state == "0A" and inode in inodes:  # 0A = LISTEN
                    address, port = local.split(":")
                    found.append({"address": hex_address(address, v6), "port": int(port, 16)})
    return found


def listen(kernels):
    km = kernel_manager(kernels)
    km.start_kernel()
    try:
        client = km.client()
        client.start_channels()
        client.wait_for_ready(timeout=120)
        # A first cell makes sure the kernel has started everything it serves.
        reply = client.execute_interactive("1 + 1", timeout=120)
        pid = km.provisioner.process.pid
        pids = process_tree(pid)
        sockets = listening(socket_inodes(pids))
        client.stop_channels()
        return {"pids": pids, "listening": sockets, "status": reply["content"]["status"]}
    finally:
        km.shutdown_kernel(now=True)


def roundtrip(kernels, rounds):
    km = kernel_manager(kernels)
    start = time.monotonic()
    km.start_kernel()
    try:
        client = km.client()
        client.start_channels()
        client.wait_for_ready(timeout=120)
        first = time.monotonic()
        client.execute_interactive("1 + 1", timeout=120)
        ready = time.monotonic()
        times = []
        for _ in range(rounds):
            t = time.monotonic()
            reply = client.execute_interactive("1 + 1", timeout=120)
            times.append(time.monotonic() - t)
            if reply["content"]["status"] != "ok":
                raise SystemExit(f"the trivial cell failed: {reply['content']}")
        client.stop_channels()
        times.sort()
        return {
            "startup_seconds": round(first - start, 3),
            "first_cell_seconds": round(ready - first, 3),
            "median_ms": round(1000 * times[len(times) // 2], 2),
            "min_ms": round(1000 * times[0], 2),
            "rounds": rounds,
        }
    finally:
        km.shutdown_kernel(now=True)


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    command, kernels = argv[1], argv[2]
    if command == "run":
        result = run(kernels, argv[3], int(argv[4]), argv[5:])
    elif command == "listen":
        result = listen(kernels)
    elif command == "roundtrip":
        result = roundtrip(kernels, int(argv[3]))
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
