"""Test-only stand-ins for two Windows DLLs that Debian's Wine 8.0 lacks. Never shipped.

- bcryptprimitives.dll (`ProcessPrng`): imported by Rust-built extensions such as nh3 (Windows
  has it since 8; Wine since 8.13). The stand-in fills the buffer from RtlGenRandom.
- icuuc.dll (`ucnv_*`): Qt6Core imports Windows' system ICU (Windows 10 since 1703). The
  stand-in reports every ICU converter as unavailable, so Qt keeps to its own UTF-8, UTF-16 and
  Latin-1 codecs; its export list is read from the Qt6Core.dll being tested.

Built with MinGW into the Wine prefix's system32, and only when Wine itself has no such DLL.
wine_checks.py fails the build if either name turns up in the bundle.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

WINE_DLLS = Path("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows")
NAMES = ("bcryptprimitives.dll", "icuuc.dll")

BCRYPTPRIMITIVES_C = r"""
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom, advapi32 */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; size -= chunk;
    }
    return TRUE;
}
"""

# ICU functions that can fail with a UErrorCode*: report U_FILE_ACCESS_ERROR (4), return NULL.
ICU_FAILING = {
    "ucnv_open": "const char *name, int *err",
    "ucnv_getStandardName": "const char *name, const char *standard, int *err",
}


def icuuc_source(qt_core: Path) -> str:
    """C source exporting every icuuc.dll function that `qt_core` imports."""
    out = subprocess.run(["objdump", "-p", str(qt_core)], capture_output=True, text=True,
                         check=True).stdout
    names: list[str] = []
    inside = False
    for line in out.splitlines():
        if "DLL Name:" in line:
            inside = line.split("DLL Name:")[1].strip().lower() == "icuuc.dll"
            continue
        parts = line.split()
        if inside and len(parts) == 3 and parts[1].isdigit():
            names.append(parts[2])
    lines = ["#include <stddef.h>"]
    for name in sorted(names):
        if name in ICU_FAILING:
            lines.append(f"__declspec(dllexport) void *{name}({ICU_FAILING[name]}) "
                         "{ if (err) *err = 4; return NULL; }")
        else:  # never reached without a converter; counts and names: none
            lines.append(f"__declspec(dllexport) void *{name}(void) {{ return NULL; }}")
    return "\n".join(lines) + "\n"


def install(prefix: Path, python_dir: Path, work: Path) -> list[str]:
    """Build and copy the stand-ins Wine lacks into the prefix; returns their names."""
    system32 = prefix / "drive_c" / "windows" / "system32"
    work.mkdir(parents=True, exist_ok=True)
    installed = []
    for name in NAMES:
        if (WINE_DLLS / name).exists() or (system32 / name).exists():
            continue
        source = work / name.replace(".dll", ".c")
        if name == "icuuc.dll":
            source.write_text(icuuc_source(python_dir / "Lib/site-packages/PySide6/Qt6Core.dll"))
            libs: list[str] = []
        else:
            source.write_text(BCRYPTPRIMITIVES_C)
            libs = ["-ladvapi32"]
        subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o",
                        str(system32 / name), str(source), *libs], check=True)
        installed.append(name)
        print(f"test-only stand-in {name} built into the Wine prefix (never in the bundle)")
    return installed
