"""Benchmark: what one staff PIN guess costs, with the kiosk's own argon2id parameters.

Hashes a PIN --rounds times with kiosk.services.staff.hash_pin (and verifies it with
pin_matches, which is what a guess costs an attacker holding the hash), and the same with the
scrypt parameters used before, for comparison. Target: at least ~100 ms per guess on a kiosk
PC (issue 10). The last line printed is one JSON object.

    python bench/pin_kdf.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.services.staff import PIN_HASHER, hash_pin, pin_matches

PIN = "482916"


def _ms(action: object, rounds: int) -> list[float]:
    assert callable(action)
    action()  # warm-up: first allocation of the memory
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    stored = hash_pin(PIN)
    hashing = _ms(lambda: hash_pin(PIN), args.rounds)
    guessing = _ms(lambda: pin_matches("000000", stored), args.rounds)
    old_scrypt = _ms(
        lambda: hashlib.scrypt(PIN.encode(), salt=os.urandom(16), n=2**14, r=8, p=1, dklen=32),
        args.rounds,
    )
    guess_ms = statistics.median(guessing)
    print(f"argon2id hash  median {statistics.median(hashing):7.1f} ms")
    print(f"argon2id guess median {guess_ms:7.1f} ms (a wrong PIN checked against the hash)")
    print(f"old scrypt     median {statistics.median(old_scrypt):7.1f} ms")
    print(f"every 6-digit PIN: {guess_ms * 1e6 / 3.6e6:.1f} core-hours")
    result = {
        "bench": "pin_kdf",
        "kdf": "argon2id",
        "memory_kib": PIN_HASHER.memory_cost,
        "time_cost": PIN_HASHER.time_cost,
        "parallelism": PIN_HASHER.parallelism,
        "rounds": args.rounds,
        "hash_ms_p50": round(statistics.median(hashing), 1),
        "ms_per_guess_p50": round(guess_ms, 1),
        "scrypt_before_ms_p50": round(statistics.median(old_scrypt), 1),
        "cpu_count": os.cpu_count(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
