using System.Runtime;

namespace Graph.Cypher.Storage;

/// <summary>
/// Holds off garbage collection while a snapshot is read into a graph. Nearly everything allocated then lives as long
/// as the store, so each collection would only copy the new graph from one generation to the next: with the 6 MB gen0
/// budget of a background-GC process, opening L (1.08M relationships) took 40 collections and a quarter of the time.
/// Up to a budget; past it, or when the process is in such a region already, collections run as usual.
/// </summary>
internal sealed class NoCollectionRegion : IDisposable
{
    private const long MaxBytes = 1L << 30;

    private bool _started;

    private NoCollectionRegion(bool started) => _started = started;

    /// <summary>A region for about <paramref name="bytes"/> of allocation, <paramref name="largeBytes"/> of it large objects.</summary>
    public static NoCollectionRegion Start(long bytes, long largeBytes)
    {
        var total = Math.Clamp(bytes, 2L << 20, MaxBytes);
        try
        {
            return new NoCollectionRegion(GC.TryStartNoGCRegion(total, Math.Clamp(largeBytes, 1L << 20, total / 2)));
        }
        catch (InvalidOperationException)
        {
            // The process is in a region already (its own, or another open's): leave it to that one.
            return new NoCollectionRegion(false);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's configuration can hold off for.
            return new NoCollectionRegion(false);
        }
    }

    public void Dispose()
    {
        if (!_started)
        {
            return;
        }
        _started = false;
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Allocation past the budget ended the region with a collection in the meantime.
        }
    }
}
