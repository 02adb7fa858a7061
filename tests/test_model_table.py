"""Rebuilding a schema from a model table (generator.parse.model_table), on small tables written by hand.

Each table is written the way a page writes it; its header is on line 10, so its first row is on line 12.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from model_tables import render_table

from generator.parse.model_table import rebuild, rows_from_table
from generator.problems import ERROR, Problem, Problems
from generator.spec.schema import (
    AnySchema,
    ArraySchema,
    BooleanSchema,
    EnumSchema,
    IntegerSchema,
    NumberSchema,
    ObjectSchema,
    OneOfSchema,
    Property,
    StringSchema,
)

FIRST_LINE = 10
HEAD = "| Parent field | Field | Type | Description |\n| --- | --- | --- | --- |\n"


def table(text: str) -> list[list[str]]:
    """The cells of a Markdown table (header, separator, rows), split on every "|" as a naive reader would."""
    cells = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        line = line[1:] if line.startswith("|") else line
        line = line[:-1] if line.endswith("|") else line
        cells.append([cell.strip() for cell in line.split("|")])
    return [cells[0]] + cells[2:]


def parse(text: str, examples=()) -> tuple[ObjectSchema, list[Problem]]:
    problems = Problems("t.md")
    rows = rows_from_table(table(text), FIRST_LINE, problems)
    assert rows is not None
    return rebuild(rows, problems, examples=list(examples)), problems.items


def obj(description: str = "", *properties: Property, additional=None) -> ObjectSchema:
    return ObjectSchema(description=description, properties=list(properties), additional=additional)


def prop(name: str, schema, required: bool = False) -> Property:
    return Property(name, schema, required)


def string(description: str = "", format: str | None = None) -> StringSchema:
    return StringSchema(description=description, format=format)


def errors(problems: list[Problem]) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in problems if p.severity == ERROR]


FLAT = HEAD + """
|  | id [*required*] | string | The ID of the user. |
|  | name | string | The name of the user. |
|  | verified [*required*] | boolean | Whether the user is verified. |
"""


def test_flat_object_with_required_markers():
    schema, problems = parse(FLAT)
    assert schema == obj(
        "",
        prop("id", string("The ID of the user."), required=True),
        prop("name", string("The name of the user.")),
        prop("verified", BooleanSchema(description="Whether the user is verified."), required=True),
    )
    assert problems == []


NESTED = HEAD + """
|  | data | object | The user. |
| data | attributes | object | Its attributes. |
| attributes | email | string | The email. |
| attributes | handle | string | The handle. |
| data | id | string | The ID. |
|  | meta | object | Metadata. |
| meta | page | object | Paging. |
| page | total | int64 | Total. |
"""


def test_nested_objects():
    schema, problems = parse(NESTED)
    attributes = obj("Its attributes.", prop("email", string("The email.")), prop("handle", string("The handle.")))
    page = obj("Paging.", prop("total", IntegerSchema(description="Total.", format="int64")))
    assert schema == obj(
        "",
        prop("data", obj("The user.", prop("attributes", attributes), prop("id", string("The ID.")))),
        prop("meta", obj("Metadata.", prop("page", page))),
    )
    assert problems == []


REPEATED = HEAD + """
|  | data | object | The membership. |
| data | relationships | object | Relationships. |
| relationships | teams | object | The teams. |
| teams | data | object | A team. |
| data | id | string | Team ID. |
| data | type | enum | Team type. Allowed enum values: `team` |
| data | type | enum | Membership type. Allowed enum values: `team_memberships` |
"""


def test_repeated_parent_names_outer_type_lands_on_outer_data():
    schema, problems = parse(REPEATED)
    inner = obj(
        "A team.",
        prop("id", string("Team ID.")),
        prop("type", EnumSchema(description="Team type. Allowed enum values: `team`", values=["team"])),
    )
    outer_type = EnumSchema(
        description="Membership type. Allowed enum values: `team_memberships`", values=["team_memberships"]
    )
    relationships = obj("Relationships.", prop("teams", obj("The teams.", prop("data", inner))))
    data = obj("The membership.", prop("relationships", relationships), prop("type", outer_type))
    assert schema == obj("", prop("data", data))
    assert problems == []


OPTIONS = HEAD + """
|  | data | <oneOf> | Data. |
| data | Option 1 | object | A pipeline event. |
| Option 1 | attributes | object | Attributes. |
| attributes | resource [*required*] | <oneOf> | The resource. |
| resource | Option 1 | <oneOf> | A pipeline. |
| Option 1 | Option 1 | object | A finished pipeline. |
| Option 1 | end [*required*] | date-time | End. |
| Option 1 | Option 2 | object | A running pipeline. |
| Option 2 | start | date-time | Start. |
| resource | Option 2 | object | A stage. |
| Option 2 | name | string | Name. |
| data | Option 2 | [object] | Many events. |
| Option 2 | id | string | Id. |
"""


def test_options_at_several_depths():
    # "Option 1 | end" could name the outer Option 1 (the event object, "end" > "attributes") or the
    # finished pipeline; only the latter leaves "Option 1 | Option 2" a oneOf named "Option 1" to go to.
    schema, problems = parse(OPTIONS)
    finished = obj("A finished pipeline.", prop("end", string("End.", "date-time"), required=True))
    running = obj("A running pipeline.", prop("start", string("Start.", "date-time")))
    pipeline = OneOfSchema(description="A pipeline.", options=[finished, running])
    stage = obj("A stage.", prop("name", string("Name.")))
    resource = OneOfSchema(description="The resource.", options=[pipeline, stage])
    event = obj("A pipeline event.", prop("attributes", obj("Attributes.", prop("resource", resource, required=True))))
    events = ArraySchema(description="Many events.", items=obj("", prop("id", string("Id."))))
    assert schema == obj("", prop("data", OneOfSchema(description="Data.", options=[event, events])))
    assert problems == []


NESTED_ONE_OF = HEAD + """
|  | value | <oneOf> | A value. |
| value | Option 1 | <oneOf> | A scalar. |
| Option 1 | Option 1 | string | A string. |
| Option 1 | Option 2 | double | A number. |
| value | Option 2 | object <oneOf> | A pair. |
| Option 2 | Option 1 | [string] | A list. |
| Option 2 | Option 2 | object | An object. |
| Option 2 | key | string | The key. |
"""


def test_nested_one_of():
    # The last row names "Option 2": the pair (a oneOf) cannot take a property, its second option can.
    schema, problems = parse(NESTED_ONE_OF)
    scalar = OneOfSchema(
        description="A scalar.", options=[string("A string."), NumberSchema(description="A number.", format="double")]
    )
    pair = OneOfSchema(
        description="A pair.",
        options=[
            ArraySchema(description="A list.", items=StringSchema()),
            obj("An object.", prop("key", string("The key."))),
        ],
    )
    assert schema == obj("", prop("value", OneOfSchema(description="A value.", options=[scalar, pair])))
    assert problems == []


ARRAY_OF_OBJECTS = HEAD + """
|  | data | [object] | The users. |
| data | id | string | ID. |
| data | type | string | Type. |
|  | meta | object | Meta. |
"""


def test_array_of_objects_children_go_into_items():
    schema, problems = parse(ARRAY_OF_OBJECTS)
    items = obj("", prop("id", string("ID.")), prop("type", string("Type.")))
    data = ArraySchema(description="The users.", items=items)
    assert schema == obj("", prop("data", data), prop("meta", obj("Meta.")))
    assert problems == []


ARRAY_OF_ONE_OF = HEAD + """
|  | included | [ <oneOf>] | Related resources. |
| included | Option 1 | object | A team. |
| Option 1 | id | string | Team ID. |
| included | Option 2 | object | A layer. |
| Option 2 | name | string | Layer name. |
"""


def test_array_of_one_of():
    schema, problems = parse(ARRAY_OF_ONE_OF)
    options = [obj("A team.", prop("id", string("Team ID."))), obj("A layer.", prop("name", string("Layer name.")))]
    included = ArraySchema(description="Related resources.", items=OneOfSchema(options=options))
    assert schema == obj("", prop("included", included))
    assert problems == []


ARRAYS_OF_ARRAYS = HEAD + """
|  | meta | object | Metadata. |
| meta | agent_checks | [array] | Agent checks. |
| meta | fbsdV | [] | FreeBSD versions. |
| meta | tags | [string] | Tags. |
"""


def test_arrays_of_arrays():
    schema, problems = parse(ARRAYS_OF_ARRAYS)
    meta = obj(
        "Metadata.",
        prop("agent_checks", ArraySchema(description="Agent checks.", items=ArraySchema(items=AnySchema()))),
        prop("fbsdV", ArraySchema(description="FreeBSD versions.", items=AnySchema())),
        prop("tags", ArraySchema(description="Tags.", items=StringSchema())),
    )
    assert schema == obj("", prop("meta", meta))
    assert problems == []


MAP_OF_ONE_OF = HEAD + """
|  | data | object | The results. |
| data | buckets | [object] | Buckets. |
| buckets | by | object | Group-by values. |
| additionalProperties | <any-key> | string | A group-by value. |
| buckets | computes | object | Computed values. |
| additionalProperties | <any-key> | <oneOf> | A bucket value. |
| <any-key> | Option 1 | string | A single string value. |
| <any-key> | Option 2 | double | A single number value. |
| <any-key> | Option 3 | [object] | A timeseries array. |
| Option 3 | time | date-time | The time. |
| Option 3 | value | double | The value. |
|  | links | object | Links. |
"""


def test_maps_including_a_one_of_map_value():
    schema, problems = parse(MAP_OF_ONE_OF)
    point = obj(
        "",
        prop("time", string("The time.", "date-time")),
        prop("value", NumberSchema(description="The value.", format="double")),
    )
    value = OneOfSchema(
        description="A bucket value.",
        options=[
            string("A single string value."),
            NumberSchema(description="A single number value.", format="double"),
            ArraySchema(description="A timeseries array.", items=point),
        ],
    )
    bucket = obj(
        "",
        prop("by", obj("Group-by values.", additional=string("A group-by value."))),
        prop("computes", obj("Computed values.", additional=value)),
    )
    data = obj("The results.", prop("buckets", ArraySchema(description="Buckets.", items=bucket)))
    assert schema == obj("", prop("data", data), prop("links", obj("Links.")))
    assert problems == []


MAP_OF_OBJECTS = HEAD + """
|  | attributes | object | Custom attributes. |
| additionalProperties | <any-key> | object | One attribute. |
| <any-key> | name | string | Its name. |
| <any-key> | value | string | Its value. |
| attributes | kind | string | Declared after the map. |
|  | id | string | ID. |
"""


def test_map_of_objects_then_properties_of_the_same_object():
    schema, problems = parse(MAP_OF_OBJECTS)
    attribute = obj("One attribute.", prop("name", string("Its name.")), prop("value", string("Its value.")))
    attributes = obj("Custom attributes.", prop("kind", string("Declared after the map.")), additional=attribute)
    assert schema == obj("", prop("attributes", attributes), prop("id", string("ID.")))
    assert problems == []


ENUMS = HEAD + """
|  | level | enum | Level. Allowed enum values: `1,2,3` |
|  | mode | enum | The mode, values not listed. |
|  | status [*required*] | enum | The status. Allowed enum values: `rollback,rollforward` |
|  | unit | string | A unit. Allowed values: `ms`, `s` and `m`. |
"""


def test_enums_with_values():
    schema, problems = parse(ENUMS)
    assert schema == obj(
        "",
        prop("level", EnumSchema(description="Level. Allowed enum values: `1,2,3`", values=["1", "2", "3"])),
        prop("mode", EnumSchema(description="The mode, values not listed.")),
        prop(
            "status",
            EnumSchema(
                description="The status. Allowed enum values: `rollback,rollforward`",
                values=["rollback", "rollforward"],
            ),
            required=True,
        ),
        prop(
            "unit",
            StringSchema(description="A unit. Allowed values: `ms`, `s` and `m`.", allowed_values=["ms", "s", "m"]),
        ),
    )
    assert problems == []


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("string", StringSchema()),
        ("date-time", StringSchema(format="date-time")),
        ("uuid", StringSchema(format="uuid")),
        ("binary", StringSchema(format="binary")),
        ("int64", IntegerSchema(format="int64")),
        ("int32", IntegerSchema(format="int32")),
        ("integer", IntegerSchema()),
        ("double", NumberSchema(format="double")),
        ("boolean", BooleanSchema()),
        ("[string]", ArraySchema(items=StringSchema())),
        ("object <oneOf>", OneOfSchema()),
    ],
)
def test_formats(cell, expected):
    schema, problems = parse(HEAD + f"|  | value | {cell} | A value. |\n")
    assert schema == obj("", prop("value", replace(expected, description="A value.")))
    assert problems == []


DEPRECATED = HEAD + """
|  | legacy | object | **DEPRECATED**: Use `name` instead. |
| legacy | id | string | The old ID. |
|  | name | string | The name. |
|  | old_ids | [string] | **DEPRECATED**: Replaced by `ids`. |
"""


def test_deprecated_descriptions():
    schema, problems = parse(DEPRECATED)
    legacy = ObjectSchema(
        description="**DEPRECATED**: Use `name` instead.",
        deprecated=True,
        properties=[prop("id", string("The old ID."))],
    )
    old_ids = ArraySchema(description="**DEPRECATED**: Replaced by `ids`.", deprecated=True, items=StringSchema())
    assert schema == obj("", prop("legacy", legacy), prop("name", string("The name.")), prop("old_ids", old_ids))
    assert problems == []


def test_free_form_object_is_an_object_without_properties():
    schema, problems = parse(HEAD + "|  | context | object | Free-form context. |\n|  | id | string | ID. |\n")
    assert schema == obj("", prop("context", obj("Free-form context.")), prop("id", string("ID.")))
    assert problems == []


EMPTY_TYPES = HEAD + """
|  | payload |  | Any JSON value. |
|  | settings |  | Settings. |
| settings | mode | string | The mode. |
|  | variant |  | **DEPRECATED**: A variant. |
| variant | Option 1 | string | As text. |
| variant | Option 2 | int64 | As a number. |
"""


def test_empty_type_cell_is_any_value_or_what_its_children_make_it():
    schema, problems = parse(EMPTY_TYPES)
    variant = OneOfSchema(
        description="**DEPRECATED**: A variant.",
        deprecated=True,
        options=[string("As text."), IntegerSchema(description="As a number.", format="int64")],
    )
    assert schema == obj(
        "",
        prop("payload", AnySchema(description="Any JSON value.")),
        prop("settings", obj("Settings.", prop("mode", string("The mode.")))),
        prop("variant", variant),
    )
    assert problems == []


def test_three_column_table():
    schema, problems = parse("""
