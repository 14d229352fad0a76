from asyncstatus_core.open_enum import OpenStrEnum


class SignatureKeyType(OpenStrEnum):
    RSA = "RSA"
