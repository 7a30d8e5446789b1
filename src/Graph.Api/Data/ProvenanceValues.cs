namespace Graph.Api.Data;

/// <summary>Reads the provenance the importer writes on every relationship that the store returns as loose values.</summary>
internal static class ProvenanceValues
{
    /// <summary>A relationship's <c>confidence</c> (0..1) as a double, whatever numeric type the store returned; null when absent.</summary>
    public static double? Confidence(object? value) => value switch
    {
        double d => d,
        float f => f,
        long l => l,
        int i => i,
        _ => null,
    };

    /// <summary>The confidence property of <paramref name="properties"/>, if any.</summary>
    public static double? Confidence(IReadOnlyDictionary<string, object?> properties) =>
        properties.TryGetValue("confidence", out var value) ? Confidence(value) : null;
}
