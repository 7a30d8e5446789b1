using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Execution.Temporal;

/// <summary>Temporal values at the session's edges: parameters in, results out, the clocks.</summary>
public sealed class TemporalSessionTests
{
    [Theory]
    [InlineData(CypherTemporalType.Date, "1984-10-11")]
    [InlineData(CypherTemporalType.LocalTime, "12:31:14.645876123")]
    [InlineData(CypherTemporalType.Time, "12:31:14-02:05:07")]
    [InlineData(CypherTemporalType.LocalDateTime, "+12345-01-01T00:00")]
    [InlineData(CypherTemporalType.DateTime, "1984-10-11T12:31:14.645876123+01:00[Europe/Stockholm]")]
    [InlineData(CypherTemporalType.Duration, "P1Y2M3DT-4.5S")]
    public async Task A_returned_temporal_value_goes_back_in_as_a_parameter_unchanged(CypherTemporalType type, string iso)
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var result = await session.RunAsync("RETURN $value AS value, $value = $value AS same", new Dictionary<string, object?> { ["value"] = new CypherTemporal(type, iso) });

        Assert.Equal(new CypherTemporal(type, iso), result.Single("value"));
        Assert.Equal(true, result.Single("same"));
    }

    public static TheoryData<object, string> DotNetValues => new()
    {
        { new DateTimeOffset(2021, 3, 28, 3, 30, 0, TimeSpan.FromHours(2)).AddTicks(1), "2021-03-28T03:30:00.000000100+02:00" },
        { new DateTime(1969, 12, 31, 23, 59, 59, 500, DateTimeKind.Utc), "1969-12-31T23:59:59.500Z" },
        { new DateTime(2024, 2, 29, 8, 0, 0, DateTimeKind.Unspecified), "2024-02-29T08:00" },
        { new DateOnly(1815, 12, 10), "1815-12-10" },
        { new TimeOnly(10, 11, 12, 500), "10:11:12.500" },
        { new TimeSpan(1, 2, 3, 4), "P1DT2H3M4S" },
        { TimeSpan.FromHours(-36), "P-1DT-12H" },
    };

    [Theory]
    [MemberData(nameof(DotNetValues))]
    public async Task Dotnet_date_and_time_parameters_become_temporal_values_as_the_neo4j_backend_sends_them(object value, string iso)
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var result = await session.RunAsync("RETURN $value AS value", new Dictionary<string, object?> { ["value"] = value });

        Assert.Equal(iso, Assert.IsType<CypherTemporal>(result.Single("value")).Iso);
    }

    [Fact]
    public async Task Statements_of_one_transaction_share_its_clock()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var (first, second) = await session.ExecuteWriteAsync(async tx =>
        {
            var a = (await tx.RunAsync("RETURN datetime.transaction() AS t")).Single("t");
            await Task.Delay(20);
            var b = (await tx.RunAsync("RETURN datetime.transaction() AS t, datetime.statement() > datetime.transaction() AS later")).Records().Single();
            Assert.Equal(true, b["later"]);
            return (a, b["t"]);
        });

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_realtime_clock_moves_within_a_statement_and_the_statement_clock_does_not()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var result = await session.RunAsync("UNWIND range(1, 20000) AS i WITH collect(datetime.realtime()) AS real, collect(datetime()) AS statement RETURN real[0] < real[-1] AS moved, statement[0] = statement[-1] AS fixed");

        Assert.Equal(true, result.Single("moved"));
        Assert.Equal(true, result.Single("fixed"));
    }
}