| Field | Type | Description |
| --- | --- | --- |
| errors [*required*] | [string] | A list of errors. |
| status | int32 | The status. |
""")
    assert schema == obj(
        "",
        prop("errors", ArraySchema(description="A list of errors.", items=StringSchema()), required=True),
        prop("status", IntegerSchema(description="The status.", format="int32")),
    )
    assert problems == []


def test_row_missing_its_description_cell():
    schema, problems = parse(HEAD + """
|  | attributes | object | Attributes. |
| attributes | confidence_level | double |
| attributes | name | string | Name. |
""")
    confidence = NumberSchema(format="double")  # no description
    attributes = obj("Attributes.", prop("confidence_level", confidence), prop("name", string("Name.")))
    assert schema == obj("", prop("attributes", attributes))
    assert problems == []


def test_extra_cell_is_kept_in_the_description():
    text = HEAD + """
|  | offset | string | An offset, +HH:00 | -HH:00, from UTC. |
|  | zone | string | The zone. |
"""
    assert table(text)[1] == ["", "offset", "string", "An offset, +HH:00", "-HH:00, from UTC."]
    schema, problems = parse(text)
    offset = string("An offset, +HH:00 | -HH:00, from UTC.")
    assert schema == obj("", prop("offset", offset), prop("zone", string("The zone.")))
    assert problems == []


def test_unknown_type_is_an_error_on_its_line():
    schema, problems = parse(HEAD + """
