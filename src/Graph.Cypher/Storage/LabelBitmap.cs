namespace Graph.Cypher.Storage;

/// <summary>
/// The nodes with one label in one committed snapshot, as one bit per node id. Testing a label on a node otherwise
/// reads the node's record, a few cache misses deep in the record trie; a bitmap of a hundred thousand nodes is 16 KB
/// and stays in cache while an expansion tests every node it reaches.
/// </summary>
internal sealed class LabelBitmap
{
    private readonly ulong[] _words;

    private LabelBitmap(ulong[] words) => _words = words;

    public static LabelBitmap Build(GraphState state, string label)
    {
        // Ids are handed out below NextNodeId, so every node with the label has its bit.
        var words = new ulong[(state.NextNodeId + 63) >> 6];
        foreach (var id in state.NodeIdsWithLabel(label))
        {
            words[id >> 6] |= 1UL << (int)(id & 63);
        }
        return new LabelBitmap(words);
    }

    public bool Contains(long id)
    {
        var word = (ulong)id >> 6;
        return word < (ulong)_words.Length && (_words[word] & (1UL << (int)(id & 63))) != 0;
    }

    public long SizeInBytes => (long)_words.Length * sizeof(ulong);
}
