using CouncilPerformance.Core.Scrutiny;

namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// SCRUCO's deep dive into the 2024/25 results: five sessions, the KPIs each reviewed (Appendix 1's
/// session tables) with the committee's finding on each, and the Cabinet Members the text places there.
/// The documents give no session dates, so <c>HeldOn</c> stays empty.
/// </summary>
internal static class CoventryDeepDive
{
    public const string Title = "One Coventry Plan Deep Dive 2024/25";

    internal sealed record SessionRow(int Number, string Scope, string[] Portfolios, SessionKpiRow[] Kpis, string? Notes = null);

    internal sealed record SessionKpiRow(string Code, string? Finding = null, bool CarriedOver = false);

    internal static readonly IReadOnlyList<SessionRow> Sessions =
    [
        new(1,
            "Session 1 reviewed the City Services (and Policing and Equalities) indicators whose 2024/25 targets were not met: fly-tips, road and pavement condition, household waste recycled and composted, and pedestrian road casualties.",
            [PortfolioNames.CityServices, PortfolioNames.PolicingAndEqualities],
            [
                new("FLY-TIPS", SourceText.P1_1),
                new("ROADS-A", SourceText.P2_1), // 2.1 covers the road metrics as well as pavements
                new("ROADS-UNCLASS", SourceText.P2_1),
                new("PAVEMENTS", SourceText.P2_1),
                new("RECYCLING"),
                new("CASUALTIES-PED"),
            ]),
        new(2,
            "Session 2 reviewed the Public Health, Sport, and Wellbeing; Education and Skills; and Children and Young People indicators: Year 6 overweight or obesity, children in low-income families, NEET, school leaver destinations at 16+, good level of development at age 5, first time entrants to the youth justice system and children in care.",
            [PortfolioNames.PublicHealth, PortfolioNames.EducationAndSkills, PortfolioNames.ChildrenAndYoungPeople],
            [
                new("Y6-OBESITY"),
                new("CHILD-POVERTY", SourceText.P17_9), // 17.9 is the wider exploration this session's review led to
                new("NEET-16-17", SourceText.P4_1),
                new("SCHOOL-LEAVERS-16"),
                new("GLD-AGE5"),
                new("YJ-FTE", SourceText.P5_2),
                new("CIC-RATE", SourceText.P3_1),
            ]),
        new(3,
            "Session 3 reviewed the Jobs, Regeneration, and Climate Change and Housing and Communities indicators: active enterprises, the CDP carbon disclosure score, biodiversity net gain (reviewed although it is not a missed target, report 1.2) and homelessness cases prevented and relieved.",
            [PortfolioNames.JobsRegenerationAndClimateChange, PortfolioNames.HousingAndCommunities],
            [
                new("ACTIVE-ENTERPRISES", SourceText.P6_2),
                new("CDP-SCORE"),
                new("BNG", SourceText.P7_2 + "\n\n" + SourceText.P8_2),
                new("HOMELESSNESS-PREVENTED", SourceText.P9_2),
            ]),
        new(4,
            "Session 4 reviewed the Strategic Finance and Resources indicators (business rates, council tax, savings and staff sickness absence) and household waste recycled and composted, carried over from session 1.",
            [PortfolioNames.StrategicFinanceAndResources, PortfolioNames.CityServices],
            [
                new("BUSINESS-RATES", SourceText.P10_3),
                new("COUNCIL-TAX", SourceText.P10_2),
                new("SAVINGS"),
                new("SICKNESS-ABSENCE", SourceText.P11_2 + "\n\n" + SourceText.P12_2),
                new("RECYCLING", CarriedOver: true),
            ]),
        new(5,
            "Session 5 included a review of every Key Performance Indicator in the One Coventry Plan, recognising those achieved or outperformed, and made recommendations on the indicators in Appendix 1 sections 13 to 16.",
            [],
            [
                new("IMD-DEPRIVATION", SourceText.P13_2),
                new("SCHOOL-LEAVERS-18", SourceText.P14_2),
                new("DIGITAL-EXCLUSION", SourceText.P15_2),
                new("CONNECTIVITY", SourceText.P16_2),
            ],
            Notes: SourceText.Session5Opening),
    ];

    /// <summary>Cabinet Members the text places at a session (Appendix 1, 6.2 and 10.2).</summary>
    internal static readonly IReadOnlyList<(int Session, string Name, string Title)> CabinetMembers =
    [
        (3, "Councillor Jim O'Boyle", "Cabinet Member for Jobs, Regeneration and Climate Change"),
        (4, "Councillor R Brown", "Cabinet Member for Strategic Finance and Resources"),
    ];

    public static void Add(AppDbContext db, CoventryGraph graph)
    {
        var series = new DeepDiveSeries
        {
            Title = Title,
            ScrutinyBoard = graph.Boards[BoardNames.Scruco],
            ReportingPeriod = graph.Periods[2024],
            AgreedOn = new DateOnly(2025, 8, 21), // agreed at SCRUCO on 21 August 2025 (report, 1.2)
            Summary = SourceText.ExecutiveSummary,
        };

        foreach (var row in Sessions)
        {
            var session = new DeepDiveSession
            {
                Number = row.Number,
                Scope = row.Scope,
                Notes = row.Notes,
                Portfolios = row.Portfolios.Select(p => graph.Portfolios[p]).ToList(),
                Kpis = row.Kpis.Select((k, i) => new SessionKpi
                {
                    Kpi = graph.Kpis[k.Code],
                    Finding = k.Finding,
                    CarriedOver = k.CarriedOver,
                    SortOrder = i + 1,
                }).ToList(),
                Attendees = CabinetMembers.Where(a => a.Session == row.Number)
                    .Select(a => new SessionAttendee { Name = a.Name, Title = a.Title, Role = AttendeeRole.CabinetMember })
                    .ToList(),
            };
            series.Sessions.Add(session);
            graph.Sessions[row.Number] = session;
        }

        db.DeepDiveSeries.Add(series);
        graph.DeepDive = series;
    }
}
