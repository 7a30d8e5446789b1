using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution;

/// <summary>CREATE/DROP CONSTRAINT and INDEX, SHOW INDEXES/CONSTRAINTS, with Neo4j's IF [NOT] EXISTS rules.</summary>
internal static class SchemaCommands
{
    public static CypherResult Run(Statement statement, QueryContext context)
    {
        switch (statement)
        {
            case CreateIndexStatement create:
                Create(create, context);
                return CypherResult.Empty;
            case CreateFullTextIndexStatement:
                // Deliberately a no-op: the embedded engine has no full-text index (CALL db.index.fulltext.* is ProcedureNotFound),
                // so cypher/schema.cypher, written for Neo4j, applies here unchanged and idempotently.
                return CypherResult.Empty;
            case DropIndexStatement drop:
                Drop(drop, context);
                return CypherResult.Empty;
            case ShowIndexesStatement show:
                return Show(show, context.View);
            default:
                throw new InvalidOperationException($"Not a schema command: {statement.GetType().Name}");
        }
    }

    private static void Create(CreateIndexStatement create, QueryContext context)
    {
        var name = create.Name ?? $"{(create.Unique ? "constraint" : "index")}_{create.Label}_{create.Property}".ToLowerInvariant();
        var definition = new IndexDefinition(name, create.Label, create.Property, create.Unique);
        var existing = context.View.Indexes;
        if (existing.Any(index => index.IsEquivalentTo(definition) || index.Name == name))
        {
            if (create.IfNotExists)
            {
                return;
            }
            var equivalent = existing.FirstOrDefault(index => index.IsEquivalentTo(definition));
            if (equivalent is not null)
            {
                throw new CypherException("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
                    $"An equivalent {(create.Unique ? "constraint" : "index")} already exists: '{equivalent.Name}' on (:{equivalent.Label} {{{equivalent.Property}}}).");
            }
        }
        context.Transaction.CreateIndex(definition);
    }

    private static void Drop(DropIndexStatement drop, QueryContext context)
    {
        var existing = context.View.Indexes.FirstOrDefault(index => index.Name == drop.Name);
        var kind = drop.IsConstraint ? "constraint" : "index";
        if (existing is not null && existing.Unique != drop.IsConstraint)
        {
            throw new CypherException(drop.IsConstraint ? "Neo.ClientError.Schema.ConstraintDropFailed" : "Neo.ClientError.Schema.IndexDropFailed",
                $"Unable to drop {kind} '{drop.Name}': it is {(existing.Unique ? "a constraint; use DROP CONSTRAINT" : "an index; use DROP INDEX")}.");
        }
        if (existing is null)
        {
            if (drop.IfExists)
            {
                return;
            }
            throw new CypherException(drop.IsConstraint ? "Neo.ClientError.Schema.ConstraintDropFailed" : "Neo.ClientError.Schema.IndexDropFailed",
                $"Unable to drop {kind} called `{drop.Name}`: no such {kind} exists.");
        }
        context.Transaction.DropIndex(drop.Name);
    }

    private static CypherResult Show(ShowIndexesStatement show, GraphSnapshot snapshot)
    {
        var rows = snapshot.Indexes
            .Where(index => !show.Constraints || index.Unique)
            .OrderBy(index => index.Name, StringComparer.Ordinal)
            .Select(index => (IReadOnlyList<object?>)[
                index.Name,
                show.Constraints ? "UNIQUENESS" : "RANGE",
                "NODE",
                new List<object?> { index.Label },
                new List<object?> { index.Property },
                index.Unique && !show.Constraints ? index.Name : null,
            ])
            .ToList();
        var last = show.Constraints ? "ownedIndex" : "owningConstraint";
        return new CypherResult(["name", "type", "entityType", "labelsOrTypes", "properties", last], rows);
    }
}
