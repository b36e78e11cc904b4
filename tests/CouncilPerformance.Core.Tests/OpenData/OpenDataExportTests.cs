using System.Text;
using System.Text.Json;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.OpenData;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.PublicSite;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.OpenData;

/// <summary>1,500 KPIs × 20 published years = 30,000 results on real SQLite, built once for the class.</summary>
public sealed class ThirtyThousandResults : IAsyncLifetime
{
    public const int Kpis = 1500;
    public const int Years = 20;
    public const int Rows = Kpis * Years;

    public TestDatabase Database { get; private set; } = default!;

    public OpenDataExporter Exporter { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await using (var db = Database.CreateContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var plan = new CouncilPlan { Name = "Test plan", StartYear = 2000, EndYear = 2030 };
            var priority = new Priority { Name = "Priority", CouncilPlan = plan };
            var portfolio = new Portfolio { Name = "Portfolio" };
            var area = new ServiceArea { Name = "Area" };
            var periods = Enumerable.Range(2000, Years).Select(y =>
            {
                var p = ReportingPeriod.ForFinancialYear(y);
                p.State = PeriodState.Published;
                return p;
            }).ToList();
            db.AddRange(plan, priority, portfolio, area);
            db.AddRange(periods);
            var commentary = new string('x', 180);
            for (var k = 0; k < Kpis; k++)
            {
                var kpi = new Kpi { Code = $"K{k:0000}", Name = $"Indicator {k}", Priority = priority, Portfolio = portfolio, ServiceArea = area, Unit = KpiUnit.Percentage };
                db.Kpis.Add(kpi);
                foreach (var period in periods)
                {
                    db.Results.Add(new Result
                    {
                        Kpi = kpi, ReportingPeriod = period, Value = 40 + (k % 50) + (period.StartYear % 7), State = ResultState.Approved,
                        DataStatus = DataStatus.Final, Commentary = $"=cmd|' /C calc'!A0 {commentary}",
                    });
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        Exporter = Database.Services.CreateScope().ServiceProvider.GetRequiredService<OpenDataExporter>();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// The exports stream: their memory stays that of a batch of rows whatever the size of the file,
/// which is measured here by the live heap (after a full collection) at every 256 KB written.
/// </summary>
[Collection(AloneInTheProcess.Name)]
public sealed class OpenDataExportTests(ThirtyThousandResults data) : IClassFixture<ThirtyThousandResults>
{
    private const long MemoryBudget = 8 * 1024 * 1024;

    [Fact]
    public async Task The_results_CSV_of_30000_rows_streams_in_constant_memory_and_neutralises_formulas()
    {
        var probe = new MemoryProbeStream(keepFirstBytes: 4096);
        await data.Exporter.WriteCsvAsync(OpenDataSets.Results, Stream.Null); // warm up the query compilation
        probe.StartMeasuring();

        await data.Exporter.WriteCsvAsync(OpenDataSets.Results, probe);

        Assert.Equal(ThirtyThousandResults.Rows + 1, probe.Lines);
        Assert.True(probe.Length > 6 * 1024 * 1024, $"Only {probe.Length} bytes were written; the test needs a file bigger than its memory budget.");
        Assert.True(probe.PeakGrowth < MemoryBudget, $"The live heap grew by {probe.PeakGrowth:N0} bytes while writing {probe.Length:N0} bytes.");
        var firstRow = Encoding.UTF8.GetString(probe.FirstBytes).Split("\r\n")[1];
        Assert.Contains(",'=cmd|' /C calc'!A0 ", firstRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_JSON_of_30000_rows_streams_in_constant_memory_and_parses()
    {
        var probe = new MemoryProbeStream(keepFirstBytes: 0, keepAll: true);
        await data.Exporter.WriteJsonAsync(OpenDataSets.Results, Stream.Null);
        probe.StartMeasuring();

        await data.Exporter.WriteJsonAsync(OpenDataSets.Results, probe);

        Assert.True(probe.PeakGrowth < MemoryBudget, $"The live heap grew by {probe.PeakGrowth:N0} bytes while writing {probe.Length:N0} bytes.");
        using var document = JsonDocument.Parse(probe.AllBytes());
        var rows = document.RootElement.GetProperty("rows");
        Assert.Equal(ThirtyThousandResults.Rows, rows.GetArrayLength());
        Assert.Equal("K0000", rows[0].GetProperty("kpi_code").GetString());
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("value").ValueKind);
        Assert.StartsWith("=cmd", rows[0].GetProperty("commentary").GetString(), StringComparison.Ordinal);
        Assert.Equal(OpenDataSets.Licence, document.RootElement.GetProperty("licence").GetString());
    }

    [Fact]
    public async Task Each_row_of_each_data_set_has_a_value_for_every_column_of_its_dictionary()
    {
        foreach (var set in OpenDataSets.All)
        {
            var count = 0;
            await foreach (var row in data.Exporter.RowsAsync(set))
            {
                Assert.Equal(set.Columns.Count, row.Length);
                if (++count == 50)
                {
                    break;
                }
            }
        }
    }

    [Fact]
    public async Task Progress_follows_the_year_before_and_the_first_year_cannot_say()
    {
        var rows = new List<object?[]>();
        await foreach (var row in data.Exporter.RowsAsync(OpenDataSets.Results))
        {
            rows.Add(row);
            if (rows.Count == 3)
            {
                break;
            }
        }

        var progress = OpenDataSets.Results.Columns.ToList().FindIndex(c => c.Name == "progress");
        Assert.Equal("Can't say", rows[0][progress]);
        Assert.Equal("Improved", rows[1][progress]); // 2001's value is one point above 2000's, higher is better
    }

    [Fact]
    public async Task The_version_moves_on_when_a_result_changes()
    {
        var before = await data.Exporter.GetVersionAsync(OpenDataSets.Results, "csv");
        await using (var db = data.Database.CreateContext())
        {
            var result = await db.Results.OrderByDescending(r => r.Id).FirstAsync(); // the last row, which the other tests do not read
            result.Commentary = "Corrected commentary";
            await db.SaveChangesAsync();
        }

        var after = await data.Exporter.GetVersionAsync(OpenDataSets.Results, "csv");

        Assert.NotEqual(before.Tag, after.Tag);
        Assert.NotNull(after.LastModified);
        Assert.Equal(0, after.LastModified!.Value.Millisecond);
    }

    /// <summary>Counts what is written and samples the live heap every 256 KB; keeps only what the test asks for.</summary>
    private sealed class MemoryProbeStream(int keepFirstBytes, bool keepAll = false) : Stream
    {
        private readonly MemoryStream _first = new();
        private readonly MemoryStream? _all = keepAll ? new MemoryStream() : null;
        private long _baseline;
        private long _nextSample;
        private bool _measuring;

        public long PeakGrowth { get; private set; }

        public long Lines { get; private set; }

        public byte[] FirstBytes => _first.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        private long _length;

        public byte[] AllBytes() => _all?.ToArray() ?? [];

        public void StartMeasuring()
        {
            _baseline = GC.GetTotalMemory(forceFullCollection: true);
            _measuring = true;
            _nextSample = 256 * 1024;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_first.Length < keepFirstBytes)
            {
                _first.Write(buffer[..Math.Min(buffer.Length, keepFirstBytes - (int)_first.Length)]);
            }

            _all?.Write(buffer);
            foreach (var b in buffer)
            {
                if (b == (byte)'\n')
                {
                    Lines++;
                }
            }

            _length += buffer.Length;
            if (_measuring && _length >= _nextSample)
            {
                // The kept copy (JSON only) is the test's, not the exporter's: leave it out.
                var live = GC.GetTotalMemory(forceFullCollection: true) - (_all?.Capacity ?? 0);
                PeakGrowth = Math.Max(PeakGrowth, live - _baseline);
                _nextSample += 256 * 1024;
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _first.Dispose();
                _all?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>
/// The live heap is the whole test process's: tests that measure it run after the parallel ones, on their own,
/// so another class's allocations are not counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneInTheProcess
{
    public const string Name = "Measures the process's heap";
}
