from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import enum as _enum
from asyncstatus_core.model import field as _field

from ..models.signature_key_type import SignatureKeyType


class KeySet(OpenModel[Any]):
    """One signing key (bol's `KeySet`, S10). `publicKey` is, in bol's words, "The Base64 encoded
    public key to use when verifying the signature": the DER bytes of an X.509
    SubjectPublicKeyInfo (a signed sample that verifies with such a key: S11). The example in
    bol's own description decodes to a PKCS#8 private key instead, a documentation slip that
    this suite does not support.

    """

    id: str = _field("id", STR)
    """The key's id; "Maps to the keyId value in the signature header of the push request." """
    type_: SignatureKeyType = _field("type", _enum(SignatureKeyType))
    """The key's kind; bol's description lists only RSA (S10)."""
    public_key: str = _field("publicKey", STR)
    """The Base64 DER of the RSA public key (SubjectPublicKeyInfo)."""
