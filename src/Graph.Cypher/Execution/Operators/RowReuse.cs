namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Lets the operators that make rows (Expand, NodeScan) rewrite one array per run instead of copying a row per
/// match, where whatever reads their rows is done with each before asking for the next.
/// </summary>
internal static class RowReuse
{
    /// <summary>
    /// For a plan whose rows are read one at a time and dropped (a pattern comprehension's projection, COUNT, EXISTS,
    /// an aggregation's input, which copies the one row per group it keeps): marks the row makers reached from the top
    /// through operators that pass each row on before pulling the next and keep none (Filter, Project, Distinct keeps
    /// keys). A Sort or an aggregation holds rows, so the walk stops there. A Project on the way, planned when its
    /// input still copied, writes into the reused row: safe for the same reason, the row is read before the next is made.
    /// </summary>
    /// <returns>Whether an operator below now reuses its rows.</returns>
    public static bool MarkFrom(Operator plan)
    {
        var marked = false;
        for (var op = plan; op is Filter or Expand or Project or Distinct or SkipLimit or NodeScan; op = op.Input!)
        {
            switch (op)
            {
                case Expand expand:
                    expand.ReusesRow = marked = true;
                    break;
                case NodeScan scan:
                    scan.ReusesRow = true;
                    return true;
            }
        }
        return marked;
    }

    /// <summary>
    /// For the input of an operator that holds its rows (Sort): a Filter at the top of it (under projections) copies
    /// the rows it keeps, so what it drops, usually most of a scan, may be rewritten in one array.
    /// </summary>
    public static void MarkBeneathHolder(Operator input)
    {
        var op = input;
        while (op is Project)
        {
            op = op.Input!;
        }
        if (op is Filter filter && MarkFrom(filter.Input!))
        {
            filter.CopiesPassingRows = true;
        }
    }
}
