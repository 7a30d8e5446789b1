using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Api.GraphQL.Translation;

/// <summary>A response's data already written as JSON by <see cref="ResponseWriter"/>: the serializer copies it as it is.</summary>
[JsonConverter(typeof(TranslatedDataConverter))]
internal sealed class TranslatedData(ReadOnlyMemory<byte> json)
{
    public ReadOnlyMemory<byte> Json { get; } = json;
}

internal sealed class TranslatedDataConverter : JsonConverter<TranslatedData>
{
    public override TranslatedData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Translated data is only ever written.");

    public override void Write(Utf8JsonWriter writer, TranslatedData value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
}
