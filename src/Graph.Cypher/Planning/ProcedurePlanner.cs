using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Operators;
using Graph.Cypher.Procedures;
using Graph.Cypher.Semantics;

namespace Graph.Cypher.Planning;

/// <summary>
/// CALL: resolves the procedure in the session's registry and checks the call against its signature (argument count
/// and literal types, yielded outputs), worded as Neo4j words it. A standalone call (the whole statement) may take its
/// arguments from the parameters named as the inputs and returns every output unless it YIELDs some.
/// </summary>
internal sealed class ProcedurePlanner(QueryPlanner planner, ProcedureRegistry registry)
{
    public Operator Plan(Operator plan, CallClause call, bool standalone, ref SlotScope scope, out IReadOnlyList<(string Name, int Slot)> columns)
    {
        if (!registry.TryGet(call.Procedure, out var procedure))
        {
            throw new CypherException(CypherErrorCodes.ProcedureNotFound,
                $"There is no procedure with the name `{call.Procedure}` registered for this database instance. " +
                "Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
                call.NamePosition.Line, call.NamePosition.Column, call.NamePosition.Offset);
        }
        var arguments = call.Arguments is { } given ? Explicit(procedure, call, given, scope) : Implicit(procedure, call, standalone);
        var yielded = Yielded(procedure, call, standalone, scope);
        var slots = yielded.Select(_ => planner.NewSlot()).ToArray();
        var outputs = yielded.Select(item => IndexOf(procedure, item.Output)).ToArray();
        scope = scope.WithAll(yielded.Select((item, i) => (item.Variable, slots[i], KindOf(procedure.Outputs[outputs[i]].Type))));
        plan = new ProcedureCall(plan, procedure, arguments, outputs, slots, Text(procedure, call, yielded));
        if (call.Where is not null)
        {
            plan = new Filter(plan, planner.Expressions.Compile(call.Where, scope), ExpressionText.Of(call.Where));
        }
        columns = standalone ? yielded.Select((item, i) => (item.Variable, slots[i])).ToList() : [];
        return plan;
    }

    private Evaluator[] Explicit(Procedure procedure, CallClause call, IReadOnlyList<Expression> given, SlotScope scope)
    {
        if (given.Count < procedure.RequiredInputs || given.Count > procedure.Inputs.Count)
        {
            throw WrongCount(procedure, call, given.Count);
        }
        var arguments = new Evaluator[procedure.Inputs.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var input = procedure.Inputs[i];
            if (i >= given.Count)
            {
                arguments[i] = Default(procedure, input, call.NamePosition);
                continue;
            }
            var expression = given[i];
            if (expression is Literal { Value: var literal } && !ProcedureValues.TryCoerce(literal, input.Type, out _))
            {
                throw CallRules.Syntax(Mismatch(procedure, input, literal), expression.Position);
            }
            arguments[i] = Checked(procedure, input, planner.Expressions.Compile(expression, scope), expression.Position);
        }
        return arguments;
    }

    /// <summary>Without parentheses, each input is read from the parameter of its name (its default when none is given).</summary>
    private static Evaluator[] Implicit(Procedure procedure, CallClause call, bool standalone)
    {
        if (!standalone && procedure.Inputs.Count > 0)
        {
            throw CallRules.Syntax(
                "Procedure call inside a query does not support passing arguments implicitly. " +
                $"Please pass arguments explicitly in parentheses after procedure name for {procedure.Name}", call.Position);
        }
        return procedure.Inputs.Select(input =>
        {
            var name = input.Name;
            Evaluator read = (_, context) => context.Parameters.TryGetValue(name, out var value) ? value
                : input.HasDefault ? ProcedureValues.FromOutput(input.Default)
                : throw new CypherException(CypherErrorCodes.ParameterMissing, $"Expected parameter(s): {name}",
                    call.Position.Line, call.Position.Column, call.Position.Offset);
            return Checked(procedure, input, read, call.Position);
        }).ToArray();
    }

