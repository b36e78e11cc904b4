using CouncilPerformance.Core.Decisions;
using CouncilPerformance.Core.Recommendations;
using F = CouncilPerformance.Core.Decisions.DecisionValidator.Fields;

namespace CouncilPerformance.Core.Tests.Decisions;

public class DecisionValidatorTests
{
    private const string Original = "That KPI's are measurable and/or can demonstrate service improvements.";
    private static readonly DateOnly _meeting = new(2025, 11, 4);

    private static DecisionInput Complete(DecisionOutcome outcome) => new()
    {
        Outcome = outcome,
        DecisionText = "Cabinet resolved as recorded in the minutes.",
        LeadCabinetMember = "Councillor G Duggins",
        ServiceAreaId = 1,
        AmendedWording = outcome == DecisionOutcome.AgreedWithAmendment ? "That KPIs are measurable." : null,
        Action = outcome == DecisionOutcome.AcceptedInPrinciple ? "Officers bring a costed plan to Cabinet." : null,
        ActionDueOn = outcome == DecisionOutcome.AcceptedInPrinciple ? new DateOnly(2026, 3, 31) : null,
        Reasons = outcome == DecisionOutcome.NotAgreed ? "Already covered by the plan's annual refresh." : null,
    };

    private static List<string> FieldsWithErrors(DecisionInput input) =>
        DecisionValidator.Validate(input, Original, _meeting).Select(e => e.Field).ToList();

    [Theory]
    [InlineData(DecisionOutcome.Agreed)]
    [InlineData(DecisionOutcome.AgreedWithAmendment)]
    [InlineData(DecisionOutcome.AcceptedInPrinciple)]
    [InlineData(DecisionOutcome.NotAgreed)]
    public void A_complete_decision_of_each_outcome_is_valid(DecisionOutcome outcome) =>
        Assert.Empty(FieldsWithErrors(Complete(outcome)));

    [Fact]
    public void Every_decision_needs_an_outcome_the_text_and_the_lead_Cabinet_Member()
    {
        var errors = FieldsWithErrors(new DecisionInput());

        Assert.Contains(F.Outcome, errors);
        Assert.Contains(F.DecisionText, errors);
        Assert.Contains(F.LeadCabinetMember, errors);
    }

    [Fact]
    public void Agreed_with_amendment_needs_the_amended_wording()
    {
        var input = Complete(DecisionOutcome.AgreedWithAmendment);
        input.AmendedWording = " ";

        Assert.Equal([F.AmendedWording], FieldsWithErrors(input));
    }

    [Fact]
    public void An_amendment_identical_to_the_original_is_refused()
    {
        var input = Complete(DecisionOutcome.AgreedWithAmendment);
        input.AmendedWording = Original + " ";

        Assert.Equal([F.AmendedWording], FieldsWithErrors(input));
    }

    [Fact]
    public void Accepted_in_principle_needs_an_action_and_a_date_after_the_meeting()
    {
        var missing = Complete(DecisionOutcome.AcceptedInPrinciple);
        missing.Action = null;
        missing.ActionDueOn = null;
        var early = Complete(DecisionOutcome.AcceptedInPrinciple);
        early.ActionDueOn = _meeting;

        Assert.Equal([F.Action, F.ActionDueOn], FieldsWithErrors(missing));
        Assert.Equal([F.ActionDueOn], FieldsWithErrors(early));
    }

    [Fact]
    public void Not_agreed_needs_reasons_but_no_implementing_service_area()
    {
        var input = Complete(DecisionOutcome.NotAgreed);
        input.Reasons = "";
        input.ServiceAreaId = null;

        Assert.Equal([F.Reasons], FieldsWithErrors(input));
    }

    [Fact]
    public void An_agreed_recommendation_needs_the_service_area_that_will_implement_it()
    {
        var input = Complete(DecisionOutcome.Agreed);
        input.ServiceAreaId = null;

        Assert.Equal([F.ServiceAreaId], FieldsWithErrors(input));
    }

    [Fact]
    public void Markup_is_refused_and_limits_are_stated_not_truncated()
    {
        var input = Complete(DecisionOutcome.NotAgreed);
        input.DecisionText = "<script>alert(1)</script>";
        input.Reasons = new string('x', DecisionValidator.TextLimit + 1);

        var errors = DecisionValidator.Validate(input, Original, _meeting);

        Assert.Contains(errors, e => e.Field == F.DecisionText && e.Message.Contains("plain text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == F.Reasons && e.Message.Contains("4,000 characters or fewer", StringComparison.Ordinal));
    }

    [Fact]
    public void The_meeting_date_is_required_and_not_in_the_future_or_before_the_referral()
    {
        var today = new DateOnly(2025, 12, 1);

        Assert.Equal(F.MeetingOn, DecisionValidator.CheckMeetingDate(null, today)?.Field);
        Assert.NotNull(DecisionValidator.CheckMeetingDate(today.AddDays(1), today));
        Assert.NotNull(DecisionValidator.CheckMeetingDate(new DateOnly(2025, 10, 29), today, referredOn: new DateOnly(2025, 10, 30)));
        Assert.Null(DecisionValidator.CheckMeetingDate(_meeting, today, referredOn: new DateOnly(2025, 10, 30)));
    }
}
