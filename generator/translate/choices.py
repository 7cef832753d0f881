"""Where and how the Argos model may run: the choices the command line offers, apart from
``argos.py`` (which the ``briefing`` program imports only to translate or manage models:
its network and archive modules cost every other command tens of milliseconds)."""

DEVICES = ("cpu", "cuda", "auto")
# CTranslate2's compute types; "default" keeps the type the model was saved with.
COMPUTE_TYPES = (
    "default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
    "float16", "bfloat16", "float32",
)  # fmt: skip
