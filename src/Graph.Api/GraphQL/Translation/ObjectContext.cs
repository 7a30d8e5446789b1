namespace Graph.Api.GraphQL.Translation;

/// <summary>What the Cypher expressions of an object's fields can refer to: the variables that stand for the object.</summary>
internal abstract record ObjectContext;

/// <summary>Query: nothing bound yet.</summary>
internal sealed record QueryContext : ObjectContext;

/// <summary>A node of the graph bound to <paramref name="Variable"/>.</summary>
internal sealed record NodeContext(string Variable) : ObjectContext;

/// <summary>ThesisPairing: the thesis asked about and the paired one.</summary>
internal sealed record PairingContext(string Thesis, string Other) : ObjectContext;

/// <summary>Relationship: a relationship seen from one end, and the node at its other end.</summary>
internal sealed record LinkContext(string Relationship, string Other) : ObjectContext;

/// <summary>Evidence: one relationship's provenance properties.</summary>
internal sealed record EvidenceContext(string Relationship) : ObjectContext;

/// <summary>A connection (and its PageInfo): how many match, the page's nodes, and the page's first position (a parameter).</summary>
internal sealed record ConnectionContext(string Total, string Page, string Skip) : ObjectContext;

/// <summary>An edge of a connection: its node and its position among all that match.</summary>
internal sealed record EdgeContext(string Node, string Position) : ObjectContext;

/// <summary>An entry of a top list: a node and how many distinct nodes it reaches.</summary>
internal sealed record RankedContext(string Node, string Count) : ObjectContext;

/// <summary>A source reached along RELATED_TO: the source and how many hops away it is.</summary>
internal sealed record RelatedContext(string Source, string Distance) : ObjectContext;
