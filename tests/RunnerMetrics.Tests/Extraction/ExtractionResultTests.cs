using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;
using RunnerMetrics.Extraction;
using RunnerMetrics.Tests.Support;

namespace RunnerMetrics.Tests.Extraction;

/// <summary>Contract rule 8 and the <c>--json</c> shape: counts per event type, quarantined, removed, ignored.</summary>
public sealed class ExtractionResultTests : ExtractionTestBase
{
    [Fact]
    public void A_mixed_fleet_is_counted_by_kind()
    {
        for (int i = 0; i < 3; i++)
        {
            Fleet.Full("full-" + i);
        }

        Fleet.PreOnly("pre-only-0").PreOnly("pre-only-1");
        Fleet.TimestampOnly("timestamp-only");
        Fleet.Runner("no-installed", null, FleetBuilder.PreJob("x"), FleetBuilder.PostJob());
        Fleet.Runner("corrupt-0", "1700000000", "{", null);
        Fleet.Runner("corrupt-1", "1700000000", FleetBuilder.PreJob("y"), null).Fifo("corrupt-1", "post-job-metrics.json");
        Fleet.Full("busy-0").Full("busy-1");

        ExtractionResult result = Extract("busy-0", "busy-1", "absent");

        Assert.Equal(new ExtractionResult(new IssuedEvents(5, 3), 2, 7, 2), result);
        Assert.Equal(8, Sink.Lines.Count);
        Assert.Equal(
            """{"issued":{"runner_start":5,"runner_stop":3},"quarantined":2,"removed":7,"ignored":2}""",
            Json(result));
    }

    [Fact]
    public void The_json_has_the_documented_shape_and_reads_back()
    {
        var result = new ExtractionResult(new IssuedEvents(12, 7), 3, 19, 4);

        string json = Json(result);

        Assert.Equal("""{"issued":{"runner_start":12,"runner_stop":7},"quarantined":3,"removed":19,"ignored":4}""", json);
        Assert.Equal(result, ExtractionResult.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("""{"issued":{"runner_start":0,"runner_stop":0},"quarantined":0,"removed":0,"ignored":0}""", Json(default));
    }

    [Fact]
    public void The_done_message_reports_the_counts()
    {
        Fleet.Full("a").TimestampOnly("b");

        Extract("c");

        Assert.Contains(Log.Entries, e => e.Id.Id == 10 && e.Message == "Extraction done: 1 runner_start, 1 runner_stop, 0 quarantined, 2 removed, 0 ignored");
    }

    [Fact]
    public void A_cancelled_pass_touches_nothing()
    {
        Fleet.Full("a").Runner("b", "x", FleetBuilder.PreJob("b"), null);

        ExtractionResult result = Extractor().Extract(Flavor, new HashSet<string>(), new CancellationToken(canceled: true));

        Assert.Equal(new ExtractionResult(default, 0, 0, 0) { Left = 2, Interrupted = true }, result);
        Assert.True(Fleet.Exists("a"));
        Assert.True(Fleet.Exists("b"));
        Assert.Empty(Sink.Lines);
    }

    private static string Json(ExtractionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
