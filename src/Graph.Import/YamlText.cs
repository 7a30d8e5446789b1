using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Import;

/// <summary>
/// Reads a YAML mapping (front matter or the vocabulary file) with YamlDotNet's node model, so every value
/// keeps the line it came from. Errors become <see cref="YamlTextException"/> with a 1-based file line.
/// </summary>
internal static class YamlText
{
    /// <param name="firstLine">The file line the YAML text starts on (1 for a whole file, 2 for front matter after "---").</param>
    public static YamlMappingNode? LoadMapping(string text, int firstLine)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unterminated flow collections; report where parsing stopped.
            var line = parser.Current is { } last ? firstLine + (int)Math.Max(0, last.End.Line - 1) : firstLine;
            throw new YamlTextException(line, "invalid YAML: an unterminated [list], {mapping} or quoted value");
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            throw new YamlTextException(firstLine + (int)Math.Max(0, e.Start.Line - 1), $"invalid YAML: {Describe(message)}");
        }
        if (stream.Documents.Count == 0)
        {
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            throw new YamlTextException(LineOf(stream.Documents[1].RootNode, firstLine), "expected one YAML document, found several");
        }
        return stream.Documents[0].RootNode switch
        {
            YamlMappingNode mapping => mapping,
            YamlScalarNode { Value: null or "" } => null,
            var other => throw new YamlTextException(LineOf(other, firstLine), "expected a mapping of keys to values at the top level"),
        };
    }

    public static int LineOf(YamlNode node, int firstLine) => firstLine + (int)Math.Max(0, node.Start.Line - 1);

    /// <summary>A scalar as text, or null for an empty value; anything else is an error naming its line.</summary>
    public static string? Scalar(YamlNode node, string key, int firstLine) => node switch
    {
        YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim(),
        _ => throw new YamlTextException(LineOf(node, firstLine), $"'{key}' must be a single value"),
    };

    /// <summary>A scalar or a list of scalars, as a list of non-empty strings.</summary>
    public static IReadOnlyList<string> Strings(YamlNode node, string key, int firstLine)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is not YamlScalarNode itemScalar)
                    {
                        throw new YamlTextException(LineOf(item, firstLine), $"'{key}' must be a list of plain values");
                    }
                    if (!string.IsNullOrWhiteSpace(itemScalar.Value))
                    {
                        values.Add(itemScalar.Value.Trim());
                    }
                }
                return values;
            default:
                throw new YamlTextException(LineOf(node, firstLine), $"'{key}' must be a value or a list of values");
        }
    }

    /// <summary>The key's text; keys must be plain scalars.</summary>
    public static string Key(YamlNode key, int firstLine) => key is YamlScalarNode { Value: { } value }
        ? value
        : throw new YamlTextException(LineOf(key, firstLine), "keys must be plain names");

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line ...): "; we report the line ourselves.
    private static string Describe(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }
}
