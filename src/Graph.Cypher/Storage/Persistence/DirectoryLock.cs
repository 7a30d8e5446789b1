namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// The lock on a data directory: graph.lock held open exclusively while a store is open, and beside it graph.owner,
/// which says who holds it (process id, command line and, once a service listens, its address), so a second process
/// turned away can tell the user where the graph already is instead of only that it is taken.
/// </summary>
internal sealed class DirectoryLock : IDisposable
{
    public const string LockFileName = "graph.lock";
    public const string OwnerFileName = "graph.owner";

    private readonly FileStream _lock;
    private readonly string _ownerPath;

    private DirectoryLock(FileStream lockFile, string ownerPath)
    {
        _lock = lockFile;
        _ownerPath = ownerPath;
    }

    /// <exception cref="DataDirectoryInUseException">Another process or store holds the directory.</exception>
    public static DirectoryLock Acquire(string path)
    {
        var ownerPath = Path.Combine(path, OwnerFileName);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(Path.Combine(path, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new DataDirectoryInUseException(path, DataDirectoryOwner.Read(ownerPath), e);
        }
        var held = new DirectoryLock(lockFile, ownerPath);
        held.Describe(null);
        return held;
    }

    /// <summary>Records who holds the directory; <paramref name="address"/> is where a service answers for it.</summary>
    public void Describe(string? address)
    {
        try
        {
            DataDirectoryOwner.Current(address).Write(_ownerPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a courtesy to the next process: the lock itself is what keeps the directory safe.
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale owner file is harmless: it is read only while the lock is held, and rewritten with it.
        }
        _lock.Dispose();
    }
}
