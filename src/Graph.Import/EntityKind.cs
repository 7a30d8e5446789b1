namespace Graph.Import;

/// <summary>Kinds of named things the vocabulary declares. Companies are not graph nodes: they only keep names from becoming people.</summary>
internal enum EntityKind
{
    Person,
    Tool,
    Show,
    Thesis,
    Company,
    Source,
}
