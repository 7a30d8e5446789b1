namespace Graph.Cypher.Storage;

/// <summary>Copies of a small immutable array with one item put in or taken out: the stored maps and sets are arrays that are never changed in place.</summary>
internal static class ArrayCopies
{
    public static T[] Insert<T>(T[] items, int at, T item)
    {
        var copy = new T[items.Length + 1];
        Array.Copy(items, copy, at);
        copy[at] = item;
        Array.Copy(items, at, copy, at + 1, items.Length - at);
        return copy;
    }

    public static T[] RemoveAt<T>(T[] items, int at)
    {
        if (items.Length == 1)
        {
            return [];
        }
        var copy = new T[items.Length - 1];
        Array.Copy(items, copy, at);
        Array.Copy(items, at + 1, copy, at, items.Length - at - 1);
        return copy;
    }

    public static T[] Replace<T>(T[] items, int at, T item)
    {
        var copy = (T[])items.Clone();
        copy[at] = item;
        return copy;
    }
}
