namespace Graph.Import;

/// <summary>Kinds of named things the vocabulary declares. Organizations are graph nodes too (companies, labs, universities).</summary>
internal enum EntityKind
{
    Person,
    Tool,
    Show,
    Thesis,
    Organization,
    Source,
}
