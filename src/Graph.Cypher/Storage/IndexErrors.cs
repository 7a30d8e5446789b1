using Graph.Core.Cypher;

namespace Graph.Cypher.Storage;

/// <summary>Constraint and index errors, worded as Neo4j words them so both backends read alike.</summary>
internal static class IndexErrors
{
    /// <summary>Neo4j's code when CREATE INDEX/CONSTRAINT reuses a name for a different schema.</summary>
    public const string NameAlreadyExistsCode = "Neo.ClientError.Schema.IndexWithNameAlreadyExists";

    public static CypherException AlreadyExists(long existingNodeId, IndexDefinition definition, object value) =>
        new(CypherErrorCodes.ConstraintValidationFailed,
            $"Node({existingNodeId}) already exists with label `{definition.Label}` and property `{definition.Property}` = {PropertyValues.Render(value)}");

    /// <summary>Creating a uniqueness constraint over data that already repeats a value fails, naming two offenders.</summary>
    public static void ThrowIfDuplicates(PropertyIndex index)
    {
        // Name the lowest-numbered clash so the message is the same on every run.
        (long First, long Second)? clash = null;
        foreach (var (_, ids) in index.Entries)
        {
            if (ids.Count > 1 && (clash is null || ids.First < clash.Value.First))
            {
                clash = (ids.First, ids.ElementAt(1));
            }
        }
        if (clash is { } pair)
        {
            var definition = index.Definition;
            throw new CypherException(CypherErrorCodes.ConstraintValidationFailed,
                $"Unable to create constraint '{definition.Name}' (:{definition.Label} {{{definition.Property}}}): " +
                $"both Node({pair.First}) and Node({pair.Second}) have the label `{definition.Label}` and property `{definition.Property}` with the same value.");
        }
    }
}
