using CouncilPerformance.Core.Recommendations;

namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// The report's recommendations: nine to Cabinet and three to SCRUCO (both awaiting the meeting
/// they are put to; the documents do not record a decision, so none is invented), the KPI-specific
/// a–p detailing Cabinet 9, and section 17's work for the scrutiny bodies under SCRUCO 2 (endorsed,
/// waiting to be put on a board's work programme or to SCRUCO itself).
/// </summary>
internal static class CoventryRecommendations
{
    private static readonly DateOnly _cabinetMeeting = new(2025, 11, 4);
    private static readonly DateOnly _scrucoMeeting = new(2025, 10, 30);

    // SCRUCO approved the recommendations to Cabinet on 30 October 2025 (the report's cover), which
    // starts Cabinet's two-month response clock. The documents do not say what Cabinet decided on
    // 4 November 2025, so the seed records no decision and the clock shows the response as overdue
    // until someone records the real one.
    private static readonly DateOnly _referredToCabinet = _scrucoMeeting;
    private static readonly DateOnly _cabinetResponseDue = ResponseClock.DueOn(_referredToCabinet, new RecommendationOptions().ResponseMonths);

    // SCRUCO's own three were put to the committee at that same meeting (the report's cover); what it
    // resolved is not in the documents either, so they too wait for someone to record it.
    private static readonly DateOnly _referredToScruco = _scrucoMeeting;
    private static readonly DateOnly _scrucoResponseDue = ResponseClock.DueOn(_referredToScruco, new RecommendationOptions().ResponseMonths);

    internal sealed record TopRow(int Number, string Title, string Wording, string ServiceArea, string[]? Kpis = null);

    /// <summary>a–p: Title is the Appendix 1 section heading, Wording the recommendation, Finding the narrative.</summary>
    internal sealed record KpiRow(string Reference, int Section, int Session, string Title, string Wording, string Finding, KpiChangeKind Change, string[] Kpis);

    /// <summary>Section 17: routed to a numbered board, or to SCRUCO when Board is null.</summary>
    internal sealed record ScrutinyRow(string Reference, int Session, string Title, string Wording, string Finding, string? Board, string ServiceArea, string[] Kpis);

    internal static readonly IReadOnlyList<TopRow> Cabinet =
    [
        new(1, "Review all KPIs as part of the reporting process", SourceText.Cabinet1, ServiceAreas.PlanningAndPerformance),
        new(2, "KPIs measurable and demonstrating service improvement", SourceText.Cabinet2, ServiceAreas.PlanningAndPerformance),
        new(3, "Designate KPIs as national or locally determined", SourceText.Cabinet3, ServiceAreas.PlanningAndPerformance),
        new(4, "Identify and report the frequency of data that is not annual", SourceText.Cabinet4, ServiceAreas.PlanningAndPerformance),
        new(5, "Targets that may conflict: green and blue space and house building", SourceText.Cabinet5, ServiceAreas.PlanningAndPerformance,
            ["NEW-HOMES", "GREEN-BLUE-SPACE", "BNG"]),
        new(6, "Cross-reference and align Council strategies and KPIs", SourceText.Cabinet6, ServiceAreas.PlanningAndPerformance),
        new(7, "Each scrutiny body reviews its KPIs annually", SourceText.Cabinet7, ServiceAreas.LawAndGovernance),
        new(8, "Recognise and celebrate achieved targets", SourceText.Cabinet8, ServiceAreas.PlanningAndPerformance),
        new(9, "Review the specific KPIs in Appendix 1 sections 1-16", SourceText.Cabinet9, ServiceAreas.PlanningAndPerformance),
    ];

    internal static readonly IReadOnlyList<TopRow> Scruco =
    [
        new(1, "Approve the recommendations to Cabinet", SourceText.Scruco1, ServiceAreas.LawAndGovernance),
        new(2, "Scrutiny bodies undertake the work in Appendix 1 section 17", SourceText.Scruco2, ServiceAreas.LawAndGovernance),
        new(3, "Each scrutiny body reviews its KPIs annually", SourceText.Scruco3, ServiceAreas.LawAndGovernance),
    ];

