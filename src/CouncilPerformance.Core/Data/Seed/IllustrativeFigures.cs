using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// Targets and results for 2022/23, 2023/24 and 2024/25. The documents state only a few figures
/// (<see cref="DocumentedResults"/>, <see cref="DocumentedTargets"/>); everything else is generated
/// for the demonstration, fixed here (no randomness) and flagged <c>IsIllustrative</c> so no screen or
/// export presents it as Coventry's. Where Coventry has published a figure (its annual performance
/// reports, listed with their pages in the result's source note) that figure is used instead, with the
/// kind of target Coventry's own table states. The numbers are shaped to match the report: every KPI
/// reviewed in sessions 1–4 missed its 2024/25 target (report, 1.4) except biodiversity net gain, which
/// was reviewed although it was not a missed target (report, 1.2); the rest met theirs (session 5).
/// </summary>
internal static class IllustrativeFigures
{
    public const string ResultCommentary = "Illustrative figure generated for the demonstration; not a Coventry City Council figure.";
    public const string TargetNote = "Illustrative target generated for the demonstration; not a Coventry City Council target.";
    public const string ApprovedBy = "Performance team (seed)";
    public const string EnteredBy = "Seed";

    /// <summary>The three published years, as the years they start in.</summary>
    public static readonly IReadOnlyList<int> Years = [2022, 2023, 2024];

    /// <summary>One figure per year: 2022/23, 2023/24, 2024/25; null where there is none.</summary>
    internal readonly record struct ByYear(decimal? Y2022, decimal? Y2023, decimal? Y2024)
    {
        public decimal? For(int startYear) => startYear switch
        {
            2022 => Y2022,
            2023 => Y2023,
            2024 => Y2024,
            _ => null,
        };
    }

    /// <summary>A KPI's figures. Rates and counted percentages give numerator and denominator; the value follows from them.</summary>
    internal sealed record Figures(string Code, decimal AmberTolerance, ByYear Targets, ByYear? Values, ByYear? Numerators = null, ByYear? Denominators = null);

    internal sealed record DocumentedResult(string Code, int Year, decimal? Value, string SourceNote, string Commentary, string? NotAvailableReason = null)
    {
        /// <summary>Comparator values published with the figure; when given, no illustrative comparator is added to it.</summary>
        public (Comparator Comparator, decimal Value)[]? Comparators { get; init; }

        public string? PeriodNote { get; init; }
    }

    internal sealed record DocumentedTarget(string Code, int Year, decimal? Value, string Note)
    {
        public TargetKind Kind { get; init; } = Value is null ? TargetKind.None : TargetKind.Value;

        public TargetComparators? Comparators { get; init; }

        public bool EqualCounts { get; init; }

        /// <summary>False for a target of Coventry's kind whose figure is the demo's (e.g. a direction target where Coventry published none).</summary>
        public bool IsDocumented { get; init; } = true;
    }

    private static ByYear Y(decimal? y2022, decimal? y2023, decimal? y2024) => new(y2022, y2023, y2024);

    private static Figures Plain(string code, decimal tolerance, ByYear targets, ByYear values) => new(code, tolerance, targets, values);

    private static Figures Ratio(string code, decimal tolerance, ByYear targets, ByYear numerators, ByYear denominators) =>
        new(code, tolerance, targets, null, numerators, denominators);

