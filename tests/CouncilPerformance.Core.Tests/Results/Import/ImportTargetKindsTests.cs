using System.Globalization;
using System.Text;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;
using Microsoft.EntityFrameworkCore;
using static CouncilPerformance.Core.Tests.Results.Import.ImportTestBed;

namespace CouncilPerformance.Core.Tests.Results.Import;

/// <summary>
/// The import takes every kind of target Coventry sets: the template shows each in the council's
/// words, and the preview judges each row as the results form does (red or amber asks for commentary).
/// </summary>
public sealed class ImportTargetKindsTests
{
    [Fact]
    public async Task The_template_shows_each_kind_of_target_in_the_councils_words()
    {
        await using var bed = await CreateAsync();
        await SetAsync(bed, "ROADS-A", new Target { Kind = TargetKind.Range, Value = 90m, UpperValue = 95m });
        await SetAsync(bed, "ROADS-UNCLASS", new Target { Kind = TargetKind.Comparator, Comparators = TargetComparators.National, EqualCounts = true });
        await SetAsync(bed, "PAVEMENTS", new Target { Kind = TargetKind.Direction });
        await SetAsync(bed, "RECYCLING", new Target { Kind = TargetKind.None });
        await SetAsync(bed, "CASUALTIES-PED", new Target { Kind = TargetKind.Value, Value = 119m });

        var file = Assert.IsType<TemplateFile>((await bed.Template.BuildAsync(bed.Officer, 2025, TemplateFormat.Csv)).File);

        var targets = TargetColumn(file);
        Assert.Equal("Within 90–95", targets["ROADS-A"]);
        Assert.Equal("Above or equal to the national average", targets["ROADS-UNCLASS"]);
        Assert.Equal("To increase", targets["PAVEMENTS"]);
        Assert.Equal("No target set", targets["RECYCLING"]);
        Assert.Equal("119", targets["CASUALTIES-PED"]);
    }

    [Fact]
    public async Task A_KPI_with_no_target_for_the_year_reads_no_target_set_in_the_template()
    {
        await using var bed = await CreateAsync();
        await using (var db = bed.CreateContext())
        {
            await db.Targets.Where(t => t.ReportingPeriodId == bed.OpenPeriodId && t.Kpi!.Code == "RECYCLING").ExecuteDeleteAsync();
        }

        var file = Assert.IsType<TemplateFile>((await bed.Template.BuildAsync(bed.Officer, 2025, TemplateFormat.Csv)).File);

        Assert.Equal("No target set", TargetColumn(file)["RECYCLING"]);
    }

    public static TheoryData<string, string, string?, string?> Cases() => new()
    {
        // kind, value, England, the status the form gives (null: on target, no target or cannot be judged)
        { "range", "92", null, null },
        { "range", "89.5", null, "amber" },
        { "range", "85", null, "red" },
        { "comparator", "95", "95", null },
        { "comparator", "94", "95", "red" },
        { "comparator", "94", null, null },
        { "none", "10", null, null },
        { "number", "95.5", null, "amber" },
        { "number", "90", null, "red" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_preview_judges_each_kind_of_target_as_the_results_form_does(string kind, string value, string? england, string? status)
    {
        await using var bed = await CreateAsync();
        await SetAsync(bed, "ROADS-A", kind switch
        {
            "range" => new Target { Kind = TargetKind.Range, Value = 90m, UpperValue = 95m, AmberTolerance = 1m },
            "comparator" => new Target { Kind = TargetKind.Comparator, Comparators = TargetComparators.National, EqualCounts = true },
            "none" => new Target { Kind = TargetKind.None },
            _ => new Target { Kind = TargetKind.Value, Value = 96m, AmberTolerance = 1m },
        });

        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", value, "Final", england: england));

        if (status is null)
        {
            Assert.Empty(preview.Problems);
            Assert.True(preview.CanSubmit);
        }
        else
        {
            var problem = Assert.Single(preview.Problems);
            Assert.Equal(("Commentary", ProblemSeverity.NeededToSubmit), (problem.Column, problem.Severity));
            Assert.StartsWith($"Add commentary: the result is {status}", problem.Message, StringComparison.Ordinal);
            Assert.False(preview.CanSubmit);
        }

        // The form's own rule on the same figures, through the results service.
        var stored = await bed.ResultAsync("ROADS-A");
        var input = stored is null ? new ResultInput { KpiId = await bed.KpiIdAsync("ROADS-A"), ReportingPeriodId = bed.OpenPeriodId } : ResultInput.From(stored);
        input.Value = decimal.Parse(value, CultureInfo.InvariantCulture);
        input.DataStatus = DataStatus.Final;
        input.Commentary = null;
        input.Comparators.Clear();
        if (england is not null)
        {
            input.Comparators[Comparator.England] = decimal.Parse(england, CultureInfo.InvariantCulture);
        }

        var submitted = await bed.Entry.SubmitAsync(bed.Officer, input);
        Assert.Equal(status is null, submitted.Succeeded);
    }

    private static async Task SetAsync(ImportTestBed bed, string code, Target target)
    {
        await using var db = bed.CreateContext();
        var kpiId = await db.Kpis.Where(k => k.Code == code).Select(k => k.Id).SingleAsync();
        await db.Targets.Where(t => t.KpiId == kpiId && t.ReportingPeriodId == bed.OpenPeriodId).ExecuteDeleteAsync();
        target.KpiId = kpiId;
        target.ReportingPeriodId = bed.OpenPeriodId;
        db.Targets.Add(target);
        await db.SaveChangesAsync();
    }

    private static Dictionary<string, string> TargetColumn(TemplateFile file)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new MemoryStream(file.Content), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var headings = parser.ReadFields()!.ToList();
        var (code, target) = (headings.IndexOf("KPI code"), headings.IndexOf("Target"));
        var targets = new Dictionary<string, string>();
        while (parser.ReadFields() is { } fields)
        {
            targets[fields[code]] = fields[target];
        }

        return targets;
    }
}
