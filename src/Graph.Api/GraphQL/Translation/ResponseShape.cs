namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// What one GraphQL value looks like in the response, and where its value sits in the map the translated statement
/// returns. The writer walks a shape and the statement's value side by side.
/// </summary>
internal abstract record ValueShape(bool NonNull);

/// <summary>A leaf: how the statement's value becomes the field's JSON.</summary>
internal sealed record ScalarShape(ScalarKind Kind, bool NonNull) : ValueShape(NonNull);

/// <summary>A list of values of one shape.</summary>
internal sealed record ListShape(ValueShape Item, bool NonNull) : ValueShape(NonNull)
{
    /// <summary>
    /// The items are nodes' maps to put in the API's list order here, as the resolvers do: each node once (by
    /// <see cref="IdKey"/>), by display name ignoring case (<see cref="NameKey"/>), then id.
    /// </summary>
    public bool InNameOrder { get; init; }

    public const string NameKey = "__name";
    public const string IdKey = "__id";
}

/// <summary>The first, in the API's list order, of a list of nodes' maps (a Source's show): null when the list is empty.</summary>
internal sealed record FirstInNameOrderShape(ObjectShape Item) : ValueShape(Item.NonNull);

/// <summary>
/// An object: its fields for each object type it may be (one for a concrete type; one per implementation for the Node
/// interface, told apart by the node's labels under <see cref="ObjectShape.LabelsKey"/>).
/// </summary>
internal sealed record ObjectShape(IReadOnlyDictionary<string, IReadOnlyList<FieldShape>> FieldsByType, string? StaticType, bool NonNull) : ValueShape(NonNull)
{
    /// <summary>The key of a node's labels in its map, for objects whose type is decided by the node.</summary>
    public const string LabelsKey = "__labels";

    /// <summary>
    /// A map with this key stands for a value the statement could not finish (a name found only by a near spelling, a
    /// last name shared by several people): the request goes to the resolvers, which answer or explain.
    /// </summary>
    public const string AskResolversKey = "__ask";
}

/// <summary>One response key of an object: where its value is in the object's map and whether directives leave it out.</summary>
internal sealed record FieldShape(string ResponseKey, string MapKey, ValueShape Value, IReadOnlyList<IncludeCondition> Conditions);

/// <summary>@include(if: $v) or @skip(if: $v) with a variable: decided per request by the writer.</summary>
internal sealed record IncludeCondition(string Variable, bool IncludeWhen);

internal enum ScalarKind
{
    /// <summary>A string, or another value written as text the way the resolvers do.</summary>
    Text,

    /// <summary>A 32-bit integer (store integers are 64-bit; a larger one asks the resolvers, which report it).</summary>
    Int,

    Float,

    Boolean,

    /// <summary>True only when the value is true (a missing flag reads false).</summary>
    TrueOnly,

    /// <summary>A list of texts, where a single text counts as a list of one (aliases).</summary>
    TextList,

    /// <summary>The object's GraphQL type name.</summary>
    Typename,

    /// <summary>OUTGOING when the value is true, else INCOMING.</summary>
    Direction,

    /// <summary>A position in a connection, written as its opaque cursor.</summary>
    Cursor,

    /// <summary>A Cypher Date, written YYYY-MM-DD; any other value asks the resolvers, whose Date scalar explains it.</summary>
    Date,
}
