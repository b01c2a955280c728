"""Office formats read through LibreOffice: .doc and .wps (Word and WPS Writer), .et (WPS
Spreadsheets), .rtf, .odt, .ods.

LibreOffice converts the file, in a private temporary folder and profile, to .docx or .xlsx,
which the .docx and spreadsheet readers read; the document keeps the original path. Where
LibreOffice is not installed the file is one clear line saying what to install.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError
from ..model import SourceDocument

CONVERTED_TO = {".doc": "docx", ".wps": "docx", ".rtf": "docx", ".odt": "docx", ".et": "xlsx", ".ods": "xlsx"}
INSTALL_HINT = "install LibreOffice (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui), or save it as .docx / .xlsx"
CONVERSION_SECONDS = 180  # a real plan converts in a few seconds; a hostile file must not hang the batch


def office_program() -> str | None:
    """The LibreOffice program on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_converted(path: str) -> SourceDocument:
    """Read a .doc/.wps/.et/.rtf/.odt/.ods file by converting it with LibreOffice."""
    suffix = Path(path).suffix.lower()
    target = CONVERTED_TO[suffix]
    program = office_program()
    if program is None:
        raise InputError(path, "a {suffix} file is read through LibreOffice, which is not installed", INSTALL_HINT, suffix=suffix)
    with tempfile.TemporaryDirectory(prefix="policygraph-office-") as folder:
        work = Path(folder)
        # a copy with a plain name: LibreOffice names its output after the input, whatever it holds
        source = work / f"input{suffix}"
        shutil.copyfile(path, source)
        command = [
            program, "--headless", "--norestore", "--nolockcheck",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",  # its own profile: runs in parallel safely
            "--convert-to", target, "--outdir", str(work / "out"), str(source),
        ]
        # its own process group: soffice is a script that starts soffice.bin, which a timeout
        # must stop too, or a file that hangs LibreOffice leaves it running
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            process.wait(timeout=CONVERSION_SECONDS)
        except subprocess.TimeoutExpired as exc:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise InputError(path, "LibreOffice did not convert it within {seconds} s", seconds=CONVERSION_SECONDS) from exc
        converted = work / "out" / f"input.{target}"
        if not converted.exists():
            raise InputError(path, "LibreOffice could not convert it to .{target} (damaged, protected, or not a {suffix} file)", target=target, suffix=suffix)
        if target == "docx":
            from .docx import read_docx as read
        else:
            from .sheets import read_xlsx as read
        try:
            document = read(str(converted))
        except InputError as exc:  # name the user's file, not the converted copy
            raise InputError(path, exc.message.template, exc.message.hint, **exc.message.params) from exc
    document.path = path
    document.encoding = suffix.lstrip(".")
    return document