    // Amber tolerance is in the KPI's own unit. 2024/25 ratings are noted per row.
    internal static readonly IReadOnlyList<Figures> All =
    [
        //     code                     amber   targets 22/23, 23/24, 24/25    results 22/23, 23/24, 24/25                                    2024/25
        Plain("FLY-TIPS",                350m,  Y(7000m, 7000m, null),         Y(6720m, null, null)),                                         // red: published figures and a "to decrease" target below
        Plain("ROADS-A",                 1m,    Y(96m, 96m, 96m),              Y(96.5m, 95.8m, 94.0m)),                                       // red
        Plain("ROADS-UNCLASS",           1.5m,  Y(85m, 85m, 85m),              Y(86.2m, 84.6m, 82.9m)),                                       // red
        Plain("PAVEMENTS",               2m,    Y(75m, 75m, 75m),              Y(76.1m, 74.2m, 71.8m)),                                       // red
        Plain("RECYCLING",               1.5m,  Y(35m, 36m, 37m),              Y(33.8m, 34.1m, 35.9m)),                                       // amber
        Plain("CASUALTIES-PED",          5m,    Y(120m, 115m, 110m),           Y(112m, 118m, 124m)),                                          // red
        Ratio("Y6-OBESITY",              1m,    Y(40m, 40m, 39.5m),            Y(1774m, 1826m, 1885m), Y(4480m, 4530m, 4575m)),               // red
        Ratio("CHILD-POVERTY",           1.5m,  Y(28m, 28m, 28m),              Y(19_745m, 21_039m, 22_891m), Y(71_800m, 72_300m, 72_900m)),   // red
        Ratio("NEET-16-17",              0.5m,  Y(4.5m, 4.5m, 4.5m),           Y(376m, 416m, 475m), Y(8740m, 8850m, 8960m)),                  // red
        Plain("SCHOOL-LEAVERS-16",       1m,    Y(null, null, null),           Y(null, null, 93.2m)),                                         // amber against England, below
        Plain("GLD-AGE5",                2m,    Y(62m, 64m, 66m),              Y(62.4m, 63.5m, 63.6m)),                                       // red
        Ratio("YJ-FTE",                  20m,   Y(180m, 180m, 180m),           Y(52m, 55m, 74m), Y(33_100m, 33_600m, 34_200m)),               // red: the 2024/25 rise (5.2)
        Ratio("CIC-RATE",                3m,    Y(80m, 78m, 76m),              Y(628m, 640m, 668m), Y(79_200m, 79_900m, 80_400m)),            // red
        Ratio("ACTIVE-ENTERPRISES",      10m,   Y(420m, 420m, 420m),           Y(12_310m, 12_140m, 11_850m), Y(286_000m, 289_500m, 292_800m)), // red: decline (6.2)
        Plain("CDP-SCORE",               1m,    Y(6m, 6m, 7m),                 Y(6m, 7m, 6m)),                                                // amber
        Plain("BNG",                     3m,    Y(null, null, null),           Y(9m, 10m, null)),                                             // grey, no target set: documented below
        Plain("HOMELESSNESS-PREVENTED",  50m,   Y(1500m, 1500m, 1500m),        Y(1540m, 1470m, 1430m)),                                       // red: marginal decrease (9.2)
        Ratio("BUSINESS-RATES",          0.5m,  Y(98m, 98m, 98m),              Y(159_600_000m, 163_300_000m, 166_900_000m), Y(162_400_000m, 167_100_000m, 171_800_000m)), // red
        Ratio("COUNCIL-TAX",             0.5m,  Y(95.5m, 95.5m, 95.5m),        Y(187_560_000m, 202_940_000m, 217_400_000m), Y(196_200_000m, 213_400_000m, 229_600_000m)), // red
        Plain("SAVINGS",                 5m,    Y(100m, 100m, 100m),           Y(100m, 92m, 96.5m)),                                          // amber
        Plain("SICKNESS-ABSENCE",        1m,    Y(11m, 11m, 11m),              Y(12.9m, 13.2m, null)),                                        // red: documented below
        Ratio("IMD-DEPRIVATION",         1m,    Y(15m, 15m, 15m),              Y(28m, 28m, null), Y(195m, 195m, null)),                       // grey: no new release
        Plain("SCHOOL-LEAVERS-18",       1m,    Y(null, null, null),           Y(null, null, null)),                                          // grey: no data; published figures below
        Plain("CONNECTIVITY",            2m,    Y(70m, 80m, 85m),              Y(74.5m, 83.2m, 88.6m)),                                       // green
        Plain("NEW-HOMES",               100m,  Y(1500m, 1500m, 1500m),        Y(1610m, 1380m, 1690m)),                                       // green
    ];

    private const string Report2425 = "One Coventry Plan Annual Performance Report April 2024 – March 2025";
    private const string Report2324 = "One Coventry Plan Performance Report 2023/24";
    private const string Published = "Figure published by Coventry City Council; see the source.";

