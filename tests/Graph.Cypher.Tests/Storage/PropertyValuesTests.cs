using CsCheck;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Storage;

/// <summary>Stored scalars share their boxes where they can, and never at the cost of the exact value.</summary>
public sealed class PropertyValuesTests
{
    [Fact]
    public void Confidences_and_flags_share_one_box_per_value()
    {
        var strings = new StringPool();

        Assert.Same(PropertyValues.ToStored("confidence", 0.8, strings), PropertyValues.ToStored("confidence", 0.8, strings));
        Assert.Same(PropertyValues.ToStored("confidence", 0.95, strings), PropertyValues.ToStored("confidence", 95 / 100.0, strings));
        Assert.Same(PropertyValues.ToStored("flag", true, strings), PropertyValues.ToStored("flag", true, strings));
        Assert.Same(PropertyValues.ToStored("line", 17L, strings), PropertyValues.ToStored("line", 17, strings));
    }

    [Fact]
    public void Every_double_is_stored_bit_for_bit() =>
        Gen.Double.Sample(value =>
        {
            var stored = PropertyValues.Box(value);
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits((double)stored));
        }, iter: 10_000);

    [Fact]
    public void Values_near_a_hundredth_keep_their_own_box()
    {
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits((double)PropertyValues.Box(-0.0)));
        Assert.Equal(0.1 + 0.2, (double)PropertyValues.Box(0.1 + 0.2));
        Assert.NotSame(PropertyValues.Box(0.3), PropertyValues.Box(0.1 + 0.2));
        Assert.True(double.IsNaN((double)PropertyValues.Box(double.NaN)));
    }
}
