using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.PublicSite;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.OpenData;

/// <summary>When a data set last changed, for Last-Modified and ETag.</summary>
public sealed record DataSetVersion(DateTimeOffset? LastModified, string Tag);

/// <summary>
/// Writes the open data sets as CSV or JSON, row by row from the database to the stream, so a file
/// of any size needs the memory of one batch of rows. Everything passes <see cref="PublicRules"/>.
/// </summary>
public sealed class OpenDataExporter(IDbContextFactory<AppDbContext> dbFactory, RecommendationRecords recommendations)
{
    /// <summary>Changes whenever the files' shape changes, so caches do not keep the old shape.</summary>
    private const string FormatVersion = "1";

    private const int BatchSize = 500;

    /// <summary>
    /// The data set's version from the audit log: its last change to any record it is built from. A
    /// change that does not show in the file (a draft result, say) also moves it on, which costs a
    /// download but never serves stale data.
    /// </summary>
    public async Task<DataSetVersion> GetVersionAsync(OpenDataSet set, string format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var types = set.RecordTypes.ToList();
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => types.Contains(a.EntityType))
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.At })
            .FirstOrDefaultAsync(cancellationToken);
        DateTimeOffset? lastModified = last is null
            ? null
            : new DateTimeOffset(DateTime.SpecifyKind(last.At, DateTimeKind.Utc)).AddTicks(-(last.At.Ticks % TimeSpan.TicksPerSecond));
        return new DataSetVersion(lastModified, $"\"{set.Name}-{format}-v{FormatVersion}-{last?.Id ?? 0}\"");
    }

    public async Task WriteCsvAsync(OpenDataSet set, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(output);

        // The CSV writer writes synchronously, which the server refuses, so it fills a small buffer
        // that is copied to the response asynchronously after every batch.
        using var buffer = new MemoryStream();
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.None, TrueValue = "true", FalseValue = "false" };
        using var csv = CsvWriter.Create(buffer, options, leaveOpen: true);
        csv.WriteHeader(set.Columns.Select(c => c.Name).ToArray());
        var rows = 0;
        await foreach (var row in RowsAsync(set, cancellationToken))
        {
            foreach (var value in row)
            {
                WriteCsvField(csv, value);
            }

            csv.EndRecord();
            if (++rows % BatchSize == 0)
            {
                await CopyAsync(csv, buffer, output, cancellationToken);
            }
        }

        await CopyAsync(csv, buffer, output, cancellationToken);
    }

    public async Task WriteJsonAsync(OpenDataSet set, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(output);
        var version = await GetVersionAsync(set, "json", cancellationToken);
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("dataset", set.Name);
        json.WriteString("title", set.Title);
        json.WriteString("description", set.Description);
        json.WriteString("licence", OpenDataSets.Licence);
        json.WriteString("licenceUrl", OpenDataSets.LicenceUrl);
        if (version.LastModified is { } modified)
        {
            json.WriteString("lastModified", modified);
        }

        json.WriteStartArray("columns");
        foreach (var column in set.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", column.Type.ToString());
            json.WriteString("meaning", column.Meaning);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        var rows = 0;
        await foreach (var row in RowsAsync(set, cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < set.Columns.Count; i++)
            {
                WriteJsonValue(json, set.Columns[i].Name, row[i]);
            }

            json.WriteEndObject();
            if (++rows % BatchSize == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>The data set's rows, each value in column order: string, decimal, int, DateOnly, bool or null.</summary>
    public IAsyncEnumerable<object?[]> RowsAsync(OpenDataSet set, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Name switch
        {
            "kpis" => KpiRowsAsync(cancellationToken),
            "results" => ResultRowsAsync(cancellationToken),
            "recommendations" => RecommendationRowsAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(set), set.Name, "Unknown data set."),
        };
    }

    private async IAsyncEnumerable<object?[]> KpiRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Kpis.AsNoTracking().Where(PublicRules.KpiIsPublic).OrderBy(k => k.Code)
            .Select(k => new
            {
                k.Code, k.Name, k.Definition, Plan = k.Priority!.CouncilPlan!.Name, Priority = k.Priority.Name, Portfolio = k.Portfolio!.Name,
                Secondary = k.SecondaryPortfolio!.Name, Area = k.ServiceArea!.Name, Board = k.ScrutinyBoard!.Name, BoardNumber = k.ScrutinyBoard!.Number,
                k.Unit, k.RateBase, k.UnitLabel, k.Polarity, k.Designation, k.Frequency, k.FrequencyNote, k.ExpectedReleaseMonth, k.DataSource,
                k.Status, ReplacedBy = k.ReplacedByKpi!.Code, Strategies = k.Strategies.OrderBy(s => s.Name).Select(s => s.Name).ToList(),
            })
            .AsAsyncEnumerable();
        await foreach (var k in query.WithCancellation(cancellationToken))
        {
            yield return
            [
                k.Code, k.Name, k.Definition, k.Plan, k.Priority, k.Portfolio, k.Secondary, k.Area,
                k.Board is null ? null : Plan.ScrutinyBoard.FormatName(k.Board, k.BoardNumber),
                Snake(k.Unit.ToString()), k.RateBase, k.UnitLabel, k.Polarity == Polarity.HigherIsBetter ? "higher" : "lower",
                Snake(k.Designation.ToString()), Snake(k.Frequency.ToString()), k.FrequencyNote, k.ExpectedReleaseMonth, k.DataSource,
                Snake(k.Status.ToString()), k.ReplacedBy, k.Strategies.Count == 0 ? null : string.Join("; ", k.Strategies),
            ];
        }
    }

    private async IAsyncEnumerable<object?[]> ResultRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Results.AsNoTracking().Where(PublicRules.ResultIsPublic).Where(r => r.Kpi!.Status != KpiStatus.Proposed)
            .OrderBy(r => r.Kpi!.Code).ThenBy(r => r.ReportingPeriod!.StartYear)
            .Select(r => new
            {
                r.KpiId, r.Kpi!.Code, r.Kpi.Name, Priority = r.Kpi.Priority!.Name, r.Kpi.Unit, r.Kpi.Polarity,
                r.ReportingPeriod!.Label, r.ReportingPeriod.StartYear,
                r.Value, r.Numerator, r.Denominator, r.PeriodNote, r.DataStatus, r.NotAvailableReason,
                Target = db.Targets.Where(t => t.KpiId == r.KpiId && t.ReportingPeriodId == r.ReportingPeriodId).Select(t => t.Value).FirstOrDefault(),
                Tolerance = db.Targets.Where(t => t.KpiId == r.KpiId && t.ReportingPeriodId == r.ReportingPeriodId).Select(t => (decimal?)t.AmberTolerance).FirstOrDefault(),
                TargetKind = db.Targets.Where(t => t.KpiId == r.KpiId && t.ReportingPeriodId == r.ReportingPeriodId).Select(t => (TargetKind?)t.Kind).FirstOrDefault(),
                TargetUpper = db.Targets.Where(t => t.KpiId == r.KpiId && t.ReportingPeriodId == r.ReportingPeriodId).Select(t => t.UpperValue).FirstOrDefault(),
                TargetComparators = db.Targets.Where(t => t.KpiId == r.KpiId && t.ReportingPeriodId == r.ReportingPeriodId).Select(t => t.Comparators).FirstOrDefault(),
                TargetEqualCounts = db.Targets.Any(t => t.KpiId == r.KpiId && t.ReportingPeriodId == r.ReportingPeriodId && t.EqualCounts),
                r.Kpi.SimilarBand,
                TargetIllustrative = db.Targets.Any(t => t.KpiId == r.KpiId && t.ReportingPeriodId == r.ReportingPeriodId && t.IsIllustrative),
                England = r.Comparators.Where(c => c.Comparator == Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault(),
                WestMidlands = r.Comparators.Where(c => c.Comparator == Comparator.WestMidlands).Select(c => (decimal?)c.Value).FirstOrDefault(),
                Neighbours = r.Comparators.Where(c => c.Comparator == Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault(),
                DefinitionChanged = db.KpiDefinitionChanges.Any(c => c.KpiId == r.KpiId && c.EffectiveFromPeriodId == r.ReportingPeriodId),
                Corrected = r.Versions.Any(),
                r.Commentary, r.IsIllustrative, r.SourceNote,
            })
            .AsAsyncEnumerable();

        // Rows come by indicator, then year, so the year before is the previous row when it is the same indicator.
        (int KpiId, int StartYear, decimal? Value)? previous = null;
        await foreach (var r in query.WithCancellation(cancellationToken))
        {
            var value = r.DataStatus == DataStatus.NotAvailable ? null : r.Value;
            var before = previous is { } p && p.KpiId == r.KpiId && p.StartYear == r.StartYear - 1 ? p.Value : null;
            var terms = r.TargetKind is { } kind ? new TargetTerms(kind, r.Target, r.TargetUpper, r.TargetComparators, r.TargetEqualCounts, r.Tolerance ?? 0) : null;
            var rag = RagRating.Rate(terms, r.Polarity, new RatingFacts(value, before, r.England, r.Neighbours, value is null, r.DefinitionChanged)).Rag;
            var direction = DirectionOfTravel.Compare(value, before, r.Polarity, r.DefinitionChanged, r.SimilarBand);
            var judgement = new HeadlineItem(rag, value is not null, terms?.IsSet ?? false, direction);
            previous = (r.KpiId, r.StartYear, value);
            yield return
            [
                r.Code, r.Name, r.Priority, r.Label, r.StartYear, value, Snake(r.Unit.ToString()), r.Numerator, r.Denominator, r.PeriodNote,
                Snake(r.DataStatus.ToString()), r.NotAvailableReason, terms?.Kind == TargetKind.Value ? r.Target : null,
                terms?.Describe(r.Polarity) ?? "No target set", CouncilWords.Of(judgement.Status), Snake(rag.ToString()),
                CouncilWords.Of(judgement.Progress), Snake(direction.ToString()), r.DefinitionChanged, r.England, r.WestMidlands, r.Neighbours,
                r.Commentary, r.Corrected, r.IsIllustrative || r.TargetIllustrative, r.SourceNote,
            ];
        }
    }

    private async IAsyncEnumerable<object?[]> RecommendationRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var r in recommendations.StreamAsync(cancellationToken: cancellationToken))
        {
            var progress = r.Progress.Count == 0
                ? null
                : string.Join("\n", r.Progress.Select(p => $"{DateOnly.FromDateTime(p.RecordedAt):yyyy-MM-dd}: {p.Text}"));
            yield return
            [
                r.Reference, r.Title, r.Wording, r.Finding, Words.Of(r.AddressedTo), r.ScrutinyBoard, r.ParentReference, r.SeriesTitle, r.SessionNumber,
                r.Kpis.Count == 0 ? null : string.Join("; ", r.Kpis.Select(k => k.Code)), Words.Of(r.Status), r.DecisionMeetingOn, r.ResponseDueOn,
                r.Decision is null ? null : Words.Of(r.Decision.Outcome), r.Decision?.Text, r.Decision?.DecidedOn, r.ProgressReportDueOn, progress,
                r.LatestProgress is null ? null : DateOnly.FromDateTime(r.LatestProgress.RecordedAt),
            ];
        }
    }

    private static void WriteCsvField(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField(string.Empty);
                break;
            case string text:
                csv.WriteField(CsvSafety.Neutralise(text));
                break;
            case decimal number:
                csv.WriteField(number.ToString("0.####", CultureInfo.InvariantCulture));
                break;
            case int whole:
                csv.WriteField(whole.ToString(CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                csv.WriteField(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case bool flag:
                csv.WriteField(flag ? "true" : "false");
                break;
            default:
                throw new InvalidOperationException($"No CSV form for {value.GetType().Name}.");
        }
    }

    private static void WriteJsonValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            case decimal number:
                json.WriteNumber(name, number);
                break;
            case int whole:
                json.WriteNumber(name, whole);
                break;
            case DateOnly date:
                json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            default:
                throw new InvalidOperationException($"No JSON form for {value.GetType().Name}.");
        }
    }

    private static async Task CopyAsync(CsvWriter csv, MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        csv.Flush();
        if (buffer.Length == 0)
        {
            return;
        }

        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        await output.FlushAsync(cancellationToken);
        buffer.SetLength(0);
    }

    // "RollingTwelveMonths" → "rolling_twelve_months": stable, plain names for the data's coded values.
    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "_") + char.ToLowerInvariant(c) : c.ToString()));
}
