"""Join codes and sign-in codes: short, easy to read aloud, hard to guess.

The alphabet leaves out the letters and digits that are easy to confuse when read aloud or
written by hand (0/O, 1/I, 2/Z, 5/S, 6/b, 8/B): 25 characters remain. A join code has 8 of them (25**8 ≈ 1.5 × 10**11 combinations), a
personal sign-in code 10 (25**10 ≈ 9.5 × 10**13); both are shown in groups of four or five
("ACDE-FGHJ", "ACDEF-GHJKM") and accepted with or without the dash, in any case, with spaces.
Together with the rate limits (ratelimit.py) a guesser gets about 20 tries per 10 minutes.
"""

import secrets

ALPHABET = "ACDEFGHJKLMNPQRTUVWXY3479"
JOIN_CODE_LENGTH = 8
SIGNIN_CODE_LENGTH = 10


def random_code(length):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise(typed):
    """What a person typed, as stored: upper case, no spaces or dashes."""
    return "".join(char for char in (typed or "").upper() if char not in " -–—\t")


def is_well_formed(code, length):
    return len(code) == length and all(char in ALPHABET for char in code)


def grouped(code):
    """ "ACDEFGHJ" -> "ACDE-FGHJ"; "ACDEFGHJKM" -> "ACDEF-GHJKM"."""
    if not code:
        return ""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def combinations(length):
    return len(ALPHABET) ** length
