using CsCheck;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Tests.Execution.Temporal;

/// <summary>Whatever the engine prints, it parses back to the same value (the form results and parameters travel in).</summary>
public sealed class TemporalRoundTripTests
{
    private static readonly Gen<long> Years = Gen.OneOf(Gen.Long[-999_999_999, 999_999_999], Gen.Long[-2000, 12000]);

    private static readonly Gen<long> Days = Years.Select(Gen.Int[0, 365], (year, day) => CalendarMath.EpochDay(year, 1, 1) + Math.Min(day, CalendarMath.DaysInYear(year) - 1));

    private static readonly Gen<long> NanosOfDay = Gen.OneOf(
        Gen.Long[0, CalendarMath.NanosPerDay - 1],
        Gen.Long[0, 86_399].Select(second => second * CalendarMath.NanosPerSecond),
        Gen.Long[0, 1439].Select(minute => minute * 60 * CalendarMath.NanosPerSecond));

    private static readonly Gen<int> Offsets = Gen.OneOf(Gen.Int[-18 * 3600, 18 * 3600], Gen.Int[-18 * 4, 18 * 4].Select(quarter => quarter * 900));

    [Fact]
    public void Dates_and_local_datetimes_print_and_parse_back()
    {
        Gen.Select(Days, NanosOfDay).Sample((day, nano) =>
        {
            Assert.Equal(new DateValue(day), TemporalParsing.Date(new DateValue(day).ToString()));
            var local = new LocalDateTimeValue(day, nano);
            Assert.Equal(local, TemporalParsing.LocalDateTime(local.ToString()));
        }, iter: 2000);
    }

    [Fact]
    public void Times_and_offset_datetimes_print_and_parse_back()
    {
        Gen.Select(Gen.Long[-100_000_000_000, 100_000_000_000], Gen.Int[0, 999_999_999], Offsets).Sample((second, nano, offset) =>
        {
            var zoned = TimeZones.AtInstant(second, nano, ZoneSpec.Fixed(offset));
            Assert.Equal(zoned, TemporalParsing.DateTime(zoned.ToString()));
            var time = new TimeValue(zoned.LocalNanoOfDay, offset);
            Assert.Equal(time, TemporalParsing.Time(time.ToString()));
        }, iter: 2000);
    }

    [Fact]
    public void Durations_print_and_parse_back_whatever_their_signs()
    {
        var part = Gen.OneOf(Gen.Long[-1000, 1000], Gen.Long[-1_000_000_000, 1_000_000_000]);
        Gen.Select(part, part, part, Gen.Long[-2_000_000_000, 2_000_000_000]).Sample((months, days, seconds, nanos) =>
        {
            var duration = DurationValue.Of(months, days, seconds, nanos);
            Assert.Equal(duration, DurationParsing.Parse(duration.ToString()));
        }, iter: 2000);
    }
}
