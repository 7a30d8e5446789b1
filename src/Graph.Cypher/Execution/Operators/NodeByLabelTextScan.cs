using System.Runtime.CompilerServices;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// A label scan (one label, or the union of several) together with its first predicate
/// <c>toLower(n.p) CONTAINS|STARTS WITH|ENDS WITH term</c>, where the term is a parameter or a literal: the
/// snapshot's <see cref="LoweredTextColumn"/> per label finds the matching nodes without reading their records. The
/// nodes come in id order, each once, as the scan and the filter would yield them; a node whose value is not a string
/// is tested with the predicate itself, so toLower()'s error comes where it came before.
/// </summary>
/// <remarks>
/// A writing statement scans and filters as before (<see cref="NodeScan"/> then <see cref="Filter"/>): its view holds
/// uncommitted writes, and a column is only for a committed snapshot. So does the first search of a snapshot, before its
/// columns are built (<see cref="LoweredTextColumns"/>). With an <see cref="Order"/> (set when a Top over n.p reads
/// the rows) the nodes come ordered by n.p instead: see NodeByLabelTextScan.Ordered.cs.
/// </remarks>
internal sealed partial class NodeByLabelTextScan : Operator
{
    private readonly int _slot;
    private readonly string _variable;
    private readonly IReadOnlyList<string> _labels;
    private readonly string _property;
    private readonly BinaryOperator _op;
    private readonly Evaluator _term;
    private readonly Evaluator _predicate;
    private readonly string _text;
    private readonly Filter _scanAndFilter;

    public NodeByLabelTextScan(Operator input, int slot, string variable, IReadOnlyList<string> labels, string property,
        BinaryOperator op, Evaluator term, Evaluator predicate, string text) : base(input)
    {
        _slot = slot;
        _variable = variable;
        _labels = labels;
        _property = property;
        _op = op;
        _term = term;
        _predicate = predicate;
        _text = text;
        _scanAndFilter = new Filter(new NodeScan(input, slot, variable, labels), predicate, text);
    }

    public override bool YieldsOwnRows => true;

    /// <summary>The slot of the scanned node.</summary>
    public int Slot => _slot;

    /// <summary>The property the predicate lowers.</summary>
    public string Property => _property;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var snapshot = context.View;
        if (context.IsWriting || snapshot.Version < 0 || Columns(snapshot) is not { } columns)
        {
            var rows = _scanAndFilter.Run(context, argument);
            return Order == TextScanOrder.None ? rows : SortedByValue(rows, context);
        }
        return Order == TextScanOrder.None ? Search(context, InputRows(context, argument), columns) : SearchOrdered(context, argument, columns);
    }

    /// <summary>Every label's column, or null when any is not to be used yet (each label's search is counted all the same).</summary>
    private LoweredTextColumn[]? Columns(GraphSnapshot snapshot)
    {
        var columns = new LoweredTextColumn[_labels.Count];
        var complete = true;
        for (var i = 0; i < columns.Length; i++)
        {
            if (snapshot.TextColumns.ForSearch(_labels[i], _property) is { } column)
            {
                columns[i] = column;
            }
            else
            {
                complete = false;
            }
        }
        return complete ? columns : null;
    }

    private IEnumerable<object?[]> Search(QueryContext context, IEnumerable<object?[]> input, LoweredTextColumn[] columns)
    {
        var cursors = new LoweredTextColumn.Cursor[columns.Length];
        var live = new bool[columns.Length];
        foreach (var row in input)
        {
            var term = _term(row, context) as string;
            for (var i = 0; i < columns.Length; i++)
            {
                cursors[i] = columns[i].Find(_op, term);
                live[i] = cursors[i].MoveNext();
            }
            // A merge of the labels' matches: id order, a node with several of the labels once.
            while (Next(cursors, live, out var id, out var node))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var output = new object?[row.Length];
                row.AsSpan().CopyTo(output);
                output[_slot] = new NodeRef(id);
                if (node is null)
                {
                    if (!Filter.Keeps(_predicate(output, context)))
                    {
                        continue;
                    }
                }
                else
                {
                    // What reads the row next (RETURN n.name) finds the record without a lookup.
                    context.Remember(node);
                }
                yield return output;
            }
        }
    }

    /// <summary>The next node of any label; its record when it matched as a string, null when the predicate must decide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Next(LoweredTextColumn.Cursor[] cursors, bool[] live, out long id, out NodeRecord? node)
    {
        id = long.MaxValue;
        node = null;
        var evaluate = false;
        var any = false;
        for (var i = 0; i < cursors.Length; i++)
        {
            if (live[i] && cursors[i].Id <= id)
            {
                id = cursors[i].Id;
                any = true;
            }
        }
        for (var i = 0; any && i < cursors.Length; i++)
        {
            if (live[i] && cursors[i].Id == id)
            {
                evaluate |= cursors[i].Evaluate;
                node ??= cursors[i].Node;
                live[i] = cursors[i].MoveNext();
            }
        }
        if (evaluate)
        {
            node = null;
        }
        return any;
    }

    public override string Describe(GraphSnapshot snapshot) =>
        $"NodeByLabelTextScan({_variable}:{string.Join("|", _labels)} {_text}{OrderText})";
}