    // Kpis list the KPI the recommendation concerns; for an added KPI, the proposed one first, then the existing related one.
    internal static readonly IReadOnlyList<KpiRow> KpiSpecific =
    [
        new("a", 1, 1, SourceText.Heading1, SourceText.RecA, SourceText.P1_1, KpiChangeKind.ReplaceOrRedefine, ["FLY-TIPS"]),
        new("b", 2, 1, SourceText.Heading2, SourceText.RecB, SourceText.P2_1, KpiChangeKind.ReplaceOrRedefine, ["PAVEMENTS"]),
        new("c", 3, 2, SourceText.Heading3, SourceText.RecC, SourceText.P3_1, KpiChangeKind.ReplaceOrRedefine, ["CIC-RATE"]),
        new("d", 4, 2, SourceText.Heading4, SourceText.RecD, SourceText.P4_1, KpiChangeKind.AddKpi, ["CIC-NEET", "NEET-16-17"]),
        new("e", 5, 2, SourceText.Heading5, SourceText.RecE, SourceText.P5_2, KpiChangeKind.AddKpi, ["YJ-REOFFENDING", "YJ-FTE"]),
        new("f", 6, 3, SourceText.Heading6, SourceText.RecF, SourceText.P6_2, KpiChangeKind.ReplaceOrRedefine, ["ACTIVE-ENTERPRISES"]),
        new("g", 7, 3, SourceText.Heading7, SourceText.RecG, SourceText.P7_2, KpiChangeKind.ReplaceOrRedefine, ["BNG"]),
        new("h", 8, 3, SourceText.Heading8, SourceText.RecH, SourceText.P8_2, KpiChangeKind.AddKpi, ["GREEN-BLUE-SPACE", "BNG"]),
        new("i", 9, 3, SourceText.Heading9, SourceText.RecI, SourceText.P9_2, KpiChangeKind.ReplaceOrRedefine, ["HOMELESSNESS-PREVENTED"]),
        new("j", 10, 4, SourceText.Heading10, SourceText.RecJ, SourceText.P10_2 + "\n\n" + SourceText.P10_3, KpiChangeKind.AddComparison,
            ["COLLECTION-BENCHMARK", "BUSINESS-RATES", "COUNCIL-TAX"]),
        new("k", 11, 4, SourceText.Heading11, SourceText.RecK, SourceText.P11_2, KpiChangeKind.AddBreakdown, ["SICKNESS-ABSENCE"]),
        new("l", 12, 4, SourceText.Heading12, SourceText.RecL, SourceText.P12_2, KpiChangeKind.AddKpi, ["THRIVE-GOLD", "SICKNESS-ABSENCE"]),
        new("m", 13, 5, SourceText.Heading13, SourceText.RecM, SourceText.P13_2, KpiChangeKind.ReplaceOrRedefine, ["IMD-DEPRIVATION"]),
        new("n", 14, 5, SourceText.Heading14, SourceText.RecN, SourceText.P14_2, KpiChangeKind.Reconsider, ["SCHOOL-LEAVERS-18"]),
        new("o", 15, 5, SourceText.Heading15, SourceText.RecO, SourceText.P15_2, KpiChangeKind.SetTarget, ["DIGITAL-EXCLUSION"]),
        new("p", 16, 5, SourceText.Heading16, SourceText.RecP, SourceText.P16_2, KpiChangeKind.AddKpi, ["COMMERCIAL-FIBRE", "CONNECTIVITY"]),
    ];

    internal static readonly IReadOnlyList<ScrutinyRow> ForScrutiny =
    [
        new("17.2", 1, "Hot-Streets Analysis", SourceText.P17_2, SourceText.P17_3,
            BoardNames.CommunitiesAndNeighbourhoods, ServiceAreas.EnvironmentalServices, ["FLY-TIPS"]),
        new("17.5", 2, "Youth Justice", SourceText.P17_5, SourceText.P17_6,
            null, ServiceAreas.ChildrensServices, ["YJ-FTE", "YJ-REOFFENDING"]),
        new("17.8", 2, "Child Poverty Systemic Approach", SourceText.P17_8, SourceText.P17_9,
            null, ServiceAreas.PublicHealth, ["CHILD-POVERTY"]),
        new("17.10", 3, "Consider number of jobs created by sector", SourceText.P17_10, SourceText.P17_11,
            BoardNames.BusinessEconomyAndEnterprise, ServiceAreas.EconomicDevelopment, ["ACTIVE-ENTERPRISES"]),
        new("17.12", 4, "Collection agency performance", SourceText.P17_12, SourceText.P17_13,
            BoardNames.FinanceAndCorporateServices, ServiceAreas.Finance, ["BUSINESS-RATES", "COUNCIL-TAX"]),
        new("17.14", 5, "Annual review of KPIs by each Scrutiny Board", SourceText.P17_14, SourceText.P17_15,
            null, ServiceAreas.LawAndGovernance, []),
    ];

