"""Arguments to the wire format, and answers back to models.

Models are named by strings (``"v2.model.dora_deployment_patch_request:DORADeploymentPatchRequest"``,
optionally wrapped as ``"list[...]"``) and imported only when a request or an answer needs them, relative
to the package root: the package name is chosen when the SDK is generated, and importing every model
up front would make ``import <package>`` slow.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import gc
import importlib
import json
import logging
from collections.abc import Iterator, Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel, TypeAdapter, ValidationError

from .exceptions import ApiTypeError, ApiValueError

logger = logging.getLogger(__name__)

_ROOT = __package__  # the generated SDK's root package: this module sits at its top level


@functools.cache
def resolve_type(ref: str) -> Any:
    """``"v2.model.x:Cls"`` -> ``Cls``; ``"list[v2.model.x:Cls]"`` -> ``list[Cls]``."""
    if ref.startswith("list[") and ref.endswith("]"):
        return list[resolve_type(ref[5:-1])]  # type: ignore[misc]  # a type built at run time
    module, _, name = ref.partition(":")
    if not name:
        raise ApiValueError(f"bad type reference {ref!r}: expected 'module:Class'")
    return getattr(importlib.import_module("." + module, package=_ROOT), name)


@functools.cache
def _adapter(ref: str) -> TypeAdapter:
    return TypeAdapter(resolve_type(ref))


@functools.cache
def _any_adapter() -> TypeAdapter:
    return TypeAdapter(Any)


def format_scalar(value: Any) -> str:
    """One value of a path, query or header parameter: enums by value, booleans as ``true``/``false``,
    dates and datetimes in ISO 8601."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value)
    raise ApiTypeError(f"cannot send a {type(value).__name__} as a parameter: {value!r}")


def format_param(value: Any) -> str:
    """A parameter value; a list or tuple is sent comma-separated."""
    if isinstance(value, (list, tuple)):
        return ",".join(format_scalar(item) for item in value)
    return format_scalar(value)


def expand_path(template: str, names: Mapping[str, str], arguments: Mapping[str, Any]) -> str:
    """Substitute the path parameters, each percent-encoded whole (``a/b`` -> ``a%2Fb``)."""
    path = template
    for argument, name in names.items():
        value = arguments.get(argument)
        if value is None:
            raise ApiValueError(f"missing required path parameter {argument!r}")
        path = path.replace("{" + name + "}", quote(format_param(value), safe=""))
    return path


def encode_query(names: Mapping[str, str], arguments: Mapping[str, Any]) -> str:
    """The query string of the arguments given (None is left out), in the endpoint's order."""
    pairs = []
    for argument, wire in names.items():
        value = arguments.get(argument)
        if value is not None:
            pairs.append(f"{quote(wire, safe='[]')}={quote(format_param(value), safe=',:')}")
    return "&".join(pairs)


def _jsonable(value: Any) -> Any:
    """A body without a declared type: models dumped by alias, containers walked, the rest as pydantic does."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return _any_adapter().dump_python(value, mode="json")


def is_json(media_type: str) -> bool:
    media_type = media_type.split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def encode_body(value: Any, body_type: str | None, media_type: str, operation: str) -> bytes:
    """The request body. A dict or list is validated against ``body_type`` first, so that an invalid
    request fails here, with pydantic's explanation, instead of as a 400 from the server. Bytes are sent
    as they are; so is text for a media type that is not JSON (``text/plain``)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str) and not is_json(media_type):
        return value.encode("utf-8")
    if isinstance(value, BaseModel):
        data = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    elif body_type is not None:
        adapter = _adapter(body_type)
        try:
            model = adapter.validate_python(value)
        except ValidationError as error:
            raise ApiValueError(f"invalid request body for {operation}: {error}") from error
        data = adapter.dump_python(model, mode="json", by_alias=True, exclude_unset=True)
    else:
        data = _jsonable(value)
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def encode_form(names: Mapping[str, str], arguments: Mapping[str, Any]) -> tuple[bytes, str]:
    """A multipart/form-data body and its Content-Type: file-like values are sent as files."""
    import httpx  # only the calls that send forms need it here; the client imports it anyway

    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for argument, name in names.items():
        value = arguments.get(argument)
        if value is None:
            continue
        if hasattr(value, "read"):
            data = value.read()
            files[name] = (getattr(value, "name", name), data.encode("utf-8") if isinstance(data, str) else data)
        else:
            fields[name] = format_param(value)
    request = httpx.Request("POST", "http://form.invalid/", data=fields, files=files or None)
    return request.read(), request.headers["Content-Type"]


def decode(text: str, *, not_json: Any = None) -> Any:
    """JSON value of a body; None when it is empty; ``not_json`` when it is not JSON."""
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except ValueError:
        return not_json


NOT_JSON = object()


def read_success(ref: str | None, content: bytes, *, operation: str, status: int) -> Any:
    """A 2xx answer: its documented model, its JSON value when it has none or does not fit (see
    ``to_model``), or ``NOT_JSON`` when it is not JSON (CSV, plain text)."""
    if ref is not None:
        try:
            # pydantic's own JSON parser straight into the models: no Python dicts in between, which
            # makes a large list answer several times faster to read than json.loads + validation
            with _cyclic_gc_paused():
                return _adapter(ref).validate_json(content)
        except ValidationError:
            pass  # not JSON, or not the documented shape: the path below tells which, and logs it
    data = decode(content.decode("utf-8", errors="replace"), not_json=NOT_JSON)
    if data is NOT_JSON:
        return data
    return to_model(ref, data, operation=operation, status=status)


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Every object pydantic makes while reading an answer stays reachable from the result, so a cyclic
    collection in the middle walks them all for nothing; with thousands of models it would take as long
    as the reading itself. Re-enabled after, unless another thread had paused it first.

    Re-enabling alone would only move that walk to just after the call: the new objects are all in the
    youngest generation, over its threshold, and would be walked once there and once more in the middle
    one before reaching the oldest (a third of the reading time of a 1,000-user list). ``gc.freeze()``
    then ``gc.unfreeze()`` moves every tracked object to the oldest generation at once (two list
    splices), where full collections see them as they would have anyway. Not done when the application
    has frozen objects itself (a pre-fork server, say): ``unfreeze`` would undo that."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def to_model(ref: str | None, data: Any, *, operation: str, status: int, strict: bool = False) -> Any:
    """``data`` validated into the documented model of the status (kept as is when there is none).

    When it does not fit: ``strict`` raises ApiValueError, otherwise the data comes back unvalidated."""
    if ref is None or data is None:
        return data
    try:
        return _adapter(ref).validate_python(data)
    except ValidationError as error:
        if strict:
            raise ApiValueError(f"the {status} response of {operation} does not match its documented model") from error
        # What the server sent wins over what the docs say: the call succeeded, so its data is returned,
        # unvalidated, rather than lost to an exception (the docs' own examples break their models at times).
        logger.warning("the %s response of %s does not match its documented model: %s", status, operation, error)
        target = resolve_type(ref)
        if isinstance(target, type) and issubclass(target, BaseModel) and isinstance(data, dict):
            return target.model_construct(**data)
        return data