|  | id | string | ID. |
|  | size | decimal128 | The size. |
|  | unit | string | Unit. |
""")
    assert schema == obj(
        "", prop("id", string("ID.")), prop("size", AnySchema(description="The size.")), prop("unit", string("Unit."))
    )
    assert errors(problems) == [(13, 'unknown type "decimal128" for field "size"; read as any value')]
    assert len(problems) == 1


def test_parent_never_opened_is_an_error_on_its_line():
    schema, problems = parse(HEAD + """
|  | data | object | Data. |
| data | id | string | ID. |
| attributes | name | string | Name. |
| data | type | string | Type. |
""")
    assert schema == obj("", prop("data", obj("Data.", prop("id", string("ID.")), prop("type", string("Type.")))))
    assert errors(problems) == [(14, 'field "name" names a parent "attributes" that is not open here')]
    assert len(problems) == 1


def test_parent_already_closed_is_an_error_on_its_line():
    schema, problems = parse(HEAD + """
|  | attributes | object | Attributes. |
| attributes | name | string | Name. |
|  | data | object | Data. |
| attributes | value | string | Value. |
| data | id | string | ID. |
""")
    assert schema == obj(
        "",
        prop("attributes", obj("Attributes.", prop("name", string("Name.")))),
        prop("data", obj("Data.", prop("id", string("ID.")))),
    )
    assert errors(problems) == [(15, 'field "value" names a parent "attributes" that is not open here')]
    assert len(problems) == 1


AMBIGUOUS = HEAD + """
|  | data | object | Data. |
| data | relationships | object | Relationships. |
| relationships | team | object | The team. |
| team | data | object | Team data. |
| data | id | string | Team ID. |
| data | type | string | A type. |
"""


def _ambiguous_tree(type_on_outer: bool) -> ObjectSchema:
    type_ = prop("type", string("A type."))
    inner = obj("Team data.", prop("id", string("Team ID.")), *([] if type_on_outer else [type_]))
    relationships = obj("Relationships.", prop("team", obj("The team.", prop("data", inner))))
    data = obj("Data.", prop("relationships", relationships), *([type_] if type_on_outer else []))
    return obj("", prop("data", data))


def test_ambiguous_placement_is_an_error():
    # "type" fits the inner data (after "id") and the outer data (after "relationships"): both trees give
    # this very table.
    schema, problems = parse(AMBIGUOUS)
    assert errors(problems) == [
        (
            17,
            'cannot tell which "data" field "type" belongs to: under "data" of line 15 or under "data" of line 12, '
            'and no example tells; placed under "data" of line 15',
        )
    ]
    assert len(problems) == 1
    assert schema == _ambiguous_tree(type_on_outer=False)


def test_ambiguous_placement_stays_an_error_when_the_examples_do_not_tell():
    schema, problems = parse(AMBIGUOUS, examples=[{"data": {"relationships": {}}}])
    assert [p.line for p in problems] == [17]
    assert schema == _ambiguous_tree(type_on_outer=False)


@pytest.mark.parametrize("type_on_outer", [True, False])
def test_ambiguous_placement_settled_by_an_example(type_on_outer):
    inner = {"id": "t1"} if type_on_outer else {"id": "t1", "type": "teams"}
    outer = {"relationships": {"team": {"data": inner}}}
    if type_on_outer:
        outer["type"] = "memberships"
    schema, problems = parse(AMBIGUOUS, examples=[{"data": outer}])
    assert problems == []
    assert schema == _ambiguous_tree(type_on_outer)


def test_header_and_no_rows():
    schema, problems = parse(HEAD)
    assert schema == ObjectSchema()
    assert problems == []


def test_unknown_columns_are_an_error():
    problems = Problems("t.md")
    assert rows_from_table([["Name", "Type"], ["id", "string"]], FIRST_LINE, problems) is None
    assert errors(problems.items) == [(FIRST_LINE, "a model table with unknown columns: Name | Type")]


CANONICAL = {
    "flat": FLAT,
    "nested": NESTED,
    "repeated": REPEATED,
    "options": OPTIONS,
    "array_of_objects": ARRAY_OF_OBJECTS,
    "array_of_one_of": ARRAY_OF_ONE_OF,
    "arrays_of_arrays": ARRAYS_OF_ARRAYS,
    "map_of_one_of": MAP_OF_ONE_OF,
    "map_of_objects": MAP_OF_OBJECTS,
    "deprecated": DEPRECATED,
}


@pytest.mark.parametrize("name", sorted(CANONICAL))
def test_the_test_helper_renders_the_table_back(name):
    """tests/model_tables.py writes these tables as the pages do (the others use cells it writes otherwise)."""
    text = CANONICAL[name]
    schema, _ = parse(text)
    assert render_table(schema) == table(text)


OPTIONS_PAST_NINE = HEAD + "|  | value | <oneOf> | A value. |\n" + "".join(
    f"| value | Option {n} | string | Option {n}. |\n" for n in range(1, 12)
)


def test_options_are_in_numeric_order():
    # "Option 10" sorts before "Option 2" as text: the options keep their numeric order.
    schema, problems = parse(OPTIONS_PAST_NINE)
    options = [string(f"Option {n}.") for n in range(1, 12)]
    assert schema == obj("", prop("value", OneOfSchema(description="A value.", options=options)))
    assert problems == []


def test_row_out_of_alphabetical_order_is_a_warning():
    schema, problems = parse(HEAD + """
