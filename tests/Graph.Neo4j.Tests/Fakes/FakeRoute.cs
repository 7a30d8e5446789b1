namespace Graph.Neo4j.Tests.Fakes;

/// <summary>The Query API endpoints the fake Neo4j answers.</summary>
internal enum FakeRoute
{
    /// <summary>POST /db/{db}/query/v2: an implicit transaction.</summary>
    Query,

    /// <summary>POST /db/{db}/query/v2/tx: open an explicit transaction.</summary>
    Begin,

    /// <summary>POST /db/{db}/query/v2/tx/{id}: a statement in it.</summary>
    Run,

    /// <summary>POST /db/{db}/query/v2/tx/{id}/commit.</summary>
    Commit,

    /// <summary>DELETE /db/{db}/query/v2/tx/{id}.</summary>
    Rollback,
}