    public static void Add(AppDbContext db, CoventryGraph graph)
    {
        var series = graph.DeepDive ?? throw new InvalidOperationException("The deep dive must be built before its recommendations.");
        var all = new List<Recommendation>();

        Recommendation Top(TopRow row, string prefix, RecommendationAddressee to, DateOnly meeting, string source) => new()
        {
            Reference = $"{prefix} {row.Number}",
            Title = row.Title,
            Wording = row.Wording,
            SourceSection = source,
            AddressedTo = to,
            DeepDiveSeries = series,
            ServiceArea = graph.ServiceAreas[row.ServiceArea],
            Status = RecommendationStatus.AwaitingDecision,
            SortOrder = row.Number,
            DecisionMeetingOn = meeting,
            Kpis = (row.Kpis ?? []).Select(k => graph.Kpis[k]).ToList(),
        };

        var cabinet = Cabinet.Select(r => Top(r, "Cabinet", RecommendationAddressee.Cabinet, _cabinetMeeting, "Report, Cabinet recommendations")).ToList();
        foreach (var recommendation in cabinet)
        {
            recommendation.ReferredOn = _referredToCabinet;
            recommendation.ResponseDueOn = _cabinetResponseDue;
        }

        var scruco = Scruco.Select(r => Top(r, "SCRUCO", RecommendationAddressee.ScrutinyCoordinationCommittee, _scrucoMeeting, "Report, Scrutiny Co-ordination Committee recommendations")).ToList();
        foreach (var recommendation in scruco)
        {
            recommendation.ReferredOn = _referredToScruco;
            recommendation.ResponseDueOn = _scrucoResponseDue;
        }

        all.AddRange(cabinet);
        all.AddRange(scruco);

        // a–p detail Cabinet recommendation 9 ("the specific KPI's identified in Appendix 1 Sections 1-16").
        var cabinet9 = cabinet.Single(r => r.Reference == "Cabinet 9");
        all.AddRange(KpiSpecific.Select((row, i) => new Recommendation
        {
            Reference = row.Reference,
            Title = row.Title,
            Wording = row.Wording,
            Finding = row.Finding,
            SourceSection = $"Appendix 1, section {row.Section}",
            AddressedTo = RecommendationAddressee.Cabinet,
            DeepDiveSeries = series,
            DeepDiveSession = graph.Sessions[row.Session],
            Parent = cabinet9,
            KpiChange = row.Change,
            ServiceArea = graph.Kpis[row.Kpis[0]].ServiceArea,
            Status = RecommendationStatus.AwaitingDecision,
            SortOrder = i + 1,
            DecisionMeetingOn = _cabinetMeeting,
            ReferredOn = _referredToCabinet,
            ResponseDueOn = _cabinetResponseDue,
            Kpis = row.Kpis.Select(k => graph.Kpis[k]).ToList(),
        }));

        // Section 17 is the work SCRUCO 2 asks the scrutiny bodies to undertake; the committee has endorsed it.
        var scruco2 = scruco.Single(r => r.Reference == "SCRUCO 2");
        all.AddRange(ForScrutiny.Select((row, i) => new Recommendation
        {
            Reference = row.Reference,
            Title = row.Title,
            Wording = row.Wording,
            Finding = row.Finding,
            SourceSection = $"Appendix 1, {row.Reference}",
            AddressedTo = row.Board is null ? RecommendationAddressee.ScrutinyCoordinationCommittee : RecommendationAddressee.ScrutinyBoard,
            ScrutinyBoard = row.Board is null ? null : graph.Boards[row.Board],
            DeepDiveSeries = series,
            DeepDiveSession = graph.Sessions[row.Session],
            Parent = scruco2,
            ServiceArea = graph.ServiceAreas[row.ServiceArea],
            Status = RecommendationStatus.Endorsed,
            SortOrder = i + 1,
            Kpis = row.Kpis.Select(k => graph.Kpis[k]).ToList(),
        }));

        db.Recommendations.AddRange(all);
    }
}
