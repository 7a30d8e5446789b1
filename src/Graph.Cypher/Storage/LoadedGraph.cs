namespace Graph.Cypher.Storage;

/// <summary>
/// A bulk load or a snapshot read has just made the whole graph at once, a couple of hundred MB on a large store, in
/// the young generations and beside the load's own garbage. Left so, the first queries' collections promote it piece
/// by piece: on L after a bulk load, (e) ran 7.8 ms instead of 1.9 and peak memory was 30 MB higher. One full collection
/// right after the load (about 80 ms on L, bench/README.md) puts the graph in the old generation once.
/// </summary>
internal static class LoadedGraph
{
    public static void SettleHeap() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
}
