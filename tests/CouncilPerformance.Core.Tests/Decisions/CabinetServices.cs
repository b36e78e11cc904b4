using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Implementation;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.ReportBack;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Tests.Decisions;

/// <summary>The Cabinet, implementation and report-back services on a seeded world's database and clock.</summary>
internal static class CabinetServices
{
    /// <summary>1 December 2025: the seeded Cabinet recommendations are due a response by 30 December 2025.</summary>
    public static readonly DateTimeOffset BeforeTheDueDate = new(2025, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly CabinetMeeting = new(2025, 11, 4);

    public static DecisionService Decisions(this SeededServices world) => new(world.Factory, world.Clock, Options.Create(new RecommendationOptions()));

    public static DecisionQueries DecisionQueries(this SeededServices world) => new(world.Factory, world.Clock);

    public static ImplementationService Implementation(this SeededServices world) => new(world.Factory, world.Clock);

    public static ReportBackService ReportBack(this SeededServices world) => new(world.Factory, world.Clock);

    public static async Task<Recommendation> RecommendationAsync(this SeededServices world, string reference)
    {
        await using var db = world.Db.CreateContext();
        return await db.Recommendations.AsNoTracking().Include(r => r.Decisions).Include(r => r.ProgressUpdates).Include(r => r.CommitteeViews)
            .SingleAsync(r => r.Reference == reference && r.AddressedTo == RecommendationAddressee.Cabinet);
    }

    /// <summary>A complete decision of the outcome for the recommendation as it is now.</summary>
    public static async Task<DecisionInput> DecisionForAsync(this SeededServices world, string reference, DecisionOutcome outcome)
    {
        var r = await world.RecommendationAsync(reference);
        return new DecisionInput
        {
            RecommendationId = r.Id,
            Version = r.Version,
            Outcome = outcome,
            DecisionText = $"Illustrative decision on {reference} for the test.",
            LeadCabinetMember = "Councillor G Duggins",
            ServiceAreaId = r.ServiceAreaId,
            AmendedWording = outcome == DecisionOutcome.AgreedWithAmendment ? "Amended: " + r.Wording : null,
            Action = outcome == DecisionOutcome.AcceptedInPrinciple ? "Officers bring a costed plan." : null,
            ActionDueOn = outcome == DecisionOutcome.AcceptedInPrinciple ? new DateOnly(2026, 3, 31) : null,
            Reasons = outcome == DecisionOutcome.NotAgreed ? "Covered by the annual refresh." : null,
        };
    }

    /// <summary>Records decisions at the seeded meeting as the Cabinet member, failing the test if not saved.</summary>
    public static async Task DecideAsync(this SeededServices world, params (string Reference, DecisionOutcome Outcome)[] decisions)
    {
        var cabinet = await world.SignInAsync(SeededServices.CabinetEmail);
        var meeting = new MeetingDecisions { MeetingOn = CabinetMeeting };
        foreach (var (reference, outcome) in decisions)
        {
            meeting.Decisions.Add(await world.DecisionForAsync(reference, outcome));
        }

        var result = await world.Decisions().RecordMeetingAsync(cabinet, meeting);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message).Concat(result.RowErrors.SelectMany(r => r.Value.Select(e => e.Message)))));
    }
}
