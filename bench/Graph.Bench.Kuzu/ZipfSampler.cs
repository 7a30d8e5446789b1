namespace Graph.Bench.Kuzu;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1): rank 0 is the hub, and the tail is long,
/// as mentions of people and tools are in real notes.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count)
    {
        _cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1.0 / (rank + 1);
            _cumulative[rank] = sum;
        }
    }

    public int Next(SeededRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    /// <summary><paramref name="count"/> different ranks, none equal to <paramref name="excluded"/> (no self-loops).</summary>
    public int[] Distinct(SeededRandom random, int count, int excluded = -1)
    {
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var rank = Next(random);
            if (rank != excluded && !picked.Contains(rank))
            {
                picked.Add(rank);
            }
        }
        return [.. picked];
    }
}
