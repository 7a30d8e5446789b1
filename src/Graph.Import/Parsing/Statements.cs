using System.Text.RegularExpressions;

namespace Graph.Import.Parsing;

/// <summary>Whether a phrase states something: a copula, an auxiliary or a negation ("Chat is a bad default"), which a label ("Hiring") or a topic lacks.</summary>
internal static partial class Statements
{
    public static bool IsStatement(string phrase) => States().IsMatch(phrase);

    [GeneratedRegex(@"(?i)['’](?:re|ve|ll)\b|\b(?:is|are|was|were|be|isn['’]t|aren['’]t|wasn['’]t|do|does|did|don['’]t|doesn['’]t|didn['’]t|can|can['’]t|cannot|will|won['’]t|would|should|must|has|have|had|hasn['’]t|haven['’]t|may|might|not|never)\b")]
    private static partial Regex States();
}
