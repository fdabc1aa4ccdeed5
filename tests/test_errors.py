import re

import pytest

from sambandh import errors


def _messages():
    return {name: value for name, value in vars(errors).items() if re.fullmatch(r"E\d{3}", name)}


def test_errors_codes_match_their_names():
    for name, message in _messages().items():
        assert message.startswith(f"[{name}]"), name


def test_errors_codes_are_unique():
    codes = [message[1:5] for message in _messages().values()]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("cls", [errors.InputError, errors.DataFileError, errors.StoreError])
def test_errors_share_one_base(cls):
    assert issubclass(cls, errors.SambandhError)
