using System.Globalization;

namespace Graph.Bench.Kuzu;

/// <summary>
/// The process's peak resident set (VmHWM in /proc/self/status), read at the end of the run: each engine runs in
/// its own process, so this is that engine's high-water mark, runtime included.
/// </summary>
internal static class PeakMemory
{
    public static double Megabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        if (line is null)
        {
            return double.NaN;
        }
        var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }
}