    /// <summary>Figures the documents, or Coventry's published reports, state: not illustrative.</summary>
    internal static readonly IReadOnlyList<DocumentedResult> DocumentedResults =
    [
        new("SICKNESS-ABSENCE", 2024, 13.7m, $"{Report2425}, page 35",
            "13.7 days lost per FTE in the twelve months to 31 March 2025 (13.5 the year before). Officers reported that staff absence rates \"have remained around 13 days per year\" (Appendix 1, 11.2). The split into short-term and long-term absence is illustrative."),
        new("SICKNESS-ABSENCE", 2023, 13.5m, $"{Report2425}, page 35", Published),
        new("BNG", 2024, 11m, "Appendix 1, 7.2",
            "Officers estimate that nature conservation is at 11% in the city, with efforts underway to reach the target of 30% (Appendix 1, 7.2)."),
        new("COUNCIL-TAX", 2024, 93.4m, $"{Report2425}, page 36", "93.4% collected in year against a target of 94% (93.7% in 2023/24)."),
        new("COUNCIL-TAX", 2023, 93.7m, $"{Report2425}, page 36 (series table)", Published) { Comparators = [(Comparator.England, 95.9m)] },
        new("COUNCIL-TAX", 2022, 94.3m, $"{Report2425}, page 36 (series table)", Published) { Comparators = [(Comparator.England, 96.0m)] },
        new("BUSINESS-RATES", 2024, 94.3m, $"{Report2425}, page 36", "94.3% of business rates collected in year (95.6% in 2023/24), on a rateable base of about £341m. The target shown is illustrative."),
        new("BUSINESS-RATES", 2023, 95.6m, $"{Report2425}, page 36", Published),
        new("RECYCLING", 2023, 34.2m, $"{Report2324}, page 26", Published) { Comparators = [(Comparator.England, 42.5m)] },
        new("RECYCLING", 2022, 30.5m, $"{Report2324}, page 26", Published),
        new("NEET-16-17", 2023, 3.5m, $"{Report2324}, page 8", "3.5% (NEET 2.2% and not known 1.3%), below the national average and statistical neighbours.")
        {
            Comparators = [(Comparator.England, 5.2m), (Comparator.StatisticalNeighbours, 6.2m)], PeriodNote = "December 2023 – February 2024 average",
        },
        new("NEET-16-17", 2022, 3.9m, $"{Report2324}, page 8", Published) { PeriodNote = "December 2022 – February 2023 average" },
        new("SCHOOL-LEAVERS-16", 2023, 92.1m, $"{Report2324}, page 8", "92.1% (91.6% the year before): improved, but below the national average of 93.6%, so off target.")
        {
            Comparators = [(Comparator.England, 93.6m), (Comparator.StatisticalNeighbours, 91.9m)], PeriodNote = "2021/22 leavers",
        },
        new("SCHOOL-LEAVERS-16", 2022, 91.6m, $"{Report2324}, page 8", Published) { PeriodNote = "2020/21 leavers" },
        new("SCHOOL-LEAVERS-18", 2023, 82m, $"{Report2324}, page 8", "82% (78% the year before): improved, but below the national average of 82.6%, so off target.")
        {
            Comparators = [(Comparator.England, 82.6m), (Comparator.StatisticalNeighbours, 79.5m)], PeriodNote = "2021/22 leavers",
        },
        new("SCHOOL-LEAVERS-18", 2022, 78m, $"{Report2324}, page 8", Published) { PeriodNote = "2020/21 leavers" },
        new("FLY-TIPS", 2024, 6428m, "BBC Local Democracy Reporting on the scrutiny deep dive (feeds.bbci.co.uk/news/articles/c4gz09ndjpyo)",
            "6,428 fly-tips reported (5,929 in 2023/24); 6,680 enforcement actions in the year."),
        new("FLY-TIPS", 2023, 5929m, "BBC Local Democracy Reporting on the scrutiny deep dive (feeds.bbci.co.uk/news/articles/c4gz09ndjpyo)", Published),
        new("IMD-DEPRIVATION", 2024, null, "Appendix 1, 13.2", "No year-on-year value: the Indices of Multiple Deprivation are released about every 10 years.",
            "The Indices of Multiple Deprivation are released about every 10 years, so there is no value for 2024/25 (Appendix 1, 13.2)."),
        new("SCHOOL-LEAVERS-18", 2024, null, "Appendix 1, 14.2", "No data for the year (Appendix 1, 14.2).",
            "No data for 2024/25: Appendix 1, 14.2 notes the metric's lack of data."),
        new("DIGITAL-EXCLUSION", 2024, null, "Appendix 1, 15.2", "No data and no target yet (Appendix 1, 15.2).",
            "No data yet: officers are to work with partners to develop the measure and a realistic target (Appendix 1, 15.2)."),
    ];

