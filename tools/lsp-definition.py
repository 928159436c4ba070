#!/usr/bin/env python3
"""Ask a C# language server where a symbol is defined, over stdio, and print its answer verbatim.

    python3 tools/lsp-definition.py --root samples/FactSheet --file samples/FactSheet/Program.cs \
        --symbol ValueWidth --symbol TechnologyRdInvestment2021To2025Value --hover -- csharp-ls

A fact's field is mapped by a #line directive, so its definition is the fact's text in the seed file; a fact's
constants (such as ...Value above) are not mapped and open in the generated file, above the kind's facts.

Sends initialize, initialized, textDocument/didOpen and then textDocument/definition at the first occurrence of
each --symbol in --file. The first symbol is the readiness probe: it is asked again while the server is still
loading the project (an empty answer), up to --timeout seconds, so make it one the file itself defines. Prints
every request's position and the server's raw JSON answer (with --hover, textDocument/hover's too). Needs only
the Python standard library.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import threading
import time


def send(process, message):
    body = json.dumps(message).encode("utf-8")
    process.stdin.write(b"Content-Length: " + str(len(body)).encode("ascii") + b"\r\n\r\n" + body)
    process.stdin.flush()


def read_messages(process, inbox):
    stream = process.stdout
    while True:
        length = None
        while True:
            line = stream.readline()
            if not line:
                return
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value.strip())
        if length is None:
            continue
        inbox.append(json.loads(stream.read(length).decode("utf-8")))


def wait_for(inbox, request_id, deadline, log):
    while time.time() < deadline:
        for message in list(inbox):
            if message.get("id") == request_id and ("result" in message or "error" in message):
                inbox.remove(message)
                return message
            if "method" in message:
                inbox.remove(message)
                log(message)
        time.sleep(0.1)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", required=True, help="the folder the server opens (with the .csproj or .sln)")
    parser.add_argument("--file", required=True, help="the C# file that uses the symbol")
    parser.add_argument("--symbol", required=True, action="append", help="an identifier to ask about (its first occurrence); repeatable")
    parser.add_argument("--hover", action="store_true", help="also ask textDocument/hover at each symbol")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for a non-empty answer")
    parser.add_argument("--verbose", action="store_true", help="also print the server's notifications")
    parser.add_argument("--server-log", help="a file for the server's stderr (discarded by default)")
    parser.add_argument("server", nargs="+", help="the server command line, after --")
    args = parser.parse_args()

    root = pathlib.Path(args.root).resolve()
    source_path = pathlib.Path(args.file).resolve()
    text = source_path.read_text(encoding="utf-8")

    def position(symbol):
        offset = text.index(symbol)
        return {"line": text.count("\n", 0, offset), "character": offset - (text.rfind("\n", 0, offset) + 1)}

    def log(message):
        if args.verbose:
            print("server:", json.dumps(message)[:400], file=sys.stderr)

    server_log = open(args.server_log, "wb") if args.server_log else subprocess.DEVNULL
    process = subprocess.Popen(args.server, cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=server_log)
    inbox = []
    threading.Thread(target=read_messages, args=(process, inbox), daemon=True).start()
    deadline = time.time() + args.timeout
    try:
        send(process, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "processId": os.getpid(), "rootUri": root.as_uri(), "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
            "capabilities": {"textDocument": {"definition": {"linkSupport": False}}}}})
        initialized = wait_for(inbox, 1, deadline, log)
        if initialized is None:
            print("no answer to initialize", file=sys.stderr)
            return 1
        print("server:", json.dumps(initialized.get("result", {}).get("serverInfo")))
        send(process, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send(process, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": source_path.as_uri(), "languageId": "csharp", "version": 1, "text": text}}})

        request_id = 2
        found = False
        for index, symbol in enumerate(args.symbol):
            at = position(symbol)
            document = {"uri": source_path.as_uri()}
            while True:
                send(process, {"jsonrpc": "2.0", "id": request_id, "method": "textDocument/definition",
                               "params": {"textDocument": document, "position": at}})
                answer = wait_for(inbox, request_id, deadline, log)
                request_id += 1
                if index > 0 or (answer is not None and answer.get("result")) or time.time() >= deadline:
                    break
                time.sleep(5)
            found = found or bool(answer and answer.get("result"))
            print("request: textDocument/definition at %s:%d:%d (%s)" % (source_path.name, at["line"] + 1, at["character"] + 1, symbol))
            print("answer:", json.dumps(answer, indent=2))
            if args.hover:
                send(process, {"jsonrpc": "2.0", "id": request_id, "method": "textDocument/hover",
                               "params": {"textDocument": document, "position": at}})
                print("request: textDocument/hover at %s:%d:%d (%s)" % (source_path.name, at["line"] + 1, at["character"] + 1, symbol))
                print("answer:", json.dumps(wait_for(inbox, request_id, deadline, log), indent=2))
                request_id += 1
        return 0 if found else 1
    finally:
        try:
            send(process, {"jsonrpc": "2.0", "id": 999, "method": "shutdown"})
            send(process, {"jsonrpc": "2.0", "method": "exit"})
            process.wait(timeout=10)
        except Exception:
            process.kill()


if __name__ == "__main__":
    sys.exit(main())
