using System.ComponentModel;
using System.Diagnostics;

namespace Graph.Import.Tests.Support;

/// <summary>Makes a FIFO with mkfifo(1): .NET has no API for one, and a test should not need P/Invoke to set one up.</summary>
internal static class NamedPipe
{
    /// <summary>Skips the test, with the reason, when mkfifo cannot be run here.</summary>
    public static void Make(string path)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes in the file system are a Unix thing");
        try
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
            var error = mkfifo.StandardError.ReadToEnd();
            mkfifo.WaitForExit();
            Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path}: {error}");
        }
        catch (Win32Exception e)
        {
            Assert.Skip($"mkfifo cannot be run: {e.Message}");
        }
    }
}