    internal static readonly IReadOnlyList<DocumentedTarget> DocumentedTargets =
    [
        new("BNG", 2024, null, "No target for 2024/25: 30% is the level officers are working towards (Appendix 1, 7.2). Biodiversity net gain was reviewed although it was not a missed target (report, 1.2)."),
        new("DIGITAL-EXCLUSION", 2024, null, "No target set: recommendation o) asks for an appropriate target to be identified (Appendix 1, 15.2)."),
        new("COUNCIL-TAX", 2024, 94m, $"Target of 94% ({Report2425}, page 36)."),
        new("COUNCIL-TAX", 2023, 95m, $"Target of 95% ({Report2425}, page 36)."),
        new("COUNCIL-TAX", 2022, 95m, $"Target of 95% ({Report2425}, page 36)."),
        new("NEET-16-17", 2023, null, $"Below (better than) the national average and statistical neighbours ({Report2324}, page 8).")
        {
            Kind = TargetKind.Comparator, Comparators = TargetComparators.NationalAndStatisticalNeighbours,
        },
        new("SCHOOL-LEAVERS-16", 2023, null, $"Above or equal to the national average ({Report2324}, page 8).")
        {
            Kind = TargetKind.Comparator, Comparators = TargetComparators.National, EqualCounts = true,
        },
        new("SCHOOL-LEAVERS-18", 2023, null, $"Above or equal to the national average ({Report2324}, page 8).")
        {
            Kind = TargetKind.Comparator, Comparators = TargetComparators.National, EqualCounts = true,
        },

        // Coventry's kind of target, carried on to 2024/25; the comparator values it is judged by are illustrative.
        new("SCHOOL-LEAVERS-16", 2024, null, TargetNote) { Kind = TargetKind.Comparator, Comparators = TargetComparators.National, EqualCounts = true, IsDocumented = false },
        new("SCHOOL-LEAVERS-18", 2024, null, TargetNote) { Kind = TargetKind.Comparator, Comparators = TargetComparators.National, EqualCounts = true, IsDocumented = false },

        // Coventry publishes no fly-tip target; the demo's is a direction, which the published rise misses.
        new("FLY-TIPS", 2024, null, TargetNote) { Kind = TargetKind.Direction, IsDocumented = false },
        new("FLY-TIPS", 2023, null, TargetNote) { Kind = TargetKind.Direction, IsDocumented = false },
    ];

    /// <summary>England and West Midlands values for the same measure; illustrative, like the results they hang off.</summary>
    internal static readonly IReadOnlyList<(string Code, Comparator Comparator, ByYear Values)> Comparators =
    [
        // NEET: Coventry outperformed national and regional averages (Appendix 1, 4.1), so both sit above it.
        ("NEET-16-17", Comparator.England, Y(5.2m, 5.4m, 5.6m)),
        ("NEET-16-17", Comparator.WestMidlands, Y(5.5m, 5.8m, 6.0m)),
        ("CIC-RATE", Comparator.England, Y(71m, 70m, 70m)),
        ("CIC-RATE", Comparator.WestMidlands, Y(83m, 84m, 85m)),
        ("COUNCIL-TAX", Comparator.England, Y(null, null, 95.8m)),
        ("SCHOOL-LEAVERS-16", Comparator.England, Y(null, null, 93.9m)),
    ];

    /// <summary>Breakdown values for 2024/25 (illustrative). Absence lengths add up to the published 13.7 days.</summary>
    internal static readonly IReadOnlyList<(string Code, string Dimension, string Category, decimal Value)> Breakdowns2024 =
    [
        ("SICKNESS-ABSENCE", "Absence length", "Short-term", 5.2m),
        ("SICKNESS-ABSENCE", "Absence length", "Long-term", 8.5m),
        ("CASUALTIES-PED", "Road user type", "Pedestrian", 124m),
        ("CASUALTIES-PED", "Road user type", "Cyclist", 61m),
        ("CASUALTIES-PED", "Road user type", "Motorcyclist", 38m),
        ("CASUALTIES-PED", "Road user type", "Car occupant", 342m),
        ("CASUALTIES-PED", "Road user type", "Other", 29m),
    ];

    /// <summary>What a result covers when it is not simply the financial year.</summary>
    private static string? PeriodNote(string code, int year) => code switch
    {
        "SICKNESS-ABSENCE" => $"Rolling twelve months to March {year + 1}",
        "CASUALTIES-PED" => $"Calendar year {year}",
        "IMD-DEPRIVATION" => "English Indices of Deprivation 2019 (no later release in the year)",
        _ => null,
    };

