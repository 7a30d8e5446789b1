namespace Graph.Cypher.Procedures;

/// <summary>
/// The type of a procedure input or output, as Neo4j names them in signatures (every one nullable: <c>INTEGER?</c>).
/// <see cref="Number"/> takes integers and floats; <see cref="Float"/> takes integers too, converted.
/// </summary>
public enum CypherType
{
    Any,
    Boolean,
    Integer,
    Float,
    Number,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,
}
