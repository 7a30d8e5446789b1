using System.Runtime.InteropServices;
using System.Text;

namespace Graph.Import.Files;

/// <summary>
/// What a path names, asked before it is opened: opening a named pipe waits for a writer, and a device never ends.
/// .NET has no public API for a file's type on Unix (its attributes call a pipe, /dev/zero and a page alike "Normal"),
/// so on Linux this asks statx(2), whose answer has one layout on every architecture (glibc 2.28+ and musl 1.2.5+
/// export it). Elsewhere only folders are told apart: Windows keeps no pipes or devices among files.
/// </summary>
internal static class FileKind
{
    private const int CurrentDirectory = -100; // AT_FDCWD: a relative path is taken from the working directory
    private const uint TypeWanted = 0x1; // STATX_TYPE
    private const int TypeBits = 0xF000; // S_IFMT
    private const int Regular = 0x8000;
    private const int Folder = 0x4000;
    private const int NamedPipe = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int BlockDevice = 0x6000;
    private const int Socket = 0xC000;

    /// <summary>
    /// What the file at <paramref name="path"/> (links followed) is when it is not a regular file ("a named pipe");
    /// null for a regular file, or when the type cannot be asked (a missing file: the open that follows says so).
    /// </summary>
    public static string? NotRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Directory.Exists(path) ? "a folder" : null;
        }
        try
        {
            if (NativeMethods.statx(CurrentDirectory, Encoding.UTF8.GetBytes(path + "\0"), 0, TypeWanted, out var status) != 0 || (status.Mask & TypeWanted) == 0)
            {
                return null;
            }
            return (status.Mode & TypeBits) switch
            {
                Regular => null,
                Folder => "a folder",
                NamedPipe => "a named pipe",
                CharacterDevice => "a character device",
                BlockDevice => "a block device",
                Socket => "a socket",
                _ => "a special file",
            };
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library older than statx: fall back to what .NET can tell.
            return Directory.Exists(path) ? "a folder" : null;
        }
    }

    /// <summary>The start of struct statx: the fields this reads sit at the same offsets on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Status
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(28)]
        public ushort Mode;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int statx(int directory, byte[] path, int flags, uint mask, out Status status);
    }
}
