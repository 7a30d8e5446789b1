using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Operators;
using Graph.Cypher.Parsing;
using Graph.Cypher.Procedures;
using Graph.Cypher.Semantics;

namespace Graph.Cypher.Planning;

/// <summary>
/// Turns a statement into operators, clause by clause, threading the scope of visible variables.
/// Each variable declaration gets its own row slot; the plan's row width is the number of slots.
/// </summary>
internal sealed class QueryPlanner
{
    private readonly List<SubqueryPlan> _subqueries = [];
    private int _slots;

    // The CALL that is the whole statement, if it is one: it may pass arguments implicitly and returns its outputs.
    private CallClause? _standaloneCall;

    private QueryPlanner(ProcedureRegistry procedures)
    {
        Expressions = new ExpressionCompiler(this);
        Patterns = new PatternPlanner(this);
        Projections = new ProjectionPlanner(this);
        Updates = new UpdatePlanner(this);
        Procedures = new ProcedurePlanner(this, procedures);
        SubqueryCalls = new SubqueryCallPlanner(this);
    }

    public ExpressionCompiler Expressions { get; }

    public PatternPlanner Patterns { get; }

    private ProjectionPlanner Projections { get; }

    private UpdatePlanner Updates { get; }

    private ProcedurePlanner Procedures { get; }

    private SubqueryCallPlanner SubqueryCalls { get; }

    public int NewSlot() => _slots++;

    /// <summary>
    /// Parse, check and plan; throws CypherException (syntax, semantic, unsupported) with positions. CALL resolves
    /// against <paramref name="procedures"/> (the built-in ones when null), so the plan belongs to that registry.
    /// </summary>
    public static PreparedQuery Prepare(string text, ProcedureRegistry? procedures = null)
    {
        var statement = Parser.Parse(text);
        SemanticAnalyzer.Check(statement);
        if (statement is not QueryStatement query)
        {
            return new PreparedQuery(statement, [], false, 0, IsWrite: statement is not ShowIndexesStatement);
        }
        var planner = new QueryPlanner(procedures ?? ProcedureRegistry.BuiltIn)
        {
            _standaloneCall = query.Parts is [{ Clauses: [CallClause call] }] ? call : null,
        };
        var parts = query.Parts.Select(part => planner.PlanSingle(part, SlotScope.Empty)).ToList();
        // QueryRunner copies each row's columns out before it pulls the next.
        parts.ForEach(part => RowReuse.MarkFrom(part.Root));
        var isWrite = query.Parts.Any(part => part.Clauses.Any(IsUpdating));
        return new PreparedQuery(statement, parts, query.UnionAll.Any(all => !all), planner._slots, isWrite) { Subqueries = planner._subqueries };
    }

    public static bool IsUpdating(Clause clause) => clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause
        || clause is SubqueryCallClause call && call.Body.Parts.Any(part => part.Clauses.Any(IsUpdating));

    /// <summary>A single query, or a COLLECT body: then <paramref name="scope"/> holds the outer variables, read from the argument row.</summary>
    private PlannedPart PlanSingle(SingleQuery query, SlotScope scope)
    {
        Operator plan = new Argument();
        IReadOnlyList<(string Name, int Slot)> columns = [];
        var streamed = StreamedWrites.Find(query);
        foreach (var clause in query.Clauses)
        {
            switch (clause)
            {
                case MatchClause match:
                    plan = PlanMatch(plan, match, ref scope);
                    break;
                case UnwindClause unwind:
                    var source = Expressions.Compile(unwind.Source, scope);
                    var slot = NewSlot();
                    plan = new Unwind(plan, source, slot, $"{ExpressionText.Of(unwind.Source)} AS {unwind.Variable}");
                    scope = scope.With(unwind.Variable, slot, VariableKind.Unknown);
                    break;
                case SubqueryCallClause subquery:
                    plan = SubqueryCalls.Plan(plan, subquery, ref scope);
                    break;
                case LoadCsvClause load:
                    plan = PlanLoadCsv(plan, load, ref scope);
                    break;
                case CallClause call:
                    var standalone = ReferenceEquals(call, _standaloneCall);
                    plan = Procedures.Plan(plan, call, standalone, ref scope, out var yielded);
                    if (standalone)
                    {
                        columns = yielded;
                    }
                    break;
                case ProjectionClause projection:
                    plan = Projections.Plan(plan, projection, ref scope, out var projected);
                    if (projection.IsReturn)
                    {
                        columns = projected;
                    }
                    break;
                default:
                    plan = Updates.Plan(plan, clause, ref scope, streamInput: ReferenceEquals(clause, streamed));
                    break;
            }
        }
        return new PlannedPart(plan, columns.Select(c => c.Name).ToList(), columns.Select(c => c.Slot).ToArray());
    }

    /// <summary>LOAD CSV binds its variable and, hidden, the record's line number and file for linenumber() and file().</summary>
    private LoadCsv PlanLoadCsv(Operator plan, LoadCsvClause load, ref SlotScope scope)
    {
        if (scope.Contains(load.Variable))
        {
            throw RuntimeErrors.Semantic($"Variable `{load.Variable}` already declared", load.Position);
        }
        var url = Expressions.Compile(load.Url, scope);
        var slots = new LoadCsvSlots(NewSlot(), NewSlot(), NewSlot());
        scope = scope.WithAll([
            (load.Variable, slots.Row, VariableKind.Value),
            (SlotScope.LineNumberName, slots.LineNumber, VariableKind.Value),
            (SlotScope.FileName, slots.File, VariableKind.Value),
        ]);
        var text = $"{(load.WithHeaders ? "WITH HEADERS " : "")}FROM {ExpressionText.Of(load.Url)} AS {load.Variable}";
        return new LoadCsv(plan, url, load.WithHeaders, load.FieldTerminator, slots, text);
    }

    /// <summary>A part of a CALL { } body over the incoming row, <paramref name="scope"/> holding what it imports.</summary>
    public PlannedPart PlanBody(SingleQuery body, SlotScope scope) => PlanSingle(body, scope);

    private Operator PlanMatch(Operator plan, MatchClause match, ref SlotScope scope)
    {
        if (!match.Optional)
        {
            return Patterns.Plan(plan, match.Patterns, match.Where, ref scope);
        }
        var before = scope;
        var inner = Patterns.Plan(new Argument(), match.Patterns, match.Where, ref scope);
        var newSlots = scope.Entries.Where(entry => !before.Contains(entry.Key)).Select(entry => entry.Value).ToArray();
        return new Optional(plan, inner, newSlots);
    }

    /// <summary>
    /// Plans EXISTS { }, COUNT { }, pattern predicates and comprehensions: a nested plan over the outer row, bound
    /// outer variables as anchors. <paramref name="kind"/> names it in EXPLAIN.
    /// </summary>
    public (Operator Plan, SlotScope Scope) PlanPatternSubquery(IReadOnlyList<PathPattern> patterns, Expression? where, SlotScope scope, string kind, Position position)
    {
        var inner = scope;
        var plan = Patterns.Plan(new Argument(), patterns, where, ref inner);
        _subqueries.Add(new SubqueryPlan(kind, position, plan));
        return (plan, inner);
    }

    /// <summary>A COLLECT body: its clauses over the outer row, whose variables stay in scope and may not be shadowed.</summary>
    public PlannedPart PlanCollect(CollectSubquery collect, SlotScope outer)
    {
        Shadowing.Check(collect.Query, outer);
        var part = PlanSingle(collect.Query, outer);
        _subqueries.Add(new SubqueryPlan("COLLECT", collect.Position, part.Root));
        return part;
    }
}