|  | data | object | Data. |
| data | type | string | Type. |
| data | id | string | ID. |
""")
    assert schema == obj("", prop("data", obj("Data.", prop("type", string("Type.")), prop("id", string("ID.")))))
    assert [(p.line, p.severity, p.message) for p in problems] == [
        (14, "warning", 'field "id" of "data" is out of alphabetical order')
    ]


# --- Bugs found by these tests (generator/parse/model_table.py); each test states what is expected. ---


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("| ghost | x | string | Ghost. |\n", [(19, ERROR)]),
        ("|  | meta | object | M. |\n| meta | b | string | B. |\n| meta | a | string | A. |\n", [(21, "warning")]),
    ],
    ids=["parent-never-opened", "row-out-of-order"],
)
def test_an_unplaceable_row_does_not_misplace_the_others(extra, expected):
    schema, problems = parse(REPEATED + extra)
    assert [(p.line, p.severity) for p in problems] == expected
    data = schema.property("data").schema
    assert [p.name for p in data.properties] == ["relationships", "type"]
    inner = data.property("relationships").schema.property("teams").schema.property("data").schema
    assert [p.name for p in inner.properties] == ["id", "type"]


def _independent_ambiguities(count: int) -> tuple[str, dict]:
    """``count`` top-level objects fK -> b -> fK, then "fK | c": c fits both fK; the example puts it outside."""
    text, example = HEAD, {}
    for k in range(1, count + 1):
        f = f"f{k}"
        text += f"|  | {f} | object | F. |\n| {f} | b | object | B. |\n"
        text += f"| b | {f} | object | Inner. |\n| {f} | c | string | C. |\n"
        example[f] = {"b": {f: {}}, "c": "x"}
    return text, example


def test_examples_settle_several_independent_ambiguities():
    text, example = _independent_ambiguities(4)
    schema, problems = parse(text, examples=[example])
    assert problems == []
    assert all([q.name for q in p.schema.properties] == ["b", "c"] for p in schema.properties)


def test_examples_settle_five_independent_ambiguities():
    text, example = _independent_ambiguities(5)
    schema, problems = parse(text, examples=[example])
    assert [[q.name for q in p.schema.properties] for p in schema.properties] == [["b", "c"]] * 5
    assert problems == []


def test_empty_type_cell_stays_any_value_when_an_example_places_the_next_row_elsewhere():
    text = HEAD + """
|  | data | object | Data. |
| data | data |  | Any value. |
| data | id | string | ID. |
"""
    schema, problems = parse(text, examples=[{"data": {"data": 0, "id": "x"}}])
    assert problems == []
    data = obj("Data.", prop("data", AnySchema(description="Any value.")), prop("id", string("ID.")))
    assert schema == obj("", prop("data", data))


def test_every_ambiguous_row_is_reported():
    text, _ = _independent_ambiguities(2)
    schema, problems = parse(text)
    assert sorted(p.line for p in problems if p.severity == ERROR) == [15, 19]
