"""GraphQL costed before it runs: an estimate of how many values an operation resolves,
refused over ``NORMGRAPH_GRAPHQL_MAX_COST`` with an error naming the budget.

The estimate walks the operation's selections with the schema's types. A field taking
``first`` is a page of that many items (its argument, a variable's value, or the
argument's default); a plain list field counts ``NORMGRAPH_GRAPHQL_LIST_FANOUT`` items
(its size is unknown before the store is read); the ``edges``/``nodes`` of a page count
once (the page is already counted). Every field costs the product of the counts on its
path, so aliases, nesting and page sizes multiply as they do at run time: fifteen aliases
of ``elections(first: 100)`` with nested recommendations and evidence estimate in the
millions, a page of twenty elections with their recommendations in the hundreds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    get_nullable_type,
    value_from_ast,
)
from graphql.execution import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension

BUDGET_SETTING = "NORMGRAPH_GRAPHQL_MAX_COST"
_PAGE_ITEMS = ("edges", "nodes")


class CostEstimate:
    """The estimated cost of one operation of a parsed document."""

    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
        list_fanout: int,
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.list_fanout = list_fanout

    def of(self, operation: OperationDefinitionNode) -> int:
        root = self.schema.get_root_type(operation.operation)
        return self._selections(root, operation.selection_set, 1, set()) if root else 0

    def _fields(
        self, selections: SelectionSetNode, seen: set[str]
    ) -> Iterator[tuple[FieldNode, str | None]]:
        """Every field of a selection set, fragments flattened (each fragment once per
        path, so a cycle of spreads cannot loop), with a type condition if any."""
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                yield selection, None
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                for field, _ in self._fields(selection.selection_set, seen):
                    yield field, condition.name.value if condition else None
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue
                for field, _ in self._fields(fragment.selection_set, seen | {name}):
                    yield field, fragment.type_condition.name.value

    def _selections(
        self,
        parent: GraphQLNamedType,
        selections: SelectionSetNode | None,
        multiplier: int,
        seen: set[str],
    ) -> int:
        if selections is None:
            return 0
        total = 0
        for field, condition in self._fields(selections, seen):
            owner = self.schema.get_type(condition) if condition else parent
            if not isinstance(owner, GraphQLObjectType | GraphQLInterfaceType):
                continue
            definition = owner.fields.get(field.name.value)
            if definition is None:
                continue
            count = multiplier * self._items(owner, field, definition)
            total += count + self._selections(
                get_named_type(definition.type), field.selection_set, count, seen
            )
        return total

    def _items(self, owner: GraphQLNamedType, field: FieldNode, definition: Any) -> int:
        """How many values the field stands for under one parent."""
        if "first" in definition.args:
            return max(self._argument(field, "first", definition.args["first"]), 1)
        if owner.name.endswith("Connection") and field.name.value in _PAGE_ITEMS:
            return 1
        if isinstance(get_nullable_type(definition.type), GraphQLList):
            return self.list_fanout
        return 1

    def _argument(self, field: FieldNode, name: str, argument: Any) -> int:
        for given in field.arguments or ():
            if given.name.value == name:
                value = value_from_ast(given.value, argument.type, dict(self.variables))
                return value if isinstance(value, int) else 1
        default = argument.default_value
        return default if isinstance(default, int) else 1


def estimate(
    schema: GraphQLSchema,
    document: Any,
    variables: Mapping[str, Any] | None,
    operation_name: str | None,
    list_fanout: int,
) -> int:
    """The estimated cost of the operation that would run (0 if none can be chosen)."""
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name is not None:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    if len(operations) != 1:
        return 0  # graphql-core reports the missing or ambiguous operation itself
    return CostEstimate(schema, fragments, variables or {}, list_fanout).of(operations[0])


def cost_limiter(max_cost: int, list_fanout: int) -> type[SchemaExtension]:
    """A strawberry extension refusing, before anything runs, operations over the budget."""

    class CostLimiter(SchemaExtension):
        def on_execute(self) -> Iterator[None]:
            context = self.execution_context
            document = context.graphql_document
            if document is not None and not context.result:
                schema = context.schema._schema
                cost = estimate(
                    schema, document, context.variables, context.operation_name, list_fanout
                )
                if cost > max_cost:
                    context.result = GraphQLExecutionResult(
                        data=None,
                        errors=[
                            GraphQLError(
                                f"the query's estimated cost is {cost:,}, over the budget of "
                                f"{max_cost:,} ({BUDGET_SETTING}): each page counts its "
                                f"'first' items and each list {list_fanout}, multiplied "
                                "along the path; ask for smaller pages, fewer aliases or "
                                "less nesting"
                            )
                        ],
                    )
            yield

    return CostLimiter
