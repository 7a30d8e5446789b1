using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Graph.Testing;

namespace Graph.Api.Tests.Fuzzing;

/// <summary>
/// GraphQL requests likely to reach the front end's corners: valid documents (README's and written here) with tokens
/// deleted, inserted, swapped, repeated or cut off, and random documents from the schema's own names, with selection
/// sets, arguments, variables, fragments (cycles too), aliases and directives. Variables are random JSON.
/// </summary>
internal static partial class GraphQLGen
{
    private static readonly string[] Written =
    [
        "{ __typename }",
        "query Q($n: String!) { person(name: $n) { id name holds { name heldBy { name } } } }",
        "{ node(id: \"person:dan-shipper\") { id ... on Person { name worksAt { name } } ...F } } fragment F on Node { id }",
        "{ sources(first: 2, where: { title: { contains: \"AI\" } }, orderBy: [{ field: TITLE, direction: DESC }]) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { title } } } }",
        "query($skip: Boolean = false) { a: theses(first: 1) @skip(if: $skip) { nodes { name } } b: tools @include(if: true) { nodes { name } } }",
        "{ path(from: \"Andrew Ambrosino\", to: \"Dan Shipper\", maxHops: 3) { nodes { id } edges { type from to page line evidence } } }",
        "{ neighborhood(id: \"thesis:taste-is-the-bottleneck\", depth: 2, limit: 10) { nodes { id } edges { from to } } }",
        "{ search(text: \"dan\", labels: [\"Person\"], first: 3) { id } thesesSharedBy(people: [\"Dan Shipper\"]) { name } }",
        "{ __schema { types { name fields { name args { name type { name ofType { name } } } } } } }",
        "query A { __typename } query B { __typename }",
        "mutation { x } subscription { y }",
    ];

    public static IReadOnlyList<string> Seeds { get; } = LoadSeeds();

    // The schema's field, argument and type names, read from schema.graphql so the generator follows the schema.
    private static readonly string[] Names = [.. SchemaName().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema.graphql")))
        .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    private static readonly string[] Values =
    [
        "\"Dan Shipper\"", "\"taste is the bottleneck\"", "\"\"", "\"person:dan-shipper\"", "\"\\u00e9\\uD83D\"", "\"\\x\"", "\"unterminated",
        "\"\"\"block\"\"\"", "0", "-1", "2147483648", "99999999999999999999", "1.5", "1e400", "true", "null", "[]", "[\"a\", 1]",
        "{}", "{ name: { contains: \"a\" } }", "TITLE", "DESC", "$n", "$undefined", "[[[[[]]]]]",
    ];

    private static readonly string[] Punctuation = ["{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "=", "...", "|", "&", ",", "#", "\"", "\u0000", "\uFEFF"];

    private static Gen<string> Name => Gen.OneOf(Names);

    private static Gen<string> Arguments => Gen.Select(Name, Gen.OneOf(Values)).Array[0, 3]
        .Select(args => args.Length == 0 ? "" : "(" + string.Join(", ", args.Select(a => $"{a.Item1}: {a.Item2}")) + ")");

    private static Gen<string> Directive => Gen.OneOf("", "", "", " @include(if: true)", " @skip(if: $flag)", " @deprecated", " @unknown", " @include");

    private static Gen<string> Selection(int depth) => depth == 0
        ? Gen.Select(Name, Directive).Select((name, directive) => name + directive)
        : Gen.Frequency<string>(
            (4, Gen.Select(Name, Arguments, Directive).Select((name, args, directive) => name + args + directive)),
            (3, Gen.Select(Gen.OneOf("", "a: ", "b: ", "__typename: "), Name, Arguments, Gen.Int[0, 3].SelectMany(_ => SelectionSet(depth - 1)))
                .Select((alias, name, args, set) => alias + name + args + " " + set)),
            (1, Gen.Select(Name, Gen.Int[0, 1].SelectMany(_ => SelectionSet(depth - 1))).Select((type, set) => $"... on {type} {set}")),
            (1, Gen.OneOf("...F", "...G", "__typename", "__schema { queryType { name } }")));

    private static Gen<string> SelectionSet(int depth) => Selection(depth).Array[0, 4].Select(items => "{ " + string.Join(" ", items) + " }");

    /// <summary>A document from the schema's names, with fragments that may spread each other (or themselves).</summary>
    private static readonly Gen<string> Generated =
        Gen.Select(Gen.OneOf("", "query ", "query Q($n: String, $flag: Boolean!) ", "query($x: [Int!]!) ", "mutation "), SelectionSet(4),
            Gen.Select(Gen.OneOf("F", "G"), Name, SelectionSet(2)).Array[0, 2])
            .Select((head, set, fragments) => head + set + string.Concat(fragments.Select(f => $" fragment {f.Item1} on {f.Item2} {f.Item3}")));


    private static readonly Gen<string> AnyToken = Gen.OneOf<string>([.. Names, .. Values, .. Punctuation, "query", "fragment", "on", "__typename"]);

    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, Seeds.Count - 1], Gen.Select(Gen.Enum<TokenEdit>(), Gen.Int, Gen.Int, AnyToken).Array[1, 4])
            .Select((seed, edits) => TokenEdits.Apply(Tokens().Matches(Seeds[seed]).Select(m => m.Value), edits));

    private static readonly Gen<string> Variables = Gen.Frequency<string>(
        (4, Gen.Const("null")),
        (3, Gen.Select(Gen.OneOf("n", "flag", "x", "skip", "undefined"), Gen.OneOf("\"Dan Shipper\"", "true", "1", "null", "[1, null]", "{\"a\": []}", "\"\\u0000\"", "1e999")).Array[0, 3]
            .Select(pairs => "{" + string.Join(", ", pairs.DistinctBy(p => p.Item1).Select(p => $"\"{p.Item1}\": {p.Item2}")) + "}")),
        (1, Gen.OneOf("[]", "\"text\"", "7")));

    /// <summary>A POST body: mostly a well-formed JSON request, sometimes its text cut or edited (malformed JSON).</summary>
    public static readonly Gen<string> Body =
        Gen.Select(Gen.Frequency<string>((5, Mutated), (4, Generated), (1, Gen.OneOf([.. Seeds]))), Variables, Gen.OneOf("", "Q", "A", "missing"), Gen.Int[0, 19], Gen.Int)
            .Select((query, variables, operation, breakJson, cut) =>
            {
                var body = $"{{\"query\": {JsonSerializer.Serialize(query)}, \"variables\": {variables}" + (operation.Length > 0 ? $", \"operationName\": \"{operation}\"" : "") + "}";
                return breakJson == 0 ? body[..(int)((uint)cut % body.Length)] : body;
            });

    private static List<string> LoadSeeds()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        return [.. Written, .. ReadmeGraphQL().Matches(readme).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeGraphQL();

    // "  name(" or "  name:" at the start of a line: a field or argument; "type Name" / "input Name": a type.
    [GeneratedRegex(@"^\s*(?:type |input |enum |interface )?(\w+)[\s(:{]", RegexOptions.Multiline)]
    private static partial Regex SchemaName();

    [GeneratedRegex(@"\s+|""(?:[^""\\]|\\.)*""|\.\.\.|\$?\w+|.", RegexOptions.Singleline)]
    private static partial Regex Tokens();
}
