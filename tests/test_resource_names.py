"""Names of JSON:API resources and the answers that carry them, where no example names the class."""

import json

import pytest

from generator.render.resource_names import document_name, owners, plural, resource_name, singular
from generator.spec import serde
from generator.spec.schema import ArraySchema, EnumSchema, ObjectSchema, Property, StringSchema


def resource(kind: str, *fields: str) -> ObjectSchema:
    props = [Property("type", EnumSchema(values=[kind])), Property("id", StringSchema())]
    props += [Property(name, ObjectSchema(properties=[Property("name", StringSchema())])) for name in fields]
    return ObjectSchema(properties=props)


def content(schema) -> str:
    return json.dumps(serde.dump(schema), sort_keys=True)


@pytest.mark.parametrize(
    "word, one, many",
    [("users", "user", "users"), ("policies", "policy", "policies"), ("dora_deployment", "dora_deployment", "dora_deployments"),
     ("processes", "process", "processes"), ("status", "status", "statuses")],
)
def test_singular_and_plural(word, one, many):
    assert singular(word) == one
    assert plural(one) == many


def test_a_resource_is_named_after_its_type_and_a_linkage_is_not():
    assert resource_name(resource("users", "attributes")) == "User"
    assert resource_name(resource("users")) is None  # {"id", "type"}: a relationship's linkage
    two_types = resource("users", "attributes")
    two_types.properties[0] = Property("type", EnumSchema(values=["users", "roles"]))
    assert resource_name(two_types) is None


def test_answers_are_named_after_their_resources():
    user = resource("users", "attributes")
    assert document_name(ObjectSchema(properties=[Property("data", user)])) == "UserResponse"
    assert document_name(ObjectSchema(properties=[Property("data", ArraySchema(items=user))])) == "UsersResponse"
    assert document_name(user) is None


def test_the_primary_resource_of_answers_wins_the_name_over_more_frequent_included_copies():
    full, cut = resource("users", "attributes", "relationships"), resource("users", "attributes")
    included = ObjectSchema(properties=[Property("included", ArraySchema(items=cut))])
    answer = ObjectSchema(properties=[Property("data", full)])
    bodies = [(included, True)] * 5 + [(answer, True)]
    assert owners(bodies, content)["User"] == content(full)
    assert owners([(included, True)] * 5, content)["User"] == content(cut)
