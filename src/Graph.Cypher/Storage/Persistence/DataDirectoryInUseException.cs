namespace Graph.Cypher.Storage.Persistence;

/// <summary>A data directory another process (or another store in this one) holds open: the message says who, and what to do instead.</summary>
public sealed class DataDirectoryInUseException(string path, DataDirectoryOwner? owner, Exception inner)
    : IOException(Describe(path, owner), inner)
{
    public string DataPath { get; } = path;

    /// <summary>Who holds it, when it said so.</summary>
    public DataDirectoryOwner? Owner { get; } = owner;

    private static string Describe(string path, DataDirectoryOwner? owner) => owner switch
    {
        { Address: { } address } =>
            $"The graph data directory '{path}' is already open in {owner}, which serves it at {address}. " +
            $"Query the running service there, or stop process {owner.ProcessId} and try again.",
        { ProcessId: { } id } when id == Environment.ProcessId =>
            $"The graph data directory '{path}' is already open in another store of this process. Close that one first, or use another --data directory.",
        not null =>
            $"The graph data directory '{path}' is already open in {owner}. Wait for it to finish or stop it, or use another --data directory.",
        null =>
            $"The graph data directory '{path}' is already open in another process ({DirectoryLock.LockFileName} is locked). " +
            "Stop that process first, or use another --data directory.",
    };
}
