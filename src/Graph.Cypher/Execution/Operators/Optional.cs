using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>OPTIONAL MATCH: runs the nested plan per input row; when it finds nothing, keeps the row with the new variables null.</summary>
internal sealed class Optional(Operator input, Operator inner, int[] newSlots) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            var found = false;
            foreach (var match in inner.Run(context, row))
            {
                found = true;
                yield return match;
            }
            if (!found)
            {
                var output = (object?[])row.Clone();
                foreach (var slot in newSlots)
                {
                    output[slot] = null;
                }
                yield return output;
            }
        }
    }

    public override IEnumerable<Operator> Nested => [inner];

    public override string Describe(GraphSnapshot snapshot) => "Optional";
}