    private static Evaluator Default(Procedure procedure, ProcedureInput input, Position position)
    {
        var value = ProcedureValues.FromOutput(input.Default);
        return Checked(procedure, input, (_, _) => value, position);
    }

    /// <summary>Checks the value against the input type at run time (a variable or parameter has no type at plan time).</summary>
    private static Evaluator Checked(Procedure procedure, ProcedureInput input, Evaluator argument, Position position) =>
        (row, context) =>
        {
            var value = argument(row, context);
            return ProcedureValues.TryCoerce(value, input.Type, out var converted)
                ? converted
                : throw RuntimeErrors.Type(Mismatch(procedure, input, value), position);
        };

    private static string Mismatch(Procedure procedure, ProcedureInput input, object? value) =>
        $"Type mismatch for argument `{input.Name}` of procedure {procedure.Name}: expected {input.Type} but was {Execution.Values.CypherTypeNames.Of(value)}";

    private static List<YieldItem> Yielded(Procedure procedure, CallClause call, bool standalone, SlotScope scope)
    {
        if (call.Yield is null || call.YieldStar)
        {
            if (!standalone && !procedure.IsVoid)
            {
                throw CallRules.Syntax(
                    "Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)", call.Position);
            }
            return procedure.Outputs.Select(output => new YieldItem(call.Position, output.Name, output.Name)).ToList();
        }
        if (procedure.IsVoid)
        {
            throw CallRules.Syntax($"Cannot yield value from void procedure {procedure.Name}.", call.Yield[0].Position);
        }
        foreach (var item in call.Yield)
        {
            if (IndexOf(procedure, item.Output) < 0)
            {
                throw CallRules.Syntax(
                    $"Unknown procedure output: `{item.Output}` (procedure {procedure.Name} yields {string.Join(", ", procedure.Outputs.Select(output => output.Name))})",
                    item.Position);
            }
            if (scope.Contains(item.Variable))
            {
                throw RuntimeErrors.Semantic($"Variable `{item.Variable}` already declared", item.Position);
            }
        }
        return [.. call.Yield];
    }

    private static CypherException WrongCount(Procedure procedure, CallClause call, int given)
    {
        var expected = procedure.RequiredInputs == procedure.Inputs.Count
            ? $"{procedure.Inputs.Count}"
            : given < procedure.RequiredInputs ? $"at least {procedure.RequiredInputs}" : $"no more than {procedure.Inputs.Count}";
        var defaults = procedure.Inputs.Count - procedure.RequiredInputs;
        return CallRules.Syntax(
            $"Procedure call does not provide the required number of arguments: got {given} expected {expected} " +
            $"(total: {procedure.Inputs.Count}, {defaults} of which have default values). Procedure {procedure.Name} has signature: {procedure.Signature}",
            call.NamePosition);
    }

    private static int IndexOf(Procedure procedure, string output)
    {
        for (var i = 0; i < procedure.Outputs.Count; i++)
        {
            if (procedure.Outputs[i].Name == output)
            {
                return i;
            }
        }
        return -1;
    }

    private static VariableKind KindOf(CypherType type) => type switch
    {
        CypherType.Node => VariableKind.Node,
        CypherType.Relationship => VariableKind.Relationship,
        CypherType.Path => VariableKind.Path,
        _ => VariableKind.Unknown,
    };

    private static string Text(Procedure procedure, CallClause call, List<YieldItem> yielded)
    {
        var arguments = call.Arguments is null ? "" : $"({string.Join(", ", call.Arguments.Select(ExpressionText.Of))})";
        var items = yielded.Select(item => item.Output == item.Variable ? item.Output : $"{item.Output} AS {item.Variable}");
        return yielded.Count == 0 ? procedure.Name + arguments : $"{procedure.Name}{arguments} YIELD {string.Join(", ", items)}";
    }
}
