"""Authenticode signatures with osslsigncode: sign the executables and the MSI, verify them.

IT signs with the organisation's code-signing certificate, given through the environment:

    GK_SIGN_PFX=cert.pfx [GK_SIGN_PASS=…]                  a PKCS#12 file, or
    GK_SIGN_CERT=cert.pem GK_SIGN_KEY=key.pem [GK_SIGN_PASS=…]  certificate chain and key
    GK_SIGN_TIMESTAMP_URL=http://timestamp.example/       optional RFC 3161 time stamp

Without them (CI, a developer) a throw-away self-signed certificate is made with openssl for
the run; the checks then verify the signatures against exactly that certificate.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

DESCRIPTION = "Gesprächskompass"
THROWAWAY_SUBJECT = "/CN=Gespraechskompass CI test signature (not trusted)/O=Gespraechskompass"


def _ignore_crl() -> list[str]:
    """osslsigncode ≥ 2.6 may fetch CRLs from the network; there is none here."""
    usage = subprocess.run(["osslsigncode", "--help"], capture_output=True, text=True)
    return ["-ignore-crl"] if "-ignore-crl" in usage.stdout + usage.stderr else []


def verify(path: Path, cafile: Path | None = None) -> str:
    """Verify the Authenticode signature of `path`; returns the signer's subject or raises."""
    cmd = ["osslsigncode", "verify", *_ignore_crl(), "-in", str(path)]
    if cafile is not None:
        cmd += ["-CAfile", str(cafile)]
    result = subprocess.run(cmd, capture_output=True, text=True)
    out = result.stdout + result.stderr
    if result.returncode != 0 or "Signature verification: ok" not in out:
        raise SystemExit(f"{path.name}: Authenticode signature does not verify:\n{out[-2000:]}")
    subjects = [line.split(":", 1)[1].strip() for line in out.splitlines()
                if line.strip().startswith("Subject:")]
    return subjects[0] if subjects else "?"


@dataclass
class Signer:
    args: list[str]  # osslsigncode's certificate and key options
    cafile: Path | None  # what verifies our signatures (None: the system's CA store)
    throwaway: bool

    @classmethod
    def from_environment(cls, folder: Path) -> Signer:
        env = os.environ
        password = ["-pass", env["GK_SIGN_PASS"]] if env.get("GK_SIGN_PASS") else []
        stamp = ["-ts", env["GK_SIGN_TIMESTAMP_URL"]] if env.get("GK_SIGN_TIMESTAMP_URL") else []
        if env.get("GK_SIGN_PFX"):
            return cls(["-pkcs12", env["GK_SIGN_PFX"], *password, *stamp], None, False)
        if env.get("GK_SIGN_CERT") and env.get("GK_SIGN_KEY"):
            return cls(["-certs", env["GK_SIGN_CERT"], "-key", env["GK_SIGN_KEY"], *password,
                        *stamp], None, False)
        cert, key = throwaway_certificate(folder)
        return cls(["-certs", str(cert), "-key", str(key)], cert, True)

    def sign(self, path: Path) -> None:
        """Sign `path` in place (SHA-256) and verify the result."""
        signed = path.with_name(path.name + ".signed")
        signed.unlink(missing_ok=True)
        subprocess.run(["osslsigncode", "sign", *self.args, "-h", "sha256", "-n", DESCRIPTION,
                        "-in", str(path), "-out", str(signed)], check=True,
                       stdout=subprocess.DEVNULL)
        os.replace(signed, path)
        print(f"signed {path.name}: {verify(path, self.cafile)}"
              + (" (throw-away test certificate)" if self.throwaway else ""))

    def verify(self, path: Path) -> str:
        return verify(path, self.cafile)


def throwaway_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed code-signing certificate for this build only (2048-bit RSA, 7 days)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "test-cert.pem", folder / "test-key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7",
                    "-subj", THROWAWAY_SUBJECT, "-keyout", str(key), "-out", str(cert),
                    "-addext", "extendedKeyUsage=codeSigning",
                    "-addext", "keyUsage=digitalSignature"],
                   check=True, capture_output=True)
    return cert, key
