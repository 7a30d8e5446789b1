using System.Diagnostics;
using Graph.Core.Cypher;
using Microsoft.Extensions.Options;

namespace Graph.Api.CypherConsole;

/// <summary>
/// Runs analysts' Cypher in read mode under the console's bounds: a time limit, a row cap and a cap on queries at once.
/// The embedded engine does its work synchronously inside RunAsync, so the query runs on a pool thread the request can
/// stop waiting for; the cancellation token then stops the engine at its next check. A slot is freed only when the
/// query has really finished, so abandoned queries still count against the cap.
/// </summary>
internal sealed class ConsoleQueryRunner(ICypherSession session, IOptions<CypherConsoleOptions> options)
{
    private readonly CypherConsoleOptions _bounds = options.Value;
    // Never disposed: a query abandoned at shutdown may still release its slot.
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentQueries));

    public CypherConsoleOptions Bounds => _bounds;

    public async Task<ConsoleOutcome> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken requestAborted)
    {
        if (!await _slots.WaitAsync(TimeSpan.Zero, requestAborted).ConfigureAwait(false))
        {
            return new ConsoleOutcome.Busy(_bounds.MaxConcurrentQueries);
        }
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(_bounds.Timeout);
        var stopwatch = Stopwatch.StartNew();
        var running = Task.Run(() => session.RunAsync(query, parameters, CypherAccessMode.Read, deadline.Token), CancellationToken.None);
        _ = running.ContinueWith(_ =>
        {
            _slots.Release();
            deadline.Dispose();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        try
        {
            var result = await running.WaitAsync(_bounds.Timeout, requestAborted).ConfigureAwait(false);
            return new ConsoleOutcome.Rows(Capped(result), result.Rows.Count, stopwatch.Elapsed);
        }
        catch (TimeoutException)
        {
            return new ConsoleOutcome.TimedOut(_bounds.Timeout);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            // The engine saw the deadline before WaitAsync did.
            return new ConsoleOutcome.TimedOut(_bounds.Timeout);
        }
        catch (CypherException error) when (error.IsClientError)
        {
            return new ConsoleOutcome.Refused(error);
        }
    }

    private CypherResult Capped(CypherResult result) =>
        result.Rows.Count <= _bounds.MaxRows ? result : result with { Rows = result.Rows.Take(_bounds.MaxRows).ToList() };
}
