using System.Runtime.InteropServices;
using System.Text;

namespace Graph.Cypher.Storage.Persistence;

/// <summary>
/// Forces a directory's entries (a rename, a new file) to disk. .NET has no API for it, so on Unix this
/// calls open(2)/fsync(2) directly; elsewhere (Windows) the rename itself is durable and this does nothing.
/// Best effort: a file system that cannot sync directories is not an error.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        try
        {
            var path = Encoding.UTF8.GetBytes(directory + "\0");
            var descriptor = NativeMethods.open(path, ReadOnly);
            if (descriptor < 0)
            {
                return;
            }
            _ = NativeMethods.fsync(descriptor);
            _ = NativeMethods.close(descriptor);
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int open(byte[] path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int fsync(int descriptor);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int close(int descriptor);
    }
}