    public static void Add(CoventryGraph graph)
    {
        foreach (var year in Years)
        {
            var period = graph.Periods[year];
            foreach (var row in All)
            {
                var kpi = graph.Kpis[row.Code];
                if (row.Targets.For(year) is { } target && !DocumentedTargets.Any(t => t.Code == row.Code && t.Year == year))
                {
                    kpi.Targets.Add(new Target
                    {
                        ReportingPeriod = period, Value = target, AmberTolerance = row.AmberTolerance, IsIllustrative = true, Note = TargetNote,
                    });
                }

                if (ValueOf(row, kpi, year) is { } value && !DocumentedResults.Any(r => r.Code == row.Code && r.Year == year))
                {
                    var result = NewResult(period, row.Code, year);
                    result.Value = value;
                    result.Numerator = row.Numerators?.For(year);
                    result.Denominator = row.Denominators?.For(year);
                    result.IsIllustrative = true;
                    result.Commentary = ResultCommentary;
                    kpi.Results.Add(result);
                }
            }

            foreach (var doc in DocumentedTargets.Where(t => t.Year == year))
            {
                graph.Kpis[doc.Code].Targets.Add(new Target
                {
                    ReportingPeriod = period,
                    Kind = doc.Kind,
                    Value = doc.Value,
                    Comparators = doc.Comparators,
                    EqualCounts = doc.EqualCounts,
                    AmberTolerance = doc.Kind == TargetKind.None ? 0 : All.FirstOrDefault(f => f.Code == doc.Code)?.AmberTolerance ?? 0,
                    IsIllustrative = !doc.IsDocumented,
                    Note = doc.Note,
                });
            }

            foreach (var doc in DocumentedResults.Where(r => r.Year == year))
            {
                var result = NewResult(period, doc.Code, year);
                result.Value = doc.Value;
                result.SourceNote = doc.SourceNote;
                result.Commentary = doc.Commentary;
                result.PeriodNote = doc.PeriodNote ?? result.PeriodNote;
                foreach (var (comparator, value) in doc.Comparators ?? [])
                {
                    result.Comparators.Add(new ComparatorValue { Comparator = comparator, Value = value });
                }

                if (doc.Value is null)
                {
                    result.PeriodNote = null;
                    result.DataStatus = DataStatus.NotAvailable;
                    result.NotAvailableReason = doc.NotAvailableReason;
                }

                graph.Kpis[doc.Code].Results.Add(result);
            }
        }

        foreach (var (code, comparator, values) in Comparators)
        {
            // A published figure keeps only the comparators published with it.
            foreach (var result in graph.Kpis[code].Results.Where(r => r.IsIllustrative))
            {
                if (values.For(result.ReportingPeriod!.StartYear) is { } value)
                {
                    result.Comparators.Add(new ComparatorValue { Comparator = comparator, Value = value });
                }
            }
        }

        foreach (var (code, dimension, category, value) in Breakdowns2024)
        {
            var kpi = graph.Kpis[code];
            kpi.Results.Single(r => r.ReportingPeriod!.StartYear == 2024).Breakdowns.Add(new BreakdownValue
            {
                Category = kpi.Dimensions.Single(d => d.Name == dimension).Categories.Single(c => c.Name == category),
                Value = value,
            });
        }
    }

    // Ratio rows: value = numerator / denominator × the rate base (100 for a percentage), to 1 decimal place.
    private static decimal? ValueOf(Figures row, Kpi kpi, int year)
    {
        if (row.Values is { } values)
        {
            return values.For(year);
        }

        if (row.Numerators?.For(year) is not { } numerator || row.Denominators?.For(year) is not { } denominator)
        {
            return null;
        }

        var rateBase = kpi.Unit == KpiUnit.Rate ? kpi.RateBase ?? 1 : 100;
        return Math.Round(numerator / denominator * rateBase, 1, MidpointRounding.AwayFromZero);
    }

    // A signed-off result as the performance team would have left it; fixed dates keep the seed repeatable.
    internal static Result NewResult(ReportingPeriod period, string code, int year) => new()
    {
        ReportingPeriod = period,
        PeriodNote = PeriodNote(code, year),
        DataStatus = DataStatus.Final,
        State = ResultState.Approved,
        EnteredByName = EnteredBy,
        EnteredAt = new DateTime(year + 1, 5, 12, 9, 0, 0, DateTimeKind.Utc),
        SubmittedAt = new DateTime(year + 1, 5, 19, 14, 0, 0, DateTimeKind.Utc),
        ApprovedByName = ApprovedBy,
        ApprovedAt = new DateTime(year + 1, 6, 9, 11, 0, 0, DateTimeKind.Utc),
    };
}
