"""oneOfs a constant field tells apart: found in the spec, read by that field in the generated SDK."""

import json

from generator.spec.schema import EnumSchema, ObjectSchema, OneOfSchema, Property, StringSchema
from generated_sdk import run_python


def resource(kind: str, *extra: Property) -> ObjectSchema:
    return ObjectSchema(properties=[Property("id", StringSchema()), Property("type", EnumSchema(values=[kind])), *extra])


def test_the_first_property_every_option_holds_as_one_distinct_constant_tells_them_apart():
    assert OneOfSchema(options=[resource("orgs"), resource("roles")]).discriminator() == ("type", ["orgs", "roles"])
    # "kind" is constant but the same in both options; "type" tells them apart
    kind = Property("kind", EnumSchema(values=["linkage"]))
    options = [ObjectSchema(properties=[kind, *resource(t).properties]) for t in ("orgs", "roles")]
    assert OneOfSchema(options=options).discriminator() == ("type", ["orgs", "roles"])


def test_no_discriminator_when_the_options_cannot_be_told_apart_by_a_constant():
    same = OneOfSchema(options=[resource("orgs"), resource("orgs")])
    two_values = ObjectSchema(properties=[Property("type", EnumSchema(values=["orgs", "teams"]))])
    not_an_object = OneOfSchema(options=[resource("orgs"), StringSchema()])
    missing = OneOfSchema(options=[resource("orgs"), ObjectSchema(properties=[Property("id", StringSchema())])])
    for schema in (same, OneOfSchema(options=[resource("roles"), two_values]), not_an_object, missing):
        assert schema.discriminator() is None
    assert OneOfSchema(options=[resource("orgs")]).discriminator() is None  # one option: nothing to tell apart


READ = """
import json, sys
from pydantic import TypeAdapter, ValidationError
from datadog_api_client.model_utils import UnparsedObject
from datadog_api_client.v2.model.users_response import UsersResponse
from datadog_api_client.v2.model.org import Org
from datadog_api_client.v2.model.role import Role
body = json.loads(sys.argv[1])
out = {}
fast = UsersResponse.model_validate_json(sys.argv[1])
slow = UsersResponse.model_validate(body)
out["same"] = fast == slow
out["classes"] = [type(x).__name__ for x in fast.included]
out["user"] = type(fast.data[0]).__name__
out["unknown"] = fast.included[-1].model_extra
out["dump"] = fast.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
try:
    UsersResponse.model_validate({"included": [{"type": "roles", "attributes": {"name": 3}}]})
except ValidationError as error:
    out["errors"] = [(".".join(map(str, e["loc"])), e["type"]) for e in error.errors()]
built = UsersResponse(included=[Org(id="o", type="orgs"), Role.model_construct(id="r")])
out["built"] = [type(x).__name__ for x in built.included]
print(json.dumps(out))
"""


def test_each_option_is_read_by_its_type_and_an_undocumented_type_is_kept_whole():
    body = {
        "data": [{"type": "users", "id": "u1", "attributes": {"email": "a@b.c"}}],
        "included": [
            {"type": "orgs", "id": "o1", "attributes": {"name": "Org"}},
            {"type": "roles", "id": "r1", "attributes": {"name": "Admin"}},
            {"type": "permissions", "id": "p1", "attributes": {"name": "logs_read"}},
            {"type": "teams", "id": "t1", "attributes": {"handle": "sre"}, "links": {"self": "/t1"}},
        ],
    }
    result = run_python(READ, json.dumps(body))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["same"] and out["dump"]
    assert out["classes"] == ["Org", "Role", "Permission", "UnparsedObject"]
    assert out["user"] == "User"  # a new kind of included object does not cost the rest its models
    assert out["unknown"] == body["included"][-1]
    # a documented type whose value does not fit: only that option's errors, then one line that says so
    assert out["errors"] == [
        ["included.0.oneOf.roles.attributes.name", "string_type"],
        ["included.0.oneOf.documented", "one_of_tag"],
    ]
    # model instances stay what they are, with their type or without (model_construct)
    assert out["built"] == ["Org", "Role"]
